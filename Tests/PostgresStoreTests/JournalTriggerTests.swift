import PostgresNIO
import PostgresStore
import Testing

@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct JournalTriggerTests {
    static let logger = TestServer.logger
    static let hashA = String(repeating: "a", count: 64)
    static let hashB = String(repeating: "b", count: 64)

    static func migratedWithOneEntry(_ connection: PostgresConnection) async throws {
        try await PostgresMigrator().migrate(connection, logger: logger)
        try await connection.query(
            """
            INSERT INTO journal (sequence, recordedAt, actor, command, payload, packHash, previousHash, hash)
            VALUES (1, '2026-12-06T03:40:00Z', 'inspector', 'subject add', '{}', NULL, \(hashA), \(hashB))
            """, logger: logger)
    }

    @Test func theJournalRefusesUpdate() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await Self.migratedWithOneEntry(connection)

            let message = await connection.failure(of: "UPDATE journal SET actor = 'someone else'")

            #expect(message == "the journal is append-only: entries cannot be changed")
            #expect(try await connection.strings("SELECT actor FROM journal") == ["inspector"])
        }
    }

    @Test func theJournalRefusesDeleteAndTruncate() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await Self.migratedWithOneEntry(connection)

            let deleted = await connection.failure(of: "DELETE FROM journal WHERE sequence = 1")
            let truncated = await connection.failure(of: "TRUNCATE journal")

            #expect(deleted == "the journal is append-only: entries cannot be deleted")
            #expect(truncated == "the journal is append-only: entries cannot be deleted")
            #expect(try await connection.strings("SELECT sequence::text FROM journal") == ["1"])
        }
    }

    @Test func theJournalStillTakesNewEntriesAndItsChecks() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await Self.migratedWithOneEntry(connection)
            let shortHash = await connection.failure(
                of: """
                    INSERT INTO journal (sequence, recordedAt, actor, command, payload, previousHash, hash)
                    VALUES (2, 't', 'a', 'c', '{}', '\(Self.hashB)', 'short')
                    """)
            #expect(shortHash?.hasPrefix("new row for relation \"journal\" violates check constraint") == true)
            try await connection.query(
                """
                INSERT INTO journal (sequence, recordedAt, actor, command, payload, previousHash, hash)
                VALUES (2, 't', 'a', 'c', '{}', \(Self.hashB), \(String(repeating: "c", count: 64)))
                """, logger: Self.logger)
            #expect(try await connection.strings("SELECT sequence::text FROM journal ORDER BY 1") == ["1", "2"])
        }
    }

    @Test func aFiledReportNeverChanges() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator().migrate(connection, logger: Self.logger)
            try await connection.query(
                """
                INSERT INTO filedReport (kind, label, fromOn, beforeOn, filedOn, hash, content)
                VALUES ('monthly', '2026-11', '2026-10-15', '2026-11-15', '2026-11-20', \(Self.hashA), '{}')
                """, logger: Self.logger)

            #expect(await connection.failure(of: "UPDATE filedReport SET content = '[]'") == "filed reports never change")
            #expect(await connection.failure(of: "DELETE FROM filedReport") == "filed reports never change")
            #expect(try await connection.strings("SELECT content FROM filedReport") == ["{}"])
        }
    }
}
