import Casework

/// The inspection census on PostgreSQL (SQLite's `FigureQuery+Census.swift`): the period's total inspections counted
/// once and split by half, mode, category, level and field, from which the census figures and every per-category,
/// per-level and per-field figure are summed.
extension PostgresFigureQuery {
    /// The prefixes of the per-category and per-level figures, and the column each groups by.
    static let groupings: [(prefix: String, column: String)] = [
        (Figure.categoryPrefix, "category"), (Figure.levelPrefix, "level"), (Figure.fieldPrefix, "field"),
    ]

    /// The members of `inspections.category.<code>` or `inspections.level.<code>`.
    static func grouped(by column: String) -> PostgresFigureQuery { total(where: "i.\(column) = :code") }

    /// The figures ``inspectionCensus`` gives.
    static let censusFigures: Set<String> = [
        Figure.carriedOver, Figure.opened, Figure.total, Figure.scheduled, Figure.unscheduled, Figure.regular,
    ]

    /// The period's total inspections counted once, grouped by half (`carried` 1 or 0), `mode`, `category`, `level`
    /// and `field`, with the count `n` (SQLite's `FigureQuery.inspectionCensus`).
    static let inspectionCensus = """
        SELECT t.carried AS carried, t.mode AS mode, t.category AS category, t.level AS level, t.field AS field,
            COUNT(*) AS n FROM (
        \(selectInProgress("1 AS carried, i.mode AS mode, i.category AS category, i.level AS level, i.field AS field", on: ":from"))
        UNION ALL
        \(selectInspections("0 AS carried, i.mode AS mode, i.category AS category, i.level AS level, i.field AS field", where: openedCondition, decisionFirst: true))
        ) t GROUP BY t.carried, t.mode, t.category, t.level, t.field
        """
}
