import Casework
import Foundation
import GRDB

/// Numbers unique per year (issue 17, item 7): a violation record's number, a penalty decision's number, an inspection
/// decision's number and a conclusion's number are unique within the calendar year of their date, not forever.
///
/// A Vietnamese administrative document's number is its place in the issuing body's register for the year, and the
/// register starts again each January; the body is part of the number as written (`1/QĐ-TTr` is the inspectorate's,
/// `1/QĐ-XPHC` another register's), so unique per number text and year is unique per year and issuing body. The
/// first schema made the columns UNIQUE outright, so the next year's `1/QĐ-TTr` was refused.
///
/// SQLite cannot drop a column's UNIQUE, so each of the four tables is rebuilt (``rebuildTable(_:in:transform:)``)
/// without it, and a unique index on the number and the year of its date takes its place. The rows, their ids (and
/// so their seals), the `AUTOINCREMENT` counters, the indexes and every trigger on the tables (seals, daily rollups)
/// are kept as they were.
extension SQLiteStore {
    /// The four numbers, each with the table, the column and the date whose year scopes it.
    static let numbersUniquePerYear: [(table: String, column: String, date: String, index: String)] = [
        ("penaltyCase", "recordNumber", "recordMadeOn", "penaltyCaseOnRecordNumberInYear"),
        ("penaltyDecision", "number", "decidedOn", "penaltyDecisionOnNumberInYear"),
        ("inspectionDecision", "number", "decidedOn", "inspectionDecisionOnNumberInYear"),
        ("inspection", "conclusionNumber", "concludedOn", "inspectionOnConclusionNumberInYear"),
    ]

    static func makeNumbersUniquePerYear(_ db: Database) throws {
        for number in numbersUniquePerYear {
            // Another process opening the same new file may have run this migration since this one read the list
            // (`SQLiteStore.migrate` tries again then): a table rebuilt already has its index, made in the same
            // transaction. Skipping it lets recording the migration fail as a duplicate, which the retry expects.
            let indexed = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [number.index])
            if indexed == true { continue }
            try rebuildTable(number.table, in: db) { sql in
                let unique = "\(number.column) TEXT NOT NULL UNIQUE CHECK"
                let nullableUnique = "\(number.column) TEXT UNIQUE CHECK"
                if sql.contains(unique) {
                    return sql.replacingOccurrences(of: unique, with: "\(number.column) TEXT NOT NULL CHECK")
                }
                guard sql.contains(nullableUnique) else {
                    throw StoreError(
                        .corrupt, "the table \(number.table) does not have the column \(number.column) thanhtra made",
                        hint: "the database was changed outside thanhtra; restore it from a backup")
                }
                return sql.replacingOccurrences(of: nullableUnique, with: "\(number.column) TEXT CHECK")
            }
            try db.execute(
                sql: """
                    CREATE UNIQUE INDEX \(number.index)
                    ON \(number.table)(\(number.column), substr(\(number.date), 1, 4))
                    """)
        }
    }

    /// Rebuilds `table` from its `CREATE TABLE` statement changed by `transform`, keeping its rows (rowids included),
    /// its `AUTOINCREMENT` counter, its indexes and its triggers: SQLite's generalized procedure for the changes
    /// `ALTER TABLE` cannot make (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
    /// Changes").
    ///
    /// - Precondition: Runs in a migration, foreign keys not enforced (GRDB's deferred checks, the default), so that
    ///   dropping the old table does not touch the rows that refer to it; the migrator checks them all at its end.
    ///   The old table's rows are copied, not deleted: no trigger fires, so no seal changes.
    static func rebuildTable(_ table: String, in db: Database, transform: (String) throws -> String) throws {
        let create = try createStatement(of: table, in: db)
        // Indexes and triggers attached to the table, in the order they were made; automatic indexes have no SQL.
        let dependents = try String.fetchAll(
            db,
            sql: """
                SELECT sql FROM sqlite_master
                WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid
                """,
            arguments: [table])
        let counter =
            try db.tableExists("sqlite_sequence")
            ? try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table]) : nil
        let changed = try transform(create)
        // A table renamed once (rebuilt before) is stored with its name quoted.
        let prefixes = ["CREATE TABLE \(table) (", "CREATE TABLE \"\(table)\" ("]
        guard let prefix = prefixes.first(where: { changed.hasPrefix($0) }) else {
            throw StoreError(.corrupt, "the table \(table) was not made by thanhtra (\(create.prefix(40))…)")
        }
        let rebuilt = "\(table)_rebuilt"
        try db.execute(sql: "CREATE TABLE \(rebuilt) (" + changed.dropFirst(prefix.count))
        try db.execute(sql: "INSERT INTO \(rebuilt) SELECT * FROM \(table)")
        try db.execute(sql: "DROP TABLE \(table)")
        // Legacy renaming leaves the other tables' triggers and foreign keys alone: they name `table`, which is the
        // rebuilt table's name again once renamed. (The modern rename would check them while `table` is missing.)
        try db.execute(sql: "PRAGMA legacy_alter_table = ON")
        try db.execute(sql: "ALTER TABLE \(rebuilt) RENAME TO \(table)")
        try db.execute(sql: "PRAGMA legacy_alter_table = OFF")
        // The copy's INSERT leaves a counter even for an empty table: put back the one the table had, or none.
        if try db.tableExists("sqlite_sequence") {
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = ?", arguments: [table])
        }
        if let counter {
            try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [table, counter])
        }
        for sql in dependents { try db.execute(sql: sql) }
    }
}

extension CalendarDate {
    /// The year as the first four characters of the stored `YYYY-MM-DD` text: what the per-year unique indexes key
    /// (`substr(date, 1, 4)`).
    var yearText: String { Self.yearText(year) }

    /// `year` as four digits, as a stored date begins.
    static func yearText(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
