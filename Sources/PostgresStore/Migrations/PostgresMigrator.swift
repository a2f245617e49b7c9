public import Logging
public import PostgresNIO

/// Brings a PostgreSQL database to the schema of this version of thanhtra, in one transaction.
///
/// The run takes a transaction-level advisory lock first (two processes migrating at once take turns; the second
/// finds nothing to do), creates `thanhtraMigration` (the list of applied migrations, as GRDB's `grdb_migrations`)
/// if it is missing, applies each migration it does not list, in order, and records it. Any failure rolls the
/// whole run back: the database is left as it was. A database that lists a migration this version does not know was
/// migrated by a newer thanhtra and is refused untouched.
public struct PostgresMigrator: Sendable {
    /// The migrations, in the order they run.
    public var migrations: [PostgresMigration]

    /// The advisory lock key every migration run takes: `'thanhtra'` as 8 bytes, read as a big-endian integer.
    public static let lockKey: Int64 = 0x7468_616e_6874_7261

    /// A migrator; by default with every migration of ``PostgresSchema``.
    public init(migrations: [PostgresMigration] = PostgresSchema.migrations) {
        precondition(Set(migrations.map(\.identifier)).count == migrations.count, "migration identifiers repeat")
        self.migrations = migrations
    }

    /// Applies the missing migrations and returns their identifiers, in order; empty when the schema was current.
    ///
    /// - Parameters:
    ///   - connection: a connection as the database's owner (it creates tables, functions and triggers); not inside
    ///     a transaction.
    ///   - logger: PostgresNIO's logger.
    /// - Throws: ``PostgresMigrationError``: `.statementFailed` naming the migration and the server's message, or
    ///   `.unknownMigrations`. Nothing of the run is kept either way.
    @discardableResult
    public func migrate(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await connection.query("BEGIN", logger: logger)
        do {
            let applied = try await run(connection, logger: logger)
            try await connection.query("COMMIT", logger: logger)
            return applied
        } catch {
            // (On a connection the server closed, a statement would never complete: the server has rolled back.)
            if !connection.isClosed { _ = try? await connection.query("ROLLBACK", logger: logger) }
            throw error
        }
    }

    /// The identifiers of the migrations the database lists as applied, in the order they were applied; empty for a
    /// database thanhtra never migrated.
    ///
    /// - Throws: PostgresNIO's `PSQLError` when the server cannot answer.
    public func appliedMigrations(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let exists = try await connection.query(
            "SELECT to_regclass('thanhtraMigration') IS NOT NULL", logger: logger
        ).collect().first?.decode(Bool.self) ?? false
        guard exists else { return [] }
        var identifiers: [String] = []
        let rows = try await connection.query(
            "SELECT identifier FROM thanhtraMigration ORDER BY appliedOrder", logger: logger)
        for try await identifier in rows.decode(String.self) { identifiers.append(identifier) }
        return identifiers
    }

