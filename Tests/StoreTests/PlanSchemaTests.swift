import Casework
import GRDB
import Testing

@testable import Store

@Suite struct PlanSchemaTests {
    /// Inserts a plan entry row directly, bypassing the store, with `period` and `onsiteDays`.
    private func insertRaw(_ db: Database, key: String, period: String, onsiteDays: Int, status: String = "active") throws {
        try db.execute(
            sql: """
                INSERT INTO planEntry (
                    year, entryKey, content, field, category, level, period, leadUnit, onsiteDays, status, loadedOn)
                VALUES (2026, ?, 'Nội dung', '', 'chuyen_nganh', 'tinh', ?, 'Phòng 1', ?, ?, '2026-01-05')
                """,
            arguments: [key, period, onsiteDays, status])
    }

    @Test func theSchemaRefusesNegativeDaysPeriodsOutsideTheYearAndDuplicateKeys() throws {
        // Given a migrated database file, written to directly
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try SQLiteStore(path: directory.path())
        let db = try rawDatabase(directory.path())

        try db.write { db in
            try insertRaw(db, key: "ok-quarter", period: "2026-Q4", onsiteDays: 0)
            try insertRaw(db, key: "ok-month", period: "2026-12", onsiteDays: 45)
            for (key, period, days) in [
                ("negative", "2026-Q1", -1), ("other-year", "2025-Q1", 10), ("month-13", "2026-13", 10),
                ("quarter-5", "2026-Q5", 10), ("short", "2026-1", 10), ("ok-month", "2026-11", 10),
            ] {
                #expect(throws: DatabaseError.self, "\(key)") {
                    try insertRaw(db, key: key, period: period, onsiteDays: days)
                }
            }
            #expect(throws: DatabaseError.self, "withdrawn without a day") {
                try insertRaw(db, key: "withdrawn", period: "2026-Q1", onsiteDays: 1, status: "withdrawn")
            }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM planEntry") == 2)
        }
    }
}
