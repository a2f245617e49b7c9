/// The commands on penalty cases: each validates its input against the case and the rules and returns what the
/// store must write. Pure functions of their arguments: "today" and the rules are passed in.
public enum PenaltyCasework {
    /// What an inspector enters to open a case.
    public struct OpenRequest: Sendable, Equatable {
        public var subject: Subject
        public var record: ViolationRecord
        public var violations: [CaseViolation]
        public var mitigating: [String]
        public var aggravating: [String]
        public var facts: CaseFacts
        public init(
            subject: Subject, record: ViolationRecord, violations: [CaseViolation], mitigating: [String],
            aggravating: [String], facts: CaseFacts
        ) {
            self.subject = subject
            self.record = record
            self.violations = violations
            self.mitigating = mitigating
            self.aggravating = aggravating
            self.facts = facts
        }
    }

    /// Validates a new case and asks the rules for its sectors and decision deadline.
    ///
    /// - Throws: ``InputError`` for impossible dates or empty fields; ``PenaltyCaseError`` with the rules' refusals
    ///   (unknown code, not in force, unknown circumstance, limitation expired).
    public static func open(_ request: OpenRequest, today: CalendarDate, policy: some PenaltyPolicy) throws
        -> NewPenaltyCase
    {
        let record = request.record
        guard !record.number.trimmedOfWhitespace.isEmpty else {
            throw InputError(field: "record", message: "the violation record needs its number", advice: .giveRecordNumber)
        }
        try notInFuture(record.madeOn, field: "record-on", today: today)
        guard !request.violations.isEmpty else {
            throw InputError(field: "violation", message: "a case needs at least one violation", advice: .giveViolation)
        }
        for (index, violation) in request.violations.enumerated() {
            let field = "violation \(index + 1) (\(violation.code))"
            guard violation.committedOn <= record.madeOn else {
                throw InputError(field: field, message: "committed on \(violation.committedOn), after the record of \(record.madeOn)", hint: "a violation is recorded after it is committed; check both dates")
            }
            if let ended = violation.endedOn, ended < violation.committedOn || ended > record.madeOn {
                throw InputError(field: field, message: "ended on \(ended), outside \(violation.committedOn) … \(record.madeOn)", hint: "a completed violation ends between its commission and the record")
            }
            if let detected = violation.detectedOn, detected < violation.committedOn || detected > record.madeOn {
                throw InputError(field: field, message: "detected on \(detected), outside \(violation.committedOn) … \(record.madeOn)", hint: "an ongoing violation is detected between its start and the record")
            }
            guard (violation.endedOn == nil) != (violation.detectedOn == nil) else {
                throw InputError(field: field, message: "give either the day it ended (completed) or the day it was detected (ongoing)", advice: .giveEndedOrDetected)
            }
        }
        let assessment = try policy.assess(
            AssessmentRequest(
                violator: request.subject.kind, facts: request.facts, recordOn: record.madeOn, decidedOn: nil,
                today: today, signer: nil, mitigating: request.mitigating, aggravating: request.aggravating,
                violations: request.violations))
        let refusals = assessment.problems.filter { $0.code != "decision_late" }
        guard refusals.isEmpty else {
            throw PenaltyCaseError("the case cannot be opened: \(count(refusals, "legal problem"))", problems: refusals)
        }
        var violations = request.violations
        for index in violations.indices where index < assessment.lines.count {
            violations[index].sector = assessment.lines[index].fine.sector
        }
        return NewPenaltyCase(
            subjectID: request.subject.id, violatorKind: request.subject.kind, record: record, violations: violations,
            mitigating: request.mitigating, aggravating: request.aggravating, facts: request.facts, openedOn: today,
            decisionDueOn: assessment.decisionDueOn, packHash: policy.packHash)
    }

    /// The rules' assessment of `penaltyCase` as if decided on `decidedOn` by `signer` (both optional): what
    /// `case preview` prints and `case decide` stores.
    public static func assess(
        _ penaltyCase: PenaltyCase, decidedOn: CalendarDate?, signer: String?, today: CalendarDate,
        policy: some PenaltyPolicy
    ) throws -> Assessment {
        try policy.assess(
            AssessmentRequest(
                violator: penaltyCase.violatorKind, facts: penaltyCase.facts, recordOn: penaltyCase.record.madeOn,
                decidedOn: decidedOn, today: today, signer: signer, mitigating: penaltyCase.mitigating,
                aggravating: penaltyCase.aggravating, violations: penaltyCase.violations))
    }

