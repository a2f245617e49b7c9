import GRDB

/// The daily rollups' triggers through views (migration `2026-12-18-dailyRollupTriggersThroughViews`).
///
/// ``DailyRollup/triggers(on:watching:only:_:)`` writes a source row's contribution into each of its three triggers,
/// twice into the UPDATE one (`OLD`'s subtracted, `NEW`'s added): four copies per source table of SQL that SQLite
/// parses again on every connection it opens (docs/performance.md, figure 5). Through views, the contribution is
/// written once per source: as the trigger `INSTEAD OF INSERT` on an empty view with a `sign` and the source's
/// columns the contribution reads (`<table>AdjustmentOn<Source> (sign, …)`), computed from the inserted row as the
/// inline triggers compute it from `NEW` or `OLD` (the same SQL, `NEW` being the view's row, times `NEW.sign`).
/// The three triggers keep their names, events and conditions and insert the row they saw: `OLD` with `-1`, `NEW` with
/// `1`. What is added to the table is the same, in the same trigger.
///
/// A later migration that rebuilds a source table (and so drops its triggers) must recreate them with
/// ``adjusting``. The SQL is part of that migration: do not change it; change the rollup in a new migration.
extension DailyRollup {
    /// The view, its trigger and the three triggers on `source`: as ``triggers(on:watching:only:_:)``'s, applying
    /// through the view.
    func adjustingTriggers(
        on source: String, watching watched: [String], only: ((String) -> String)?,
        _ contribution: (_ row: String, _ sign: String) -> String
    ) -> [String] {
        let name = source.prefix(1).uppercased() + source.dropFirst()
        let applied = contribution("NEW", "NEW.sign * ")
        // The columns of the row the contribution reads, in the order it first reads them.
        var columns: [String] = []
        for match in applied.matches(of: /NEW\.(\w+)/) where match.1 != "sign" && !columns.contains(String(match.1)) {
            columns.append(String(match.1))
        }
        let view = "\(table)AdjustmentOn\(name)"
        let list = columns.joined(separator: ", ")
        func adjust(_ row: String, _ sign: String) -> String {
            "INSERT INTO \(view) (sign, \(list)) VALUES (\(sign), \(columns.map { "\(row).\($0)" }.joined(separator: ", ")));"
        }
        func rowTrigger(_ event: String, _ after: String, when condition: String?, _ body: String) -> String {
            """
            CREATE TRIGGER \(table)After\(event)On\(name) AFTER \(after) ON \(source)\(condition.map { " WHEN \($0)" } ?? "")
            BEGIN
            \(body)
            END;
            """
        }
        let changed = watched.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
        return [
            """
            CREATE VIEW \(view) (sign, \(list)) AS SELECT \(Array(repeating: "NULL", count: columns.count + 1)
                .joined(separator: ", ")) WHERE 0
            """,
            """
            CREATE TRIGGER \(table)AdjustOn\(name) INSTEAD OF INSERT ON \(view)
            BEGIN
            \(upsert(applied));
            END;
            """,
            rowTrigger("Insert", "INSERT", when: only?("NEW"), adjust("NEW", "1")),
            rowTrigger(
                "Update", "UPDATE OF \(watched.joined(separator: ", "))",
                when: only.map { "(\(changed)) AND (\($0("OLD")) OR \($0("NEW")))" } ?? changed,
                adjust("OLD", "-1") + "\n" + adjust("NEW", "1")),
            rowTrigger("Delete", "DELETE", when: only?("OLD"), adjust("OLD", "-1")),
        ]
    }
}

extension SQLiteStore {
    /// The rollups ``DailyRollup`` writes, each with its triggers for a given rollup value.
    private static var dailyRollups: [(rollup: DailyRollup, triggers: (DailyRollup) -> [String])] {
        [
            (PenaltyFlow.rollup, PenaltyFlow.triggers),
            (InspectionRollup.rollup, InspectionRollup.triggers),
            (PenaltyViolators.fines, PenaltyViolators.triggers),
            (PenaltyViolators.violators, PenaltyViolators.triggers),
            (InspectionCategoryRollup.rollup, InspectionCategoryRollup.triggers),
        ]
    }

    /// Migration `2026-12-18-dailyRollupTriggersThroughViews`: the triggers of the five ``DailyRollup`` tables
    /// (`penaltyDailyFlow`, `inspectionDailyChange`, `penaltyDailyFineByKind`, `penaltyViolatorDay`,
    /// `inspectionCategoryChange`) replaced by ones of the same names that apply through views
    /// (``DailyRollup/adjustingTriggers(on:watching:only:_:)``); the tables' rows stay as they are.
    static func dailyRollupTriggersThroughViews(_ db: Database) throws {
        for (rollup, triggers) in dailyRollups {
            for statement in triggers(rollup) {
                guard let name = statement.wholeMatch(of: /(?s)CREATE TRIGGER (\w+) .*/)?.1 else { continue }
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)")
            }
            for statement in triggers(rollup.adjusting) { try db.execute(sql: statement) }
        }
    }
}
