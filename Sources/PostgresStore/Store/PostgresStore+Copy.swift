public import Casework
import PostgresNIO

/// `db copy` on PostgreSQL: the store as a source (its rows in one REPEATABLE READ snapshot) and as a target (every
/// row in one transaction holding the write lock, then the identity sequences moved past the copied ids).
///
/// Values cross as ``CopyValue``: integers and booleans as integers (a boolean as 1 or 0, as SQLite stores it),
/// `BYTEA` as bytes, everything else as its text (`DATE` as `YYYY-MM-DD`: every connection sets `DateStyle=ISO`).
/// Written back through COPY's text format, each value's text is read as its column's type, so `1` becomes `true` in
/// a `BOOLEAN` and `2026-11-05` a `DATE`.
extension PostgresStore: StoreCopying {
    /// Tables a copy never moves: the migration bookkeeping and the sign-in working state.
    static let tablesNotCopied: Set<String> = ["thanhtramigration", "accountsession", "loginfailure"]

    /// The daily rollups, which the triggers derive from the copied rows (``PostgresRollup``), and
    /// `conclusionImplemented`, which its triggers derive likewise, and `inspectionSpan` (likewise; compared, as on
    /// SQLite it is a `WITHOUT ROWID` table). A copy compares the rollups with the source's
    /// but not `conclusionImplemented`: a conclusion that asked for nothing is implemented on `-infinity` here and on
    /// `''` on SQLite (the stock rollup built on those days is compared).
    static var derivedTables: Set<String> {
        Set(PostgresSchema.rollups.map { $0.table.lowercased() } + ["inspectionspan"])
    }

    /// Derived tables a copy neither moves nor compares: each store's triggers fill them.
    static let tablesNotCompared: Set<String> = ["conclusionimplemented"]

    /// The tables a copy moves, parents before children (by their foreign keys), the journal first.
    ///
    /// - Throws: ``StoreError``.
    public func copyTables() throws -> [CopyTable] {
        try read { session in try Self.copyTables(session).base }
    }

    /// The daily rollups, with their columns (the day first).
    ///
    /// - Throws: ``StoreError``.
    public func copyDerivedTables() throws -> [CopyTable] {
        try read { session in try Self.copyTables(session).derived }
    }

    static func copyTables(_ session: PGSession) throws -> (base: [CopyTable], derived: [CopyTable]) {
        var columns: [String: [String]] = [:]
        for row in try session.rows(
            """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """)
        {
            columns[try row.string("table_name"), default: []].append(try row.string("column_name"))
        }
        var parents: [String: Set<String>] = [:]
        for row in try session.rows(
            """
            SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
            WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
            """)
        {
            let child = try row.string("child")
            let parent = try row.string("parent")
            if child != parent { parents[child, default: []].insert(parent) }
        }
        var base: [String: CopyTable] = [:]
        var derived: [CopyTable] = []
        for (name, names) in columns.sorted(by: { $0.key < $1.key })
        where !tablesNotCopied.contains(name) && !tablesNotCompared.contains(name) {
            let table = CopyTable(name: name, columns: names)
            if derivedTables.contains(name) { derived.append(table) } else { base[name] = table }
        }
        return (CopyTable.inOrder(base, parents: parents), derived)
    }

    /// Runs `body` with the store's rows in one REPEATABLE READ, READ ONLY transaction.
    ///
    /// - Throws: ``StoreError``; what `body` throws.
    public func withCopySnapshot<T>(_ body: (any CopySource) throws -> T) throws -> T {
        try read { session in try body(PGCopySource(session: session)) }
    }

    /// Writes `source`'s rows of `tables` in one transaction holding the write lock, refusing a database that holds
    /// anything; then moves every identity sequence past the largest id copied, so the next command's new rows get
    /// new ids.
    ///
    /// Rows go in through `COPY … FROM STDIN` in the text format (``PGSession/copy(into:columns:rows:)``), one COPY
    /// per batch of ``copyBatch`` rows (the rollups' statement-level triggers recompute once per COPY); PostgreSQL
    /// reads each value's text as its column's type (`1` as `true` in a `BOOLEAN`, `2026-11-05` as a `DATE`), bytes
    /// in `BYTEA`'s hex form. The journal's entries keep their hashes and their `stateDigest` (migration
    /// `2026-12-10-addJournalStateDigest`): a PostgreSQL store keeps no seals, so it keeps a SQLite store's digests
    /// as they were, for the hashes.
    ///
    /// - Throws: ``StoreError`` `.invalid` (``StoreError/copyTargetNotEmpty(_:entries:table:)``) when the database is
    ///   not empty, or a row breaks a constraint; `.notFound` for a table or column the source lacks.
    public func receiveCopy(_ tables: [CopyTable], from source: any CopySource, progress: (CopyProgress) -> Void)
        throws
    {
        try writing { session in
            try Self.refuseNonEmpty(session, tables, name: settings.description)
            for (index, table) in tables.enumerated() {
                let total = try source.count(of: table.name)
                var copied: Int64 = 0
                progress(.init(table: table.name, tableNumber: index + 1, tableCount: tables.count, copied: 0, total: total))
                try source.rows(of: table.name, columns: table.columns, batchSize: Self.copyBatch) { batch in
                    try session.copy(into: table.name, columns: table.columns, rows: Self.copyRows(batch))
                    copied += Int64(batch.count)
                    progress(
                        .init(
                            table: table.name, tableNumber: index + 1, tableCount: tables.count, copied: copied,
                            total: total))
                }
            }
            for row in try session.rows(
                """
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name
                """)
            {
                let table = try row.string("table_name")
                let column = try row.string("column_name")
                // setval is strict: an empty table (max NULL) leaves its sequence as it is.
                try session.execute(
                    sql: "SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'), (SELECT max(\(column)) FROM \(table)))")
            }
        }
    }

