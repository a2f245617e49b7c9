public import Casework

/// What opening a case would record, computed and checked without writing anything (the server's preview step).
public struct OpeningPreview: Sendable, Equatable {
    /// The violator.
    public var subject: Subject
    /// The case as ``Inspectorate/openCase(subject:record:violations:mitigating:aggravating:facts:acting:)`` would
    /// store it: sectors filled in, the decision deadline set.
    public var newCase: NewPenaltyCase
    /// The pack's answer for a decision today: each violation's frame, fine, legal basis and explanation.
    public var assessment: Assessment
}

extension Inspectorate {
    /// Checks a new case exactly as ``openCase(subject:record:violations:mitigating:aggravating:facts:acting:)``
    /// would, and says what the pack gives for it (as if decided today), without writing anything.
    ///
    /// - Throws: ``InspectorateError/unknownSubject(_:)``; ``InputError`` and ``PenaltyCaseError`` as opening would;
    ///   ``StoreError``.
    public func previewOpening(
        subject id: Subject.ID, record: ViolationRecord, violations: [CaseViolation], mitigating: [String],
        aggravating: [String], facts: CaseFacts, body: String? = nil, acting: Acting
    ) throws -> OpeningPreview {
        try authorize(.openCase, acting: acting)
        guard let subject = try store.subject(id: id) else { throw InspectorateError.unknownSubject(id) }
        try requireBody(body, on: acting.today)
        var new = try PenaltyCasework.open(
            .init(
                subject: subject, record: record, violations: violations, mitigating: mitigating, aggravating: aggravating,
                facts: facts),
            today: acting.today, policy: policy)
        new.body = body
        let assessment = try policy.assess(
            AssessmentRequest(
                violator: subject.kind, facts: facts, recordOn: record.madeOn, decidedOn: acting.today,
                today: acting.today, signer: nil, mitigating: mitigating, aggravating: aggravating,
                violations: new.violations))
        return OpeningPreview(subject: subject, newCase: new, assessment: assessment)
    }

    /// Checks a cancellation exactly as ``cancelCase(_:on:reason:acting:)`` would, without writing anything.
    ///
    /// - Returns: The case as it stands (the cancellation would end it in state `cancelled`).
    /// - Throws: ``InspectorateError/unknownPenaltyCase(_:)``; ``PenaltyCaseError`` and ``InputError`` as cancelling
    ///   would; ``StoreError``.
    public func previewCancellation(_ id: PenaltyCase.ID, on: CalendarDate?, reason: String, acting: Acting) throws
        -> PenaltyCase
    {
        try authorize(.cancelCase, acting: acting)
        let current = try penaltyCase(id)
        _ = try PenaltyCasework.cancel(current, on: on ?? acting.today, reason: reason, today: acting.today)
        return current
    }
}
