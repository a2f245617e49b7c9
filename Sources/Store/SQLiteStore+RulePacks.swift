public import Casework
import Foundation
import GRDB

/// Rule pack versions: their files by content hash, append-only.
extension SQLiteStore: RulePackStore {
    static func createRulePack(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE rulePack (
                    hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
                    name TEXT NOT NULL,
                    version TEXT NOT NULL,
                    recordedAt TEXT NOT NULL
                );
                CREATE TABLE rulePackFile (
                    packHash TEXT NOT NULL REFERENCES rulePack(hash),
                    path TEXT NOT NULL,
                    content BLOB NOT NULL,
                    PRIMARY KEY (packHash, path)
                );
                CREATE INDEX journalOnPackHash ON journal(packHash);
                """)
    }

    public func hasRulePack(hash: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM rulePack WHERE hash = ?)", arguments: [hash]) ?? false
        }
    }

    public func recordRulePack(_ pack: StoredRulePack, context: CommandContext) throws {
        guard try !hasRulePack(hash: pack.hash) else { return }
        struct Payload: Encodable { var hash: String; var name: String; var version: String; var files: [String] }
        do {
            try perform(
                "rules record", payload: Payload(hash: pack.hash, name: pack.name, version: pack.version, files: pack.files.keys.sorted()),
                context: context
            ) { db in
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM rulePack WHERE hash = ?)", arguments: [pack.hash]) == true {
                    throw AlreadyRecorded()
                }
                try Self.insertRulePack(pack, recordedAt: context.timestamp, db)
            }
        } catch is AlreadyRecorded {
            return  // another process recorded it between the check and the write
        }
    }

    private struct AlreadyRecorded: Error {}

    /// Inserts the pack's row and its files (the caller knows the hash is not stored yet).
    static func insertRulePack(_ pack: StoredRulePack, recordedAt: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO rulePack (hash, name, version, recordedAt) VALUES (?, ?, ?, ?)",
            arguments: [pack.hash, pack.name, pack.version, recordedAt])
        for (path, bytes) in pack.files.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                sql: "INSERT INTO rulePackFile (packHash, path, content) VALUES (?, ?, ?)",
                arguments: [pack.hash, path, Data(bytes)])
        }
    }

    public func rulePack(hash: String) throws -> StoredRulePack? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM rulePack WHERE hash = ?", arguments: [hash]) else { return nil }
            var files: [String: [UInt8]] = [:]
            for file in try Row.fetchAll(db, sql: "SELECT path, content FROM rulePackFile WHERE packHash = ?", arguments: [hash]) {
                let content: Data = file["content"]
                files[file["path"]] = Array(content)
            }
            return StoredRulePack(hash: row["hash"], name: row["name"], version: row["version"], recordedAt: row["recordedAt"], files: files)
        }
    }

    public func rulePackHistory() throws -> [RulePackUse] {
        try read { db in
            var uses: [RulePackUse] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM rulePack ORDER BY recordedAt, hash") {
                let hash: String = row["hash"]
                var commands: [String: Int] = [:]
                for use in try Row.fetchAll(
                    db, sql: "SELECT command, COUNT(*) AS n FROM journal WHERE packHash = ? GROUP BY command", arguments: [hash])
                {
                    commands[use["command"]] = use["n"]
                }
                let last = try String.fetchOne(db, sql: "SELECT MAX(recordedAt) FROM journal WHERE packHash = ?", arguments: [hash])
                uses.append(
                    RulePackUse(hash: hash, name: row["name"], version: row["version"], recordedAt: row["recordedAt"], lastUsedAt: last, commands: commands))
            }
            return uses
        }
    }
}
