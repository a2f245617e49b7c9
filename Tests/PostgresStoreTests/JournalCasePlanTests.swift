import Foundation
import PostgresNIO
@testable import PostgresStore
import Testing

/// A case's timeline on PostgreSQL reads the index `journalOnCase` (migration `2026-12-11-createJournalCaseIndex`,
/// over `journalCase(command, payload)`), not the whole journal; a `case …` entry whose payload is not JSON still goes
/// in (it indexes NULL).
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct JournalCasePlanTests {
    static let logger = TestServer.logger

    @Test func aCasesEntriesAreReadThroughTheIndex() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator().migrate(connection, logger: Self.logger)
            // 50 000 entries about 1 000 cases, then one whose payload is not JSON.
            try await connection.query(
                """
                INSERT INTO journal (sequence, recordedAt, actor, command, payload, previousHash, hash)
                SELECT i, '2026-11-23T09:00:00+07:00', 'tester', 'case pay', '{"case":' || (i % 1000) || ',"event":{}}',
                       md5(i::text) || md5((i + 1)::text), md5((-i)::text) || md5(i::text)
                FROM generate_series(1, 50000) AS i
                """, logger: Self.logger)
            try await connection.query(
                """
                INSERT INTO journal (sequence, recordedAt, actor, command, payload, previousHash, hash)
                VALUES (50001, '2026-11-23T09:00:00+07:00', 'tester', 'case remark', 'not json', \
                repeat('a', 64), repeat('b', 64))
                """, logger: Self.logger)
            try await connection.query("ANALYZE journal", logger: Self.logger)

            var plan: [String] = []
            let rows = try await connection.query(
                "EXPLAIN SELECT * FROM journal WHERE journalCase(command, payload) = 7 ORDER BY sequence",
                logger: Self.logger)
            for try await line in rows.decode(String.self) { plan.append(line) }
            #expect(plan.joined(separator: "\n").contains("journaloncase"), "\(plan)")
            #expect(!plan.joined(separator: "\n").contains("Seq Scan"), "\(plan)")

            var found: [Int64] = []
            let entries = try await connection.query(
                "SELECT sequence FROM journal WHERE journalCase(command, payload) = 7 ORDER BY sequence", logger: Self.logger)
            for try await sequence in entries.decode(Int64.self) { found.append(sequence) }
            #expect(found == Array(stride(from: Int64(7), through: 50000, by: 1000)))
            #expect(
                try await connection.strings("SELECT coalesce(journalCase(command, payload)::text, 'null') FROM journal WHERE sequence = 50001")
                    == ["null"])
        }
    }
}
