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

    public init(
        _ message: String, caseID: PenaltyCase.ID? = nil, problems: [PolicyProblem] = [], hint: String? = nil,
        advice: Advice? = nil
    ) {
        self.message = message
        self.caseID = caseID
        self.problems = problems
        self.hint = hint
        self.advice = advice
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
