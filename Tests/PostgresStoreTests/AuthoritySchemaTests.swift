import PostgresNIO
import PostgresStore
import Testing

/// What PostgreSQL's schema refuses by itself for titles, delegations and proposals, even when a write skips the
/// store's checks (the store's own refusals are in `StoreTests/Conformance`, run on both stores): a pack decided by
/// its proposer, a second active pack, a delegation to oneself or without its written decision.
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct AuthoritySchemaTests {
    static let logger = TestServer.logger
    static let hashA = String(repeating: "a", count: 64)
    static let hashB = String(repeating: "b", count: 64)

    /// A migrated database with two stored packs, each proposed by `phapche`, and two accounts (ids 1 and 2).
    static func prepared(_ connection: PostgresConnection) async throws {
        try await PostgresMigrator().migrate(connection, logger: logger)
        for hash in [hashA, hashB] {
            try await connection.query(
                "INSERT INTO rulePack (hash, name, version, recordedAt) VALUES (\(hash), 'thanhtra-vn', '1', 't')",
                logger: logger)
            try await connection.query(
                """
                INSERT INTO rulePackProposal (hash, proposedBy, proposedAt, status, impact)
                VALUES (\(hash), 'phapche', 't', 'proposed', '{}')
                """, logger: logger)
        }
        for login in ["binh", "cuong"] {
            try await connection.query(
                """
                INSERT INTO account (login, displayName, passwordHash, isActive, createdAt)
                VALUES (\(login), \(login), 'x', TRUE, 't')
                """, logger: logger)
        }
    }

    @Test func aPackDecidedByItsProposerOrASecondActivePackIsRefusedByTheSchema() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await Self.prepared(connection)

            let own = await connection.failure(
                of: "UPDATE rulePackProposal SET status = 'active', decidedBy = proposedBy, decidedAt = 'now'")
            #expect(own?.hasPrefix("new row for relation \"rulepackproposal\" violates check constraint") == true)

            let twoActive = await connection.failure(
                of: "UPDATE rulePackProposal SET status = 'active', decidedBy = 'duyet', decidedAt = 'now'")
            #expect(twoActive?.hasPrefix("duplicate key value violates unique constraint \"rulepackproposalonactive\"") == true)
            #expect(try await connection.strings("SELECT DISTINCT status FROM rulePackProposal") == ["proposed"])
        }
    }

    @Test func aDelegationToOneselfOrWithoutItsDecisionIsRefusedByTheSchema() async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await Self.prepared(connection)

            let toSelf = await connection.failure(
                of: """
                    INSERT INTO delegation (delegatorId, delegateId, title, startsOn, endsOn, document, scope, recordedAt)
                    VALUES (1, 1, 'chanh_thanh_tra_so', '2026-11-01', '2026-11-30', '12/QĐ-TTr', '', 't')
                    """)
            #expect(toSelf?.hasPrefix("new row for relation \"delegation\" violates check constraint") == true)
            let unwritten = await connection.failure(
                of: """
                    INSERT INTO delegation (delegatorId, delegateId, title, startsOn, endsOn, document, scope, recordedAt)
                    VALUES (1, 2, 'chanh_thanh_tra_so', '2026-11-01', '2026-11-30', '', '', 't')
                    """)
            #expect(unwritten?.hasPrefix("new row for relation \"delegation\" violates check constraint") == true)
            let backwards = await connection.failure(
                of: """
                    INSERT INTO titleAssignment (accountId, title, startsOn, endsOn, recordedAt)
                    VALUES (1, 'chanh_thanh_tra_so', '2026-11-30', '2026-11-01', 't')
                    """)
            #expect(backwards?.hasPrefix("new row for relation \"titleassignment\" violates check constraint") == true)
            #expect(try await connection.strings("SELECT count(*)::text FROM delegation") == ["0"])
        }
    }
}
