import Casework
import Foundation
import GRDB
@testable import Store
import Testing

/// The migration that makes record and decision numbers unique per year (issue 17, item 7) on a database the
/// version before it left: SQLite rebuilds the four tables, and everything else must stay as it was.
@Suite struct NumbersPerYearMigrationTests {
    static let before = "2026-12-09-createRulePackProposal"
    static let tables = ["penaltyCase", "penaltyDecision", "inspectionDecision", "inspection"]

    /// A database at the schema before the migration (or `upTo` another), with a decided and partly paid case and a
    /// concluded inspection written straight into its tables (the seals' triggers mark them pending, as any old
    /// database's).
    static func oldDatabase(at path: String, upTo migration: String = before) throws {
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: migration)
        try queue.write { db in
            // What the previous version's open did after its migrations: the seals' triggers on every table.
            try SQLiteStore.installSealTriggers(db)
            try db.execute(
                sql: """
                    INSERT INTO subject (kind, identifier, name, nameFolded, address)
                    VALUES ('organization', '0101234567', 'Công ty A', 'cong ty a', '');
                    INSERT INTO penaltyCase (
                        subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                        openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                    VALUES (1, 'organization', 'BB-1', '2026-03-02', 'Hà Nội', '2026-03-02', '2026-03-09', 'p', 'decided',
                        0, 0, 0, 0);
                    INSERT INTO penaltyDecision (
                        caseId, number, decidedOn, signerTitle, signerName, totalFineVND, totalRemedialVND, packHash,
                        steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                    VALUES (1, '1/QĐ-XPHC', '2026-03-05', 'chanh_thanh_tra', 'Bình', 5000000, 0, 'p', '[]', '2026-03-06',
                        '2026-03-16', '2027-03-05');
                    INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                    VALUES (1, 0, '2026-03-10', 2000000, 0, 'BL-1');
                    INSERT INTO inspection (
                        mode, category, level, groundKind, groundReference, content, field, leadUnit, openedOn, state,
                        announcedOn, onsiteEndedOn, reportedOn, draftedOn, conclusionNumber, concludedOn)
                    VALUES ('unscheduled', 'thanh_tra', 'thanh_tra_tinh', 'complaint', 'Đơn 1', 'Thanh tra', '',
                        'Phòng 1', '2026-01-05', 'concluded', '2026-01-10', '2026-02-10', '2026-02-20', '2026-03-01',
                        'KL-1', '2026-03-20');
                    INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
                    VALUES (1, '1/QĐ-TTr', '2026-01-05', 'Chánh Thanh tra', 'Bình', 'An');
                    """)
        }
        try queue.close()
    }

    /// What must not change: the rows of the four tables, every index and trigger on them and every other schema
    /// entry (but what the migrations after this one add: `journalOnCase`, `conclusionImplemented` with its index
    /// and triggers, `inspectionCategoryChange` and `followUpStockChange` with their triggers), and the AUTOINCREMENT
    /// counters.
    static func snapshot(_ db: Database) throws -> [String] {
        var lines: [String] = []
        for table in tables {
            lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
        }
        lines += try Row.fetchAll(
            db,
            sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_autoindex_%' AND name NOT LIKE '%InYear' AND name <> 'journalOnCase'
                  AND name NOT LIKE 'conclusionImplemented%' AND name NOT LIKE 'inspectionCategoryChange%'
                  AND name NOT LIKE 'followUpStockChange%'
                  AND NOT (type = 'table' AND name IN ('penaltyCase', 'penaltyDecision', 'inspectionDecision', 'inspection'))
                  AND NOT (type = 'table' AND name = 'subject')  -- rebuilt by the later 2026-12-11-allowHouseholdKind
                  AND NOT (type = 'table' AND name = 'recommendation')  -- and by 2026-12-12-allowPolicyRecommendation
                ORDER BY type, name
                """
        ).map { "\($0)" }
        lines += try Row.fetchAll(db, sql: "SELECT * FROM sqlite_sequence ORDER BY name").map { "\($0)" }
        return lines
    }

    @Test func anOlderDatabaseKeepsItsRowsTriggersAndSealsAndTakesTheNextYearsNumbers() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        try Self.oldDatabase(at: path)
        let old = try DatabaseQueue(path: path)
        let before = try old.read(Self.snapshot).filter(LaterMigrations.keeps)
        let triggersBefore = try old.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'") ?? 0
        }
        try old.close()
        #expect(triggersBefore > 20)

        // When this version opens it
        let store = try SQLiteStore(path: path)

        // Then the rows, the other schema entries, the triggers and the counters are as they were (besides what the
        // later migration 2026-12-11-createPenaltyViolatorRollups adds: its two tables and their triggers)
        let later = PenaltyViolatorTests.rollups.map { "name:\"\($0.table)" }
        // (and the documents' tables of 2026-12-12-allowPolicyRecommendation)
        let after = try store.read(Self.snapshot).filter { entry in
            !later.contains { entry.contains($0) } && !PolicyRecommendationMigrationTests.added.contains { entry.contains($0) }
                && !LaterMigrations.added.contains { entry.contains($0) }
        }
        #expect(
            after == before,
            "only before: \(Set(before).subtracting(after).sorted()), only after: \(Set(after).subtracting(before).sorted())")
        try store.read { db in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            // No table is left behind, and each number has its per-year index instead of the column's UNIQUE
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_rebuilt'") == 0)
            for (table, _, _, index) in SQLiteStore.numbersUniquePerYear {
                let unique = try Row.fetchAll(db, sql: "PRAGMA index_list(\(table))").filter { ($0["unique"] as Int) == 1 }
                #expect(unique.map { $0["name"] as String }.contains(index), "\(table)")
                #expect(!unique.contains { ($0["origin"] as String) == "u" }, "\(table) still has a column UNIQUE")
            }
        }
        // And the upgrade's seal entry vouches for the rows: the journal verifies
        #expect(try store.auditJournal().isIntact)

        // And the same numbers are taken again the next year, but not twice in one year
        let writer = try DatabaseQueue(path: path)
        defer { try? writer.close() }
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO penaltyCase (
                        subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                        openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                    VALUES (1, 'organization', 'BB-1', '2027-01-04', '', '2027-01-04', '2027-01-11', 'p', 'open', 0, 0, 0, 0)
                    """)
            #expect(db.lastInsertedRowID == 2)
        }
        let error = try #require(throws: DatabaseError.self) {
            try writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO penaltyCase (
                            subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                            openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                        VALUES (1, 'organization', 'BB-1', '2027-12-31', '', '2027-12-31', '2028-01-07', 'p', 'open',
                            0, 0, 0, 0)
                        """)
            }
        }
        #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
    }
}
