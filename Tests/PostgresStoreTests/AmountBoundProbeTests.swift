import Casework
import PostgresNIO
@testable import PostgresStore
import Testing

/// The amount bound's check that every report makes first (``AmountBoundProbe``): one statement prepared once per
/// connection, planned once, whatever the number of reads (the wording of its refusal is `PostgresStoreTests`').
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct AmountBoundProbeTests {
    @Test func theCheckIsPlannedOncePerConnectionAndRunAtEveryRead() async throws {
        try await PostgresStoreTests.withStore { store, _ in
            // Given three reports' figures read one after the other through the store's one connection
            let from = try #require(CalendarDate(year: 2026, month: 10, day: 15))
            let period = ReportPeriod(kind: "monthly", label: "2026-11", from: from, before: from.adding(days: 31))
            for _ in 0..<3 { _ = try store.figures(for: period) }

            // When the connection's prepared statements are listed
            let rows = try store.read { session in
                try session.rows(
                    PostgresQuery(
                        unsafeSQL: """
                            SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements
                            WHERE name = '\(AmountBoundProbe.name)'
                            """))
            }

            // Then the check is there once, with its text, and ran three times on the plan it was given once: a
            // statement without parameters is never planned again for its values
            let row = try #require(rows.first)
            #expect(rows.count == 1)
            #expect(try row.string("statement") == AmountBoundProbe.sql)
            #expect(try row.int64("generic_plans") == 3)
            #expect(try row.int64("custom_plans") == 0)
            #expect(AmountBoundProbe.probes.count == PostgresSchema.amountColumns.map(\.columns.count).reduce(0, +))
        }
    }
}
