import PostgresNIO
@testable import PostgresStore
import Testing

/// Migration `2026-12-15-countFlowWarningsByJoin`: the penalty flow's triggers count a decision's warning lines with
/// a grouped join. (The random histories of ``afterEveryStatementEachRollupEqualsItsRebuild(seed:)`` insert lines on
/// several decisions in one statement and compare the table with a rebuild after each.)
extension RollupTests {
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
