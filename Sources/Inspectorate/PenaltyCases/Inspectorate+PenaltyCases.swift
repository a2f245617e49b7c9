public import Casework

/// A case as opened, with its violator.
public struct CaseOpened: Sendable, Equatable {
    public var penaltyCase: PenaltyCase
    public var subject: Subject
}

extension Inspectorate {
    /// The case, or ``InspectorateError/unknownPenaltyCase(_:)``.
    /// - Throws: ``InspectorateError``; ``StoreError``.
    public func penaltyCase(_ id: PenaltyCase.ID) throws -> PenaltyCase {
        guard let found = try store.penaltyCase(id: id) else { throw InspectorateError.unknownPenaltyCase(id) }
        return found
    }

    /// Opens a penalty case against an existing subject: Casework checks the record and asks the pack for the
    /// violations in force and the decision deadline; one journaled transaction.
    ///
    /// - Parameter request: Everything but the subject, which is looked up by `subject`.
    /// - Throws: ``InspectorateError/unknownSubject(_:)``; ``PenaltyCaseError``; ``StoreError``.
    public func openCase(
        subject id: Subject.ID, record: ViolationRecord, violations: [CaseViolation], mitigating: [String],
        aggravating: [String], facts: CaseFacts, body: String? = nil, acting: Acting
    ) throws -> CaseOpened {
        try authorize(.openCase, acting: acting)
        guard let subject = try store.subject(id: id) else { throw InspectorateError.unknownSubject(id) }
        try requireBody(body, on: acting.today)
        var new = try PenaltyCasework.open(
            .init(
                subject: subject, record: record, violations: violations, mitigating: mitigating, aggravating: aggravating,
                facts: facts),
            today: acting.today, policy: policy)
        new.body = body
        return CaseOpened(penaltyCase: try store.openCase(new, context: try context(for: acting)), subject: subject)
    }

    /// The fines, deadlines and explanation a decision of case `id` would have on `decidedOn` (today when `nil`),
    /// signed by `signer` when given; stores nothing.
    /// - Throws: ``InspectorateError/unknownPenaltyCase(_:)``; ``PenaltyCaseError``; ``StoreError``.
    public func previewCase(_ id: PenaltyCase.ID, decidedOn: CalendarDate?, signer: String?, acting: Acting) throws
        -> Assessment
    {
        try authorize(.previewCase, acting: acting)
        return try assessment(of: id, decidedOn: decidedOn, signer: signer, acting: acting)
    }

    /// What the pack says of a decision of case `id`, for the reads that show it (the printed draft), without the
    /// role check of ``previewCase(_:decidedOn:signer:acting:)``.
    func assessment(of id: PenaltyCase.ID, decidedOn: CalendarDate?, signer: String?, acting: Acting) throws
        -> Assessment
    {
        try PenaltyCasework.assess(
            try penaltyCase(id), decidedOn: decidedOn ?? acting.today, signer: signer, today: acting.today, policy: policy)
    }

    /// Records the penalty decision; the pack computes and explains each fine.
    ///
    /// When the store has accounts, the acting account must hold `signerTitle` on `decidedOn`, directly or by
    /// delegation (``signingAuthority(title:on:acting:)``); the journal entry records which (`signing`), and an
    /// empty `signerName` becomes the account's name. Without accounts the title is taken as given. An account
    /// holding the title directly also needs a role that allows the decision (``CaseworkAction/decideCase``); a
    /// delegated deputy decides under the lent title. `sanctions` (confiscation, supplementary sanctions, remedial
    /// measures) are recorded on the decision as given; none by default.
    /// - Throws: ``Casework/AuthorityError/titleNotHeld(account:title:on:lapsed:)``;
    ///   ``InspectorateError/actionNotAllowed(account:action:)``; ``PenaltyCaseError``;
    ///   ``StoreError`` (`.notFound` for an unknown case).
    public func decideCase(
        _ id: PenaltyCase.ID, number: String, decidedOn: CalendarDate, signerTitle: String, signerName: String,
        sanctions: DecisionSanctions = DecisionSanctions(), acting: Acting
    ) throws -> PenaltyCase {
        let signing = try signingAuthority(title: signerTitle.trimmedOfWhitespace, on: decidedOn, acting: acting)
        // A deputy signing under a title lent by delegation (Điều 54) decides as the chief would; anyone else needs a
        // role that allows the decision.
        if case .delegation = signing?.holding {} else { try authorize(.decideCase, acting: acting) }
        let name = try self.signerName(signerName, signing: signing)
        return try updateCase(id, command: "case decide", acting: acting) { current in
            var update = try PenaltyCasework.decide(
                current, number: number, decidedOn: decidedOn, signerTitle: signerTitle, signerName: name,
                today: acting.today, policy: policy, sanctions: sanctions)
            update.signing = signing
            return update
        }
    }

