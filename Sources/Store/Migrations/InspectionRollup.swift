/// The SQL of the inspection rollup (see ``SQLiteStore/createInspectionDailyChange(_:)``).
///
/// An inspection counts only with its decision: a row of `inspection` `i` and the row of `inspectionDecision` `d`
/// that refers to it together make its *changes*, a handful of rows (a day, then ``columns``); an inspection without
/// a decision, or a decision without its inspection, makes none. With `x` a day and dates compared as text (which is
/// the date order for valid `YYYY-MM-DD`):
///
/// - `d.decidedOn`: +1 to `<mode>Decided` (the inspection enters the period totals);
/// - `max(d.decidedOn, i.concludedOn)`, when concluded: +1 to `<mode>Left` (it leaves them);
/// - `onsiteStart = max(i.onsiteDueOn + 1 day, i.announcedOn)`, when both are set and it is before
///   `i.onsiteEndedOn` (or that is not set): +1 to `overdueOnsite`, and −1 on `i.onsiteEndedOn` when set;
/// - `conclusionStart = max(i.conclusionDueOn + 1 day, d.decidedOn)`, when set and before `i.concludedOn` (or that
///   is not set): +1 to `overdueConclusions`, and −1 on `i.concludedOn` when set.
enum InspectionRollup {
    /// The modes, each with its own pair of columns.
    static let modes = ["scheduled", "unscheduled", "regular"]

    /// The columns of `inspectionDailyChange`, in order, after the day.
    static let columns = modes.flatMap { ["\($0)Decided", "\($0)Left"] } + ["overdueOnsite", "overdueConclusions"]

    /// The sum of `<mode><suffix>` over the modes, as SQL (`suffix` is `Decided` or `Left`).
    static func allModes(_ suffix: String) -> String {
        modes.map { "\($0)\(suffix)" }.joined(separator: " + ")
    }

    /// Selects one row of change (the day, then ``columns``) from `values`, which are SQL by column name; missing
    /// columns are 0. `from` is the rest of the SELECT, ending with a `WHERE`.
    private static func select(_ day: String, _ values: [String: String], sign: String, _ from: String) -> String {
        let list = columns.map { column in "\(values[column].map { "\(sign)(\($0))" } ?? "0") AS \(column)" }
        return "SELECT \(day) AS changedOn, \(list.joined(separator: ", ")) \(from)"
    }

