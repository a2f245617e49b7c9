import GRDB

/// The inspection counts of a scope (some categories of inspection: forms 01/TTr and 02/TTr each count their own),
/// from `inspectionCategoryChange`: per day, category and mode, how many decided inspections *enter* the
/// period totals (`<mode>Decided`, on `d.decidedOn`) and *leave* them (`<mode>Left`, on `max(d.decidedOn,
/// i.concludedOn)` when concluded) — the first two changes of ``InspectionRollup``, split by `i.category`. So, over
/// the rows of the scope's categories, as for the whole rollup (``SQLiteStore/createInspectionDailyChange(_:)``):
///
/// - `inspections.carried_over` = `SUM(Decided − Left) WHERE changedOn < :from`, `inspections.ongoing` the same
///   before `:before`;
/// - `inspections.total` = `SUM(Decided) WHERE changedOn < :before` − `SUM(Left) WHERE changedOn < :from`, and
///   `.scheduled`, `.unscheduled`, `.regular` the same over their mode's columns;
/// - `inspections.opened` = `SUM(Decided) WHERE :from <= changedOn < :before`.
///
/// Each reads a range of the primary key `(category, changedOn)` per category, a few thousand rows, instead of the
/// scope's inspections concluded since the period (or still open), which grow with the years after it.
///
/// TRIGGERs keep it in the statement that changes an inspection (id, mode, category, conclusion) or its decision
/// (inspection, date), as ``DailyRollup`` writes them. The SQL of the table and its triggers is part of the migration
/// `2026-12-12-createInspectionCategoryRollup`: do not change it; change the rollup in a new migration.
enum InspectionCategoryRollup {
    /// The columns after the day and the category: `<mode>Decided`, `<mode>Left` for each mode.
    static let columns = InspectionRollup.modes.flatMap { ["\($0)Decided", "\($0)Left"] }

    /// The table.
    static let rollup = DailyRollup(
        table: "inspectionCategoryChange", day: "changedOn", columns: columns, keys: [("category", "TEXT")],
        primaryKey: ["category", "changedOn"])

    /// `1` in the `<mode><suffix>` column of `i`'s mode, with `i`'s category, as values.
    private static func byMode(_ i: String, _ suffix: String) -> [String: String] {
        var values = Dictionary(uniqueKeysWithValues: InspectionRollup.modes.map { ("\($0)\(suffix)", "\(i).mode = '\($0)'") })
        values["category"] = "\(i).category"
        return values
    }

    /// `sign` × the changes of inspection `i` with its decision `d` (each `NEW`, `OLD` or an alias), as rows of a
    /// UNION ALL; `from` binds what is not a trigger row (`FROM … WHERE …`).
    static func changes(_ i: String, _ d: String, sign: String, _ from: String) -> String {
        """
        \(rollup.select("\(d).decidedOn", byMode(i, "Decided"), sign: sign, from))
        UNION ALL
        \(rollup.select("max(\(d).decidedOn, \(i).concludedOn)", byMode(i, "Left"), sign: sign, "\(from) AND \(i).concludedOn IS NOT NULL"))
        """
    }

    /// Every decided inspection's changes, summed by category and day: the backfill.
    static var totals: String {
        rollup.totals(changes("i", "d", sign: "", "FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id WHERE 1"))
    }

    /// The six triggers: after INSERT, UPDATE (of a column the rollup reads, when it changes) and DELETE on
    /// `inspection` and `inspectionDecision`.
    static func triggers(_ rollup: DailyRollup) -> [String] {
        rollup.triggers(on: "inspection", watching: ["id", "mode", "category", "concludedOn"]) { i, sign in
            changes(i, "d", sign: sign, "FROM inspectionDecision d WHERE d.inspectionId = \(i).id")
        }
            + rollup.triggers(on: "inspectionDecision", watching: ["inspectionId", "decidedOn"]) { d, sign in
                changes("i", d, sign: sign, "FROM inspection i WHERE i.id = \(d).inspectionId")
            }
    }
}

extension SQLiteStore {
    /// Migration `2026-12-12-createInspectionCategoryRollup`: the table and its triggers, filled from every decided
    /// inspection (``InspectionCategoryRollup``).
    static func createInspectionCategoryRollup(_ db: Database) throws {
        try InspectionCategoryRollup.rollup.create(
            db, triggers: InspectionCategoryRollup.triggers(InspectionCategoryRollup.rollup), totals: InspectionCategoryRollup.totals)
    }
}
