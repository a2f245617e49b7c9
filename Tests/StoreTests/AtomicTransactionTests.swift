import Casework
import Foundation
import Store
import Testing

/// `SQLiteStore.inOneTransaction`: what `batch --atomic` runs its lines in.
@Suite struct AtomicTransactionTests {
    let directory: TemporaryDirectory
    let path: String

    init() throws {
        directory = try TemporaryDirectory()
        path = directory.path()
        _ = try SQLiteStore(path: path)
    }

    func subjectCount() throws -> Int {
        try SQLiteStore(path: path).subjects(kind: nil, search: nil, limit: 100).count
    }

    @Test func commandsInsideSeeEachOtherAndCommitTogetherEachJournaled() throws {
        defer { directory.remove() }
        let seen = try SQLiteStore.inOneTransaction(path: path) { store in
            _ = try store.addSubject(.company(1), context: .test)
            _ = try store.addSubject(.company(2), context: .test)
            return (result: try store.subjects(kind: nil, search: nil, limit: 10).count, commit: true)
        }
        #expect(seen == 2)
        #expect(try subjectCount() == 2)
        #expect(
            try SQLiteStore(path: path).journal(after: 0, limit: 10).map(\.command) == ["subject add", "subject add"])
        guard case .intact(let entries, _) = try SQLiteStore(path: path).verifyJournal() else {
            Issue.record("the journal is broken")
            return
        }
        #expect(entries == 2)
    }

    @Test func aFailingCommandLeavesNothingOfItselfAndARollbackLeavesNothingAtAll() throws {
        defer { directory.remove() }
        // Given a batch whose second command fails (the same subject again)
        let failures = try SQLiteStore.inOneTransaction(path: path) { store in
            _ = try store.addSubject(.company(1), context: .test)
            var failures = 0
            do { _ = try store.addSubject(.company(1), context: .test) } catch { failures += 1 }
            // Then the first is still there, once, inside the transaction
            #expect(try store.subjects(kind: nil, search: nil, limit: 10).count == 1)
            #expect(try store.journal(after: 0, limit: 10).count == 1)
            return (result: failures, commit: false)
        }
        // And after the rollback nothing at all is written
        #expect(failures == 1)
        #expect(try subjectCount() == 0)
        #expect(try SQLiteStore(path: path).journal(after: 0, limit: 10).isEmpty)
    }

    @Test func anErrorThrownByTheBodyRollsBack() throws {
        defer { directory.remove() }
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try SQLiteStore.inOneTransaction(path: path) { store -> (result: Int, commit: Bool) in
                _ = try store.addSubject(.company(1), context: .test)
                throw Stop()
            }
        }
        #expect(try subjectCount() == 0)
        // The file is usable afterwards: the lock was released.
        _ = try SQLiteStore(path: path).addSubject(.company(3), context: .test)
        #expect(try subjectCount() == 1)
    }
}
