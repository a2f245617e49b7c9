/// One dated migration of the PostgreSQL schema: its identifier and its statements, run in order.
///
/// The identifiers are SQLite's (`Sources/Store/Migrations/SQLiteStore+Migrations.swift`), so that a migration means
/// the same change on both stores. Each statement is sent alone (PostgreSQL's extended protocol takes one statement
/// per query), so a function body with `;` inside stays one statement.
public struct PostgresMigration: Sendable, Equatable {
    /// The date and what it does, e.g. `2026-11-23-createJournal`.
    public var identifier: String
    /// The statements, each one SQL command without a trailing `;`.
    public var statements: [String]

    /// A migration.
    public init(_ identifier: String, _ statements: [String]) {
        self.identifier = identifier
        self.statements = statements
    }
}
