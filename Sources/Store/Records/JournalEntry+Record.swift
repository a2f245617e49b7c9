public import Casework
public import GRDB

/// A journal entry is a row of the `journal` table, column for column.
extension JournalEntry: FetchableRecord, PersistableRecord {
    /// `journal`.
    public static var databaseTableName: String { "journal" }

    /// Decodes a `journal` row.
    public init(row: Row) throws {
        self.init(
            sequence: row["sequence"], recordedAt: row["recordedAt"], actor: row["actor"], command: row["command"],
            payload: row["payload"], packHash: row["packHash"], previousHash: row["previousHash"], hash: row["hash"],
            stateDigest: row.hasColumn("stateDigest") ? row["stateDigest"] : nil)
    }

    /// Encodes every field into its column.
    public func encode(to container: inout PersistenceContainer) throws {
        container["sequence"] = sequence
        container["recordedAt"] = recordedAt
        container["actor"] = actor
        container["command"] = command
        container["payload"] = payload
        container["packHash"] = packHash
        container["previousHash"] = previousHash
        container["hash"] = hash
        if let stateDigest { container["stateDigest"] = stateDigest }
    }
}
