public import Casework
import Foundation
import GRDB

/// `db copy` on SQLite: the store as a source (its rows in one read transaction) and as a target (every row in one
/// `IMMEDIATE` transaction, then the copied rows sealed as they stand at the copied head, ``sealBaseline``).
extension SQLiteStore: StoreCopying {
    /// Tables a copy never moves: SQLite's and GRDB's own, the seal tables (a target seals what it receives), and
    /// the sign-in working state (sessions and failed sign-ins, kept without a journal entry).
    static let tablesNotCopied: Set<String> = [
        "grdb_migrations", "sealedtable", "rowseal", "sealpending", "sealbaseline", "accountsession", "loginfailure",
    ]

    /// The daily rollups: `WITHOUT ROWID` tables that triggers derive from the base tables (not copied; the
    /// target's own triggers rebuild them from the rows).
    static func isDerived(_ sql: String) -> Bool { sql.range(of: "WITHOUT ROWID", options: .caseInsensitive) != nil }

    /// The tables a copy moves, parents before children (by their foreign keys), the journal first.
    ///
    /// - Throws: ``StoreError``.
    public func copyTables() throws -> [CopyTable] {
        try read { db in try Self.copyTables(db).base }
    }

    /// The daily rollups, with their columns (the day first).
    ///
    /// - Throws: ``StoreError``.
    public func copyDerivedTables() throws -> [CopyTable] {
        try read { db in try Self.copyTables(db).derived }
    }

    static func copyTables(_ db: Database) throws -> (base: [CopyTable], derived: [CopyTable]) {
        let tables = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                ORDER BY name
                """)
        var base: [String: CopyTable] = [:]
        var parents: [String: Set<String>] = [:]
        var derived: [CopyTable] = []
        for table in tables {
            let name: String = table["name"]
            let lower = name.lowercased()
            guard !tablesNotCopied.contains(lower) else { continue }
            let columns = try db.columns(in: name).map { $0.name.lowercased() }
            let copy = CopyTable(name: lower, columns: columns)
            let sql: String = table["sql"] ?? ""
            if isDerived(sql) {
                derived.append(copy)
                continue
            }
            base[lower] = copy
            parents[lower] = Set(
                try Row.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list(?)", arguments: [name])
                    .map { ($0["table"] as String).lowercased() }
                    .filter { $0 != lower })
        }
        return (CopyTable.inOrder(base, parents: parents), derived)
    }

    /// Runs `body` with the store's rows in one read transaction.
    ///
    /// - Throws: ``StoreError``; what `body` throws.
    public func withCopySnapshot<T>(_ body: (any CopySource) throws -> T) throws -> T {
        try read { db in try body(SQLiteCopySource(db: db)) }
    }

    /// Writes `source`'s rows of `tables` in one `IMMEDIATE` transaction, refusing a store that holds anything.
    ///
    /// The rows keep their ids (and the journal its entries, byte for byte). The seal triggers note every row
    /// written; once all are in, they are sealed with the copied head's sequence and the resulting digest is kept in
    /// ``sealBaseline`` (the copied head entry records the *source's* digest, which a SQLite target cannot
    /// reproduce: a row's seal names the entry that last wrote it, which PostgreSQL does not keep).
    ///
    /// - Throws: ``StoreError`` `.invalid` (``StoreError/copyTargetNotEmpty(_:entries:table:)``) when the store is
    ///   not empty, or a row breaks a constraint; `.notFound` for a table or column the source lacks.
    public func receiveCopy(_ tables: [CopyTable], from source: any CopySource, progress: (CopyProgress) -> Void)
        throws
    {
        try translatingErrors {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try Self.refuseNonEmpty(db, tables, path: path)
                    for (index, table) in tables.enumerated() {
                        let total = try source.count(of: table.name)
                        var copied: Int64 = 0
                        progress(.init(table: table.name, tableNumber: index + 1, tableCount: tables.count, copied: 0, total: total))
                        let insert = try db.makeStatement(
                            sql: "INSERT INTO \(table.name.quotedDatabaseIdentifier) "
                                + "(\(table.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) "
                                + "VALUES (\(databaseQuestionMarks(count: table.columns.count)))")
                        try source.rows(of: table.name, columns: table.columns, batchSize: Self.copyBatch) { batch in
                            for row in batch {
                                try insert.execute(arguments: StatementArguments(row.map(\.databaseValue)))
                            }
                            copied += Int64(batch.count)
                            progress(
                                .init(
                                    table: table.name, tableNumber: index + 1, tableCount: tables.count, copied: copied,
                                    total: total))
                        }
                    }
                    try Self.sealCopiedRows(db)
                    return .commit
                }
            }
        }
    }

    /// Rows per batch of a copy.
    static let copyBatch = 2_000

    static func refuseNonEmpty(_ db: Database, _ tables: [CopyTable], path: String) throws {
        let entries = try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM journal") ?? 0
        if entries > 0 { throw StoreError.copyTargetNotEmpty(path, entries: entries, table: nil) }
        for table in tables {
            let rows = try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name.quotedDatabaseIdentifier)") ?? 0
            if rows > 0 { throw StoreError.copyTargetNotEmpty(path, entries: 0, table: (table.name, rows)) }
        }
    }
}

extension CopyValue {
    /// The value as SQLite stores it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let value): return value.databaseValue
        case .text(let text): return text.databaseValue
        case .bytes(let bytes): return Data(bytes).databaseValue
        }
    }
}

/// A SQLite store's rows inside one read transaction.
struct SQLiteCopySource: CopySource {
    let db: Database

    /// The table's name as SQLite spells it, for a lower-case name.
    private func actualName(_ table: String) throws -> String {
        guard
            let name = try String.fetchOne(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = ?", arguments: [table])
        else { throw StoreError(.notFound, "the source has no table \(table)", hint: "upgrade thanhtra on both sides") }
        return name
    }

    func count(of table: String) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM \(try actualName(table).quotedDatabaseIdentifier)") ?? 0
    }

    func rows(of table: String, columns: [String], batchSize: Int, _ body: ([[CopyValue]]) throws -> Void) throws {
        let name = try actualName(table)
        let known = Set(try db.columns(in: name).map { $0.name.lowercased() })
        if let missing = columns.first(where: { !known.contains($0) }) {
            throw StoreError(
                .notFound, "the source's table \(table) has no column \(missing)",
                hint: "open the source once with this version of thanhtra (it upgrades the schema), then copy again")
        }
        // A daily rollup is `WITHOUT ROWID`: ordered by its primary key instead.
        let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [name]) ?? ""
        let order =
            SQLiteStore.isDerived(sql)
            ? try db.primaryKey(name).columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ") : "rowid"
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT \(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")) FROM "
                + "\(name.quotedDatabaseIdentifier) ORDER BY \(order)")
        var batch: [[CopyValue]] = []
        batch.reserveCapacity(batchSize)
        while let row = try rows.next() {
            var values: [CopyValue] = []
            values.reserveCapacity(columns.count)
            for index in columns.indices {
                let value: DatabaseValue = row[index]
                switch value.storage {
                case .null: values.append(.null)
                case .int64(let integer): values.append(.integer(integer))
                case .string(let text): values.append(.text(text))
                case .blob(let data): values.append(.bytes(Array(data)))
                case .double:
                    throw StoreError(
                        .invalid, "\(table).\(columns[index]) holds a floating-point number, which thanhtra never stores",
                        hint: "the source was changed outside thanhtra: verify its journal and tables before copying it")
                }
            }
            batch.append(values)
            if batch.count >= batchSize {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }
}
