import Casework
import GRDB

/// A journal entry is a row of the `journal` table, column for column. Internal: read and written only inside
/// Store, without GRDB's record protocols (a conformance of a Casework type to them would export GRDB).
extension JournalEntry {
    /// Decodes a `journal` row.
    init(row: Row) throws {
        self.init(
            sequence: row["sequence"], recordedAt: row["recordedAt"], actor: row["actor"], command: row["command"],
            payload: row["payload"], packHash: row["packHash"], previousHash: row["previousHash"], hash: row["hash"],
            stateDigest: row.hasColumn("stateDigest") ? row["stateDigest"] : nil)
    }

    /// The entries `sql` selects (whole `journal` rows).
    static func fetchAll(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments()
    ) throws -> [JournalEntry] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { try JournalEntry(row: $0) }
    }

    /// The entries `sql` selects, one at a time.
    static func fetchCursor(_ db: Database, sql: String) throws -> some Cursor<JournalEntry> {
        try Row.fetchCursor(db, sql: sql).map { try JournalEntry(row: $0) }
    }

    /// Inserts the entry as a new `journal` row, every field in its column (`stateDigest` only when set).
    func insert(_ db: Database) throws {
        var columns = ["sequence", "recordedAt", "actor", "command", "payload", "packHash", "previousHash", "hash"]
        var values: [(any DatabaseValueConvertible)?] = [
            sequence, recordedAt, actor, command, payload, packHash, previousHash, hash,
        ]
        if let stateDigest {
            columns.append("stateDigest")
            values.append(stateDigest)
        }
        try db.execute(
            sql: "INSERT INTO journal (\(columns.joined(separator: ", "))) VALUES (\(databaseQuestionMarks(count: columns.count)))",
            arguments: StatementArguments(values))
    }
}
