import Foundation
import PostgresNIO
@testable import PostgresStore
import Testing

/// The accent-insensitive subject search on a register of realistic size reads the trigram indexes
/// (``PostgresSchema/subjectTrigramIndexes``, `pg_trgm`), not the whole table, for text anywhere in the name or the
/// identifier; and finds what SQLite's store finds (the conformance suite compares the results on both stores).
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct SubjectSearchPlanTests {
    static let logger = TestServer.logger

    /// A migrated database with 100 000 organizations of folded names `cong ty <md5>` and one "Công ty TNHH Xây dựng
    /// Hồng Hà", analyzed.
    static func register(_ connection: PostgresConnection) async throws {
        try await PostgresMigrator().migrate(connection, logger: logger)
        try await connection.query(
            """
            INSERT INTO subject (kind, identifier, name, nameFolded, address)
            SELECT 'organization', lpad(i::text, 10, '0'), 'Công ty ' || md5(i::text), 'cong ty ' || md5(i::text), ''
            FROM generate_series(1, 100000) AS i
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO subject (kind, identifier, name, nameFolded, address)
            VALUES ('organization', '0101234567', 'Công ty TNHH Xây dựng Hồng Hà', \
            \(PostgresStore.folded("Công ty TNHH Xây dựng Hồng Hà")), 'Hà Nội')
            """, logger: logger)
        try await connection.query("ANALYZE subject", logger: logger)
    }

    /// The plan of the store's own search statement, as EXPLAIN prints it.
    static func plan(_ connection: PostgresConnection, _ statement: PGStatement) async throws -> String {
        var lines: [String] = []
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "EXPLAIN " + statement.sql, binds: statement.bindings), logger: logger)
        for try await line in rows.decode(String.self) { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    @Test func aSearchForTextInsideTheNameReadsTheTrigramIndexes() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await Self.register(connection)
            let available = try await connection.strings(
                "SELECT count(*)::text FROM pg_available_extensions WHERE name = 'pg_trgm'")
            try #require(available == ["1"], "pg_trgm is not installed on the test server")
            #expect(
                try await connection.strings(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'subject' AND indexdef LIKE '%gin_trgm_ops%' ORDER BY 1")
                    == PostgresSchema.subjectTrigramIndexes.map { $0.lowercased() }.sorted())

            // "hồng hà" is in the middle of the name: no B-tree prefix helps, the trigram index does.
            let search = PostgresStore.subjectSearch(kind: nil, search: "hồng hà", limit: 50)
            let plan = try await Self.plan(connection, search)
            #expect(plan.contains("subjectonnamefoldedtrigram"), "\(plan)")
            #expect(plan.contains("subjectonidentifiertrigram"), "\(plan)")
            #expect(!plan.contains("Seq Scan"), "\(plan)")

            var found: [String] = []
            let rows = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT identifier FROM (\(search.sql)) found", binds: search.bindings),
                logger: Self.logger)
            for try await identifier in rows.decode(String.self) { found.append(identifier) }
            #expect(found == ["0101234567"])
        }
    }
}
