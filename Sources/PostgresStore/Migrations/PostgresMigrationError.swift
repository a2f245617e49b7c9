/// A migration that could not run, or a database this version of thanhtra must not migrate.
public struct PostgresMigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Equatable {
        /// A statement of a migration failed; nothing of the run was kept.
        case statementFailed
        /// The database records migrations this version does not know: a newer thanhtra migrated it.
        case unknownMigrations
        /// Migrations are due and the connected role may not change the schema (the application role): the owner
        /// runs them.
        case notOwner
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// The migration that failed, or the first one this version does not know.
    public var migration: String
    /// What went wrong: the server's message and SQLSTATE, never the statement's arguments.
    public var message: String
    /// What to do next.
    public var hint: String

    /// An error.
    public init(_ kind: Kind, migration: String, message: String, hint: String) {
        self.kind = kind
        self.migration = migration
        self.message = message
        self.hint = hint
    }

    /// Three lines: `error: <what>`, `  --> migration <identifier>`, `  help: <hint>`.
    public var description: String {
        "error: \(message)\n  --> migration \(migration)\n  help: \(hint)"
    }
}
