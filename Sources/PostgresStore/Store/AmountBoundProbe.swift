import Casework
import PostgresNIO

/// The probes of ``PostgresSchema/amountColumns`` (a row above ``VND/maximum`` in each money column, answered by the
/// partial indexes of `2026-12-06-createAmountBoundIndexes`) as one statement that PostgresNIO prepares once per
/// connection: it has no parameter, so PostgreSQL plans it once, at the first report's check, and every later read
/// of the connection only executes that plan. Planning it was 0.5–0.8 ms of server time a read, fourteen reads in a
/// month's report and one per request in `serve` (2026-12-07, docs/performance.md).
struct AmountBoundProbe: PostgresPreparedStatement {
    typealias Row = (Int64, Int64, Int64)

    static let name = "thanhtraAmountBound"

    /// Each probe's table, column and key, in the order the statement numbers them (`probe`).
    static let probes: [(table: String, column: String, key: String)] = PostgresSchema.amountColumns.flatMap {
        table, columns, key in columns.map { (table, $0, key) }
    }

    /// `probe`, `id` (the row's key) and `amount` of the first probe that finds a row, or no row.
    static let sql: String = {
        let union = probes.enumerated().map { index, probe in
            let (table, column, key) = probe
            return """
                (SELECT \(index)::bigint AS probe, \(key)::bigint AS id, \(column)::bigint AS amount FROM \(table)
                WHERE \(column) > \(VND.maximum.rawValue) ORDER BY \(key) LIMIT 1)
                """
        }.joined(separator: " UNION ALL ")
        return "SELECT * FROM (\(union)) p ORDER BY probe LIMIT 1"
    }()

    func makeBindings() -> PostgresBindings { PostgresBindings() }

    func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
}