    /// Records the day the violator received the decision; sets the payment due date.
    /// - Throws: ``PenaltyCaseError``; ``StoreError``.
    public func deliverCase(_ id: PenaltyCase.ID, receivedOn: CalendarDate, acting: Acting) throws -> PenaltyCase {
        try apply(.deliver(receivedOn: receivedOn), to: id, acting: acting).penaltyCase
    }

    /// Records an extension of the decision deadline by `days`, with its reason.
    /// - Throws: ``PenaltyCaseError``; ``StoreError``.
    public func extendDecisionDeadline(_ id: PenaltyCase.ID, days: Int, reason: String, acting: Acting) throws
        -> PenaltyCase
    {
        try apply(.extendDecisionDeadline(days: days, reason: reason), to: id, acting: acting).penaltyCase
    }

    /// Records a payment towards the fine and, optionally, the late surcharge.
    /// - Throws: ``PenaltyCaseError``; ``StoreError`` (`.duplicate` for a receipt already recorded).
    public func payCase(
        _ id: PenaltyCase.ID, amountVND: VND, surchargeVND: VND, paidOn: CalendarDate, receipt: String, acting: Acting
    ) throws -> PenaltyCase {
        try authorize(.recordPayment, acting: acting)
        return try updateCase(id, command: "case pay", acting: acting) { current in
            try PenaltyCasework.pay(
                current, amountVND: amountVND, surchargeVND: surchargeVND, paidOn: paidOn, receipt: receipt,
                today: acting.today, policy: policy)
        }
    }

    /// Approves payment in installments, as the pack allows.
    /// - Throws: ``PenaltyCaseError``; ``StoreError``.
    public func approveInstallments(_ id: PenaltyCase.ID, _ installments: [Installment], acting: Acting) throws
        -> PenaltyCase
    {
        try apply(.approveInstallments(installments), to: id, acting: acting).penaltyCase
    }

    /// Records a postponement of payment; no surcharge accrues meanwhile.
    /// - Throws: ``PenaltyCaseError``; ``StoreError``.
    public func postponeCase(_ id: PenaltyCase.ID, _ postponement: Postponement, acting: Acting) throws -> PenaltyCase {
        try apply(.postpone(postponement), to: id, acting: acting).penaltyCase
    }

    /// Cancels a case on `on` (today when `nil`) with its reason; it stays on record.
    /// - Throws: ``PenaltyCaseError``; ``StoreError``.
    public func cancelCase(_ id: PenaltyCase.ID, on: CalendarDate?, reason: String, acting: Acting) throws -> PenaltyCase {
        try authorize(.cancelCase, acting: acting)
        return try updateCase(id, command: "case cancel", acting: acting) { current in
            try PenaltyCasework.cancel(current, on: on ?? acting.today, reason: reason, today: acting.today)
        }
    }

    /// Applies one change to case `id` in one journaled transaction: `change` sees the case as stored.
    private func updateCase(
        _ id: PenaltyCase.ID, command: String, acting: Acting, _ change: (PenaltyCase) throws -> CaseUpdate
    ) throws -> PenaltyCase {
        try store.updateCase(id, command: command, context: try context(for: acting), change)
    }
}
