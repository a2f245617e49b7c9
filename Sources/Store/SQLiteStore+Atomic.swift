public import Casework
import Foundation
import GRDB

/// All or nothing across many commands: `thanhtra batch --atomic`, through Casework's ``TransactionalStore`` port.
extension SQLiteStore: TransactionalStore {
    /// Runs `body` in one `IMMEDIATE` transaction of this store's file: see
    /// ``inOneTransaction(path:busyTimeout:_:)``.
    ///
    /// - Throws: ``StoreError`` `.invalid` for an in-memory store (its one connection cannot host a second
    ///   transaction), or from inside another batch's transaction; what ``inOneTransaction(path:busyTimeout:_:)``
    ///   throws.
    public func inOneTransaction<T>(_ body: (any InspectorateStore) throws -> (result: T, commit: Bool)) throws -> T {
        guard path != ":memory:" else {
            throw StoreError(.invalid, "an in-memory store cannot run a batch in one transaction", hint: "use a database file")
        }
        guard writer.configuration.label != Self.atomicLabel else {
            throw StoreError(.invalid, "a batch cannot run inside another batch's transaction", hint: "put the lines in one batch")
        }
        return try Self.inOneTransaction(path: path) { try body($0) }
    }

    /// The label of the connection of an atomic batch.
    static let atomicLabel = "thanhtra-atomic"

    /// Opens the database at `path` and runs `body` with a store whose every command joins one `IMMEDIATE`
    /// transaction, committed only if `body` says so.
    ///
    /// Inside, each command still runs ``perform(_:context:_:)`` and writes its own journal entry, but as a
    /// savepoint of the one transaction: a command that fails leaves nothing of itself, and the whole batch is
    /// committed or rolled back at the end. Reads see what earlier commands of the batch wrote. Other processes wait
    /// for the write lock (up to `busyTimeout` each time they try) until the batch ends.
    ///
    /// ```swift
    /// let results = try SQLiteStore.inOneTransaction(path: path) { store in
    ///     let results = lines.map { run($0, store) }
    ///     return (result: results, commit: results.allSatisfy(\.ok))
    /// }
    /// ```
    /// - Parameters:
    ///   - path: An existing database file.
    ///   - body: Runs the commands; returns its result and whether to commit.
    /// - Returns: What `body` returns.
    /// - Throws: ``StoreError`` when the file cannot be opened or the transaction cannot begin (`.busy`) or commit;
    ///   what `body` throws, after rolling back.
    public static func inOneTransaction<T>(
        path: String, busyTimeout: Double = SQLiteStore.defaultBusyTimeout,
        _ body: (SQLiteStore) throws -> (result: T, commit: Bool)
    ) throws -> T {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        // The transaction outlives each `writeWithoutTransaction` call: it spans the whole batch.
        configuration.allowsUnsafeTransactions = true
        configuration.label = atomicLabel
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw translate(error, path: path, opening: true)
        }
        let store = try SQLiteStore(writer: queue, path: path)
        try store.translatingErrors { try queue.writeWithoutTransaction { try $0.beginTransaction(.immediate) } }
        let output: (result: T, commit: Bool)
        do {
            output = try body(store)
        } catch {
            try? queue.writeWithoutTransaction { try $0.rollback() }
            throw error
        }
        try store.translatingErrors {
            try queue.writeWithoutTransaction { db in output.commit ? try db.commit() : try db.rollback() }
        }
        return output.result
    }
}

extension Database {
    /// Runs one command's changes: in a transaction of its own (`IMMEDIATE`, so that writers queue on the lock), or,
    /// inside an atomic batch's transaction, in a savepoint of it.
    func inCommandTransaction(_ changes: () throws -> TransactionCompletion) throws {
        if isInsideTransaction {
            try inSavepoint(changes)
        } else {
            try inTransaction(.immediate, changes)
        }
    }
}
