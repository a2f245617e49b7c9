/// The legal questions Casework asks about penalty cases. The rule pack answers them (Rules implements this port
/// over Lua); Casework never hard-codes a legal number.
///
/// Implementations are not required to be thread-safe: give each thread its own (a `RuleEngine` per worker).
public protocol PenaltyPolicy {
    /// Content hash of the rules that answer, recorded with every decision.
    var packHash: String { get }

    /// Fines, remedies, limitation, decision deadline, competence and legal refusals for a case.
    func assess(_ request: AssessmentRequest) throws -> Assessment

    /// The last day to pay a decision received on `receivedOn`.
    func paymentDue(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate) throws -> DatedAnswer

    /// The late-payment surcharge accrued up to `asOf`.
    func surcharge(_ request: SurchargeRequest) throws -> SurchargeAnswer

    /// Whether an installment plan is allowed.
    func checkInstallments(
        violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, installments: [Installment]
    ) throws -> PolicyCheck

    /// Whether a postponement is allowed.
    func checkPostponement(
        violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, postponement: Postponement
    ) throws -> PolicyCheck
}

/// What `assess` needs to know about a case.
public struct AssessmentRequest: Sendable, Equatable {
    public var violator: Subject.Kind
    public var facts: CaseFacts
    public var recordOn: CalendarDate
    /// The decision date; `nil` to preview before deciding.
    public var decidedOn: CalendarDate?
    public var today: CalendarDate
    /// Title code of the signer, when known.
    public var signer: String?
    public var mitigating: [String]
    public var aggravating: [String]
    public var violations: [CaseViolation]

    public init(
        violator: Subject.Kind, facts: CaseFacts, recordOn: CalendarDate, decidedOn: CalendarDate?, today: CalendarDate,
        signer: String?, mitigating: [String], aggravating: [String], violations: [CaseViolation]
    ) {
        self.violator = violator
        self.facts = facts
        self.recordOn = recordOn
        self.decidedOn = decidedOn
        self.today = today
        self.signer = signer
        self.mitigating = mitigating
        self.aggravating = aggravating
        self.violations = violations
    }
}

/// The rules' answer for a case: one line per violation, totals, deadlines, competence, refusals.
public struct Assessment: Sendable, Equatable {
    public var lines: [AssessedLine]
    public var totalFineVND: VND
    public var totalRemedialVND: VND
    public var decisionDueOn: CalendarDate
    /// Present when the request had a decision date.
    public var enforcementExpiresOn: CalendarDate?
    /// Present when the request named a signer.
    public var competence: Competence?
    public var steps: [ExplanationStep]
    /// Legal refusals; empty when the case may proceed as requested.
    public var problems: [PolicyProblem]

    public init(
        lines: [AssessedLine], totalFineVND: VND, totalRemedialVND: VND, decisionDueOn: CalendarDate,
        enforcementExpiresOn: CalendarDate?, competence: Competence?, steps: [ExplanationStep],
        problems: [PolicyProblem]
    ) {
        self.lines = lines
        self.totalFineVND = totalFineVND
        self.totalRemedialVND = totalRemedialVND
        self.decisionDueOn = decisionDueOn
        self.enforcementExpiresOn = enforcementExpiresOn
        self.competence = competence
        self.steps = steps
        self.problems = problems
    }
}

/// One violation's penalty and its limitation.
public struct AssessedLine: Sendable, Equatable {
    public var fine: FineLine
    /// `nil` when the rules could not place the violation (an unknown code).
    public var limitation: Limitation?
    public init(fine: FineLine, limitation: Limitation?) {
        self.fine = fine
        self.limitation = limitation
    }
}

/// The statute of limitations of one violation (Điều 6).
public struct Limitation: Sendable, Codable, Equatable {
    public var years: Int
    public var startsOn: CalendarDate
    /// The last day on which a penalty may still be imposed.
    public var expiresOn: CalendarDate
    public var citation: String
    public init(years: Int, startsOn: CalendarDate, expiresOn: CalendarDate, citation: String) {
        self.years = years
        self.startsOn = startsOn
        self.expiresOn = expiresOn
        self.citation = citation
    }
}

/// Whether the signer's title may impose the penalties (Điều 52 k2: against each violation's frame maximum).
public struct Competence: Sendable, Codable, Equatable {
    public var signer: String
    public var title: String
    public var isAllowed: Bool
    public var limitVND: VND
    public var citation: String
    public init(signer: String, title: String, isAllowed: Bool, limitVND: VND, citation: String) {
        self.signer = signer
        self.title = title
        self.isAllowed = isAllowed
        self.limitVND = limitVND
        self.citation = citation
    }
}

/// A legal refusal from the rules: `limitation_expired`, `unknown_violation`, `no_competence`, …
public struct PolicyProblem: Sendable, Codable, Equatable {
    public var code: String
    public var message: String
    public var hint: String?
    public init(code: String, message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }
}

/// A date the rules computed, with the steps that explain it.
public struct DatedAnswer: Sendable, Equatable {
    public var date: CalendarDate
    public var steps: [ExplanationStep]
    public init(date: CalendarDate, steps: [ExplanationStep]) {
        self.date = date
        self.steps = steps
    }
}

/// What the surcharge computation needs.
public struct SurchargeRequest: Sendable, Equatable {
    public var fineVND: VND
    public var dueOn: CalendarDate
    public var asOf: CalendarDate
    /// Payments towards the fine made before `asOf`.
    public var payments: [Payment]
    /// Days without surcharge: postponements, installment periods (inclusive ranges).
    public var pauses: [Postponement]
    /// The last day the decision may be executed (Luật XLVPHC Điều 74), when known: the pack decides what the
    /// surcharge does after it.
    public var enforcementExpiresOn: CalendarDate?
    public init(
        fineVND: VND, dueOn: CalendarDate, asOf: CalendarDate, payments: [Payment], pauses: [Postponement],
        enforcementExpiresOn: CalendarDate? = nil
    ) {
        self.fineVND = fineVND
        self.dueOn = dueOn
        self.asOf = asOf
        self.payments = payments
        self.pauses = pauses
        self.enforcementExpiresOn = enforcementExpiresOn
    }
}

/// The surcharge accrued, the days counted, and the explanation.
public struct SurchargeAnswer: Sendable, Equatable {
    public var amountVND: VND
    public var days: Int
    public var steps: [ExplanationStep]
    public init(amountVND: VND, days: Int, steps: [ExplanationStep]) {
        self.amountVND = amountVND
        self.days = days
        self.steps = steps
    }
}

/// The rules' verdict on a plan (installments, postponement).
public struct PolicyCheck: Sendable, Equatable {
    public var isAllowed: Bool
    public var problems: [PolicyProblem]
    public var steps: [ExplanationStep]
    public init(isAllowed: Bool, problems: [PolicyProblem], steps: [ExplanationStep]) {
        self.isAllowed = isAllowed
        self.problems = problems
        self.steps = steps
    }
}