    /// Records the decision: the rules compute every line; any refusal (competence, limitation, lateness) stops it.
    public static func decide(
        _ penaltyCase: PenaltyCase, number: String, decidedOn: CalendarDate, signerTitle: String, signerName: String,
        today: CalendarDate, policy: some PenaltyPolicy, sanctions: DecisionSanctions = DecisionSanctions()
    ) throws -> CaseUpdate {
        try requireState(penaltyCase, .open, "decided")
        try sanctions.validate()
        guard !number.trimmedOfWhitespace.isEmpty else {
            throw InputError(field: "number", message: "the decision needs its number", advice: .giveDecisionNumber)
        }
        try notInFuture(decidedOn, field: "on", today: today)
        guard decidedOn >= penaltyCase.record.madeOn else {
            throw PenaltyCaseError(
                "the decision date \(decidedOn) is before the violation record of \(penaltyCase.record.madeOn)",
                caseID: penaltyCase.id, advice: .checkDecisionDate,
                refusal: .decidedBeforeRecord(decidedOn: decidedOn, recordOn: penaltyCase.record.madeOn))
        }
        let assessment = try assess(penaltyCase, decidedOn: decidedOn, signer: signerTitle, today: today, policy: policy)
        guard assessment.problems.isEmpty else {
            throw PenaltyCaseError(
                "the decision cannot be recorded: \(count(assessment.problems, "legal problem"))", caseID: penaltyCase.id,
                problems: assessment.problems)
        }
        let decision = PenaltyDecision(
            number: number.trimmedOfWhitespace, decidedOn: decidedOn, signerTitle: signerTitle, signerName: signerName.trimmedOfWhitespace,
            lines: assessment.lines.map(\.fine), totalFineVND: assessment.totalFineVND,
            totalRemedialVND: assessment.totalRemedialVND, packHash: policy.packHash, steps: assessment.steps,
            enforcementExpiresOn: assessment.enforcementExpiresOn ?? decidedOn, sanctions: sanctions.recorded)
        return CaseUpdate(event: .decided(decision: decision), newState: decision.totalFineVND == .zero ? .settled : .decided)
    }

    /// Records when the violator received the decision; the rules give the last day to pay.
    public static func deliver(
        _ penaltyCase: PenaltyCase, receivedOn: CalendarDate, today: CalendarDate, policy: some PenaltyPolicy
    ) throws -> CaseUpdate {
        let decision = try requireDecision(penaltyCase)
        if let delivered = decision.receivedOn {
            throw PenaltyCaseError("the decision was already delivered on \(delivered)", caseID: penaltyCase.id,
                            hint: "delivery is recorded once; cancel the case if it was recorded wrongly",
                            refusal: .alreadyDelivered(on: delivered))
        }
        try notInFuture(receivedOn, field: "on", today: today)
        guard receivedOn >= decision.decidedOn else {
            throw PenaltyCaseError("received on \(receivedOn), before the decision of \(decision.decidedOn)", caseID: penaltyCase.id,
                            advice: .checkDate,
                            refusal: .receivedBeforeDecision(receivedOn: receivedOn, decidedOn: decision.decidedOn))
        }
        let due = try policy.paymentDue(violator: penaltyCase.violatorKind, decidedOn: decision.decidedOn, receivedOn: receivedOn)
        return CaseUpdate(event: .delivered(receivedOn: receivedOn, paymentDueOn: due.date), newState: penaltyCase.state)
    }

    /// The surcharge owed on `asOf`: accrued by the rules, less what was already paid towards it.
    public static func surcharge(
        _ penaltyCase: PenaltyCase, asOf: CalendarDate, policy: some PenaltyPolicy
    ) throws -> (accrued: SurchargeAnswer, owedVND: VND)? {
        guard let decision = penaltyCase.decision, let due = decision.paymentDueOn else { return nil }
        var pauses = penaltyCase.postponements
        if let last = penaltyCase.installments.map(\.dueOn).max() {
            pauses.append(Postponement(fromOn: due.adding(days: 1), untilOn: last, reason: "nộp tiền phạt nhiều lần"))
        }
        let answer = try policy.surcharge(
            SurchargeRequest(
                fineVND: decision.totalFineVND, dueOn: due, asOf: asOf,
                payments: penaltyCase.payments.filter { $0.paidOn < asOf }, pauses: pauses,
                enforcementExpiresOn: decision.enforcementExpiresOn))
        let owed = answer.amountVND.rawValue - penaltyCase.surchargePaidVND.rawValue
        return (answer, VND(rawValue: max(0, owed)) ?? .zero)
    }

