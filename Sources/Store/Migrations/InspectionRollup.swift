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

    /// The table and the SQL it shares with the penalty flow.
    static let rollup = DailyRollup(table: "inspectionDailyChange", day: "changedOn", columns: columns)

    /// One row of change (see ``DailyRollup/select(_:_:sign:_:)``).
    private static func select(_ day: String, _ values: [String: String], sign: String, _ from: String) -> String {
        rollup.select(day, values, sign: sign, from)
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

    /// Adds the rows of `select` (the day, then ``columns``) to `inspectionDailyChange`, in one statement.
    static func upsert(_ select: String) -> String { rollup.upsert(select) }

    /// Every decided inspection's changes, summed by day (only days where one is not zero): the backfill.
    static var totals: String {
        rollup.totals(changes("i", "d", sign: "", "FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id WHERE 1"))
    }

    /// The six triggers: after INSERT, UPDATE (of a column the rollup reads, when it changes) and DELETE on
    /// `inspection` and `inspectionDecision`. Each is one UPSERT; an UPDATE subtracts the old row's changes and adds
    /// the new one's in that one statement.
    static func triggers(_ rollup: DailyRollup) -> [String] {
        let inspectionColumns = [
            "id", "mode", "announcedOn", "onsiteEndedOn", "concludedOn", "onsiteDueOn", "conclusionDueOn",
        ]
        return rollup.triggers(on: "inspection", watching: inspectionColumns) { inspectionChanges($0, sign: $1) }
            + rollup.triggers(on: "inspectionDecision", watching: ["inspectionId", "decidedOn"]) {
                decisionChanges($0, sign: $1)
            }
    }
}