    /// Rows per batch of a copy.
    static let copyBatch = 2_000

    static func refuseNonEmpty(_ session: PGSession, _ tables: [CopyTable], name: String) throws {
        let entries = try session.row("SELECT COUNT(*) AS n FROM journal")?.int64("n") ?? 0
        if entries > 0 { throw StoreError.copyTargetNotEmpty(name, entries: entries, table: nil) }
        for table in tables {
            let rows = try session.row(PostgresQuery(unsafeSQL: "SELECT COUNT(*) AS n FROM \(table.name)"))?.int64("n") ?? 0
            if rows > 0 { throw StoreError.copyTargetNotEmpty(name, entries: 0, table: (table.name, rows)) }
        }
    }

    /// `rows` in COPY's text format: integers as digits, texts escaped, bytes as `BYTEA` hex, NULL as `\N`.
    static func copyRows(_ rows: [[CopyValue]]) -> PGCopyRows {
        var encoded = PGCopyRows()
        for row in rows {
            encoded.row { fields in
                for value in row {
                    switch value {
                    case .null: fields.text(nil)
                    case .integer(let integer): fields.int(integer)
                    case .text(let text): fields.text(text)
                    case .bytes(let bytes): fields.bytes(bytes)
                    }
                }
            }
        }
        return encoded
    }
}

/// A PostgreSQL store's rows inside one read transaction.
struct PGCopySource: CopySource {
    let session: PGSession

    func count(of table: String) throws -> Int64 {
        try requireTable(table)
        return try session.row(PostgresQuery(unsafeSQL: "SELECT COUNT(*) AS n FROM \(table)"))?.int64("n") ?? 0
    }

    private func requireTable(_ table: String) throws {
        let exists = try session.row(
            """
            SELECT 1 AS found FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_name = \(table)
            """)
        if exists == nil {
            throw StoreError(.notFound, "the source has no table \(table)", hint: "upgrade thanhtra on both sides")
        }
    }

    /// Pages through the table by its primary key (`WHERE (key…) > (last…)`), so each page is an index range.
    func rows(of table: String, columns: [String], batchSize: Int, _ body: ([[CopyValue]]) throws -> Void) throws {
        try requireTable(table)
        var types: [String: String] = [:]
        for row in try session.rows(
            """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = \(table)
            """)
        {
            types[try row.string("column_name")] = try row.string("data_type")
        }
        if let missing = columns.first(where: { types[$0] == nil }) {
            throw StoreError(
                .notFound, "the source's table \(table) has no column \(missing)",
                hint: "open the source once with this version of thanhtra (it upgrades the schema), then copy again")
        }
        let key = try session.rows(
            """
            SELECT a.attname AS name FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = \(table)::regclass AND i.indisprimary
            ORDER BY array_position(i.indkey::int2[], a.attnum)
            """
        ).map { try $0.string("name") }
        let order = key.isEmpty ? columns : key
        let selected = columns.enumerated().map { index, column in
            types[column] == "bytea" ? "\(column) AS c\(index)" : "\(column)::text AS c\(index)"
        }
        let keyIndex = key.compactMap { columns.firstIndex(of: $0) }
        var last: [String]?
        while true {
            var statement = PGStatement("SELECT \(selected.joined(separator: ", ")) FROM \(table)")
            if let last, keyIndex.count == key.count, !key.isEmpty {
                let bound = zip(key, last).map { column, value in "\(statement.bind(value))::text::\(types[column] ?? "text")" }
                statement.append(" WHERE (\(key.joined(separator: ", "))) > (\(bound.joined(separator: ", ")))")
            }
            // Without a usable key the whole table is one page (no table of thanhtra's lacks a primary key).
            let paged = !key.isEmpty && keyIndex.count == key.count
            statement.append(" ORDER BY \(order.joined(separator: ", "))")
            if paged { statement.append(" LIMIT \(batchSize)") }
            let rows = try session.rows(statement.query)
            var batch: [[CopyValue]] = []
            batch.reserveCapacity(rows.count)
            for row in rows {
                var values: [CopyValue] = []
                values.reserveCapacity(columns.count)
                for (index, column) in columns.enumerated() {
                    let alias = "c\(index)"
                    let type = types[column] ?? "text"
                    switch type {
                    case "bytea":
                        let bytes: ByteBuffer? = try row(alias)
                        values.append(bytes.map { .bytes(Array($0.readableBytesView)) } ?? .null)
                    default:
                        guard let text = try row.optionalString(alias) else {
                            values.append(.null)
                            continue
                        }
                        switch type {
                        case "bigint", "integer", "smallint":
                            guard let integer = Int64(text) else { throw PGRow.corrupt(column, "is not an integer") }
                            values.append(.integer(integer))
                        case "boolean":
                            values.append(.integer(text == "true" ? 1 : 0))
                        default:
                            values.append(.text(text))
                        }
                    }
                }
                batch.append(values)
            }
            if !batch.isEmpty {
                // Split into batches of `batchSize` when the table was read as one page.
                var start = 0
                while start < batch.count {
                    try body(Array(batch[start..<min(batch.count, start + batchSize)]))
                    start += batchSize
                }
            }
            guard paged, rows.count == batchSize, let final = batch.last else { break }
            last = keyIndex.map { index -> String in
                switch final[index] {
                case .integer(let value): return String(value)
                case .text(let text): return text
                case .null, .bytes: return ""
                }
            }
        }
    }
}
