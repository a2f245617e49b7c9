import GRDB

/// A table of daily sums that triggers keep in the same transaction as each change: one row a day (the day column,
/// then ``columns``), where a change adds what it contributes to the day it is dated and subtracts what the row
/// contributed before. ``PenaltyFlow`` (`penaltyDailyFlow`) and ``InspectionRollup`` (`inspectionDailyChange`) are
/// its first uses; each says what a row contributes, and this type writes the SQL they share. With ``keys`` a row is
/// a day *and* a key (``PenaltyViolators``' `penaltyViolatorDay`: a day, a violator kind and a subject).
struct DailyRollup {
    /// The table of sums.
    let table: String
    /// Its day column.
    let day: String
    /// Its figure columns, in order, after the day.
    let columns: [String]
    /// The key columns besides the day (name and SQL type), after the day and before ``columns``; their values are
    /// given to ``select(_:_:sign:_:)`` by name like the figures', without the sign. None: one row a day.
    var keys: [(name: String, type: String)] = []
    /// The primary key's columns in order, when ``keys`` are given (the day and every key, in the order the figure
    /// queries read them).
    var primaryKey: [String] = []

    /// Whether ``triggers(on:watching:only:_:)`` applies contributions through views (``adjusting``) rather than
    /// carrying them inline.
    var throughViews = false

    /// The day and the key columns, in order.
    private var keyColumns: [String] { [day] + keys.map(\.name) }

    /// This rollup with ``triggers(on:watching:only:_:)`` writing each source's contribution once, in a view's
    /// trigger (``adjustingTriggers(on:watching:only:_:)``).
    var adjusting: DailyRollup {
        var copy = self
        copy.throughViews = true
        return copy
    }

    /// Creates the table and its `triggers`, then fills it from `totals` (see ``totals(_:)``).
    func create(_ db: Database, triggers: [String], totals: String) throws {
        let list = columns.map { "\($0) INTEGER NOT NULL" }.joined(separator: ",\n    ")
        if keys.isEmpty {
            try db.execute(
                sql: """
                    CREATE TABLE \(table) (
                        \(day) TEXT PRIMARY KEY NOT NULL,
                        \(list)
                    ) WITHOUT ROWID;
                    """)
        } else {
            let keyList = keys.map { "\($0.name) \($0.type) NOT NULL,\n    " }.joined()
            try db.execute(
                sql: """
                    CREATE TABLE \(table) (
                        \(day) TEXT NOT NULL,
                        \(keyList)\(list),
                        PRIMARY KEY (\(primaryKey.joined(separator: ", ")))
                    ) WITHOUT ROWID;
                    """)
        }
        for trigger in triggers { try db.execute(sql: trigger) }
        try rebuild(db, totals: totals)
    }

    /// Recomputes the table from scratch: every row replaced by `totals`, in one statement.
    func rebuild(_ db: Database, totals: String) throws {
        try db.execute(sql: "DELETE FROM \(table)")
        try db.execute(sql: "INSERT INTO \(table) (\((keyColumns + columns).joined(separator: ", ")))\n\(totals)")
    }

    /// Selects one row (the day, then ``columns``) from `values`, which are SQL by column name; missing columns are
    /// 0, and each value is multiplied by `sign` (`""` or `"-"`); the ``keys``' values are taken as they are. `from`
    /// is the rest of the SELECT (`FROM … WHERE …`).
    func select(_ day: String, _ values: [String: String], sign: String, _ from: String) -> String {
        let keyList = keys.map { key in "\(values[key.name] ?? "NULL") AS \(key.name), " }.joined()
        let list = columns.map { column in "\(values[column].map { "\(sign)(\($0))" } ?? "0") AS \(column)" }
        return "SELECT \(day) AS \(self.day), \(keyList)\(list.joined(separator: ", ")) \(from)"
    }

    /// Adds the rows of `select` (the day, then ``columns``) to the table, in one statement. (`select` ends with a
    /// `WHERE`: SQLite needs one before `ON CONFLICT` to tell it from a join's `ON`.)
    func upsert(_ select: String) -> String {
        """
        INSERT INTO \(table) (\((keyColumns + columns).joined(separator: ", ")))
        \(select)
        ON CONFLICT (\(keyColumns.joined(separator: ", "))) DO UPDATE SET
            \(columns.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ",\n    "))
        """
    }

    /// The rows of `union` (a UNION ALL of ``select(_:_:sign:_:)``s over every stored row) summed by day, keeping
    /// only the days (and keys) where one sum is not zero: the backfill, and what the table must always equal. With
    /// ``keys`` the groups come in primary key order, so the backfill appends to the table's B-tree.
    func totals(_ union: String) -> String {
        let sums = columns.map { "SUM(\($0)) AS \($0)" }.joined(separator: ", ")
        let nonZero = columns.map { "SUM(\($0)) <> 0" }.joined(separator: " OR ")
        return """
            SELECT \(keyColumns.joined(separator: ", ")), \(sums) FROM (
            \(union)
            )
            GROUP BY \((keys.isEmpty ? keyColumns : primaryKey).joined(separator: ", "))
            HAVING \(nonZero)
            """
    }

    /// The three triggers that keep the table right for rows of `source`: after INSERT (add what `NEW` contributes),
    /// UPDATE of `watched` when one of them changes (subtract what `OLD` contributed, add what `NEW` does, in one
    /// statement) and DELETE (subtract what `OLD` contributed). `contribution(row, sign)` is the UNION ALL of what
    /// row `row` (`NEW` or `OLD`) contributes, times `sign`. `only(row)`, when given, is a condition on the row
    /// without which it contributes nothing (so the trigger does not run at all).
    func triggers(
        on source: String, watching watched: [String], only: ((String) -> String)? = nil,
        _ contribution: (_ row: String, _ sign: String) -> String
    ) -> [String] {
        if throughViews { return adjustingTriggers(on: source, watching: watched, only: only, contribution) }
        let name = source.prefix(1).uppercased() + source.dropFirst()
        let changed = watched.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
        return [
            trigger("InsertOn\(name)", after: "INSERT", on: source, when: only?("NEW"), contribution("NEW", "")),
            trigger(
                "UpdateOn\(name)", after: "UPDATE OF \(watched.joined(separator: ", "))", on: source,
                when: only.map { "(\(changed)) AND (\($0("OLD")) OR \($0("NEW")))" } ?? changed,
                "\(contribution("OLD", "-"))\nUNION ALL\n\(contribution("NEW", ""))"),
            trigger("DeleteOn\(name)", after: "DELETE", on: source, when: only?("OLD"), contribution("OLD", "-")),
        ]
    }

    /// One trigger: after `event` on `source`, when `condition` holds, add the rows of `select`.
    private func trigger(_ name: String, after event: String, on source: String, when condition: String?, _ select: String)
        -> String
    {
        """
        CREATE TRIGGER \(table)After\(name) AFTER \(event) ON \(source)\(condition.map { " WHEN \($0)" } ?? "")
        BEGIN
        \(upsert(select));
        END;
        """
    }
}
