import Casework
import GRDB

extension SQLiteStore {
    /// Runs a command that may find nothing to do: like ``perform(_:context:_:)``, except that when `body` returns
    /// no payload the transaction is rolled back and no journal entry is written.
    ///
    /// `body` runs inside the `IMMEDIATE` write transaction, so what it reads to decide cannot change before it
    /// writes. It must return `nil` as payload only if it has written nothing it wants kept: the rollback undoes
    /// any change it made.
    ///
    /// ```swift
    /// let result = try performIfChanged("plan load", context: context) { db in
    ///     let diff = …
    ///     guard !diff.isEmpty else { return (result: unchanged, payload: nil) }
    ///     …
    /// }
    /// ```
    /// - Throws: As ``perform(_:payload:context:_:)``.
    func performIfChanged<T, Payload: Encodable>(
        _ command: String, context: CommandContext, _ body: (Database) throws -> (result: T, payload: Payload?)
    ) throws -> T {
        try translatingErrors {
            try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inCommandTransaction {
                    try Self.refuseUnsealedChanges(db, path: path)
                    try writeCheck.checkOnce(db, path: path)
                    let output = try body(db)
                    result = output.result
                    guard let payload = output.payload else { return .rollback }
                    try Self.appendJournalEntry(
                        db, command: command, payload: try Self.canonicalJSON(payload), context: context)
                    return .commit
                }
                guard let result else { preconditionFailure("a finished transaction always has a result") }
                return result
            }
        }
    }
}
