/// A command on an inspection that cannot be carried out: what, which inspection, what to do.
///
/// ```
/// error: the conclusion date 2026-03-01 is before the announcement on 2026-03-05
///   --> inspection #4
///   help: the steps of an inspection follow each other; check the dates
/// ```
public struct InspectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// The inspection concerned, when there is one yet.
    public var inspectionID: Inspection.ID?
    /// What to do instead, or `nil` when the message says it all.
    public var hint: String?
    /// What to do, as a value each face words (a flag to pass, a command to run); `nil` when ``hint`` says it.
    public var advice: Advice?
    /// Which refusal it is, as a value each face words in its language (``message`` is the English).
    public var refusal: Refusal?

    /// The refusals of ``InspectionCasework``: the inspection's state, the order of its steps, what belongs to it.
    /// No words: each face words them (the web pages and the CLI in Vietnamese from one table).
    public enum Refusal: Sendable, Equatable {
        /// The inspection is in `current`; the step needs one of `allowed`.
        case wrongState(current: Inspection.State, allowed: [Inspection.State])
        /// A step dated `day`, before a step already recorded on `earlierOn`.
        case stepBeforeEarlier(day: CalendarDate, earlierOn: CalendarDate)
        /// A recommendation naming a finding of another inspection.
        case findingNotOfInspection(Finding.ID)
        /// A recommendation or finding naming a subject the decision does not name.
        case subjectNotOfInspection(Subject.ID)
        /// A follow-up dated before the conclusion.
        case followUpBeforeConclusion(doneOn: CalendarDate, concludedOn: CalendarDate)
        /// A follow-up that takes the figures done above those recommended, without a reason.
        case overRecommendation(Recommendation.ID)
        /// The rule pack refuses the step (its deadlines, an extension beyond its limits), for its reasons.
        case refusedByRules([PolicyProblem])
    }

    public init(
        _ message: String, inspectionID: Inspection.ID? = nil, hint: String? = nil, advice: Advice? = nil,
        refusal: Refusal? = nil
    ) {
        self.message = message
        self.inspectionID = inspectionID
        self.hint = hint
        self.advice = advice
        self.refusal = refusal
    }

    /// The three-line form: `error: …`, `  --> inspection #…`, `  help: …`.
    public var description: String {
        var text = "error: \(message)"
        if let inspectionID { text += "\n  --> inspection #\(inspectionID)" }
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}
