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

    /// The first stored amount outside 0…``VND/maximum``, as an error naming its record, table and column; `nil`
    /// when every amount is within the bound.
    static func amountOutOfBound(_ db: Database) throws -> StoreError? {
        for (table, columns, record, key) in amountColumns {
            for column in columns {
                let sql = """
                    SELECT \(key), \(column) FROM \(table)
                    WHERE typeof(\(column)) <> 'integer' OR \(column) < 0 OR \(column) > \(VND.maximum.rawValue)
                    ORDER BY \(key) LIMIT 1
                    """
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

    /// What a read that failed with SQLite's "integer overflow" should say: the record holding an amount beyond
    /// the bound when there is one, else that a total exceeded 64 bits.
    func overflowError(_ error: DatabaseError) -> any Error {
        if let named = try? writer.read({ try Self.amountOutOfBound($0) }) { return named }
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
