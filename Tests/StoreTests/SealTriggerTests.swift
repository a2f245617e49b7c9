import Casework
import GRDB
@testable import Store
import Testing

/// The triggers that mark a sealed table's written rows pending (migration
/// `2026-12-19-sealTriggersWithoutTemporaryTable`): an upsert that does nothing on a row already pending, whatever
/// conflict clause the statement that fires them carries, and an older file's triggers made again on opening.
@Suite struct SealTriggerTests {
    /// Every trigger whose name starts with `seal_`, by name, with its SQL.
    private static func sealTriggers(_ db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'seal\\_%' ESCAPE '\\'")
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"], $0["sql"]) })
    }

    @Test func everySealedTableHasThreeTriggersThatMarkWithAnUpsert() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path())
        try store.read { db in
            let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sealedTable") ?? 0
            let triggers = try Self.sealTriggers(db)
            #expect(tables > 20)
            #expect(triggers.count == 3 * tables)
            for (name, sql) in triggers {
                #expect(sql.contains("ON CONFLICT DO NOTHING") && !sql.contains("NOT EXISTS"), "\(name): \(sql)")
            }
        }
    }

    @Test(arguments: [
        "INSERT OR ABORT INTO setting (key, value) VALUES ('a', '1')",
        "INSERT OR FAIL INTO setting (key, value) VALUES ('a', '1')",
        "INSERT OR ROLLBACK INTO setting (key, value) VALUES ('a', '1')",
        "INSERT OR REPLACE INTO setting (key, value) VALUES ('a', '1')",
        "INSERT INTO setting (key, value) VALUES ('a', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ])
    func aRowAlreadyPendingStaysPendingOnceWhateverTheStatementsConflictClause(_ statement: String) throws {
        // Given a sealed table's next row already marked pending
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path())
        let writer = try rawDatabase(store.path)
        try writer.write { db in
            let table = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM sealedTable WHERE name = 'setting'"))
            let next = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(rowid), 0) + 1 FROM setting")) ?? 1
            try db.execute(sql: "INSERT INTO sealPending (tableId, rowId) VALUES (?, ?)", arguments: [table, next])

            // When a statement with its own conflict clause writes that row, then updates it
            try db.execute(sql: statement)
            try db.execute(sql: "UPDATE OR ABORT setting SET value = '2' WHERE key = 'a'")

            // Then it is written and pending once
            #expect(try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'a'") == "2")
            let pending = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM sealPending WHERE tableId = ? AND rowId = (SELECT rowid FROM setting WHERE key = 'a')",
                arguments: [table])
            #expect(pending == 1)
        }
    }

    @Test func anOlderFilesTriggersAreMadeAgainAndStillMarkEveryWrite() throws {
        // Given a file whose seal triggers have the older form (INSERT … SELECT … WHERE NOT EXISTS)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try SQLiteStore(path: directory.path()).path
        try rawDatabase(path).write { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM sealedTable") {
                let id: Int64 = row["id"], name: String = row["name"]
                func note(_ row: String) -> String {
                    "INSERT INTO sealPending (tableId, rowId) SELECT \(id), \(row) "
                        + "WHERE NOT EXISTS (SELECT 1 FROM sealPending WHERE tableId = \(id) AND rowId = \(row));"
                }
                for event in ["insert", "update", "delete"] {
                    try db.execute(sql: "DROP TRIGGER \("seal_\(name)_\(event)".quotedDatabaseIdentifier)")
                }
                let quoted = name.quotedDatabaseIdentifier
                try db.execute(
                    sql: """
                        CREATE TRIGGER \("seal_\(name)_insert".quotedDatabaseIdentifier) AFTER INSERT ON \(quoted)
                        BEGIN \(note("NEW.rowid")) END;
                        CREATE TRIGGER \("seal_\(name)_update".quotedDatabaseIdentifier) AFTER UPDATE ON \(quoted)
                        BEGIN \(note("OLD.rowid")) \(note("NEW.rowid")) END;
                        CREATE TRIGGER \("seal_\(name)_delete".quotedDatabaseIdentifier) AFTER DELETE ON \(quoted)
                        BEGIN \(note("OLD.rowid")) END;
                        """)
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '2026-12-19-sealTriggersWithoutTemporaryTable'")
        }

        // When thanhtra opens it
        let store = try SQLiteStore(path: path)

        // Then every trigger has the upsert form, and writes through the store are sealed as before
        try store.read { db in
            for (name, sql) in try Self.sealTriggers(db) { #expect(sql.contains("ON CONFLICT DO NOTHING"), "\(name)") }
        }
        let subject = try store.addSubject(.company(7), context: .test)
        _ = try store.openCase(.sample(subject: subject.id), context: .test)
        let audit = try store.auditJournal()
        #expect(audit.problems == [] && audit.isIntact)
        // And a write outside thanhtra is still caught
        try rawDatabase(path).write { db in try db.execute(sql: "UPDATE subject SET address = 'Khác'") }
        #expect(try !store.auditJournal().isIntact)
    }
}
