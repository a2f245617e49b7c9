import Casework
import Foundation
import GRDB
@testable import Store
import Testing

/// `db copy` on SQLite, at the port (`StoreCopying`): every row and every journal entry moves with its id and hash,
/// the copy seals what it received against a baseline that `journal verify` checks, the next command chains from it,
/// and a non-empty target is refused with nothing written.
@Suite struct StoreCopyTests {
    /// A store file with a subject, a decided and paid case (its decision with a confiscation and a licence
    /// withdrawn), and an inspection with a finding.
    private func makeSource(_ directory: TemporaryDirectory) throws -> SQLiteStore {
        let store = try SQLiteStore(path: directory.path("source.sqlite"))
        let subject = try store.addSubject(.company(1, name: "Công ty TNHH Ánh Dương"), context: .test)
        let opened = try store.openCase(.sample(subject: subject.id), context: .test)
        var decision = PenaltyDecision.sample()
        decision.sanctions = DecisionSanctions(confiscatedVND: VND(3_000_000), licenceRevocations: 1)
        _ = try store.record(.decided(decision: decision), on: opened.id, state: .decided, command: "case decide")
        let payment = Payment(paidOn: day("2026-03-20"), amountVND: VND(6_000_000), surchargeVND: .zero, receipt: "BL-1")
        _ = try store.record(.paid(payment: payment), on: opened.id, state: .settled, command: "case pay")
        let inspection = try store.makeInspection(.sample(subjects: [subject.id]), through: .onsite, subjects: [subject.id])
        _ = try store.addFinding(to: inspection.id, context: .test) {
            try InspectionCasework.addFinding(
                $0, NewFinding(subjectID: subject.id, description: "Chi sai", category: "thu_chi",
                               amountVND: VND(100_000_000)))
        }
        // A family household without its representative's ID (a NULL identifier), with a decided case, and a
        // residential community with its representative's ID
        let family = try store.addSubject(
            NewSubject(kind: .family, identifier: "", name: "Hộ ông Nguyễn Văn An", address: "Thôn Đông"), context: .test)
        _ = try store.addSubject(
            NewSubject(kind: .community, identifier: "001085012345", name: "Cộng đồng thôn Đoài", address: "Thôn Đoài"),
            context: .test)
        var familyCase = NewPenaltyCase.sample(subject: family.id, record: "BB-9/2026")
        familyCase.violatorKind = .family
        let familyOpened = try store.openCase(familyCase, context: .test)
        _ = try store.record(
            .decided(decision: .sample(number: "9/QĐ-XPHC")), on: familyOpened.id, state: .decided, command: "case decide")
        return store
    }

    /// `source` copied into a new file of `directory`.
    private func copy(_ source: SQLiteStore, into directory: TemporaryDirectory, name: String = "copy.sqlite") throws
        -> (SQLiteStore, [CopyProgress])
    {
        let target = try SQLiteStore(path: directory.path(name))
        var progress: [CopyProgress] = []
        let tables = try target.copyTables()
        try source.withCopySnapshot { snapshot in
            try target.receiveCopy(tables, from: snapshot) { progress.append($0) }
        }
        return (target, progress)
    }

