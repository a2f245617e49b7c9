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

    /// Throws when a stored amount is above ``VND/maximum``, naming its record, table and column (the first probe
    /// of ``PostgresSchema/amountColumns`` that finds one, as on SQLite).
    ///
    /// Every probe runs in one statement (one round trip for a report's check instead of one per column).
    ///
    /// - Throws: ``StoreError`` `.corrupt`, with SQLite's words.
    static func requireAmountsWithinBound(_ session: PGSession) throws {
        guard let (table, column, key, row) = try firstAmountAboveBound(session) else { return }
        throw StoreError(
            .corrupt,
            "\(record(named: key)) #\(try row.int64("id")) holds \(try row.int64("amount")) in \(table).\(column), "
                + "outside 0 … \(VND.maximum.formatted()) (10^15 đồng), the bound of every amount; totals cannot "
                + "be computed",
            hint: "the database was changed outside thanhtra; correct that row or restore it from a backup, "
                + "then run `thanhtra journal verify`")
    }

    /// The first probe's table, column and key with its row (`id`, `amount`), or `nil` when every amount is within
    /// the bound.
    private static func firstAmountAboveBound(_ session: PGSession) throws -> (String, String, String, PGRow)? {
        let probes = PostgresSchema.amountColumns.flatMap { table, columns, key in columns.map { (table, $0, key) } }
        let union = probes.enumerated().map { index, probe in
            let (table, column, key) = probe
            return """
                (SELECT \(index)::bigint AS probe, \(key)::bigint AS id, \(column)::bigint AS amount FROM \(table)
                WHERE \(column) > \(VND.maximum.rawValue) ORDER BY \(key) LIMIT 1)
                """
        }.joined(separator: " UNION ALL ")
        guard let row = try session.row(.init(unsafeSQL: "SELECT * FROM (\(union)) p ORDER BY probe LIMIT 1")) else {
            return nil
        }
        let (table, column, key) = probes[Int(try row.int64("probe"))]
        return (table, column, key, row)
    }
}
