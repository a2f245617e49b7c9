public import Casework

/// A penalty case as a legacy file records it: one row, read and checked on its own (``CaseImport``).
public struct LegacyCase: Sendable, Equatable {
    /// The violator, by number or identifier; resolved against the register by the check.
    public var subject: SubjectReference
    /// The violator kind the row states, if it states one; it must be the subject's.
    public var violatorKind: Subject.Kind?
    public var record: ViolationRecord
    /// The violations, each with the amounts the decision gave it when the file gives them per violation.
    public var violations: [LegacyViolation]
    public var mitigating: [String]
    public var aggravating: [String]
    public var facts: CaseFacts
    /// The decision deadline as recorded; `nil` to let the rules compute it from the record date and facts.
    public var decisionDueOn: CalendarDate?
    public var decision: LegacyDecision?
    public var cancellation: Cancellation?
    /// The state the case is stored in: cancelled, else decided (settled when the fine is zero), else open.
    public var state: PenaltyCase.State
    /// The body that handles the case (``PenaltyCase/body``), one of the pack's; `nil` when the file names none.
    public var body: String?

    public init(
        subject: SubjectReference, violatorKind: Subject.Kind?, record: ViolationRecord, violations: [LegacyViolation],
        mitigating: [String] = [], aggravating: [String] = [], facts: CaseFacts = CaseFacts(),
        decisionDueOn: CalendarDate? = nil, decision: LegacyDecision? = nil, cancellation: Cancellation? = nil,
        state: PenaltyCase.State, body: String? = nil
    ) {
        self.subject = subject
        self.violatorKind = violatorKind
        self.record = record
        self.violations = violations
        self.mitigating = mitigating
        self.aggravating = aggravating
        self.facts = facts
        self.decisionDueOn = decisionDueOn
        self.decision = decision
        self.cancellation = cancellation
        self.state = state
        self.body = body
    }
}

/// One violation of a legacy case.
public struct LegacyViolation: Sendable, Equatable {
    /// The catalog entry of the code, as in force when the violation was committed.
    public var entry: ViolationCatalog.Entry
    public var committedOn: CalendarDate
    /// When a completed violation ended; `nil` for an ongoing one.
    public var endedOn: CalendarDate?
    /// When an ongoing violation was detected; `nil` for a completed one.
    public var detectedOn: CalendarDate?
    /// The decision gave a warning (cảnh cáo) for it.
    public var isWarning: Bool
    /// Its fine and remedial amount, when the file gives amounts per violation; `nil` when it gives a total only.
    public var fineVND: VND?
    public var remedialVND: VND?
    /// Circumstances of this violation only (the case's weigh on every violation).
    public var mitigating: [String] = []
    public var aggravating: [String] = []

    public init(
        entry: ViolationCatalog.Entry, committedOn: CalendarDate, endedOn: CalendarDate?, detectedOn: CalendarDate?,
        isWarning: Bool = false, fineVND: VND? = nil, remedialVND: VND? = nil
    ) {
        self.entry = entry
        self.committedOn = committedOn
        self.endedOn = endedOn
        self.detectedOn = detectedOn
        self.isWarning = isWarning
        self.fineVND = fineVND
        self.remedialVND = remedialVND
    }

    /// The violation as a case stores it (the sector copied from the catalog).
    public var caseViolation: CaseViolation {
        CaseViolation(
            code: entry.code, sector: entry.sector, committedOn: committedOn, endedOn: endedOn, detectedOn: detectedOn,
            mitigating: mitigating, aggravating: aggravating)
    }
}

/// A penalty decision as recorded in a legacy file: stored as it is, never recomputed by the rules.
public struct LegacyDecision: Sendable, Equatable {
    public var number: String
    public var decidedOn: CalendarDate
    /// As written in the file (a pack title code or words); empty when the file does not say.
    public var signerTitle: String
    public var signerName: String
    /// The total fine and remedial amounts of the decision.
    public var totalFineVND: VND
    public var totalRemedialVND: VND
    public var receivedOn: CalendarDate?
    /// As recorded; `nil` to let the rules compute it from the delivery (when there is one).
    public var paymentDueOn: CalendarDate?
    /// As recorded; `nil` to let the rules compute it from the decision date.
    public var enforcementExpiresOn: CalendarDate?
    /// The confiscation, supplementary sanctions and remedial measures the file gives; none by default.
    public var sanctions: DecisionSanctions

    public init(
        number: String, decidedOn: CalendarDate, signerTitle: String = "", signerName: String = "", totalFineVND: VND,
        totalRemedialVND: VND = .zero, receivedOn: CalendarDate? = nil, paymentDueOn: CalendarDate? = nil,
        enforcementExpiresOn: CalendarDate? = nil, sanctions: DecisionSanctions = DecisionSanctions()
    ) {
        self.number = number
        self.decidedOn = decidedOn
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.totalFineVND = totalFineVND
        self.totalRemedialVND = totalRemedialVND
        self.receivedOn = receivedOn
        self.paymentDueOn = paymentDueOn
        self.enforcementExpiresOn = enforcementExpiresOn
        self.sanctions = sanctions
    }
}

