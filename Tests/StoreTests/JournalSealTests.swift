import Casework
import Foundation
import GRDB
@testable import Store
import Testing

/// `journal verify` proves the tables, not only the chain: every row against the seal of the entry that last wrote
/// it, the seals against the head's state digest, SQLite's own checks, and a head kept elsewhere.
@Suite struct JournalSealTests {
    /// A store file with a subject, a decided and paid case, and an inspection with a finding; the sequence of the
    /// entry that recorded the payment.
    private func makeStore() throws -> (TemporaryDirectory, SQLiteStore, paidAt: Int64) {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path())
        let subject = try store.addSubject(.company(1, name: "Công ty TNHH Ánh Dương"), context: .test)
        let opened = try store.openCase(.sample(subject: subject.id), context: .test)
        _ = try store.record(.decided(decision: .sample()), on: opened.id, state: .decided, command: "case decide")
        let payment = Payment(paidOn: day("2026-03-20"), amountVND: VND(6_000_000), surchargeVND: .zero, receipt: "BL-1")
        _ = try store.record(.paid(payment: payment), on: opened.id, state: .settled, command: "case pay")
        let paidAt = try #require(try store.journal(after: 0, limit: 1000).last).sequence
        let inspection = try store.makeInspection(.sample(subjects: [subject.id]), through: .onsite, subjects: [subject.id])
        _ = try store.addFinding(to: inspection.id, context: .test) {
            try InspectionCasework.addFinding(
                $0, NewFinding(subjectID: subject.id, description: "Chi sai", category: "thu_chi",
                               amountVND: VND(100_000_000)))
        }
        return (directory, store, paidAt)
    }

    private func raw(_ store: SQLiteStore, _ sql: String) throws {
        try rawDatabase(store.path).write { db in try db.execute(sql: sql) }
    }

    /// Copies everything in the store's -wal into its main file.
    private func checkpoint(_ store: SQLiteStore) throws {
        try rawDatabase(store.path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    @Test func aStoreWrittenOnlyByCommandsIsProvenRowByRow() throws {
        let (directory, store, _) = try makeStore()
        defer { directory.remove() }
        let audit = try store.auditJournal()
        #expect(audit.problems == [])
        #expect(audit.isIntact)
        #expect(audit.warnings == [])
        // Subject, case, violations, circumstances, decision, line, payment, inspection and its parts, settings…
        #expect(audit.sealedRows >= 10)
        let rows = try store.read { db in try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM rowSeal") ?? 0 }
        #expect(audit.sealedRows == rows)
        let head = try #require(try store.journal(after: 0, limit: 1000).last)
        #expect(head.stateDigest?.count == 64)
        #expect(audit.headSequence == head.sequence && audit.headHash == head.hash)
    }

    @Test(arguments: [
        ("payment", "UPDATE payment SET amountVND = amountVND + 1000000"),
        ("penaltyCase", "UPDATE penaltyCase SET recordPlace = 'Hà Nội'"),
        ("inspection", "UPDATE inspection SET content = 'Khác'"),
        ("finding", "UPDATE finding SET amountVND = 1"),
    ])
    func aRowChangedOutsideThanhtraIsNamedWithTheEntryThatWroteIt(table: String, sql: String) throws {
        let (directory, store, paidAt) = try makeStore()
        defer { directory.remove() }
        let (rowID, sequence) = try store.read { db in
            let row = try #require(
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.rowId, s.sequence FROM rowSeal s JOIN sealedTable t ON t.id = s.tableId
                        WHERE t.name = ? ORDER BY s.rowId LIMIT 1
                        """, arguments: [table]))
            return (row["rowId"] as Int64, row["sequence"] as Int64)
        }
        if table == "payment" { #expect(sequence == paidAt) }
        let command = try #require(try store.journal(after: sequence - 1, limit: 1).first).command

        // Someone with a SQLite shell drops the seal triggers first, so nothing marks the row as changed.
        try raw(store, "DROP TRIGGER seal_\(table)_update; " + sql)

        let audit = try store.auditJournal()
        #expect(!audit.isIntact)
        #expect(
            audit.problems == [
                .init(
                    kind: .rowChanged, table: table, rowID: rowID, sequence: sequence,
                    message: "\(table) row \(rowID) is not what entry #\(sequence) (\(command)) wrote: it was changed "
                        + "outside thanhtra")
            ])
    }

    @Test func aChangeMadeWithTheTriggersInPlaceIsAlsoNamedAsUnsealedAndBlocksTheNextCommand() throws {
        let (directory, store, paidAt) = try makeStore()
        defer { directory.remove() }
        try raw(store, "UPDATE payment SET amountVND = amountVND + 1000000")

        let audit = try store.auditJournal()
        #expect(audit.problems.map(\.kind) == [.rowChanged, .unsealedChange])
        #expect(audit.problems.first?.sequence == paidAt)
        #expect(audit.problems.allSatisfy { $0.table == "payment" && $0.rowID == 1 })

        // The next command would seal the forged amount as its own: it is refused, and writes nothing.
        let before = try store.journalCount()
        let error = try #require(throws: StoreError.self) {
            try store.addSubject(.company(2), context: .test)
        }
        #expect(error.kind == .corrupt)
        #expect(
            error.message
                == "\(store.path) was changed outside thanhtra: 1 row(s) changed after the last journal entry, the "
                + "first payment row 1; nothing was written")
        #expect(try store.journalCount() == before)
    }

    @Test func aDeletedRowAndAnInsertedRowAreNamed() throws {
        let (directory, store, paidAt) = try makeStore()
        defer { directory.remove() }
        try raw(
            store,
            """
            DROP TRIGGER seal_payment_delete; DELETE FROM payment;
            DROP TRIGGER seal_subject_insert;
            INSERT INTO subject (id, kind, identifier, name, nameFolded, address)
            VALUES (99, 'person', '001099000099', 'Ma', 'ma', '');
            """)
        let audit = try store.auditJournal()
        #expect(
            audit.problems == [
                .init(
                    kind: .rowDeleted, table: "payment", rowID: 1, sequence: paidAt,
                    message: "payment row 1 is missing: entry #\(paidAt) (case pay) wrote it and no entry removed it"),
                .init(
                    kind: .rowInserted, table: "subject", rowID: 99,
                    message: "subject row 99 was written by no journal entry"),
            ])
    }

    @Test func alteredSealsDoNotAddUpToTheHeadsDigest() throws {
        let (directory, store, _) = try makeStore()
        defer { directory.remove() }
        let head = try #require(try store.journal(after: 0, limit: 1000).last)
        // Move one seal to another row's value: the row no longer matches, and the sum moves.
        try raw(store, "UPDATE rowSeal SET seal = zeroblob(32) WHERE rowId = 1 AND tableId = (SELECT id FROM sealedTable WHERE name = 'subject')")
        let audit = try store.auditJournal()
        #expect(audit.problems.map(\.kind) == [.rowChanged, .digest])
        let digest = try #require(audit.problems.last)
        #expect(digest.sequence == head.sequence)
        #expect(digest.message.hasSuffix(
            "not to the digest \(head.stateDigest ?? "") that the head entry #\(head.sequence) records: the seals were altered"))
    }

    @Test func entriesRemovedFromTheEndAreCaughtByTheRowsTheyWrote() throws {
        let (directory, store, _) = try makeStore()
        defer { directory.remove() }
        let last = try #require(try store.journal(after: 0, limit: 1000).last)
        try raw(store, "DROP TRIGGER journalRefusesDelete; DELETE FROM journal WHERE sequence = \(last.sequence)")
        let audit = try store.auditJournal()
        #expect(audit.chain == .intact(entries: last.sequence - 1, head: last.previousHash))
        #expect(audit.problems.map(\.kind).contains(.truncated))
        #expect(
            audit.problems.contains {
                $0.message == "rows were written by entry #\(last.sequence), but the journal ends at entry "
                    + "#\(last.sequence - 1): entries are missing at its end (a truncated tail)"
            })
    }

    @Test func aCopyWithoutItsWALIsOlderButConsistentAndOnlyTheHeadCatchesIt() throws {
        let (directory, store, _) = try makeStore()
        defer { directory.remove() }
        // Everything so far in the main file; the next commands stay in the -wal while the store is open.
        try checkpoint(store)
        let checkpointed = try store.journalHead()
        for number in 2...6 { _ = try store.addSubject(.company(number), context: .test) }
        let head = try store.journalHead()
        #expect(FileManager.default.fileExists(atPath: store.path + "-wal"))

        // The copy made without the -wal (or the -wal deleted) has lost the last five commands.
        let copy = directory.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: store.path, toPath: copy)
        let copied = try SQLiteStore(path: copy)
        #expect(try copied.journalHead() == checkpointed)
        #expect(try copied.auditJournal().isIntact)

        // Against the head printed on a report made before the copy, the loss shows.
        let audit = try copied.auditJournal(head: head)
        #expect(
            audit.problems == [
                .init(
                    kind: .truncated, sequence: head.sequence,
                    message: "the journal ends at entry #\(checkpointed.sequence), but head #\(head.sequence) "
                        + "(\(head.hash.prefix(12))…) was recorded from it: entries #\(checkpointed.sequence + 1)–"
                        + "#\(head.sequence) are missing (a truncated tail)")
            ])
        // The original still holds it.
        #expect(try store.auditJournal(head: head).isIntact)
        #expect(try store.auditJournal(head: checkpointed).isIntact)
    }

    @Test func aHeadWhoseHashDiffersIsNamed() throws {
        let (directory, store, _) = try makeStore()
        defer { directory.remove() }
        let forged = String(repeating: "e", count: 64)
        let stored = try #require(try store.journal(after: 2, limit: 1).first).hash
        let audit = try store.auditJournal(head: (3, forged))
        #expect(
            audit.problems == [
                .init(
                    kind: .head, sequence: 3,
                    message: "entry #3 has hash \(stored), not \(forged) as recorded: the journal was rewritten from "
                        + "that entry or earlier")
            ])
    }

    @Test func aFlippedByteInACopyFailsIntegrityCheckAndItsFirstWriteIsRefused() throws {
        let (directory, store, _) = try makeStore()
        defer { directory.remove() }
        try checkpoint(store)
        let original = try Data(contentsOf: URL(fileURLWithPath: store.path))
        // The subject's folded name is in its row and in the index on it, in an order that depends on how the table
        // was last rebuilt: flip a bit of one copy at a time, and keep the copy where the row changed.
        let folded = Data("cong ty tnhh anh duong".utf8)
        var found: (store: SQLiteStore, path: String, audit: JournalAudit)?
        var start = original.startIndex
        while found == nil, let at = original.range(of: folded, in: start..<original.endIndex) {
            var bytes = original
            bytes[at.lowerBound + 1] ^= 0x01
            let path = directory.path("copy-\(at.lowerBound).sqlite")
            try bytes.write(to: URL(fileURLWithPath: path))
            let opened = try SQLiteStore(path: path)
            let audit = try opened.auditJournal()
            if audit.problems.contains(where: { $0.kind == .rowChanged && $0.table == "subject" && $0.rowID == 1 }) {
                found = (opened, path, audit)
            }
            start = at.upperBound
        }
        let (damaged, copy, audit) = try #require(found, "no copy of the name whose flip changes the subject's row")
        #expect(audit.problems.map(\.kind).contains(.integrity))
        let error = try #require(throws: StoreError.self) { try damaged.addSubject(.company(9), context: .test) }
        #expect(error.kind == .corrupt)
        #expect(error.message.hasPrefix("\(copy) is damaged: SQLite's integrity_check reports "))
        #expect(error.message.hasSuffix("; nothing was written"))
        #expect(try damaged.journalHead() == store.journalHead())
    }

    @Test func anEntryRecordedBeforeTheOneItFollowsIsAWarningNotADamage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path())
        _ = try store.addSubject(.company(1), context: .test)
        let earlier = CommandContext(actor: "thanh.nguyen", timestamp: "2020-01-01T09:00:00+07:00")
        _ = try store.addSubject(.company(2), context: earlier)
        let audit = try store.auditJournal()
        #expect(audit.isIntact)
        #expect(
            audit.warnings == [
                .init(
                    kind: .clockBackwards, sequence: 2,
                    message: "entry #2 (subject add) was recorded at 2020-01-01T09:00:00+07:00, before entry #1 at "
                        + "2026-11-23T16:05:09+07:00")
            ])
    }

    @Test func anOlderDatabaseIsSealedOnUpgradeByOneEntryThatSaysSo() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // Given a database as the version before sealing left it: its schema, a subject, and its v1 entry.
        let queue = try DatabaseQueue(path: directory.path())
        try SQLiteStore.migrator.migrate(queue, upTo: "2026-12-02-createInspectionDailyChange")
        let v1 = JournalEntry(
            sequence: 1, context: .test, command: "subject add", payload: "{}", previousHash: JournalEntry.genesisHash)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO subject (kind, identifier, name, nameFolded, address)
                    VALUES ('organization', '0101234567', 'Công ty A', 'cong ty a', '')
                    """)
            try v1.insert(db)
        }
        try queue.close()

        // When this version opens it
        let store = try SQLiteStore(path: directory.path())

        // Then one entry seals what it found, and says what the seals vouch for
        let entries = try store.journal(after: 0, limit: 10)
        #expect(entries.count == 2)
        let seal = try #require(entries.last)
        #expect(seal.command == "journal seal" && seal.actor == "thanhtra")
        #expect(seal.stateDigest?.count == 64)
        #expect(seal.payload.contains(#""sealed":{"subject":1}"#))
        #expect(seal.payload.contains("not that the rows are what the entries before it wrote"))
        #expect(seal.payload.contains("2026-12-06-createSeals"))
        let audit = try store.auditJournal()
        #expect(audit.isIntact)
        #expect(audit.sealedRows == 1)
        // And from then on the tables are proven
        try raw(store, "UPDATE subject SET name = 'Công ty B'")
        #expect(try store.auditJournal().problems.map(\.kind) == [.rowChanged, .unsealedChange])
    }

    @Test func aReadOnlyOpenReadsEverythingAndRefusesToWriteWithAClearError() throws {
        let (directory, store, _) = try makeStore()
        defer { directory.remove() }
        let readOnly = try SQLiteStore(readOnlyPath: store.path)
        #expect(try readOnly.auditJournal().isIntact)
        #expect(try readOnly.journalHead() == store.journalHead())
        let error = try #require(throws: StoreError.self) { try readOnly.addSubject(.company(5), context: .test) }
        #expect(error.kind == .io)
        #expect(error.message == "cannot write to the database \(store.path): it is read-only")
    }

    @Test func everyTableIsSealedOrDeliberatelyLeftOutAndATableAddedLaterIsSealedFromItsFirstRow() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path())
        try store.read { db in
            let tables = try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            let sealed = Set(try String.fetchAll(db, sql: "SELECT name FROM sealedTable"))
            for table in tables {
                let name: String = table["name"]
                let withoutRowID = (table["sql"] as String).uppercased().contains("WITHOUT ROWID")
                let exempt = SQLiteStore.unsealedTables.contains(name) || withoutRowID
                #expect(sealed.contains(name) != exempt, "\(name): sealed \(sealed.contains(name)), exempt \(exempt)")
                if sealed.contains(name) {
                    let triggers = try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name IN (?, ?, ?)",
                        arguments: [name, "seal_\(name)_insert", "seal_\(name)_update", "seal_\(name)_delete"]) ?? 0
                    #expect(triggers == 3, "\(name) has \(triggers) seal triggers")
                }
            }
            // Only the daily rollups are left out for having no rowid.
            let rowless = tables.filter { ($0["sql"] as String).uppercased().contains("WITHOUT ROWID") }
                .map { $0["name"] as String }.filter { !SQLiteStore.unsealedTables.contains($0) }.sorted()
            #expect(
                rowless == [
                    "conclusionImplemented", "followUpStockChange", "inspectionCategoryChange", "inspectionDailyChange",
                    "inspectionSpan", "penaltyDailyChange", "penaltyDailyFineByKind", "penaltyDailyFlow", "penaltyViolatorDay",
                ])
        }

        // A later migration creates a table with a row in it: the store seals it after migrating.
        try rawDatabase(store.path).write { db in
            try db.execute(sql: "CREATE TABLE later (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO later VALUES (1, 'a')")
            try SQLiteStore.installSealTriggers(db)
            try SQLiteStore.sealRowsWrittenOutsideCommands(
                db, command: "journal seal", note: "test migration", context: .test)
        }
        #expect(try store.auditJournal().isIntact)
        try rawDatabase(store.path).write { db in try db.execute(sql: "UPDATE later SET note = 'b'") }
        #expect(try store.auditJournal().problems.map(\.kind) == [.rowChanged, .unsealedChange])
    }
}
