/// A store operation that failed: what went wrong and what to do next.
///
/// Every ``CaseStore`` translates its database's errors into this type at its boundary, so callers never see SQL,
/// statement arguments or personal data unless a message deliberately names them. Catch a specific case by its
/// ``kind``:
///
/// ```swift
/// do { try store.addSubject(new, context: context) }
/// catch let error as StoreError where error.kind == .duplicate { … }
/// ```
///
/// ``description`` is what the executable prints:
///
/// ```
/// error: database is busy: another thanhtra is writing to thanhtra.sqlite
///   help: try again in a moment
/// ```
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is. Extensible: new kinds may be added without breaking `switch`-free callers.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private enum Code: String, Sendable {
            case busy, duplicate, notFound, schemaTooNew, corrupt, io, invalid
        }
        private let code: Code
        private init(_ code: Code) { self.code = code }

        /// Another process holds the write lock longer than the busy timeout; retrying later usually works.
        public static let busy = Kind(.busy)
        /// The value is already recorded (a subject with the same tax code, a receipt number used twice).
        public static let duplicate = Kind(.duplicate)
        /// The thing referred to does not exist (subject #99).
        public static let notFound = Kind(.notFound)
        /// The database was created or migrated by a newer thanhtra.
        public static let schemaTooNew = Kind(.schemaTooNew)
        /// The file is not a thanhtra database or is damaged.
        public static let corrupt = Kind(.corrupt)
        /// The file cannot be opened, created, read or written.
        public static let io = Kind(.io)
        /// The store refused a value that breaks one of its rules (a constraint in the schema).
        public static let invalid = Kind(.invalid)

        /// The kind's name: `busy`, `duplicate`, …
        public var description: String { code.rawValue }
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// What went wrong, in one sentence without a trailing period.
    public var message: String
    /// What to do next, or `nil` when there is nothing useful to suggest.
    public var hint: String?
    /// What was refused, as a value (ids and numbers), when the store refused a command for a reason a face words
    /// itself, naming where to look (see ``Refusal``); `hint` then holds only face-neutral advice.
    public var refusal: Refusal?

    /// Creates a store error.
    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    /// `error: <message>` and, when there is a hint, `  help: <hint>` on a second line.
    public var description: String {
        var text = "error: \(message)"
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}
