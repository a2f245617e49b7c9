import Casework
import Foundation
import Store
import Testing

/// One kind of store the conformance suite runs against: how to make a fresh, empty one for one test and how to
/// dispose of it afterwards.
///
/// Every test under `Conformance/` takes a factory as its argument (`@Test(arguments: StoreFactory.all)`) and sees
/// only the ports (`any InspectorateStore`), so each is written once and runs once per store. This file is the only
/// one under `Conformance/` that names a concrete store.
///
/// Adding a store is one line in ``all`` (and, where it needs a server, a factory that makes an empty database and
/// drops it afterwards):
///
/// ```swift
/// static let all: [StoreFactory] = [.sqlite, .postgres]
/// ```
struct StoreFactory: Sendable, CustomTestStringConvertible {
    /// What the test report calls this store: `SQLite`.
    let name: String
    /// Makes a fresh store with the full schema and nothing in it; a store that keeps files keeps them in `scratch`,
    /// which is removed after the test.
    let make: @Sendable (_ scratch: TemporaryDirectory) throws -> any InspectorateStore

    var testDescription: String { name }

    /// Every store the suite runs against.
    static let all: [StoreFactory] = [.sqlite]

    /// The SQLite store on a file of its own (a file, not `:memory:`, so that the store runs as `thanhtra` runs it:
    /// a WAL-mode pool with separate readers).
    static let sqlite = StoreFactory(name: "SQLite") { scratch in try SQLiteStore(path: scratch.path()) }

    /// Runs `body` with a fresh store of this kind, and removes what the store left behind afterwards, whatever
    /// `body` does.
    ///
    /// - Returns: What `body` returns.
    /// - Throws: What making the store or `body` throws.
    func withStore<T>(_ body: (any InspectorateStore) throws -> T) throws -> T {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        // The store is released when `run` returns, before its files are removed.
        func run() throws -> T { try body(try make(scratch)) }
        return try run()
    }
}
