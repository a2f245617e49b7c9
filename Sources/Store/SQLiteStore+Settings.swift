public import Casework
import GRDB

extension SQLiteStore {
    /// The value of a setting, or `nil` when it was never set.
    ///
    /// - Throws: ``StoreError``.
    public func setting(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    /// All settings, by key.
    ///
    /// - Throws: ``StoreError``.
    public func settings() throws -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM setting")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["key"], $0["value"]) })
        }
    }

    /// Writes settings in one journaled transaction; the journal payload is the settings object.
    ///
    /// Existing keys are overwritten; other keys are left alone.
    /// - Throws: ``StoreError``.
    public func saveSettings(_ settings: [String: String], command: String, context: CommandContext) throws {
        try perform(command, payload: settings, context: context) { db in
            for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: """
                        INSERT INTO setting (key, value) VALUES (?, ?)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value
                        """,
                    arguments: [key, value])
            }
        }
    }
}
