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

    public init(_ message: String, inspectionID: Inspection.ID? = nil, hint: String? = nil, advice: Advice? = nil) {
        self.message = message
        self.inspectionID = inspectionID
        self.hint = hint
        self.advice = advice
    }

    /// The three-line form: `error: …`, `  --> inspection #…`, `  help: …`.
    public var description: String {
        var text = "error: \(message)"
        if let inspectionID { text += "\n  --> inspection #\(inspectionID)" }
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}
