public import Casework
import Foundation
// `package`: the benchmark's generator seals the rows it writes straight into the tables on its own connection
// (``sealRowsWrittenOutsideCommands(_:command:note:context:)``); nothing outside this package sees GRDB through Store.
package import GRDB
import GRDBSQLite

/// Sealed tables: every row of every table the journal's commands write carries a seal (``RowSealer``) naming the
/// journal entry that last wrote it, and every entry records the sum of all seals after its command
/// (``StateDigest``). `journal verify` recomputes both from the tables (docs/journal.md).
///
/// How a command's rows are found: triggers on every sealed table note the rowid of each row inserted, updated or
/// deleted in `sealPending`, whoever makes the change (thanhtra or a SQLite shell). At the end of a command, inside
/// its transaction, the store seals the pending rows with the new entry's sequence, updates the digest by the
/// difference, empties `sealPending` and appends the entry. A command refuses to start while `sealPending` holds
/// rows: they were changed outside thanhtra, and sealing them would launder the change.
extension SQLiteStore {
    /// Tables that are not sealed: the journal (it proves itself by its chain), the seals themselves (and a copy's
    /// ``sealBaseline``), GRDB's list of
    /// migrations, and the sign-in working state (sessions and failed sign-ins, written on every sign-in without a
    /// journal entry; see `createAccount`). Tables declared `WITHOUT ROWID` — the daily rollups, which triggers derive from the sealed base
    /// tables — have no rowid to key a seal and are not sealed either.
    static let unsealedTables: Set<String> = [
        "journal", "sealedTable", "rowSeal", "sealPending", "sealBaseline", "grdb_migrations", "accountSession",
        "loginFailure",
    ]

