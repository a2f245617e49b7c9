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
    /// Every probe runs in one statement (one round trip for a report's check instead of one per column), prepared
    /// once per connection (``AmountBoundProbe``).
    ///
    /// - Throws: ``StoreError`` `.corrupt`, with SQLite's words.
    static func requireAmountsWithinBound(_ session: PGSession) throws {
        guard let (probe, id, amount) = try firstAmountAboveBound(session) else { return }
        let (table, column, key) = AmountBoundProbe.probes[probe]
        throw StoreError(
            .corrupt,
            "\(record(named: key)) #\(id) holds \(amount) in \(table).\(column), "
                + "outside 0 … \(VND.maximum.formatted()) (10^15 đồng), the bound of every amount; totals cannot "
                + "be computed",
            hint: "the database was changed outside thanhtra; correct that row or restore it from a backup, "
                + "then run `thanhtra journal verify`")
    }

    /// The first probe that finds a row (its index in ``AmountBoundProbe/probes``), with the row's key and amount, or
    /// `nil` when every amount is within the bound.
    ///
    /// PostgresNIO's prepared statements are `async` only, while the store's calls block: the statement runs as a
    /// task on the session's ``PGCopyExecutor`` (as a COPY does) and this thread waits for it.
    private static func firstAmountAboveBound(_ session: PGSession) throws -> (Int, Int64, Int64)? {
        try session.requireOpen()
        let connection = session.connection
        let logger = session.logger
        let found = FoundRow()
        try session.copyExecutor.wait {
            for try await row in try await connection.execute(AmountBoundProbe(), logger: logger) {
                found.row = row
            }
        }
        guard let (probe, id, amount) = found.row else { return nil }
        return (Int(probe), id, amount)
    }

    /// The row the probe found, handed from the task to the thread that waited for it.
    ///
    /// `@unchecked Sendable`: written by the task before it ends, read by the waiter after.
    private final class FoundRow: @unchecked Sendable {
        var row: (Int64, Int64, Int64)?
    }
}
