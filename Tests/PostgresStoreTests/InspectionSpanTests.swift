import PostgresNIO
@testable import PostgresStore
import Testing

/// `inspectionSpan` on PostgreSQL (migration `2026-12-20-createInspectionSpan`, SQLite's `InspectionSpanTests`): after
/// every statement of a random history written straight into the tables (``RollupTests/statement(_:_:kinds:)``'s,
/// and edits the store never makes: decisions re-dated, deleted and moved, conclusions set, moved and cleared,
/// inspections deleted), the table is exactly what the base tables say; and the migration fills it for a database
/// that had inspections.
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct InspectionSpanTests {
    /// The table's rows and what the base tables say, as text lines in key order; empty when they are equal.
    static func mismatches(_ connection: PostgresConnection) async throws -> [String] {
        let kept = try await connection.strings(
            "SELECT r::text FROM (SELECT endOn, decidedOn, inspectionId FROM inspectionSpan) r ORDER BY r.inspectionId")
        let rebuilt = try await connection.strings(
            "SELECT r::text FROM (\(PostgresSchema.inspectionSpanRows())) r ORDER BY r.inspectionId")
        return kept == rebuilt ? [] : ["kept \(kept)", "rebuilt \(rebuilt)"]
    }

    /// One edit the store never makes, on a few random inspections (`n` numbers what must be unique).
    static func edit(_ random: inout RollupTests.Random, _ n: Int) -> String {
        let ids = "(SELECT inspectionId FROM inspectionDecision ORDER BY random() LIMIT \(1 + random.below(3)))"
        switch random.below(7) {
        case 0: return "UPDATE inspectionDecision SET decidedOn = decidedOn + \(random.below(60) - 30) WHERE inspectionId IN \(ids)"
        case 1:
            // Conclusions moved later (the table's checks keep them after the draft and the announcement).
            let days = 1 + random.below(40)
            return """
                UPDATE inspection SET concludedOn = concludedOn + \(days),
                    closedOn = CASE WHEN closedOn IS NULL THEN NULL ELSE GREATEST(closedOn, concludedOn + \(days)) END
                WHERE id IN \(ids) AND concludedOn IS NOT NULL
                """
        case 2:
            return """
                UPDATE inspection SET concludedOn = NULL, conclusionNumber = NULL, closedOn = NULL, state = 'onsiteEnded'
                WHERE id IN \(ids) AND concludedOn IS NOT NULL
                """
        case 3:
            // A decision moved to an inspection without one.
            return """
                UPDATE inspectionDecision SET inspectionId = (
                    SELECT i.id FROM inspection i WHERE NOT EXISTS (SELECT 1 FROM inspectionDecision d WHERE d.inspectionId = i.id)
                    ORDER BY i.id LIMIT 1)
                WHERE inspectionId IN (SELECT inspectionId FROM inspectionDecision ORDER BY random() LIMIT 1)
                    AND EXISTS (SELECT 1 FROM inspection i WHERE NOT EXISTS (
                        SELECT 1 FROM inspectionDecision d WHERE d.inspectionId = i.id))
                """
        case 4: return "DELETE FROM inspectionDecision WHERE inspectionId IN \(ids)"
        case 5:
            // Open inspections concluded at once, whatever their state (announced and ended on site if they were not).
            return """
                UPDATE inspection SET state = 'concluded', announcedOn = COALESCE(announcedOn, openedOn),
                    onsiteEndedOn = COALESCE(onsiteEndedOn, COALESCE(announcedOn, openedOn) + 5),
                    concludedOn = COALESCE(onsiteEndedOn, COALESCE(announcedOn, openedOn) + 5) + \(random.below(60)),
                    conclusionNumber = 'KE-\(n)-' || id
                WHERE id IN \(ids) AND concludedOn IS NULL
                """
        default:
            // An inspection deleted with its decision, in one statement (a data-modifying WITH).
            return """
                WITH gone AS (DELETE FROM inspectionDecision WHERE inspectionId IN \(ids) RETURNING inspectionId)
                DELETE FROM inspection WHERE id IN (SELECT inspectionId FROM gone)
                    AND NOT EXISTS (SELECT 1 FROM inspectionSubject s WHERE s.inspectionId = inspection.id)
                """
        }
    }

    /// One of ``RollupTests/statement(_:_:kinds:)``'s statements on the inspections (inspections written, decided,
    /// announced, ended on site, concluded, their dues moved).
    static func inspectionStatement(_ random: inout RollupTests.Random, _ n: Int) -> String {
        while true {
            let sql = RollupTests.statement(&random, n, kinds: 12)
            if sql.contains("inspection") { return sql }
        }
    }

    @Test(arguments: [UInt64(3), 17])
    func afterEveryStatementTheTableIsWhatTheBaseTablesSay(seed: UInt64) async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator().migrate(connection, logger: TestServer.logger)
            try await RollupTests.insertTwoSubjects(connection)
            var random = RollupTests.Random(state: seed)
            var failures: [String] = []
            var most = (open: 0, concluded: 0)
            for n in 0..<200 where failures.isEmpty {
                let sql = random.chance(35) ? Self.edit(&random, n) : Self.inspectionStatement(&random, n)
                try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestServer.logger)
                let wrong = try await Self.mismatches(connection)
                if !wrong.isEmpty { failures = ["after statement \(n): \(sql)"] + wrong }
                let counts = try await connection.strings(
                    """
                    SELECT count(*) FILTER (WHERE endOn = DATE '9999-12-31') || ' '
                        || count(*) FILTER (WHERE endOn < DATE '9999-12-31') FROM inspectionSpan
                    """)
                let numbers = (counts.first ?? "").split(separator: " ").compactMap { Int($0) }
                if numbers.count == 2 { most = (max(most.open, numbers[0]), max(most.concluded, numbers[1])) }
            }
            #expect(failures == [])
            // And the history had something to compare: open and concluded spans, several of each at once
            #expect(most.open > 2 && most.concluded > 2, "most open \(most.open), concluded \(most.concluded)")
        }
    }

    @Test func theMigrationFillsTheTableOfADatabaseThatHadInspections() async throws {
        try await TestServer.withEmptyDatabase { connection in
            // Given a database migrated up to the span, with inspections written meanwhile
            let all = PostgresSchema.migrations
            let span = try #require(all.firstIndex { $0.identifier == "2026-12-20-createInspectionSpan" })
            try await PostgresMigrator(migrations: Array(all.prefix(span))).migrate(connection, logger: TestServer.logger)
            // (twenty inspections, fifteen decided, five of those concluded, one of them before its decision)
            for sql in [
                """
                INSERT INTO inspection (mode, category, level, content, field, leadUnit, openedOn, state)
                SELECT 'regular', 'thanh_tra', 'tinh', 'Nội dung', 'x', 'P2', DATE '2026-10-01' + g, 'decided'
                FROM generate_series(0, 19) g
                """,
                """
                INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
                SELECT id, 'TTr-' || id, openedOn + 2, 'Chánh', 'B', 'C' FROM inspection WHERE id % 4 <> 0
                """,
                """
                UPDATE inspection SET state = 'concluded', announcedOn = openedOn + 3, onsiteEndedOn = openedOn + 10,
                    concludedOn = openedOn + 20, conclusionNumber = 'KL-' || id
                WHERE id % 3 = 0
                """,
                "UPDATE inspectionDecision SET decidedOn = decidedOn + 60 WHERE inspectionId = 3",
            ] {
                try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestServer.logger)
            }
            let decided = try await connection.strings("SELECT count(*)::text FROM inspectionDecision")
            #expect(decided == ["15"])

            // When the migration runs
            try await PostgresMigrator().migrate(connection, logger: TestServer.logger)

            // Then the table holds every decided inspection, and its triggers keep it so
            #expect(try await Self.mismatches(connection) == [])
            let rows = try await connection.strings("SELECT count(*)::text FROM inspectionSpan")
            #expect(rows == decided)
            try await connection.query(
                PostgresQuery(unsafeSQL: "UPDATE inspection SET concludedOn = openedOn + 40 WHERE id % 2 = 0 AND concludedOn IS NOT NULL"),
                logger: TestServer.logger)
            #expect(try await Self.mismatches(connection) == [])
        }
    }
}
