import PostgresNIO
import PostgresStore
import Testing

@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct MigrationTests {
    static let logger = TestServer.logger

    /// Everything the schema holds, as text: columns with types and nullability, constraints, indexes, triggers.
    static func schemaSnapshot(_ connection: PostgresConnection) async throws -> [String] {
        try await connection.strings(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
            FROM information_schema.columns WHERE table_schema = current_schema()
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = current_schema()::text::regnamespace
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL
            SELECT tgrelid::regclass::text || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal
            ORDER BY 1
            """)
    }

    @Test func migrationsApplyOnAnEmptyDatabase() async throws {
        try await TestServer.withEmptyDatabase { connection in
            let migrator = PostgresMigrator()
            #expect(try await migrator.appliedMigrations(connection, logger: Self.logger) == [])

            let applied = try await migrator.migrate(connection, logger: Self.logger)

            #expect(applied == PostgresSchema.migrations.map(\.identifier))
            #expect(try await migrator.appliedMigrations(connection, logger: Self.logger) == applied)
            let tables = try await connection.strings(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")
            #expect(tables.contains("journal") && tables.contains("penaltycase") && tables.contains("followup"))
            #expect(tables.count == 51)  // 50 of SQLite's tables (the seven rollups, conclusionImplemented, inspectionSpan, recommendationHandling, titleAssignment, delegation, rulePackProposal, recommendationDocuments, followUpDocuments, decisionSanction, caseBody, inspectionBody) and thanhtraMigration
        }
    }

    @Test func aSecondRunChangesNothing() async throws {
        try await TestServer.withEmptyDatabase { connection in
            let migrator = PostgresMigrator()
            try await migrator.migrate(connection, logger: Self.logger)
            let before = try await Self.schemaSnapshot(connection)
            let recorded = try await connection.strings(
                "SELECT identifier || ' ' || appliedAt::text FROM thanhtraMigration ORDER BY 1")

            let second = try await migrator.migrate(connection, logger: Self.logger)

            #expect(second == [])
            #expect(try await Self.schemaSnapshot(connection) == before)
            #expect(
                try await connection.strings(
                    "SELECT identifier || ' ' || appliedAt::text FROM thanhtraMigration ORDER BY 1") == recorded)
            #expect(before.count > 300)  // the snapshot did read the schema
        }
    }

    @Test func aLaterMigrationRunsAloneOnAnOlderSchema() async throws {
        try await TestServer.withEmptyDatabase { connection in
            let all = PostgresSchema.migrations
            try await PostgresMigrator(migrations: Array(all.prefix(3))).migrate(connection, logger: Self.logger)
            let rest = try await PostgresMigrator().migrate(connection, logger: Self.logger)
            #expect(rest == all.dropFirst(3).map(\.identifier))
        }
    }

    @Test func aFailingMigrationLeavesTheDatabaseAsItWas() async throws {
        try await TestServer.withEmptyDatabase { connection in
            let broken = PostgresMigrator(
                migrations: Array(PostgresSchema.migrations.prefix(2)) + [
                    PostgresMigration("2099-01-01-broken", ["CREATE TABLE broken (x NOSUCHTYPE)"])
                ])

            let error = await #expect(throws: PostgresMigrationError.self) {
                try await broken.migrate(connection, logger: Self.logger)
            }

            #expect(error?.kind == .statementFailed)
            #expect(
                error?.description == """
                    error: type "nosuchtype" does not exist (SQLSTATE 42704)
                      --> migration 2099-01-01-broken
                      help: nothing was changed; this is a bug in thanhtra's PostgreSQL schema, please report it
                    """)
            let tables = try await connection.strings(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            #expect(tables == [])  // not even the journal of the first migration, nor thanhtraMigration
        }
    }

    @Test func aDatabaseOfANewerThanhtraIsRefused() async throws {
        try await TestServer.withEmptyDatabase { connection in
            let newer = PostgresMigrator(
                migrations: PostgresSchema.migrations + [PostgresMigration("2099-01-01-future", ["SELECT 1"])])
            try await newer.migrate(connection, logger: Self.logger)

            let error = await #expect(throws: PostgresMigrationError.self) {
                try await PostgresMigrator().migrate(connection, logger: Self.logger)
            }

            #expect(error?.kind == .unknownMigrations)
            #expect(error?.migration == "2099-01-01-future")
            #expect(error?.message == "the database was migrated by a newer thanhtra (it lists migration 2099-01-01-future)")
        }
    }
}