    /// Records a payment towards the fine (and optionally the surcharge); settles the case when nothing is owed.
    public static func pay(
        _ penaltyCase: PenaltyCase, amountVND: VND, surchargeVND: VND, paidOn: CalendarDate, receipt: String,
        today: CalendarDate, policy: some PenaltyPolicy
    ) throws -> CaseUpdate {
        let decision = try requireDecision(penaltyCase)
        guard !receipt.trimmedOfWhitespace.isEmpty else {
            throw InputError(field: "receipt", message: "a payment needs its receipt number", advice: .givePaymentReceipt)
        }
        try notInFuture(paidOn, field: "on", today: today)
        guard paidOn >= decision.decidedOn else {
            throw PenaltyCaseError(
                "paid on \(paidOn), before the decision of \(decision.decidedOn)", caseID: penaltyCase.id, advice: .checkDate,
                refusal: .paidBeforeDecision(paidOn: paidOn, decidedOn: decision.decidedOn))
        }
        guard amountVND.rawValue > 0 || surchargeVND.rawValue > 0 else {
            throw InputError(field: "amount", message: "a payment of 0 đ records nothing", advice: .givePaymentAmount)
        }
        let outstanding = penaltyCase.outstandingVND
        guard amountVND <= outstanding else {
            throw PenaltyCaseError(
                "the payment of \(amountVND.formatted()) is more than the \(outstanding.formatted()) still owed on the fine",
                caseID: penaltyCase.id, advice: .payAtMostOutstanding,
                refusal: .overpaid(amount: amountVND, outstanding: outstanding))
        }
        let owedSurcharge = try surcharge(penaltyCase, asOf: paidOn, policy: policy)?.owedVND ?? .zero
        guard surchargeVND <= owedSurcharge else {
            throw PenaltyCaseError(
                "the surcharge payment of \(surchargeVND.formatted()) is more than the \(owedSurcharge.formatted()) owed on \(paidOn)",
                caseID: penaltyCase.id, advice: .seeCaseSurcharge(penaltyCase.id),
                refusal: .surchargeOverpaid(amount: surchargeVND, owed: owedSurcharge, on: paidOn))
        }
        let payment = Payment(paidOn: paidOn, amountVND: amountVND, surchargeVND: surchargeVND, receipt: receipt.trimmedOfWhitespace)
        let fineLeft = try outstanding.subtracting(amountVND)
        let surchargeLeft = try owedSurcharge.subtracting(surchargeVND)
        let settled = fineLeft == .zero && surchargeLeft == .zero
        return CaseUpdate(event: .paid(payment:payment), newState: settled ? .settled : .decided)
    }

    /// Approves an installment plan the rules allow (Điều 79).
    public static func approveInstallments(
        _ penaltyCase: PenaltyCase, _ installments: [Installment], policy: some PenaltyPolicy
    ) throws -> CaseUpdate {
        let decision = try requireDecision(penaltyCase)
        guard penaltyCase.installments.isEmpty else {
            throw PenaltyCaseError(
                "an installment plan is already approved", caseID: penaltyCase.id, refusal: .installmentsAlreadyApproved)
        }
        let check = try policy.checkInstallments(
            violator: penaltyCase.violatorKind, totalVND: decision.totalFineVND, decidedOn: decision.decidedOn,
            installments: installments)
        guard check.isAllowed else {
            throw PenaltyCaseError("the installment plan is not allowed: \(count(check.problems, "problem"))", caseID: penaltyCase.id, problems: check.problems)
        }
        return CaseUpdate(event: .installmentsApproved(installments:installments), newState: penaltyCase.state)
    }

