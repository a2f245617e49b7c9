/// A connection URL or setting that cannot be used: what is wrong, in which part, and what to do.
///
/// The URL itself is never part of the message: it may hold a password.
public struct PostgresSettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Equatable {
        /// Not a `postgres://` or `postgresql://` URL.
        case unsupportedScheme
        /// The URL's structure is broken (a bracket not closed, a bad percent escape, a comma-separated host list).
        case malformedURL
        /// A port that is not a number from 1 to 65535.
        case invalidPort
        /// A query parameter thanhtra does not know.
        case unknownParameter
        /// A known parameter with a value it cannot take.
        case invalidParameterValue
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// What went wrong, e.g. `invalid port "54x2"`.
    public var message: String
    /// Which part of the URL: `scheme`, `user`, `password`, `host`, `port`, `database`, or a parameter's name.
    public var part: String
    /// What to do next.
    public var hint: String

    /// An error.
    public init(_ kind: Kind, _ message: String, part: String, hint: String) {
        self.kind = kind
        self.message = message
        self.part = part
        self.hint = hint
    }

    /// Three lines: `error: <what>`, `  --> database URL, <part>`, `  help: <hint>`.
    public var description: String {
        "error: \(message)\n  --> database URL, \(part)\n  help: \(hint)"
    }

    static let formsHint =
        "write postgres://user[:password]@host[:port]/database, or postgres://user@%2Fvar%2Frun%2Fpostgresql/database "
        + "for a unix socket (see docs/postgres.md)"
}