    private func rows(_ store: SQLiteStore, _ table: String) throws -> [[DatabaseValue]] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { row in
                Array(row.databaseValues)
            }
        }
    }

    @Test func theTablesAreOrderedParentsFirstWithTheJournalFirstAndTheRollupsApart() throws {
        let store = try SQLiteStore.makeEmpty()
        let tables = try store.copyTables().map(\.name)
        #expect(tables.first == "journal")
        func position(_ name: String) throws -> Int { try #require(tables.firstIndex(of: name), "\(name) in \(tables)") }
        #expect(try position("subject") < position("penaltycase"))
        #expect(try position("penaltycase") < position("payment"))
        #expect(try position("inspection") < position("finding"))
        #expect(try position("finding") < position("recommendation"))
        #expect(try position("account") < position("accountrole"))
        for skipped in ["rowseal", "sealedtable", "sealpending", "grdb_migrations", "accountsession", "loginfailure"] {
            #expect(!tables.contains(skipped))
        }
        let derived = try store.copyDerivedTables().map(\.name).sorted()
        #expect(
            derived == [
                "conclusionimplemented", "followupstockchange", "inspectioncategorychange", "inspectiondailychange",
                "inspectionspan", "penaltydailychange", "penaltydailyfinebykind", "penaltydailyflow", "penaltyviolatorday",
            ])
        #expect(!tables.contains { derived.contains($0) })
    }

    @Test func aCopyKeepsEveryEntryAndRowAndVerifiesAgainstItsBaseline() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let source = try makeSource(directory)
        let (target, progress) = try copy(source, into: directory)

        #expect(try target.journal(after: 0, limit: 1000) == (try source.journal(after: 0, limit: 1000)))
        #expect(try target.journalHead().hash == (try source.journalHead()).hash)
        for table in [
            "subject", "penaltyCase", "payment", "penaltyDecision", "decisionSanction", "inspection", "finding", "setting",
        ] {
            #expect(try rows(target, table) == (try rows(source, table)), "\(table)")
        }
        for rollup in [
            "penaltyDailyChange", "penaltyDailyFlow", "inspectionDailyChange", "penaltyDailyFineByKind", "penaltyViolatorDay",
        ] {
            #expect(try rows(target, rollup) == (try rows(source, rollup)), "\(rollup) rebuilt by the triggers")
        }
        // (the family household without an ID and the community came as they were)
        #expect(try target.subjects(kind: .family, search: nil, limit: 5).map(\.identifier) == [""])
        #expect(try target.subjects(kind: .community, search: nil, limit: 5).map(\.identifier) == ["001085012345"])
        let journal = try #require(progress.last { $0.table == "journal" })
        let sourceEntries = try source.journalHead().sequence
        #expect(journal.copied == journal.total && journal.total == sourceEntries)
        #expect(progress.last?.tableNumber == progress.last?.tableCount)

        // The copied head carries the source's digest, which the copy's own seals do not add up to: the baseline
        // holds theirs.
        let head = try source.journalHead()
        let baseline = try #require(try target.read { db in try SQLiteStore.sealBaseline(db) })
        #expect(baseline.sequence == head.sequence && baseline.hash == head.hash)
        let sourceDigest = try #require(try source.journal(after: head.sequence - 1, limit: 1).first?.stateDigest)
        #expect(baseline.digest != sourceDigest)
        let audit = try target.auditJournal()
        #expect(audit.problems == [])
        #expect(audit.isIntact && audit.headSequence == head.sequence)
        #expect(audit.sealedRows == (try target.read { db in try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM rowSeal") }))

        // The next command chains to the copied head and starts its digest from the baseline.
        _ = try target.addSubject(.company(2, name: "Công ty Mới"), context: .test)
        let after = try target.auditJournal()
        #expect(after.problems == [])
        #expect(after.headSequence == head.sequence + 1)
        let next = try #require(try target.journal(after: head.sequence, limit: 1).first)
        #expect(next.previousHash == head.hash && next.stateDigest != nil)

        // A copy of the copy verifies too (the baseline is not copied; the new target makes its own).
        let (second, _) = try copy(target, into: directory, name: "second.sqlite")
        #expect(try second.auditJournal().problems == [])
        #expect(try second.journalHead().hash == (try target.journalHead()).hash)
    }

    @Test func aRowChangedAfterTheCopyOrAnAlteredBaselineIsFound() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let source = try makeSource(directory)
        let (target, _) = try copy(source, into: directory)

        try rawDatabase(target.path).write { db in
            try db.execute(sql: "DROP TRIGGER seal_payment_update; UPDATE payment SET amountVND = amountVND + 1")
        }
        let changed = try target.auditJournal()
        #expect(changed.problems.map(\.kind) == [.rowChanged])
        #expect(changed.problems.first?.message.hasPrefix("payment row 1 is not what entry #") == true)

        let (other, _) = try copy(source, into: directory, name: "other.sqlite")
        try rawDatabase(other.path).write { db in
            try db.execute(sql: "UPDATE sealBaseline SET stateDigest = '\(String(repeating: "0", count: 64))'")
        }
        let altered = try other.auditJournal()
        #expect(altered.problems.map(\.kind) == [.digest])
        #expect(altered.problems.first?.message.contains("that the copy recorded for entry #") == true)
    }

    @Test func aNonEmptyTargetIsRefusedWithNothingWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let source = try makeSource(directory)
        let target = try SQLiteStore(path: directory.path("target.sqlite"))
        _ = try target.addSubject(.company(9, name: "Đã có"), context: .test)
        let before = try target.journal(after: 0, limit: 100)
        let tables = try target.copyTables()
        let error = try #require(throws: StoreError.self) {
            try source.withCopySnapshot { snapshot in try target.receiveCopy(tables, from: snapshot) { _ in } }
        }
        #expect(error.kind == .invalid)
        #expect(
            error.message == "cannot copy into \(directory.path("target.sqlite")): it is not empty (its journal has "
                + "\(before.count) entr\(before.count == 1 ? "y" : "ies")); nothing was written")
        #expect(error.hint == "copy into a new, empty database")
        #expect(try target.journal(after: 0, limit: 100) == before)
        #expect(try rows(target, "subject").count == 1)
        #expect(try target.auditJournal().problems == [])
    }
}