    /// Records a postponement the rules allow (Điều 76).
    public static func postpone(
        _ penaltyCase: PenaltyCase, _ postponement: Postponement, policy: some PenaltyPolicy
    ) throws -> CaseUpdate {
        let decision = try requireDecision(penaltyCase)
        guard postponement.fromOn <= postponement.untilOn, !postponement.reason.trimmedOfWhitespace.isEmpty else {
            throw InputError(field: "until", message: "a postponement runs from its first day to its last (not earlier) and needs a reason", advice: .givePostponement)
        }
        let check = try policy.checkPostponement(
            violator: penaltyCase.violatorKind, totalVND: decision.totalFineVND, decidedOn: decision.decidedOn,
            postponement: postponement)
        guard check.isAllowed else {
            throw PenaltyCaseError("the postponement is not allowed: \(count(check.problems, "problem"))", caseID: penaltyCase.id, problems: check.problems)
        }
        return CaseUpdate(event: .postponed(postponement:postponement), newState: penaltyCase.state)
    }

    /// Records an extension of the decision deadline granted by the superior (Điều 66); the rules give the new date.
    public static func extendDecisionDeadline(
        _ penaltyCase: PenaltyCase, days: Int, reason: String, today: CalendarDate, policy: some PenaltyPolicy
    ) throws -> CaseUpdate {
        try requireState(penaltyCase, .open, "given a longer decision deadline")
        guard days > 0, !reason.trimmedOfWhitespace.isEmpty else {
            throw InputError(field: "days", message: "an extension needs a positive number of days and a reason", advice: .giveExtension)
        }
        var facts = penaltyCase.facts
        facts.extensionDays += days
        facts.extensionReason = reason.trimmedOfWhitespace
        var extended = penaltyCase
        extended.facts = facts
        let assessment = try assess(extended, decidedOn: nil, signer: nil, today: today, policy: policy)
        let refusals = assessment.problems.filter { $0.code == "extension_too_long" }
        guard refusals.isEmpty else {
            throw PenaltyCaseError("the extension is not allowed", caseID: penaltyCase.id, problems: refusals)
        }
        return CaseUpdate(
            event: .decisionDeadlineExtended(newDueOn: assessment.decisionDueOn, days: days, reason: reason.trimmedOfWhitespace),
            newState: .open)
    }

    /// Cancels a case that is not settled, with its reason. Nothing is deleted.
    public static func cancel(_ penaltyCase: PenaltyCase, on: CalendarDate, reason: String, today: CalendarDate) throws
        -> CaseUpdate
    {
        guard penaltyCase.state == .open || penaltyCase.state == .decided else {
            throw PenaltyCaseError(
                "a \(penaltyCase.state.rawValue) case cannot be cancelled", caseID: penaltyCase.id,
                refusal: .cannotCancel(state: penaltyCase.state))
        }
        guard !reason.trimmedOfWhitespace.isEmpty else {
            throw InputError(field: "reason", message: "a cancellation needs its reason", advice: .giveCancellationReason)
        }
        try notInFuture(on, field: "on", today: today)
        return CaseUpdate(event: .cancelled(cancellation:Cancellation(cancelledOn: on, reason: reason.trimmedOfWhitespace)), newState: .cancelled)
    }

    // MARK: - Helpers

    static func requireState(_ penaltyCase: PenaltyCase, _ state: PenaltyCase.State, _ verb: String) throws {
        guard penaltyCase.state == state else {
            throw PenaltyCaseError(
                "case #\(penaltyCase.id) is \(penaltyCase.state.rawValue); only an \(state.rawValue) case can be \(verb)",
                caseID: penaltyCase.id, advice: .seeCase(penaltyCase.id),
                refusal: .wrongState(current: penaltyCase.state, required: state))
        }
    }

    static func requireDecision(_ penaltyCase: PenaltyCase) throws -> PenaltyDecision {
        guard penaltyCase.state == .decided || penaltyCase.state == .settled, let decision = penaltyCase.decision else {
            throw PenaltyCaseError(
                "case #\(penaltyCase.id) is \(penaltyCase.state.rawValue), not decided", caseID: penaltyCase.id,
                advice: .decideCaseFirst(penaltyCase.id), refusal: .notDecided(current: penaltyCase.state))
        }
        guard penaltyCase.state == .decided else {
            throw PenaltyCaseError(
                "case #\(penaltyCase.id) is already settled", caseID: penaltyCase.id, refusal: .alreadySettled)
        }
        return decision
    }

    static func notInFuture(_ date: CalendarDate, field: String, today: CalendarDate) throws {
        guard date <= today else {
            throw InputError(field: field, message: "\(date) is in the future (today is \(today))", hint: "record facts once they have happened")
        }
    }

    static func count(_ items: [some Any], _ noun: String) -> String { "\(items.count) \(noun)\(items.count == 1 ? "" : "s")" }
}
