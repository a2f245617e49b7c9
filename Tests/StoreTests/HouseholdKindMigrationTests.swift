import Casework
import Foundation
import GRDB
@testable import Store
import Testing

/// The migration that lets household businesses (hộ kinh doanh) be subjects and violators, on a database the version
/// before it left: SQLite rebuilds `subject` and `penaltyCase` with the wider CHECKs and makes the penalty flow
/// rollup's triggers again; everything else must stay as it was.
@Suite struct HouseholdKindMigrationTests {
    static let before = "2026-12-10-makeNumbersUniquePerYear"
    static let tables = ["subject", "penaltyCase"]

    /// A database at the schema before the migration (or `upTo` another): the organization's decided and partly paid
    /// case and the concluded inspection of ``NumbersPerYearMigrationTests/oldDatabase(at:upTo:)``, and a person's
    /// open case, written straight into its tables (the seals' triggers mark them pending, as any old database's).
    static func oldDatabase(at path: String, upTo migration: String = before) throws {
        try NumbersPerYearMigrationTests.oldDatabase(at: path, upTo: migration)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO subject (kind, identifier, name, nameFolded, address)
                    VALUES ('person', '001085012345', 'Nguyễn Văn B', 'nguyen van b', '');
                    INSERT INTO penaltyCase (
                        subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                        openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                    VALUES (2, 'person', 'BB-2', '2026-03-03', 'Hà Nội', '2026-03-03', '2026-03-10', 'p', 'open', 0, 0, 0, 0);
                    """)
        }
        try queue.close()
    }

    /// What must not change: the rows of the two tables and of the rollup, every schema entry but the two tables and
    /// the rollup's triggers (whose SQL is made again), the names of those triggers, and the AUTOINCREMENT counters.
    static func snapshot(_ db: Database) throws -> [String] {
        var lines: [String] = []
        for table in tables {
            lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
        }
        lines += try Row.fetchAll(db, sql: "SELECT * FROM penaltyDailyFlow ORDER BY countedOn").map { "flow \($0)" }
        lines += try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_autoindex_%' AND name NOT LIKE 'penaltyDailyFlowAfter%'
                  AND NOT (type = 'table' AND name IN ('subject', 'penaltyCase'))
                  AND NOT (type = 'table' AND name = 'recommendation')  -- rebuilt by 2026-12-12-allowPolicyRecommendation
                ORDER BY type, name
                """
        ).map { "\($0)" }
        lines += try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'penaltyDailyFlowAfter%' ORDER BY name")
        lines += try Row.fetchAll(db, sql: "SELECT * FROM sqlite_sequence ORDER BY name").map { "\($0)" }
        return lines
    }

    @Test func anOlderDatabaseKeepsItsRowsTriggersAndSealsAndTakesHouseholdBusinesses() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        try Self.oldDatabase(at: path)
        let old = try DatabaseQueue(path: path)
        let before = try old.read(Self.snapshot).filter(LaterMigrations.keeps)
        // (before the migration the kind is refused)
        try Self.expectKindRefused("household", old)
        try old.close()

        // When this version opens it
        let store = try SQLiteStore(path: path)

        // Then the rows, the other schema entries, the triggers and the counters are as they were
        // (less what the other migrations of the day add: the violator rollups, the journal's case index, the policy
        // documents, the conclusions' implemented-on days, the inspection counts by category)
        let added = [
            "penaltyDailyFineByKind", "penaltyViolatorDay", "journalOnCase", "conclusionImplemented",
            "inspectionCategoryChange", "followUpStockChange",
        ] + PolicyRecommendationMigrationTests.added + LaterMigrations.added
        let after = try store.read(Self.snapshot).filter { entry in !added.contains { entry.contains($0) } }
        #expect(
            after == before,
            "only before: \(Set(before).subtracting(after).sorted()), only after: \(Set(after).subtracting(before).sorted())")
        try store.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_rebuilt'") == 0)
            for (table, _, new) in SQLiteStore.householdKindColumns {
                let create = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
                // (or wider still: the later 2026-12-13-allowFamilyAndCommunityKinds adds family and community)
                let wider = new.replacingOccurrences(of: "'household'))", with: "'household', 'family', 'community'))")
                #expect(create?.contains(new) == true || create?.contains(wider) == true, "\(table)")
            }
        }
        // And the upgrade's seal entry vouches for the rows: the journal verifies
        #expect(try store.auditJournal().isIntact)

        // And a household business is taken, as subject and violator, and its decision counts with the
        // individuals' in the rollup (1 organization's decision on 2026-03-05 before; 1 household's on 2026-03-20)
        let writer = try DatabaseQueue(path: path)
        defer { try? writer.close() }
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO subject (kind, identifier, name, nameFolded, address)
                    VALUES ('household', '8012345678', 'Hộ kinh doanh C', 'ho kinh doanh c', '');
                    INSERT INTO penaltyCase (
                        subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                        openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                    VALUES (3, 'household', 'BB-3', '2026-03-16', '', '2026-03-16', '2026-03-23', 'p', 'decided',
                        0, 0, 0, 0);
                    INSERT INTO penaltyDecision (
                        caseId, number, decidedOn, signerTitle, signerName, totalFineVND, totalRemedialVND, packHash,
                        steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                    VALUES (3, '2/QĐ-XPHC', '2026-03-20', 'chanh_thanh_tra', 'Bình', 3000000, 0, 'p', '[]', NULL,
                        NULL, '2027-03-20');
                    """)
            #expect(try String.fetchOne(db, sql: "SELECT violatorKind FROM penaltyCase WHERE id = 3") == "household")
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
        }
        // And a kind no law names is still refused
        try Self.expectKindRefused("company", writer)
    }

    /// Inserting a subject of `kind` into `queue` fails on the column's CHECK.
    static func expectKindRefused(_ kind: String, _ queue: DatabaseQueue) throws {
        let error = try #require(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO subject (kind, identifier, name, nameFolded, address)
                        VALUES (?, '8012345670', 'Hộ C', 'ho c', '')
                        """, arguments: [kind])
            }
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_CHECK, "\(kind)")
    }
}
