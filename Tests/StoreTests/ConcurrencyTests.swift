import Casework
import Foundation
import Store
import Synchronization
import Testing

@Suite struct ConcurrencyTests {
    @Test func twoStoresOnOneFileWritingFromSeveralThreadsLoseNothing() throws {
        // Given two independent stores (as two thanhtra processes would have) on the same file
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let stores = [try SQLiteStore(path: directory.path()), try SQLiteStore(path: directory.path())]
        let threadsPerStore = 2
        let addsPerThread = 100
        let busyRetries = Atomic<Int>(0)
        let unexpected = Mutex<[String]>([])

        // When four threads, two per store, each register 100 people at once
        DispatchQueue.concurrentPerform(iterations: stores.count * threadsPerStore) { thread in
            let store = stores[thread % stores.count]
            for index in 0..<addsPerThread {
                let number = thread * 1_000 + index
                while true {
                    do {
                        _ = try store.addSubject(.person(number, name: "Người \(number)"), context: .test)
                        break
                    } catch let error as StoreError where error.kind == .busy {
                        busyRetries.add(1, ordering: .relaxed)  // allowed, as long as the retry succeeds
                    } catch {
                        unexpected.withLock { $0.append("\(error)") }
                        break
                    }
                }
            }
        }

        // Then every write is present exactly once and the journal is one intact chain
        let total = stores.count * threadsPerStore * addsPerThread
        #expect(unexpected.withLock { $0 } == [])
        let subjects = try stores[1].subjects(kind: .person, search: nil, limit: total + 10)
        #expect(subjects.count == total)
        #expect(Set(subjects.map(\.identifier)).count == total)
        let entries = try stores[0].journal(after: 0, limit: total + 10)
        #expect(entries.map(\.sequence) == Array(1...Int64(total)))
        #expect(try stores[0].verifyJournal() == .intact(entries: Int64(total), head: entries.last?.hash ?? ""))
        #expect(busyRetries.load(ordering: .relaxed) == 0, "the 5 s busy timeout should absorb all waiting")
    }
}

extension ConcurrencyTests {
    @Test func severalProcessesMayCreateTheSameFileAtOnce() throws {
        // Given a fresh path, repeatedly (the race is in the first few milliseconds)
        for _ in 0..<10 {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let failures = Mutex<[String]>([])

            // When four stores open it at the same moment and each writes once
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                do {
                    let store = try SQLiteStore(path: directory.path())
                    _ = try store.addSubject(.company(index), context: .test)
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }

            // Then all of them succeed and the schema was created once
            #expect(failures.withLock { $0 } == [])
            let store = try SQLiteStore(path: directory.path())
            #expect(try store.subjects(kind: nil, search: nil, limit: 10).count == 4)
            #expect(try store.verifyJournal() == .intact(entries: 4, head: store.journal(after: 3, limit: 1)[0].hash))
        }
    }
}
