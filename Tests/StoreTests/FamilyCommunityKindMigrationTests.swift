import Casework
import Foundation
import GRDB
@testable import Store
import Testing

/// The migration that lets family households (hộ gia đình) and residential communities (cộng đồng dân cư) be subjects
/// and violators, on a database the version before it left: SQLite rebuilds `subject` (the two kinds, an identifier
/// that may be NULL for them only) and `penaltyCase` (the two kinds) and makes the triggers of the two rollups split
/// by violator kind again; everything else must stay as it was.
@Suite struct FamilyCommunityKindMigrationTests {
    static let before = "2026-12-12-allowPolicyRecommendation"
    /// The rollups whose triggers the migration makes again (their SQL compared by name only).
    static let rollupTriggers = ["penaltyDailyFlowAfter%", "penaltyDailyFineByKindAfter%"]

    /// A database at the schema before the migration: the organization's decided case (#1) and the person's open
    /// case (#2) of ``HouseholdKindMigrationTests/oldDatabase(at:upTo:)``.
    static func oldDatabase(at path: String) throws {
        try HouseholdKindMigrationTests.oldDatabase(at: path, upTo: before)
    }

    /// What must not change: the rows of the two tables and of the three violator rollups, every schema entry but the
    /// two tables, the rebuilt rollup triggers (whose names are kept) and what the other migrations between the old
    /// database and this version add (``LaterMigrations``), and the AUTOINCREMENT counters.
    static func snapshot(_ db: Database) throws -> [String] {
        var lines: [String] = []
        for table in ["subject", "penaltyCase"] {
            lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
        }
        for rollup in ["penaltyDailyFlow", "penaltyDailyFineByKind", "penaltyViolatorDay"] {
            lines += try Row.fetchAll(db, sql: "SELECT * FROM \(rollup) ORDER BY 1, 2").map { "\(rollup) \($0)" }
        }
        let triggers = rollupTriggers.map { "name LIKE '\($0)'" }.joined(separator: " OR ")
        lines += try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_autoindex_%' AND NOT (\(triggers))
                  AND NOT (type = 'table' AND name IN ('subject', 'penaltyCase'))
                ORDER BY type, name
                """
        ).map { "\($0)" }.filter { entry in !LaterMigrations.added.contains { entry.contains($0) } }
        lines += try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE \(triggers) ORDER BY name")
        lines += try Row.fetchAll(db, sql: "SELECT * FROM sqlite_sequence ORDER BY name").map { "\($0)" }
        return lines
    }

    @Test func anOlderDatabaseKeepsItsRowsTriggersAndSealsAndTakesFamiliesAndCommunities() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        try Self.oldDatabase(at: path)
        let old = try DatabaseQueue(path: path)
        let before = try old.read(Self.snapshot).filter(LaterMigrations.keeps)
        // (before the migration both kinds are refused, and so is a subject without an identifier)
        try Self.expectRefused(kind: "family", identifier: "001085012345", old)
        try Self.expectRefused(kind: "community", identifier: "001085012345", old)
        try old.close()

        // When this version opens it
        let store = try SQLiteStore(path: path)

        // Then the rows, the other schema entries, the triggers' names and the counters are as they were
        let after = try store.read(Self.snapshot).filter(LaterMigrations.keeps)
        #expect(
            after == before,
            "only before: \(Set(before).subtracting(after).sorted()), only after: \(Set(after).subtracting(before).sorted())")
        try store.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_rebuilt'") == 0)
            for change in SQLiteStore.familyCommunityKindChanges {
                let create = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [change.table])
                for replacement in change.replacements {
                    #expect(create?.contains(replacement.new) == true, "\(change.table): \(replacement.new)")
                }
            }
            // (12 flow triggers and 6 fines-by-kind triggers, as before)
            #expect(try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'penaltyDailyFlowAfter%'") == 12)
            #expect(try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'penaltyDailyFineByKindAfter%'") == 6)
        }
        // And the upgrade's seal entry vouches for the rows: the journal verifies
        #expect(try store.auditJournal().isIntact)

        // And two family households without an identifier and a community with its representative's are taken, a
        // family household's decision counting with the individuals' in both rollups (1 organization's decision of
        // 5.000.000 đ on 2026-03-05 before; the family's 22.500.000 đ on 2026-03-20)
        let writer = try DatabaseQueue(path: path)
        defer { try? writer.close() }
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO subject (kind, identifier, name, nameFolded, address)
                    VALUES ('family', NULL, 'Hộ ông C', 'ho ong c', 'Thôn Đông'),
                        ('family', NULL, 'Hộ bà D', 'ho ba d', 'Thôn Đông'),
                        ('community', '001085012345', 'Cộng đồng thôn Đoài', 'cong dong thon doai', 'Thôn Đoài');
                    INSERT INTO penaltyCase (
                        subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                        openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                    VALUES (3, 'family', 'BB-3', '2026-03-16', '', '2026-03-16', '2026-03-23', 'p', 'decided',
                        0, 0, 0, 0);
                    INSERT INTO penaltyDecision (
                        caseId, number, decidedOn, signerTitle, signerName, totalFineVND, totalRemedialVND, packHash,
                        steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                    VALUES (3, '2/QĐ-XPHC', '2026-03-20', 'chanh_thanh_tra', 'Bình', 22500000, 0, 'p', '[]', NULL,
                        NULL, '2027-03-20');
                    """)
            #expect(try String.fetchOne(db, sql: "SELECT violatorKind FROM penaltyCase WHERE id = 3") == "family")
            let flow = try Row.fetchOne(
                db,
                sql: """
                    SELECT SUM(decisions) AS decisions, SUM(decisionsOrganizations) AS organizations,
                        SUM(decisionsIndividuals) AS individuals
                    FROM penaltyDailyFlow
                    """)
            #expect(flow?["decisions"] == 2)
            #expect(flow?["organizations"] == 1)
            #expect(flow?["individuals"] == 1)
            let fines = try Row.fetchOne(
                db,
                sql: """
                    SELECT SUM(finesOrganizationsVND) AS organizations, SUM(finesIndividualsVND) AS individuals
                    FROM penaltyDailyFineByKind
                    """)
            #expect(fines?["organizations"] == 5_000_000)
            #expect(fines?["individuals"] == 22_500_000)
        }
        // And the store reads a family household without an identifier as an empty one
        #expect(try store.subject(id: Subject.ID(3))?.identifier == "")
        #expect(try store.subject(id: Subject.ID(3))?.kind == .family)
        // And every other kind still needs its identifier, and a kind no law names is still refused
        try Self.expectRefused(kind: "person", identifier: nil, writer)
        try Self.expectRefused(kind: "household", identifier: nil, writer)
        try Self.expectRefused(kind: "company", identifier: "8012345670", writer)
        try Self.expectRefused(kind: "family", identifier: "", writer)
    }

    /// Inserting a subject of `kind` with `identifier` into `queue` fails on a column's CHECK.
    static func expectRefused(kind: String, identifier: String?, _ queue: DatabaseQueue) throws {
        let error = try #require(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO subject (kind, identifier, name, nameFolded, address)
                        VALUES (?, ?, 'Hộ E', 'ho e', 'Thôn Bắc')
                        """, arguments: [kind, identifier])
            }
        }
        // (before the migration a NULL identifier breaks NOT NULL, after it the CHECK)
        #expect(
            [.SQLITE_CONSTRAINT_CHECK, .SQLITE_CONSTRAINT_NOTNULL].contains(error.extendedResultCode),
            "\(kind) \(identifier ?? "NULL"): \(error)")
    }
}
