import Casework
import Foundation
import GRDB
import Rules
import Testing

@testable import Store

/// Writes a synthetic database for measurements when `THANHTRA_SYNTHETIC_DB` names the file (skipped otherwise):
///
/// ```sh
/// THANHTRA_SYNTHETIC_DB=/tmp/cases.sqlite THANHTRA_SYNTHETIC_CASES=1000000 \
///     swift test -c release --filter generateSyntheticDatabase
/// ```
@Suite("Synthetic database")
struct SyntheticDatabaseTests {
    static let path = ProcessInfo.processInfo.environment["THANHTRA_SYNTHETIC_DB"]

    @Test(.enabled(if: path != nil)) func generateSyntheticDatabase() throws {
        let path = try #require(Self.path)
        let count = Int(ProcessInfo.processInfo.environment["THANHTRA_SYNTHETIC_CASES"] ?? "") ?? 100_000
        try? FileManager.default.removeItem(atPath: path)
        let store = try SQLiteStore(path: path)
        let pool = try RuleEnginePool(pack: try Fixtures.bundledPack())
        try SyntheticCases(count: count).write(into: store, pool: pool)
        let written = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM penaltyCase") }
        #expect(written == count)
    }
}
