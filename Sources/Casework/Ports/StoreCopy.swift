/// One value of a row as `db copy` carries it from one store to another, whatever the engines' own types.
///
/// The stores map their column types onto these four: SQLite's storage classes as they are (a REAL is refused:
/// thanhtra stores none); PostgreSQL's integers and booleans as ``integer(_:)`` (a boolean is 1 or 0, as SQLite
/// stores it), `BYTEA` as ``bytes(_:)``, and everything else — text, and `DATE` as `YYYY-MM-DD` — as ``text(_:)``.
/// Money stays an integer count of đồng all the way.
public enum CopyValue: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case text(String)
    case bytes([UInt8])
}

/// A table as a copy moves it: its name and its columns, in lower case (PostgreSQL folds unquoted names, so
/// `penaltyCase` is `penaltycase` there; each store maps the lower-case names back to its own).
public struct CopyTable: Sendable, Equatable {
    /// The table's name in lower case.
    public var name: String
    /// The table's columns in lower case, in the order the rows carry them.
    public var columns: [String]

    public init(name: String, columns: [String]) {
        self.name = name
        self.columns = columns
    }

    /// `tables` (by lower-case name) with every table after the tables it refers to (`parents`, by foreign key):
    /// the journal first, then by name among the tables whose parents are placed.
    public static func inOrder(_ tables: [String: CopyTable], parents: [String: Set<String>]) -> [CopyTable] {
        var placed: [CopyTable] = []
        var done: Set<String> = []
        var remaining = tables.keys.sorted { ($0 != "journal" ? 1 : 0, $0) < ($1 != "journal" ? 1 : 0, $1) }
        let known = Set(tables.keys)
        while !remaining.isEmpty {
            let ready = remaining.filter { (parents[$0] ?? []).intersection(known).subtracting(done).isEmpty }
            // A cycle cannot happen in thanhtra's schema; place the rest as they are rather than loop forever.
            for name in ready.isEmpty ? remaining : ready {
                if let table = tables[name] { placed.append(table) }
                done.insert(name)
            }
            remaining.removeAll { done.contains($0) }
        }
        return placed
    }
}

/// How far a copy is: the table being copied and its rows so far.
public struct CopyProgress: Sendable, Equatable {
    /// The table, in lower case.
    public var table: String
    /// Its place among the tables copied, from 1.
    public var tableNumber: Int
    public var tableCount: Int
    /// Rows of this table written so far, of `total`.
    public var copied: Int64
    public var total: Int64

    public init(table: String, tableNumber: Int, tableCount: Int, copied: Int64, total: Int64) {
        self.table = table
        self.tableNumber = tableNumber
        self.tableCount = tableCount
        self.copied = copied
        self.total = total
    }
}

/// The rows of a store, read in one consistent snapshot (``StoreCopying/withCopySnapshot(_:)``).
///
/// Not `Sendable`: it lives inside the snapshot's read transaction only.
public protocol CopySource {
    /// How many rows `table` (lower case) holds.
    ///
    /// - Throws: ``StoreError`` `.notFound` when the store has no such table.
    func count(of table: String) throws -> Int64
    /// Every row of `table`, its `columns` (lower case) in that order, in the order of the table's key, handed to
    /// `body` a batch of at most `batchSize` rows at a time (memory does not grow with the table).
    ///
    /// - Throws: ``StoreError`` `.notFound` for a table or column the store does not have; `.invalid` for a value
    ///   that has no ``CopyValue`` (a REAL); what `body` throws.
    func rows(of table: String, columns: [String], batchSize: Int, _ body: ([[CopyValue]]) throws -> Void) throws
}

/// A whole store, copied row for row into another store (`thanhtra db copy`), either engine to either engine.
///
/// What moves is every table the commands write — the journal with its hashes unchanged, and every record — but not
/// what each store derives or keeps for itself: the daily rollups (the target's triggers rebuild them from the
/// rows; ``copyDerivedTables()`` lists them so that a copy can compare them), the row seals (a SQLite target seals
/// the copied rows itself, see docs/postgres.md "Moving between stores"), the migration bookkeeping, and the
/// sign-in working state (sessions and failed sign-ins).
public protocol StoreCopying: Sendable {
    /// The tables a copy moves, parents before children (so rows can be inserted in this order with their foreign
    /// keys checked), with their columns; the journal first.
    ///
    /// - Throws: ``StoreError``.
    func copyTables() throws -> [CopyTable]
    /// The tables the store derives from the copied ones by itself (the daily rollups), with their columns, the day
    /// first.
    ///
    /// - Throws: ``StoreError``.
    func copyDerivedTables() throws -> [CopyTable]
    /// Runs `body` with the store's rows as they are in one read transaction.
    ///
    /// - Throws: ``StoreError``; what `body` throws.
    func withCopySnapshot<T>(_ body: (any CopySource) throws -> T) throws -> T
    /// Writes every row of `tables` that `source` holds into this store, in one transaction: nothing is written
    /// unless everything is. The store must be empty: no journal entry and no row in any of `tables`.
    ///
    /// - Parameters:
    ///   - tables: What to copy, in order (``copyTables()`` of this store).
    ///   - progress: Called from the calling thread after each batch.
    /// - Throws: ``StoreError`` `.invalid` when this store is not empty (then nothing is written) or a row breaks
    ///   one of its rules; `.notFound` when the source lacks a table or column; other ``StoreError``s.
    func receiveCopy(_ tables: [CopyTable], from source: any CopySource, progress: (CopyProgress) -> Void) throws
}

extension StoreError {
    /// The refusal of a copy into a store that already holds something; nothing was written.
    ///
    /// - Parameters:
    ///   - store: The target as messages name it (a path, or a URL without its password).
    ///   - entries: Its journal entries.
    ///   - table: A table that holds rows, when the journal is empty but a table is not.
    public static func copyTargetNotEmpty(_ store: String, entries: Int64, table: (name: String, rows: Int64)?)
        -> StoreError
    {
        let holds =
            entries > 0
            ? "its journal has \(entries) entr\(entries == 1 ? "y" : "ies")"
            : "its table \(table?.name ?? "?") has \(table?.rows ?? 0) row(s)"
        return StoreError(
            .invalid, "cannot copy into \(store): it is not empty (\(holds)); nothing was written",
            hint: "copy into a new, empty database")
    }
}
