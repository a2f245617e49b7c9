import Casework

/// The inspection census: the period's total inspections counted once and split by half, mode, category and level,
/// from which the census figures and every per-category and per-level figure are summed.
extension FigureQuery {
    /// The prefixes of the per-category, per-level and per-field figures, and the column each groups by (an empty
    /// field, an inspection recorded without one, gives no figure).
    static let groupings: [(prefix: String, column: String)] = [
        (Figure.categoryPrefix, "category"), (Figure.levelPrefix, "level"), (Figure.fieldPrefix, "field"),
    ]

    /// The members of `inspections.category.<code>` or `inspections.level.<code>`: the period's total inspections
    /// whose `column` is `:code`.
    static func grouped(by column: String) -> FigureQuery {
        total(where: "+i.\(column) = :code")
    }

    /// The figures ``inspectionCensus`` gives: the period's total inspections, the carried-over and opened halves, and
    /// the split by mode (and, through ``groupings``, by category and level).
    static let censusFigures: Set<String> = [
        Figure.carriedOver, Figure.opened, Figure.total, Figure.scheduled, Figure.unscheduled, Figure.regular,
    ]

    /// The period's total inspections counted once, in one pass over both halves, grouped by half (`carried` 1 for
    /// carried over, 0 for opened), `mode`, `category`, `level` and `field`, with the count `n`: every figure of
    /// ``censusFigures`` and every per-category, per-level and per-field figure is a sum of these rows, where they
    /// were one scan each.
    static let inspectionCensus = """
        SELECT t.carried AS carried, t.mode AS mode, t.category AS category, t.level AS level, t.field AS field,
            COUNT(*) AS n FROM (
        \(selectInProgress("1 AS carried, i.mode AS mode, i.category AS category, i.level AS level, i.field AS field", on: ":from"))
        UNION ALL
        \(selectInspections("0 AS carried, i.mode AS mode, i.category AS category, i.level AS level, i.field AS field", where: openedCondition, decisionFirst: true))
        ) t GROUP BY t.carried, t.mode, t.category, t.level, t.field
        """
}
