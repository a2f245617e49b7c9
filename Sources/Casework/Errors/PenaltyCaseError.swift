/// A command on a penalty case that cannot be carried out: what, which case, the rules' refusals, what to do.
///
/// ```
/// error: the decision cannot be recorded: 1 legal problem
///   --> case #4
///   - no_competence: line 1 (ND125-2020-D16-K1-a): frame maximum 16.000.000 đ exceeds the limit of Thanh tra viên, 500.000 đ
///   help: have a title with competence sign the decision
/// ```
public struct PenaltyCaseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var caseID: PenaltyCase.ID?
    public var problems: [PolicyProblem]
    public var hint: String?
    /// What to do, as a value each face words (a flag to pass, a command to run); `nil` when ``hint`` says it.
    public var advice: Advice?
    /// Which refusal it is, as a value each face words in its language (``message`` is the English); `nil` for the
    /// refusals made only of the pack's ``problems``.
    public var refusal: Refusal?

    /// The refusals of ``PenaltyCasework`` that are not the rule pack's: the case's state, the order of its dates,
    /// the amounts paid. No words: each face words them (the web pages and the CLI in Vietnamese from one table).
    public enum Refusal: Sendable, Equatable {
        /// The case is in `current`; the step needs a case in `required`.
        case wrongState(current: PenaltyCase.State, required: PenaltyCase.State)
        /// The step needs a decided case; this one is `current`.
        case notDecided(current: PenaltyCase.State)
        /// The case is settled: nothing more is recorded on it.
        case alreadySettled
        /// The decision's delivery was recorded on that day already.
        case alreadyDelivered(on: CalendarDate)
        /// A decision dated before its violation record.
        case decidedBeforeRecord(decidedOn: CalendarDate, recordOn: CalendarDate)
        /// A delivery dated before the decision.
        case receivedBeforeDecision(receivedOn: CalendarDate, decidedOn: CalendarDate)
        /// A payment dated before the decision.
        case paidBeforeDecision(paidOn: CalendarDate, decidedOn: CalendarDate)
        /// More paid towards the fine than is still owed.
        case overpaid(amount: VND, outstanding: VND)
        /// More paid towards the late surcharge than is owed on the day.
        case surchargeOverpaid(amount: VND, owed: VND, on: CalendarDate)
        /// An installment plan was approved already.
        case installmentsAlreadyApproved
        /// A case in `state` (settled or cancelled) cannot be cancelled.
        case cannotCancel(state: PenaltyCase.State)
    }

    public init(
        _ message: String, caseID: PenaltyCase.ID? = nil, problems: [PolicyProblem] = [], hint: String? = nil,
        advice: Advice? = nil, refusal: Refusal? = nil
    ) {
        self.message = message
        self.caseID = caseID
        self.problems = problems
        self.hint = hint
        self.advice = advice
        self.refusal = refusal
    }

    public var description: String {
        var text = "error: \(message)"
        if let caseID { text += "\n  --> case #\(caseID)" }
        for problem in problems {
            text += "\n  - \(problem.code): \(problem.message)"
            if let hint = problem.hint { text += "\n    help: \(hint)" }
        }
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}