    /// `1` in the `<mode><suffix>` column of `i`'s mode, as values.
    private static func byMode(_ i: String, _ suffix: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: modes.map { ("\($0)\(suffix)", "\(i).mode = '\($0)'") })
    }

    /// `sign` × the changes of inspection `i` with its decision `d` (each `NEW`, `OLD` or an alias), as rows of a
    /// UNION ALL; `from` binds what is not a trigger row (`FROM … WHERE …`, with the condition that they belong
    /// together).
    static func changes(_ i: String, _ d: String, sign: String, _ from: String) -> String {
        let onsiteStart = "max(date(\(i).onsiteDueOn, '+1 day'), \(i).announcedOn)"
        let conclusionStart = "max(date(\(i).conclusionDueOn, '+1 day'), \(d).decidedOn)"
        let rows = [
            select("\(d).decidedOn", byMode(i, "Decided"), sign: sign, from),
            select(
                "max(\(d).decidedOn, \(i).concludedOn)", byMode(i, "Left"), sign: sign,
                "\(from) AND \(i).concludedOn IS NOT NULL"),
            select(
                onsiteStart, ["overdueOnsite": "1"], sign: sign,
                "\(from) AND \(onsiteStart) IS NOT NULL AND (\(i).onsiteEndedOn IS NULL OR \(onsiteStart) < \(i).onsiteEndedOn)"),
            select(
                "\(i).onsiteEndedOn", ["overdueOnsite": "-1"], sign: sign,
                "\(from) AND \(onsiteStart) < \(i).onsiteEndedOn"),
            select(
                conclusionStart, ["overdueConclusions": "1"], sign: sign,
                "\(from) AND \(conclusionStart) IS NOT NULL AND (\(i).concludedOn IS NULL OR \(conclusionStart) < \(i).concludedOn)"),
            select(
                "\(i).concludedOn", ["overdueConclusions": "-1"], sign: sign,
                "\(from) AND \(conclusionStart) < \(i).concludedOn"),
        ]
        return rows.joined(separator: "\nUNION ALL\n")
    }

    /// `sign` × the changes of inspection row `i` (`NEW` or `OLD`) with its decision as it is now.
    private static func inspectionChanges(_ i: String, sign: String) -> String {
        changes(i, "d", sign: sign, "FROM inspectionDecision d WHERE d.inspectionId = \(i).id")
    }

    /// `sign` × the changes of decision row `d` (`NEW` or `OLD`) with its inspection as it is now.
    private static func decisionChanges(_ d: String, sign: String) -> String {
        changes("i", d, sign: sign, "FROM inspection i WHERE i.id = \(d).inspectionId")
    }

    /// Adds the rows of `select` (the day, then ``columns``; its last SELECT ends with a `WHERE`, which SQLite needs
    /// before `ON CONFLICT`) to `inspectionDailyChange`, in one statement.
    static func upsert(_ select: String) -> String {
        """
        INSERT INTO inspectionDailyChange (changedOn, \(columns.joined(separator: ", ")))
        \(select)
        ON CONFLICT (changedOn) DO UPDATE SET
            \(columns.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ",\n    "))
        """
    }

    /// Every decided inspection's changes, summed by day (only days where one is not zero): the backfill.
    static var totals: String {
        let sums = columns.map { "SUM(\($0)) AS \($0)" }.joined(separator: ", ")
        let nonZero = columns.map { "SUM(\($0)) <> 0" }.joined(separator: " OR ")
        return """
            SELECT changedOn, \(sums) FROM (
            \(changes("i", "d", sign: "", "FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id WHERE 1"))
            )
            GROUP BY changedOn
            HAVING \(nonZero)
            """
    }

    /// One trigger: after `event` on `table`, when `condition` holds, add the rows of `select`.
    private static func trigger(
        _ name: String, after event: String, on table: String, when condition: String? = nil, _ select: String
    ) -> String {
        """
        CREATE TRIGGER inspectionDailyChangeAfter\(name) AFTER \(event) ON \(table)\
        \(condition.map { " WHEN \($0)" } ?? "")
        BEGIN
        \(upsert(select));
        END;
        """
    }

    /// `OLD.x IS NOT NEW.x OR …` over `columns`.
    private static func changed(_ columns: [String]) -> String {
        columns.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
    }

    /// The six triggers: after INSERT, UPDATE (of a column the rollup reads, when it changes) and DELETE on
    /// `inspection` and `inspectionDecision`. Each is one UPSERT; an UPDATE subtracts the old row's changes and adds
    /// the new one's in that one statement.
    static var triggers: [String] {
        let inspectionColumns = [
            "id", "mode", "announcedOn", "onsiteEndedOn", "concludedOn", "onsiteDueOn", "conclusionDueOn",
        ]
        let decisionColumns = ["inspectionId", "decidedOn"]
        func update(_ columns: [String]) -> String { "UPDATE OF \(columns.joined(separator: ", "))" }
        return [
            trigger("InsertOnInspection", after: "INSERT", on: "inspection", inspectionChanges("NEW", sign: "")),
            trigger(
                "UpdateOnInspection", after: update(inspectionColumns), on: "inspection",
                when: changed(inspectionColumns),
                "\(inspectionChanges("OLD", sign: "-"))\nUNION ALL\n\(inspectionChanges("NEW", sign: ""))"),
            trigger("DeleteOnInspection", after: "DELETE", on: "inspection", inspectionChanges("OLD", sign: "-")),
            trigger(
                "InsertOnInspectionDecision", after: "INSERT", on: "inspectionDecision",
                decisionChanges("NEW", sign: "")),
            trigger(
                "UpdateOnInspectionDecision", after: update(decisionColumns), on: "inspectionDecision",
                when: changed(decisionColumns),
                "\(decisionChanges("OLD", sign: "-"))\nUNION ALL\n\(decisionChanges("NEW", sign: ""))"),
            trigger(
                "DeleteOnInspectionDecision", after: "DELETE", on: "inspectionDecision",
                decisionChanges("OLD", sign: "-")),
        ]
    }
}
