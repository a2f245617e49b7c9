import Casework

/// The SQL behind every period figure, written once: each figure is the list of its members (`id, value, label`),
/// and its value is `SUM(value)` over that list, so a figure and its drill-down cannot disagree.
///
/// The three figures "as of the period's end" (`penalty.outstanding_vnd`, `overdue.decisions`, `overdue.payments`)
/// would read every decision or case before the period's end; ``SQLiteStore/figures(for:)`` reads their values
/// instead from the daily rollup `penaltyDailyChange` (``valueSQL``), which the triggers of migration
/// `2026-11-30-createPenaltyDailyChange` keep equal to the sum over these member lists as of every day. The nine
/// penalty flow figures (cases opened, decisions and their splits, warnings, fines imposed, remedial amounts, fines
/// and surcharges collected) read theirs from `penaltyDailyFlow` (migration `2026-12-01-createPenaltyDailyFlow`),
/// summed over the period's days. The inspection counts `inspections.total`, `.carried_over`, `.opened`, `.scheduled`,
/// `.unscheduled`, `.regular` and the as-of `overdue.onsite` and `overdue.conclusions` read theirs from
/// `inspectionDailyChange` (migration `2026-12-02-createInspectionDailyChange`): ``SQLiteStore/figures(for:named:)``
/// (a report's history) uses them; ``SQLiteStore/figures(for:)`` still counts the first six in the census, which
/// splits the total by category and level too.
/// The fines and violators by violator kind read theirs from `penaltyDailyFineByKind` and `penaltyViolatorDay`
/// (migration `2026-12-11-createPenaltyViolatorRollups`); the follow-up stock from `followUpStockChange` and
/// `conclusionImplemented` (``followUpStock``), and a scope's inspection counts from `inspectionCategoryChange`
/// (``categoryValueSQL(_:categories:)``; migrations of 2026-12-12).
///
/// Queries take three named arguments: `:from` (first day in the period), `:before` (first day after it) and
/// `:through` (its last day, `before − 1`); the per-category and per-level lists take `:code` too. Dates are
/// compared as `YYYY-MM-DD` text with `>=` and `<`, which the date indexes serve; money and land are INTEGER sums.
///
/// Rules shared by all figures:
/// - An inspection counts only once it has a decision (a row in `inspectionDecision`); a plan entry not yet
///   started is in no figure.
/// - Findings and recommendations count with their inspection's conclusion date; follow-ups with their own date.
/// - A cancelled penalty case (`cancelledOn` set) is in no figure, whenever it was cancelled.
/// - Money and land figures list only members with a non-zero amount; counts list every member with value 1
///   (`penalty.warnings`: one member per case, valued at its number of warning lines).
struct FigureQuery: Sendable {
    /// What the members are.
    var kind: FigureMembers.Kind
    /// Selects the members as columns `id`, `value`, `label` (possibly with others).
    var sql: String
    /// Selects the figure's value, when it is read from a rollup instead of summing `sql`'s members; it always
    /// equals `SUM(value)` over `sql` (`PenaltyRollupTests`, `PenaltyFlowTests`, `PenaltyViolatorTests` and
    /// `InspectionRollupTests` check it on random histories).
    var valueSQL: String? = nil
    /// For members that are one per distinct key, each valued 1 (the distinct subjects), their number read without
    /// listing them: `SELECT COUNT(DISTINCT key)` over the same rows as ``sql`` (its `FROM` and `WHERE`, with the same
    /// scope and body marks, so a scope or a body restricts both alike), without the joins that only label a member.
    /// `GROUP BY key` of a `NOT NULL` key makes one member per distinct key, so the two agree
    /// (`ReportFigureConformanceTests`, `ScopedReportFigureTests` and `BodyConformanceTests` compare every figure with
    /// its members).
    var countSQL: String? = nil

    /// What selects the figure's value: ``valueSQL``, else ``total(_:)`` of the members as they are.
    var totalSQL: String { valueSQL ?? total { $0 } }

    /// The sum over the members, each query first passed through `restrict` (``ofBody(_:)``, ``restricted(_:to:)``):
    /// ``countSQL`` when there is one, else `SUM(value)` over ``sql``.
    func total(_ restrict: (String) -> String) -> String {
        countSQL.map(restrict) ?? "SELECT COALESCE(SUM(m.value), 0) FROM (\(restrict(sql))) m"
    }
}