    private func run(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: Self.createMigrationTable), logger: logger)
        let applied = try await appliedMigrations(connection, logger: logger)
        var done = Set(try checkKnown(applied))
        var appliedNow: [String] = []
        for migration in migrations where !done.contains(migration.identifier) {
            for statement in migration.statements {
                do {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                } catch let error as PSQLError {
                    throw Self.failure(error, in: migration)
                }
            }
            try await connection.query(
                "INSERT INTO thanhtraMigration (identifier) VALUES (\(migration.identifier))", logger: logger)
            done.insert(migration.identifier)
            appliedNow.append(migration.identifier)
        }
        return appliedNow
    }

    /// The same run as ``migrate(_:logger:)``, blocking the calling thread (never an event-loop thread) on each
    /// statement: how ``PostgresStore`` migrates when it opens, from synchronous code. Not inside a transaction.
    ///
    /// A database already at this version is only read (the list of applied migrations), outside any transaction and
    /// without the lock: so a role that may not change the schema — the application role, `docs/operations.md` —
    /// opens it. A role that may not change it and finds migrations to run gets ``PostgresMigrationError`` `.notOwner`.
    func migrate(_ session: PGSession) throws -> [String] {
        if try isCurrent(session) { return [] }
        do {
            return try migrateUnderLock(session)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42501" {
            throw Self.notOwner(error)
        } catch let error as PostgresMigrationError where error.kind == .statementFailed
            && error.message.hasSuffix("(SQLSTATE 42501)")
        {
            throw PostgresMigrationError(
                .notOwner, migration: error.migration, message: error.message, hint: Self.notOwnerHint)
        }
    }

    /// Whether every migration of this version is applied (a database migrated by a newer version is refused here,
    /// untouched).
    private func isCurrent(_ session: PGSession) throws -> Bool {
        let present = try session.row("SELECT to_regclass('thanhtraMigration') IS NOT NULL AS present")?.bool("present")
        guard present == true else { return false }
        let applied = try session.rows("SELECT identifier FROM thanhtraMigration").map { try $0.string("identifier") }
        let done = Set(try checkKnown(applied))
        return migrations.allSatisfy { done.contains($0.identifier) }
    }

    /// What a role that may not change the schema is told.
    static let notOwnerHint =
        "the schema is created and brought up to date by the database's owner: run this version of thanhtra once "
        + "with the owner's URL, then grant the application role again (docs/operations.md)"

    private static func notOwner(_ error: PSQLError) -> PostgresMigrationError {
        let server = error.serverInfo?[.message] ?? "permission denied"
        return PostgresMigrationError(
            .notOwner, migration: "(the list of migrations)",
            message: "this role may not change the schema: \(server) (SQLSTATE 42501)", hint: notOwnerHint)
    }

    private func migrateUnderLock(_ session: PGSession) throws -> [String] {
        try session.execute("BEGIN")
        do {
            try session.execute(sql: "SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            try session.execute(sql: Self.createMigrationTable)
            let applied = try session.rows("SELECT identifier FROM thanhtraMigration ORDER BY appliedOrder")
                .map { try $0.string("identifier") }
            var done = Set(try checkKnown(applied))
            var appliedNow: [String] = []
            for migration in migrations where !done.contains(migration.identifier) {
                for statement in migration.statements {
                    do {
                        try session.execute(sql: statement)
                    } catch let error as PSQLError {
                        throw Self.failure(error, in: migration)
                    }
                }
                try session.execute(
                    PostgresQuery("INSERT INTO thanhtraMigration (identifier) VALUES (\(migration.identifier))"))
                done.insert(migration.identifier)
                appliedNow.append(migration.identifier)
            }
            try session.execute("COMMIT")
            return appliedNow
        } catch {
            _ = try? session.execute("ROLLBACK")
            throw error
        }
    }

    /// The list of applied migrations, created on the first run.
    private static let createMigrationTable = """
        CREATE TABLE IF NOT EXISTS thanhtraMigration (
            identifier TEXT PRIMARY KEY,
            appliedOrder BIGINT GENERATED ALWAYS AS IDENTITY,
            appliedAt TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    /// `applied`, unless it lists a migration this version does not know.
    private func checkKnown(_ applied: [String]) throws -> [String] {
        let known = Set(migrations.map(\.identifier))
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw PostgresMigrationError(
                .unknownMigrations, migration: unknown,
                message: "the database was migrated by a newer thanhtra (it lists migration \(unknown))",
                hint: "use the thanhtra that migrated it, or a newer one")
        }
        return applied
    }

    /// The error for a statement of `migration` that the server refused.
    private static func failure(_ error: PSQLError, in migration: PostgresMigration) -> PostgresMigrationError {
        let server = error.serverInfo?[.message] ?? "\(error.code)"
        let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
        return PostgresMigrationError(
            .statementFailed, migration: migration.identifier, message: server + state,
            hint: "nothing was changed; this is a bug in thanhtra's PostgreSQL schema, please report it")
    }
}
