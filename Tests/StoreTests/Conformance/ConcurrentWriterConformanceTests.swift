import Casework
import Foundation
import Synchronization
import Testing

/// Several writers on one database, through two stores (as two processes would have): nothing is lost, the journal
/// stays one chain, and a check made inside a command holds at its commit (two payers of the last đồng: one wins).
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses
/// (``StoreFactory/implementing(_:)``).
@Suite struct ConcurrentWriterConformanceTests {
    @Test(arguments: StoreFactory.implementing(.subjects, .journal))
    func fourThreadsOnTwoStoresLoseNothingAndKeepOneChain(_ factory: StoreFactory) throws {
        try factory.withTwoStores { first, second in
            let stores = [first, second]
            let threads = 4
            let addsPerThread = 50
            let failures = Mutex<[String]>([])

            // When four threads, two per store, each register 50 people at once
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in 0..<addsPerThread {
                    let number = thread * 1_000 + index
                    do {
                        _ = try stores[thread % 2].addSubject(.person(number, name: "Người \(number)"), context: .test)
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
            }

            // Then every write is there once, in one intact chain without gaps
            let total = threads * addsPerThread
            #expect(failures.withLock { $0 } == [])
            let subjects = try second.subjects(kind: .person, search: nil, limit: total + 10)
            #expect(Set(subjects.map(\.identifier)).count == total)
            let entries = try first.journal(after: 0, limit: total + 10)
            #expect(entries.map(\.sequence) == Array(1...Int64(total)))
            #expect(try second.verifyJournal() == .intact(entries: Int64(total), head: entries.last?.hash ?? ""))
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjects, .penaltyCases))
    func twoPayersOfTheWholeFineAtOnceNeverOverpay(_ factory: StoreFactory) throws {
        try factory.withTwoStores { first, second in
            // Given a decided case with a fine of 6.000.000 đ
            let subject = try first.addSubject(.company(1), context: .test)
            let opened = try first.openCase(.sample(subject: subject.id), context: .test)
            try first.record(.decided(decision: .sample(fineVND: 6_000_000)), on: opened.id, state: .decided)
            let outcomes = Mutex<[String]>([])

            // When two payers, one per store, each pay the whole fine at the same moment, each checking what is
            // still owed inside its command (as Casework's pay does)
            DispatchQueue.concurrentPerform(iterations: 2) { payer in
                do {
                    _ = try [first, second][payer].updateCase(opened.id, command: "case pay", context: .test) { current in
                        guard current.outstandingVND >= VND(6_000_000) else { throw Refused(reason: "already paid") }
                        return CaseUpdate(
                            event: .paid(
                                payment: Payment(
                                    paidOn: day("2026-03-20"), amountVND: VND(6_000_000), surchargeVND: .zero,
                                    receipt: "BL-\(payer)")),
                            newState: .settled)
                    }
                    outcomes.withLock { $0.append("paid") }
                } catch let refused as Refused {
                    outcomes.withLock { $0.append(refused.reason) }
                } catch {
                    outcomes.withLock { $0.append("\(error)") }
                }
            }

            // Then exactly one payment is recorded and the other payer was refused
            #expect(outcomes.withLock { $0 }.sorted() == ["already paid", "paid"])
            let stored = try second.penaltyCase(id: opened.id)
            #expect(stored?.payments.count == 1)
            #expect(stored?.state == .settled)
        }
    }
}
