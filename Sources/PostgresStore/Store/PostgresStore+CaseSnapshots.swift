public import Casework
import PostgresNIO

/// Casework's ``CaseSnapshotReader`` port (`rules diff`): the selected cases of an ID range, read whole and reduced to
/// their snapshots (``CaseSnapshot/init(_:)``), one query per part table for the range.
///
/// Simpler than SQLite's column-by-column merge, and slower on millions of cases; and since the store has one
/// connection, sessions on several threads take turns rather than read side by side (a pool would let them; not
/// done yet, docs/postgres.md).
extension PostgresStore: CaseSnapshotReader {
    /// The number of selected cases and the span of their IDs.
    ///
    /// - Throws: ``StoreError``.
    public func caseSnapshotExtent(_ selection: CaseSelection) throws -> CaseSnapshotExtent {
        var statement = PGStatement("SELECT COUNT(*) AS n, MIN(id) AS first, MAX(id) AS last FROM penaltyCase WHERE ")
        Self.appendConditions(selection, to: &statement)
        return try read { session in
            guard let row = try session.row(statement.query), try row.int64("n") > 0,
                let first = try row.optionalInt64("first"), let last = try row.optionalInt64("last")
            else { return CaseSnapshotExtent(count: 0, ids: nil) }
            return CaseSnapshotExtent(count: try row.int("n"), ids: first...last)
        }
    }

    /// Runs `body` in one read transaction; `body` reads the selected cases of any ID range, in ID order.
    ///
    /// - Throws: ``StoreError``; what `body` throws, unchanged.
    public func readCaseSnapshots<T>(
        _ body: (_ read: (_ selection: CaseSelection, _ ids: Range<Int64>) throws -> [CaseSnapshot]) throws -> T
    ) throws -> T {
        try read { session in
            try body { selection, ids in
                var statement = PGStatement("SELECT id FROM penaltyCase WHERE id >= ")
                statement.append(statement.bind(ids.lowerBound) + " AND id < " + statement.bind(ids.upperBound) + " AND ")
                Self.appendConditions(selection, to: &statement)
                statement.append(" ORDER BY id")
                let selected = try session.rows(statement.query).map { try $0.int64("id") }
                return try Self.penaltyCases(ids: selected, session).map(CaseSnapshot.init)
            }
        }
    }

    /// The selection's conditions on `penaltyCase`: the states, the half-open window of record dates.
    private static func appendConditions(_ selection: CaseSelection, to statement: inout PGStatement) {
        statement.append("state = ANY(" + statement.bind(selection.states.map(\.rawValue).sorted()) + ")")
        if let from = selection.recordFrom { statement.append(" AND recordMadeOn >= " + statement.bind(from)) }
        if let before = selection.recordBefore { statement.append(" AND recordMadeOn < " + statement.bind(before)) }
    }
}