    /// The migration that seals the tables: the seal tables, the journal's `stateDigest` column, the triggers on
    /// every table that exists, and every existing row marked pending, so that the first open after the upgrade seals
    /// them with one honest entry (``sealAfterMigrating(_:migrations:)``).
    static func createSeals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE sealedTable (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE
                );
                CREATE TABLE rowSeal (
                    tableId INTEGER NOT NULL,
                    rowId INTEGER NOT NULL,
                    sequence INTEGER NOT NULL,
                    seal BLOB NOT NULL CHECK (length(seal) = 32),
                    PRIMARY KEY (tableId, rowId)
                ) WITHOUT ROWID;
                CREATE TABLE sealPending (
                    tableId INTEGER NOT NULL,
                    rowId INTEGER NOT NULL,
                    PRIMARY KEY (tableId, rowId)
                ) WITHOUT ROWID;
                ALTER TABLE journal ADD COLUMN stateDigest TEXT CHECK (stateDigest IS NULL OR length(stateDigest) = 64);
                """)
        try installSealTriggers(db)
    }

    /// Registers every table that is not sealed yet, creates its three triggers, and marks its existing rows pending.
    ///
    /// Idempotent; runs after every migration, so a table a later migration creates is sealed from the start.
    static func installSealTriggers(_ db: Database) throws {
        guard try db.tableExists("sealedTable") else { return }
        let known = Set(try String.fetchAll(db, sql: "SELECT name FROM sealedTable"))
        let tables = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                ORDER BY name
                """)
        for table in tables {
            let name: String = table["name"]
            let sql: String = table["sql"] ?? ""
            guard !unsealedTables.contains(name), !known.contains(name),
                sql.range(of: "WITHOUT ROWID", options: .caseInsensitive) == nil
            else { continue }
            try db.execute(sql: "INSERT INTO sealedTable (name) VALUES (?)", arguments: [name])
            let id = db.lastInsertedRowID
            try createSealTriggers(db, table: name, id: id)
            try db.execute(sql: "INSERT INTO sealPending (tableId, rowId) SELECT \(id), rowid FROM \(name.quotedDatabaseIdentifier)")
        }
    }

    /// Creates the three triggers that mark a row of `table` (registered in `sealedTable` as `id`) pending when it is
    /// inserted, updated or deleted.
    ///
    /// Each marks with an upsert that does nothing on a row already pending, not `INSERT OR IGNORE`: a conflict
    /// clause of the statement that fires a trigger (`INSERT OR ABORT`, `UPDATE OR FAIL`) overrides the trigger's
    /// own, where an upsert's `DO NOTHING` stands. Until migration `2026-12-19-sealTriggersWithoutTemporaryTable`
    /// they were `INSERT … SELECT … WHERE NOT EXISTS (SELECT … FROM sealPending …)`, which SQLite runs through a
    /// temporary table (the statement reads the table it inserts into): one created and dropped for every row
    /// written, a quarter of the instructions of a subject's insert (docs/performance.md).
    static func createSealTriggers(_ db: Database, table name: String, id: Int64) throws {
        let quoted = name.quotedDatabaseIdentifier
        func note(_ row: String) -> String {
            "INSERT INTO sealPending (tableId, rowId) VALUES (\(id), \(row)) ON CONFLICT DO NOTHING;"
        }
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

    /// Migration `2026-12-19-sealTriggersWithoutTemporaryTable`: every sealed table's three triggers made again by
    /// ``createSealTriggers(_:table:id:)`` (same names, events and effect; rows already pending stay so).
    static func sealTriggersWithoutTemporaryTable(_ db: Database) throws {
        guard try db.tableExists("sealedTable") else { return }
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM sealedTable ORDER BY id") {
            let name: String = row["name"]
            guard try db.tableExists(name) else { continue }
            for event in ["insert", "update", "delete"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \("seal_\(name)_\(event)".quotedDatabaseIdentifier)")
            }
            try createSealTriggers(db, table: name, id: row["id"])
        }
    }

    /// After migrations ran: new tables get their triggers, and rows that migrations wrote or found (all rows, the
    /// first time an old database is opened by a version that seals) are sealed by one entry that says so.
    ///
    /// The entry's command is `journal seal`; its payload names the migrations, the rows sealed per table and
    /// states what the seals vouch for. Nothing is written when nothing is pending (a new, empty database).
    static func sealAfterMigrating(_ writer: any DatabaseWriter, migrations: [String]) throws {
        try writer.write { db in
            try installSealTriggers(db)
            guard try hasPendingSeals(db) else { return }
            let context = CommandContext(actor: "thanhtra", timestamp: wallClockTimestamp())
            try sealRowsWrittenOutsideCommands(
                db, command: "journal seal",
                note: "rows found when the database was upgraded (migrations: \(migrations.joined(separator: ", "))) "
                    + "were sealed as they stood; these seals vouch for the tables from this entry on, not that "
                    + "the rows are what the entries before it wrote",
                context: context)
        }
    }

    /// Seals every pending row with one journal entry `command` whose payload records `note` and the rows sealed per
    /// table: for a database upgraded to sealed tables, and for data written in bulk by a tool (the benchmark's
    /// generator) that then vouches for it in the journal.
    ///
    /// - Precondition: Runs inside a write transaction.
    package static func sealRowsWrittenOutsideCommands(
        _ db: Database, command: String, note: String, context: CommandContext
    ) throws {
        struct Payload: Encodable {
            var note: String
            var sealed: [String: Int]
        }
        let counts = try Row.fetchAll(
            db,
            sql: """
                SELECT t.name, COUNT(*) AS n FROM sealPending p JOIN sealedTable t ON t.id = p.tableId GROUP BY t.name
                """)
        let payload = Payload(
            note: note, sealed: Dictionary(uniqueKeysWithValues: counts.map { ($0["name"], $0["n"]) }))
        try appendJournalEntry(db, command: command, payload: try canonicalJSON(payload), context: context)
    }

    /// Whether rows were changed since the last entry sealed them.
    static func hasPendingSeals(_ db: Database) throws -> Bool {
        guard try db.tableExists("sealPending") else { return false }
        return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sealPending)") ?? false
    }

    /// Refuses to run a command on a database whose tables were changed outside thanhtra since the last entry: the
    /// command would seal those changes as its own.
    ///
    /// - Throws: ``StoreError`` `.corrupt` naming the first changed row and what to do.
    static func refuseUnsealedChanges(_ db: Database, path: String) throws {
        guard try hasPendingSeals(db) else { return }
        let first = try Row.fetchOne(
            db,
            sql: """
                SELECT t.name, p.rowId, (SELECT COUNT(*) FROM sealPending) AS n
                FROM sealPending p JOIN sealedTable t ON t.id = p.tableId ORDER BY p.tableId, p.rowId LIMIT 1
                """)
        let table: String = first?["name"] ?? "?"
        let rowID: Int64 = first?["rowId"] ?? 0
        let count: Int = first?["n"] ?? 0
        throw StoreError(
            .corrupt,
            "\(path) was changed outside thanhtra: \(count) row(s) changed after the last journal entry, the first "
                + "\(table) row \(rowID); nothing was written",
            hint: "run `thanhtra journal verify` to see what changed; restore the database from a backup and keep "
                + "this copy for investigation")
    }

    /// Seals the rows `sealPending` lists with `sequence`, removes the seals of rows that no longer exist, empties
    /// `sealPending`, and returns `digest` moved by the difference.
    static func sealPendingRows(_ db: Database, sequence: Int64, digest: StateDigest) throws -> StateDigest {
        guard try db.tableExists("sealPending") else { return digest }
        var digest = digest
        let tables = try Row.fetchAll(
            db, sql: "SELECT id, name FROM sealedTable WHERE id IN (SELECT DISTINCT tableId FROM sealPending)")
        var sealer = RowSealer()
        let oldSeal = try db.cachedStatement(sql: "SELECT seal FROM rowSeal WHERE tableId = ? AND rowId = ?")
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO rowSeal (tableId, rowId, sequence, seal) VALUES (?, ?, ?, ?)
                ON CONFLICT (tableId, rowId) DO UPDATE SET sequence = excluded.sequence, seal = excluded.seal
                """)
        let remove = try db.cachedStatement(sql: "DELETE FROM rowSeal WHERE tableId = ? AND rowId = ?")
        for table in tables {
            let tableID: Int64 = table["id"]
            let name: String = table["name"]
            let pending = try Int64.fetchAll(
                db, sql: "SELECT rowId FROM sealPending WHERE tableId = ? ORDER BY rowId", arguments: [tableID])
            let select = try db.makeStatement(sql: "SELECT * FROM \(name.quotedDatabaseIdentifier) WHERE rowid = ?")
            let raw = select.sqliteStatement
            let columns = sqlite3_column_count(raw)
            // Each row's statements through SQLite's C API (``RawRows``): GRDB's arguments cost more per row than
            // the statements (an import seals 10 000 rows at each entry).
            for rowID in pending {
                let old = RawRows(oldSeal, [.integer(tableID), .integer(rowID)])
                if try old.next() {
                    if !old.isNull(0) { old.withBlob(0) { digest.subtract($0) } }
                    old.reset()
                }
                sqlite3_reset(raw)
                sqlite3_bind_int64(raw, 1, rowID)
                let code = sqlite3_step(raw)
                if code == SQLITE_ROW {
                    let seal = sealer.seal(
                        table: name, rowID: rowID, sequence: sequence, statement: raw, firstColumn: 0,
                        columnCount: columns)
                    sqlite3_reset(raw)
                    digest.add(seal)
                    _ = try RawRows(upsert, [.integer(tableID), .integer(rowID), .integer(sequence), .blob(seal)]).next()
                } else {
                    sqlite3_reset(raw)
                    guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
                    _ = try RawRows(remove, [.integer(tableID), .integer(rowID)]).next()
                }
            }
        }
        try db.execute(sql: "DELETE FROM sealPending")
        return digest
    }

    /// Now, from the system clock, as the journal records it: ISO 8601 in Asia/Ho_Chi_Minh (+07:00, no daylight
    /// saving). Only for entries the store writes on its own (``sealAfterMigrating(_:migrations:)``); commands get
    /// their time from the caller's clock.
    package static func wallClockTimestamp() -> String {
        let seconds = Int(Date().timeIntervalSince1970.rounded(.down)) + 7 * 3600
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let s = seconds - day * 86_400
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(CalendarDate(dayNumber: day))T\(pad(s / 3600)):\(pad(s / 60 % 60)):\(pad(s % 60))+07:00"
    }
}
