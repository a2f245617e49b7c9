/// The parts of a penalty case that the rules weigh, and what was recorded from them: exactly what `rules diff`
/// reads for each case, so that a million cases stream through in constant memory.
///
/// Unlike ``PenaltyCase`` it has no place, no payments and no explanation steps. ``CaseFacts/extensionDays``
/// already includes every granted extension; ``CaseFacts/extensionReason`` is always `nil`.
public struct CaseSnapshot: Sendable, Equatable {
    public var id: PenaltyCase.ID
    /// The violation record's number, for people (`BB-12/2026`).
    public var recordNumber: String
    public var state: PenaltyCase.State
    public var violatorKind: Subject.Kind
    /// The day of the violation record; starts the decision deadline.
    public var recordOn: CalendarDate
    public var facts: CaseFacts
    /// The decision deadline as stored (computed at opening, moved by extensions).
    public var decisionDueOn: CalendarDate
    public var mitigating: [String]
    public var aggravating: [String]
    /// In stored order; ``CaseViolation/sector`` is the sector copied at opening.
    public var violations: [CaseViolation]
    /// What the decision recorded, for a decided or settled case.
    public var decision: RecordedDecision?

    public init(
        id: PenaltyCase.ID, recordNumber: String, state: PenaltyCase.State, violatorKind: Subject.Kind,
        recordOn: CalendarDate, facts: CaseFacts, decisionDueOn: CalendarDate, mitigating: [String],
        aggravating: [String], violations: [CaseViolation], decision: RecordedDecision?
    ) {
        self.id = id
        self.recordNumber = recordNumber
        self.state = state
        self.violatorKind = violatorKind
        self.recordOn = recordOn
        self.facts = facts
        self.decisionDueOn = decisionDueOn
        self.mitigating = mitigating
        self.aggravating = aggravating
        self.violations = violations
        self.decision = decision
    }
}

/// The figures a penalty decision recorded: what a changed rule pack is compared against.
public struct RecordedDecision: Sendable, Equatable {
    public var decidedOn: CalendarDate
    /// The decision's total fine.
    public var totalFineVND: VND
    /// Each line's fine, in the order of the case's violations.
    public var lineFinesVND: [VND]
    /// The day the violator received the decision; `nil` until delivered.
    public var receivedOn: CalendarDate?
    /// The last day to pay, set at delivery.
    public var paymentDueOn: CalendarDate?

    public init(
        decidedOn: CalendarDate, totalFineVND: VND, lineFinesVND: [VND], receivedOn: CalendarDate?,
        paymentDueOn: CalendarDate?
    ) {
        self.decidedOn = decidedOn
        self.totalFineVND = totalFineVND
        self.lineFinesVND = lineFinesVND
        self.receivedOn = receivedOn
        self.paymentDueOn = paymentDueOn
    }
}

extension CaseSnapshot {
    /// The snapshot of a whole case (for tests and callers that already hold one).
    public init(_ penaltyCase: PenaltyCase) {
        self.init(
            id: penaltyCase.id, recordNumber: penaltyCase.record.number, state: penaltyCase.state,
            violatorKind: penaltyCase.violatorKind, recordOn: penaltyCase.record.madeOn,
            facts: CaseFacts(
                isComplex: penaltyCase.facts.isComplex, explanationRequested: penaltyCase.facts.explanationRequested,
                isMinor: penaltyCase.facts.isMinor, extensionDays: penaltyCase.facts.extensionDays),
            decisionDueOn: penaltyCase.decisionDueOn, mitigating: penaltyCase.mitigating,
            aggravating: penaltyCase.aggravating, violations: penaltyCase.violations,
            decision: penaltyCase.decision.map {
                RecordedDecision(
                    decidedOn: $0.decidedOn, totalFineVND: $0.totalFineVND, lineFinesVND: $0.lines.map(\.fineVND),
                    receivedOn: $0.receivedOn, paymentDueOn: $0.paymentDueOn)
            })
    }
}
