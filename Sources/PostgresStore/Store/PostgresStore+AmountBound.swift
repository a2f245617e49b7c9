import Casework
import PostgresNIO

/// The check every report makes before it adds amounts up, as on SQLite: no stored amount is beyond
/// ``VND/maximum`` (10^15 đồng), so no sum of a period can overflow 64 bits, and a row written outside thanhtra is
/// named instead of surfacing as a plausible-looking huge figure. Each probe is answered by a partial index of
/// `2026-12-06-createAmountBoundIndexes`, empty in a database thanhtra wrote.
extension PostgresStore {
    /// The record each money table's key names.
    private static func record(named key: String) -> String {
        switch key {
        case "caseId": "penalty case"
        case "inspectionId": "inspection"
        default: "recommendation"
        }
    }

    /// Throws when a stored amount is above ``VND/maximum``, naming its record, table and column.
    ///
    /// - Throws: ``StoreError`` `.corrupt`, with SQLite's words.
    static func requireAmountsWithinBound(_ session: PGSession) throws {
        for (table, columns, key) in PostgresSchema.amountColumns {
            for column in columns {
                let sql = """
                    SELECT \(key) AS id, \(column) AS amount FROM \(table)
                    WHERE \(column) > \(VND.maximum.rawValue) ORDER BY \(key) LIMIT 1
                    """
                guard let row = try session.row(.init(unsafeSQL: sql)) else { continue }
                throw StoreError(
                    .corrupt,
                    "\(record(named: key)) #\(try row.int64("id")) holds \(try row.int64("amount")) in \(table).\(column), "
                        + "outside 0 … \(VND.maximum.formatted()) (10^15 đồng), the bound of every amount; totals cannot "
                        + "be computed",
                    hint: "the database was changed outside thanhtra; correct that row or restore it from a backup, "
                        + "then run `thanhtra journal verify`")
            }
        }
    }
}
