public import Casework
import GRDB

/// Where amounts live, and how a stored amount above ``VND/maximum`` is found and named.
///
/// Every amount written by thanhtra is at most ``VND/maximum`` (10^15 đồng), so a SQL `SUM` over fewer than 9 000
/// rows cannot overflow, and SQLite itself checks every integer `SUM` (it raises "integer overflow" instead of
/// wrapping). When that error does happen, a row was written outside thanhtra (or before the bound); this finds it
/// so the error names the record instead of the query.
extension SQLiteStore {
    /// The money columns of the tables that hold facts, with the record each row belongs to.
    static let amountColumns: [(table: String, columns: [String], record: String, key: String)] = [
        ("penaltyDecision", ["totalFineVND", "totalRemedialVND"], "penalty case", "caseId"),
        ("decisionLine", ["fineVND", "frameMinVND", "frameMaxVND", "remedialVND"], "penalty case", "caseId"),
        ("caseViolation", ["illegalGainVND"], "penalty case", "caseId"),
        ("payment", ["amountVND", "surchargeVND"], "penalty case", "caseId"),
        ("installment", ["amountVND"], "penalty case", "caseId"),
        ("finding", ["amountVND"], "inspection", "inspectionId"),
        ("recommendation", ["amountVND"], "inspection", "inspectionId"),
        ("followUp", ["amountVND"], "recommendation", "recommendationId"),
    ]

    /// Partial indexes holding only the rows whose amount is above ``VND/maximum``: empty in a database thanhtra
    /// wrote, so they cost nothing to keep, and they let every report check the bound in a few index probes
    /// (``amountOutOfBound(_:thorough:)``) before it adds anything up — the reports read pre-summed daily tables,
    /// where a tampered row would otherwise surface as a plausible-looking huge figure.
    static func createAmountBoundIndexes(_ db: Database) throws {
        for (table, columns, _, key) in amountColumns {
            for column in columns {
                try db.execute(
                    sql: """
                        CREATE INDEX \(table)\(column.prefix(1).uppercased() + column.dropFirst())AboveBound ON \(table)(\(key))
                        WHERE \(column) > \(VND.maximum.rawValue)
                        """)
            }
        }
    }

    /// The first stored amount above ``VND/maximum`` (with `thorough`, also a negative or non-integer one, which
    /// needs a full scan), as an error naming its record, table and column; `nil` when every amount is within the
    /// bound.
    ///
    /// Without `thorough` each probe is answered by a partial index of ``createAmountBoundIndexes(_:)``.
    static func amountOutOfBound(_ db: Database, thorough: Bool = false) throws -> StoreError? {
        for (table, columns, record, key) in amountColumns {
            for column in columns {
                let outside = thorough
                    ? "typeof(\(column)) <> 'integer' OR \(column) < 0 OR \(column) > \(VND.maximum.rawValue)"
                    : "\(column) > \(VND.maximum.rawValue)"
                let sql = "SELECT \(key), \(column) FROM \(table) WHERE \(outside) ORDER BY \(key) LIMIT 1"
                guard let row = try Row.fetchOne(db, sql: sql) else { continue }
                let id: Int64 = row[0]
                let value = row[1] as DatabaseValue
                return StoreError(
                    .corrupt,
                    "\(record) #\(id) holds \(value.description) in \(table).\(column), outside 0 … "
                        + "\(VND.maximum.formatted()) (10^15 đồng), the bound of every amount; totals cannot be computed",
                    hint: "the database was changed outside thanhtra; correct that row or restore the file from a "
                        + "backup, then run `thanhtra journal verify`")
            }
        }
        return nil
    }

    /// Throws what ``amountOutOfBound(_:thorough:)`` finds, before a report adds amounts up.
    static func requireAmountsWithinBound(_ db: Database) throws {
        if let error = try amountOutOfBound(db) { throw error }
    }

    /// What a read that failed with SQLite's "integer overflow" should say: the record holding an amount beyond
    /// the bound when there is one, else that a total exceeded 64 bits.
    func overflowError(_ error: DatabaseError) -> any Error {
        if let named = try? writer.read({ try Self.amountOutOfBound($0, thorough: true) }) { return named }
        return StoreError(
            .invalid,
            "a total does not fit in 64 bits (\(error.message ?? "integer overflow")), although every stored amount "
                + "is within the bound of \(VND.maximum.formatted())",
            hint: "report a narrower period or a smaller selection; please report this as a bug")
    }
}

extension DatabaseError {
    /// Whether SQLite refused an integer sum that would not fit in 64 bits.
    var isIntegerOverflow: Bool { message?.contains("integer overflow") == true }
}
