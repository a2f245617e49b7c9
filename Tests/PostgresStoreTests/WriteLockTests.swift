import Casework
import Dispatch
import Foundation
import PostgresStore
import Synchronization
import Testing

/// The write lock and the journal's head read in one round trip (`thanhtraWriteLock`, migration
/// `2026-12-15-createWriteLockFunction`): a writer that waited for another chains its entry to the entry the other
/// committed while it waited — the head is read after the lock is held, not from the snapshot of the statement that
/// began waiting.
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct WriteLockTests {
    static let context = PostgresStoreTests.context

    static func subject(_ identifier: String) -> NewSubject {
        NewSubject(kind: .organization, identifier: identifier, name: "Công ty \(identifier)", address: "Hà Nội")
    }

    /// How many advisory locks sessions on `database` are waiting for now.
    static func waitingWriters(on database: String) throws -> Int {
        Int(
            try ConnectionPoolTests.psql(
                """
                SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                AND database = (SELECT oid FROM pg_database WHERE datname = '\(database)')
                """)) ?? -1
    }

    @Test func aWriterThatWaitedChainsToTheEntryCommittedWhileItWaited() async throws {
        try await PostgresStoreTests.withStore { store, settings in
            _ = try store.addSubject(Self.subject("0100000001"), context: Self.context)
            let other = try PostgresStore(settings: settings)
            let waited = Mutex<Result<Subject, any Error>?>(nil)
            let done = DispatchSemaphore(value: 0)
            let waiters = try store.inOneTransaction { batch -> (result: Int, commit: Bool) in
                // Given a writer holding the lock, with an entry not yet committed
                _ = try batch.addSubject(Self.subject("0100000002"), context: Self.context)
                // When another writer starts and waits for the lock
                DispatchQueue.global().async {
                    let result = Result { try other.addSubject(Self.subject("0100000003"), context: Self.context) }
                    waited.withLock { $0 = result }
                    done.signal()
                }
                var waiting = 0
                for _ in 0..<500 where waiting == 0 {
                    waiting = try Self.waitingWriters(on: settings.database)
                    if waiting == 0 { Thread.sleep(forTimeInterval: 0.01) }
                }
                return (waiting, true)
            }
            #expect(waiters == 1)
            done.wait()
            // Then its entry follows the one committed while it waited, and the chain is intact
            let added = try #require(try waited.withLock { $0 }?.get())
            #expect(added.identifier == "0100000003")
            let entries = try store.journal(after: 0, limit: 10)
            #expect(entries.map(\.sequence) == [1, 2, 3])
            #expect(entries.map(\.command) == ["subject add", "subject add", "subject add"])
            #expect(entries[2].previousHash == entries[1].hash)
            #expect(entries[2].payload.contains("0100000003"))
            guard case .intact(let count, _) = try store.verifyJournal() else {
                Issue.record("the journal is not intact")
                return
            }
            #expect(count == 3)
        }
    }

    @Test func theLocksHeadIsTheLastEntryOrNoneForAnEmptyJournal() async throws {
        try await PostgresStoreTests.withStore { store, settings in
            let query = "SELECT count(*) FROM thanhtraWriteLock(1, '1s')"
            #expect(try ConnectionPoolTests.psql(in: settings.database, query) == "0")
            _ = try store.addSubject(Self.subject("0100000001"), context: Self.context)
            _ = try store.addSubject(Self.subject("0100000002"), context: Self.context)
            let head = try store.journalHead()
            #expect(head.sequence == 2)
            #expect(
                try ConnectionPoolTests.psql(
                    in: settings.database, "SELECT headSequence || ' ' || headHash FROM thanhtraWriteLock(1, '1s')")
                    == "2 \(head.hash)")
        }
    }
}
