import Foundation
import PostgresNIO
@testable import PostgresStore
import Testing

/// Migration `2026-12-15-countFlowWarningsByJoin`: the penalty flow's triggers count a decision's warning lines with
/// a grouped join; one statement of many lines (what a `COPY` is to the triggers) leaves `penaltyDailyFlow` with the
/// rows of a rebuild by the grouped count and by the correlated count it replaces.
extension RollupTests {
    /// 400 cases (every tenth cancelled), decisions on four in five, then 1 280 decision lines in one statement, a
    /// third of them warnings, on a database migrated with `migrations`: `penaltyDailyFlow`'s rows that are not all
    /// zeros, by day, then (last) the warnings it holds and those a count of the lines gives, as `N of M`.
    static func flowAfterManyLines(_ migrations: [PostgresMigration]) async throws -> [String] {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator(migrations: migrations).migrate(connection, logger: TestServer.logger)
            for sql in [
                """
                INSERT INTO subject (kind, identifier, name, nameFolded, address)
                VALUES ('organization', '0101234567', 'Công ty A', 'cong ty a', 'Hà Nội')
                """,
                """
                INSERT INTO penaltyCase (subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn,
                    decisionDueOn, openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays,
                    cancelledOn, cancellationReason)
                SELECT 1, CASE WHEN g % 3 = 0 THEN 'organization' ELSE 'person' END, 'BB-' || g,
                    DATE '2026-10-01' + g % 60, 'Hà Nội', DATE '2026-10-01' + g % 60, DATE '2026-10-20' + g % 60, 'pack',
                    CASE WHEN g % 10 = 0 THEN 'cancelled' ELSE 'open' END, false, false, false, 0,
                    CASE WHEN g % 10 = 0 THEN DATE '2026-12-30' END, CASE WHEN g % 10 = 0 THEN 'lý do' END
                FROM generate_series(1, 400) g
                """,
                """
                INSERT INTO penaltyDecision (caseId, number, decidedOn, signerTitle, signerName, totalFineVND,
                    totalRemedialVND, packHash, steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                SELECT c.id, 'QD-' || c.id, c.openedOn + 10 + c.id % 7, 'chánh thanh tra', 'A', (c.id % 4) * 1000000, 0,
                    'pack', '[]', NULL, NULL, DATE '2027-12-31'
                FROM penaltyCase c WHERE c.id % 5 <> 0
                """,
                """
                INSERT INTO decisionLine (caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND,
                    fineVND, isWarning, remedies, remedialVND, steps)
                SELECT p.caseId, k, 'X', 'x', 'x', 'x', 0, 0, 0, (p.caseId + k) % 3 = 0, '[]', 0, '[]'
                FROM penaltyDecision p CROSS JOIN generate_series(0, 3) k
                """,
            ] {
                try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestServer.logger)
            }
            let nonZero = PostgresSchema.penaltyDailyFlow.columns.map { "\($0) <> 0" }.joined(separator: " OR ")
            let rows = try await connection.strings(
                "SELECT r::text FROM (SELECT * FROM penaltyDailyFlow WHERE \(nonZero)) r ORDER BY r.countedOn")
            let warnings = try await connection.strings(
                """
                SELECT (SELECT COALESCE(SUM(warnings), 0) FROM penaltyDailyFlow)::text || ' of ' || (
                    SELECT COUNT(*) FROM decisionLine l JOIN penaltyCase c ON c.id = l.caseId
                    WHERE l.isWarning AND c.cancelledOn IS NULL)::text
                """)
            // The same rows as a rebuild with the grouped count and with the correlated count it replaced.
            for rollup in [PostgresSchema.penaltyDailyFlowByJoin, PostgresSchema.penaltyDailyFlow] {
                let rebuilt = try await connection.strings("SELECT r::text FROM (\(rollup.totals)) r ORDER BY r.countedOn")
                #expect(rebuilt == rows)
            }
            return rows + [warnings.first ?? ""]
        }
    }

    @Test func manyLinesInOneStatementAddTheSameWarningsAsTheCorrelatedCount() async throws {
        let rows = try await Self.flowAfterManyLines(PostgresSchema.migrations)
        #expect(rows.count > 30)
        // The rollup counts every warning line on a case not cancelled.
        let parts = (rows.last ?? "").components(separatedBy: " of ")
        #expect(parts.count == 2 && parts[0] == parts[1] && (Int(parts[0]) ?? 0) > 300, "\(rows.last ?? "")")
    }

    @Test func theFlowTriggersRunTheGroupedCount() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator().migrate(connection, logger: TestServer.logger)
            let source = try await connection.strings(
                "SELECT prosrc FROM pg_proc WHERE proname = 'penaltydailyflowafterinsertondecisionline'")
            #expect(source.count == 1)
            #expect(source.first?.contains("GROUP BY l.caseId") == true)
            #expect(source.first?.contains("SELECT COUNT(*) FROM") == false)
        }
    }
}
