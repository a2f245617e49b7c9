import Casework
import Foundation
import Store
import Testing

/// `SQLiteStore.inOneTransaction(path:)`, the file-level entry the port's `inOneTransaction` calls: a batch opened
/// on a path commits and journals like one run through the port (`Conformance/AtomicTransactionConformanceTests`).
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

    /// One connection cannot host a second transaction: an in-memory store refuses a batch (SQLite only; the port's
    /// behaviour is in `Conformance/AtomicTransactionConformanceTests`).
    @Test func anInMemoryStoreRefusesABatch() throws {
        defer { directory.remove() }
        let store = try SQLiteStore.makeEmpty()
        let error = try #require(throws: StoreError.self) {
            try store.inOneTransaction { _ in (result: 1, commit: true) }
        }
        #expect(error.kind == .invalid)
        #expect(error.message == "an in-memory store cannot run a batch in one transaction")
    }
}
