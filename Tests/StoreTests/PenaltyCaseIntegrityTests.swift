import Casework
import Foundation
import GRDB
import Synchronization
import Testing

@testable import Store

@Suite struct PenaltyCaseIntegrityTests {
    @Test func concurrentPaymentsFromTwoStoresNeverExceedTheFine() throws {
        // Given a case fined 10 000 000 đ, and two stores on its file (as two thanhtra processes would have)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let setup = try SQLiteStore(path: directory.path())
        let subject = try setup.addSubject(.company(1), context: .test)
        let opened = try setup.openCase(.sample(subject: subject.id), context: .test)
        try setup.record(.decided(decision: .sample(fineVND: 10_000_000)), on: opened.id, state: .decided)
        let stores = [try SQLiteStore(path: directory.path()), try SQLiteStore(path: directory.path())]
        let accepted = Atomic<Int>(0)
        let refused = Atomic<Int>(0)
        let unexpected = Mutex<[String]>([])

        // When four threads, two per store, each try five payments of 3 000 000 đ, every `change` refusing a
        // payment larger than what it sees still owed
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            let store = stores[thread % stores.count]
            for attempt in 0..<5 {
                let payment = Payment(
                    paidOn: day("2026-03-20"), amountVND: VND(3_000_000), surchargeVND: .zero,
                    receipt: "BL-\(thread)-\(attempt)")
                do {
                    _ = try store.updateCase(opened.id, command: "case pay", context: .test) { current in
                        guard payment.amountVND <= current.outstandingVND else {
                            throw Refused(reason: "more than the \(current.outstandingVND.rawValue) đ owed")
                        }
                        return CaseUpdate(event: .paid(payment:payment), newState: .decided)
                    }
                    accepted.add(1, ordering: .relaxed)
                } catch is Refused {
                    refused.add(1, ordering: .relaxed)
                } catch {
                    unexpected.withLock { $0.append("\(error)") }
                }
            }
        }

        // Then exactly three payments went through, 9 000 000 đ in all, and the journal is one intact chain
        #expect(unexpected.withLock { $0 } == [])
        #expect(accepted.load(ordering: .relaxed) == 3)
        #expect(refused.load(ordering: .relaxed) == 17)
        let paid = try #require(try setup.penaltyCase(id: opened.id))
        #expect(paid.payments.map(\.amountVND.rawValue).reduce(0, +) == 9_000_000)
        #expect(paid.payments.count == 3)
        #expect(paid.outstandingVND == VND(1_000_000))
        let entries = try setup.journal(after: 0, limit: 100)
        #expect(entries.map(\.command) == ["subject add", "case open", "case test", "case pay", "case pay", "case pay"])
        #expect(try setup.verifyJournal() == .intact(entries: 6, head: entries[5].hash))
    }

    @Test func theSchemaRefusesNegativeMoneyAndUnknownStatesWrittenWithRawSQL() throws {
        // Given a decided, paid case in a file
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path())
        let subject = try store.addSubject(.company(1), context: .test)
        let opened = try store.openCase(.sample(subject: subject.id, moreSectors: ["thue"]), context: .test)
        try store.record(.decided(decision: .sample()), on: opened.id, state: .decided)
        try store.record(
            .paid(payment:Payment(paidOn: day("2026-03-20"), amountVND: VND(1), surchargeVND: .zero, receipt: "BL-1")),
            on: opened.id, state: .decided)
        try store.record(
            .installmentsApproved(installments:[Installment(dueOn: day("2026-04-01"), amountVND: VND(1))]), on: opened.id,
            state: .decided)
        let raw = try rawDatabase(directory.path())

        // When each money column is made negative, or the state unknown, behind the store's back
        let statements = [
            "UPDATE caseViolation SET illegalGainVND = -1",
            "UPDATE penaltyDecision SET totalFineVND = -1",
            "UPDATE penaltyDecision SET totalRemedialVND = -1",
            "UPDATE decisionLine SET frameMinVND = -1",
            "UPDATE decisionLine SET frameMaxVND = -1",
            "UPDATE decisionLine SET fineVND = -1",
            "UPDATE decisionLine SET remedialVND = -1",
            "UPDATE payment SET amountVND = -1",
            "UPDATE payment SET surchargeVND = -1",
            "UPDATE installment SET amountVND = -1",
            "INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt) "
                + "VALUES (1, 5, '2026-03-21', -500000, 0, 'BL-9')",
            "UPDATE penaltyCase SET state = 'closed'",
            "UPDATE penaltyCase SET state = 'cancelled'",
        ]

        // Then SQLite refuses every one with a CHECK failure, and the case reads back as it was
        for sql in statements {
            let error = #expect(throws: DatabaseError.self, "\(sql)") { try raw.write { try $0.execute(sql: sql) } }
            #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_CHECK, "\(sql)")
        }
        #expect(try store.penaltyCase(id: opened.id)?.payments.map(\.amountVND) == [VND(1)])
    }

    @Test func theSchemaRefusesPartsOfCasesThatDoNotExist() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try SQLiteStore(path: directory.path())
        let raw = try rawDatabase(directory.path())
        let error = #expect(throws: DatabaseError.self) {
            try raw.write {
                try $0.execute(
                    sql: "INSERT INTO installment (caseId, position, dueOn, amountVND) VALUES (42, 0, '2026-04-01', 1)")
            }
        }
        #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY)
    }

    @Test func aValueChangedOutsideThanhtraIsReportedWithoutShowingIt() throws {
        // Given a case whose record date was overwritten with text that is not a date
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path())
        let subject = try store.addSubject(.company(1), context: .test)
        let opened = try store.openCase(.sample(subject: subject.id), context: .test)
        try rawDatabase(directory.path()).write {
            try $0.execute(sql: "UPDATE penaltyCase SET recordMadeOn = 'mùng 10 tháng 3'")
        }

        // Then reading it says which case and column, but not the value
        let error = #expect(throws: StoreError.self) { try store.penaltyCase(id: opened.id) }
        #expect(
            error?.description == """
                error: penalty case #1 has a value thanhtra cannot read in penaltyCase.recordMadeOn
                  help: the database was changed outside thanhtra; restore it from a backup
                """)
    }
}
