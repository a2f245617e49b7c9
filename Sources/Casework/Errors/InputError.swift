/// Input that a person typed and that Casework refuses: it names the field, what was wrong, and what is expected.
///
/// ```
/// error: tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; got "01012345"
///   --> field identifier
///   help: copy the tax code from the business registration certificate, e.g. 0101234567 or 0101234567-001
/// ```
///
/// The offending value is included in ``message`` because it is what the user just typed; callers that log errors
/// should treat it as personal data.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field that was refused, as the caller named it: `identifier`, `name`, `--tax-code`.
    public var field: String
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// What to do instead, or `nil` when the message says it all.
    public var hint: String?
    /// What to do, as a value each face words (a flag to pass, a command to run); `nil` when ``hint`` says it.
    public var advice: Advice?
    /// The message in Vietnamese, for a face whose reader reads Vietnamese; `nil` where only English words exist.
    public var vietnamese: String?
    /// The hint in Vietnamese (naming no flag or command), or `nil`.
    public var vietnameseHint: String?

    /// Creates an input error; `vietnamese` and `vietnameseHint` are its message and hint in Vietnamese.
    public init(
        field: String, message: String, hint: String? = nil, advice: Advice? = nil, vietnamese: String? = nil,
        vietnameseHint: String? = nil
    ) {
        self.field = field
        self.message = message
        self.hint = hint
        self.advice = advice
        self.vietnamese = vietnamese
        self.vietnameseHint = vietnameseHint
    }

    /// The three-line form: `error: …`, `  --> field …`, `  help: …`.
    public var description: String {
        var text = "error: \(message)\n  --> field \(field)"
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}
