import Casework
import Foundation
import GRDB
@testable import Store
import Testing

/// The migration that makes policy recommendations (kiến nghị hoàn thiện cơ chế, chính sách, pháp luật) a fifth kind,
/// on a database the version before it left: SQLite rebuilds `recommendation` with `policy` in its two CHECKs and adds
/// `recommendationDocuments` and `followUpDocuments`; every row, seal, index, trigger and counter stays as it was.
@Suite struct PolicyRecommendationMigrationTests {
    static let before = "2026-12-11-createJournalCaseIndex"
    static let added = ["recommendationDocuments", "followUpDocuments"]

    /// A database at the schema before the migration: the case and concluded inspection of
    /// ``NumbersPerYearMigrationTests/oldDatabase(at:upTo:)``, with a recovery recommendation partly followed up and
    /// a kiểm điểm recommendation naming one person, written straight into the tables.
    static func oldDatabase(at path: String) throws {
        try NumbersPerYearMigrationTests.oldDatabase(at: path, upTo: before)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO inspectionSubject (inspectionId, position, subjectId) VALUES (1, 0, 1);
                    INSERT INTO recommendation (
                        inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2, collectives,
                        persons, cases)
                    VALUES (1, 'recovery', NULL, 1, 'Thu hồi', 8000000, 0, 0, 0, 0),
                        (1, 'handling', NULL, NULL, 'Kiểm điểm', 0, 0, 0, 1, 0);
                    INSERT INTO recommendationName (recommendationId, position, name) VALUES (2, 0, 'Ông C');
                    INSERT INTO recommendationHandling (recommendationId, handling) VALUES (2, 'review');
                    INSERT INTO followUp (
                        recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases, receipt, note)
                    VALUES (1, '2026-04-01', 3000000, 0, 0, 0, 0, 'BL-9', '');
                    """)
        }
        try queue.close()
    }

    /// What must not change: the rows of every recommendation table, every schema entry but `recommendation`'s own
    /// CREATE (and the two tables the migration adds), and the AUTOINCREMENT counters.
    static func snapshot(_ db: Database) throws -> [String] {
        var lines: [String] = []
        for table in ["recommendation", "recommendationName", "recommendationHandling", "followUp"] {
            lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
        }
        lines += try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_autoindex_%' AND NOT (type = 'table' AND name = 'recommendation')
                  -- rebuilt by the later 2026-12-13-allowFamilyAndCommunityKinds:
                  AND NOT (type = 'table' AND name IN ('subject', 'penaltyCase'))
                ORDER BY type, name
                """
        ).map { "\($0)" }
        lines += try Row.fetchAll(db, sql: "SELECT * FROM sqlite_sequence ORDER BY name").map { "\($0)" }
        return lines
    }

    @Test func anOlderDatabaseKeepsItsRecommendationsAndSealsAndTakesPolicyRecommendations() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        try Self.oldDatabase(at: path)
        let old = try DatabaseQueue(path: path)
        let before = try old.read(Self.snapshot).filter(LaterMigrations.keeps)
        // (before the migration the kind is refused)
        try Self.expectPolicyRefused(old)
        try old.close()

        // When this version opens it
        let store = try SQLiteStore(path: path)

        // Then the rows, the other schema entries, the triggers and the counters are as they were, but for the two
        // tables the migration adds
        let after = try store.read(Self.snapshot).filter { entry in
            !(Self.added + LaterMigrations.added).contains { entry.contains($0) }
        }
        #expect(
            after == before,
            "only before: \(Set(before).subtracting(after).sorted()), only after: \(Set(after).subtracting(before).sorted())")
        try store.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_rebuilt'") == 0)
            let create = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'recommendation'")
            for check in SQLiteStore.policyKindChecks { #expect(create?.contains(check.new) == true, "\(check.new)") }
            for table in Self.added { #expect(try db.tableExists(table), "\(table)") }
        }
        // And the upgrade's seal entry vouches for the rows: the journal verifies
        #expect(try store.auditJournal().isIntact)
        // And the recommendations read as they were, with no documents
        let inspection = try #require(try store.inspection(id: Inspection.ID(rawValue: 1)))
        #expect(inspection.recommendations.map(\.kind) == [.recovery, .handling])
        #expect(inspection.recommendations[0].done.amountVND == VND(rawValue: 3_000_000))
        #expect(inspection.recommendations[1].handling == .review)
        #expect(inspection.recommendations.allSatisfy { $0.figures.documents == 0 })

        // And a policy recommendation is taken, with no money, land or counts
        let writer = try DatabaseQueue(path: path)
        defer { try? writer.close() }
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO recommendation (
                        inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2, collectives,
                        persons, cases)
                    VALUES (1, 'policy', NULL, NULL, 'Sửa quy chế', 0, 0, 0, 0, 0)
                    """)
            #expect(db.lastInsertedRowID == 3)
            let error = try #require(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO recommendation (
                            inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2,
                            collectives, persons, cases)
                        VALUES (1, 'policy', NULL, NULL, 'Sửa quy chế', 1000, 0, 0, 0, 0)
                        """)
            }
            #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
        }
    }

    /// Inserting a policy recommendation into `queue` fails on the kind's CHECK.
    static func expectPolicyRefused(_ queue: DatabaseQueue) throws {
        let error = try #require(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO recommendation (
                            inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2,
                            collectives, persons, cases)
                        VALUES (1, 'policy', NULL, NULL, 'Sửa quy chế', 0, 0, 0, 0, 0)
                        """)
            }
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
    }
}
