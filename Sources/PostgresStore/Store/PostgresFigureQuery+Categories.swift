import Casework

/// Figures of some categories of inspection only (forms 01/TTr and 02/TTr each count their own), as SQLite's
/// `FigureQuery+Categories.swift`: the scope marks a figure's SQL carries, the SQL with them turned into conditions on
/// `:categories` (a text array), and the inspection counts read from the rollup by category.
extension PostgresFigureQuery {
    /// Where a query on inspections, findings, recommendations or follow-ups can be restricted to some categories of
    /// inspection: a comment naming the column that holds the inspection's ID, which ``restricted(_:)`` replaces by
    /// a condition and PostgreSQL otherwise ignores (SQLite's `FigureQuery.scope`).
    static func scope(_ inspectionID: String) -> String { " /*scope \(inspectionID)*/" }

    /// Where a query on a rollup by category (`followUpStockChange`) can be restricted to some categories: a comment
    /// naming the column that holds the category (SQLite's `FigureQuery.categoryScope`).
    static func categoryScope(_ category: String) -> String { " /*category \(category)*/" }

    /// `sql` with every ``scope(_:)`` mark replaced by a condition on the inspection's category (`:categories`), and
    /// every ``categoryScope(_:)`` mark by one on the category column.
    ///
    /// A mark on `i.id` (every query that joins the inspection as `i`) becomes a condition on `i.category` itself;
    /// any other column, one inspection looked up by its key for each row the query keeps (the follow-ups of the
    /// period: a few hundred). Both count the same records as the semi-join `IN (SELECT … FROM inspection …)` they
    /// replace, which PostgreSQL ran by hashing every inspection of the categories once per figure, and planned as
    /// one more relation in each of a scope's forty figures (2026-12-07, docs/performance.md).
    static func restricted(_ sql: String) -> String {
        let byInspection = replacingMarks(" /*scope ", in: sql) { column in
            column == "i.id"
                ? " AND i.category = ANY(:categories)"
                : " AND (SELECT s.category FROM inspection s WHERE s.id = \(column)) = ANY(:categories)"
        }
        return replacingMarks(" /*category ", in: byInspection) { column in " AND \(column) = ANY(:categories)" }
    }

    /// The figures a scope reads from `inspectionCategoryChange`, each with the modes it counts (SQLite's
    /// `FigureQuery.categoryRolledUp`).
    static let categoryRolledUp: [String: [String]] = [
        Figure.carriedOver: PostgresSchema.inspectionModes, Figure.ongoing: PostgresSchema.inspectionModes,
        Figure.opened: PostgresSchema.inspectionModes, Figure.total: PostgresSchema.inspectionModes,
        Figure.scheduled: ["scheduled"], Figure.unscheduled: ["unscheduled"], Figure.regular: ["regular"],
    ]

    /// The value of `name` counting only inspections of `:categories`, when `inspectionCategoryChange` gives it
    /// (``PostgresSchema/inspectionCategoryChange``, migration `2026-12-12-createInspectionCategoryRollup`): equal to
    /// the sum over its restricted members, read from a range of the rollup's primary key per category, as SQLite's
    /// `FigureQuery.categoryValueSQL` reads it. `nil` for the other figures; no category counts nothing.
    static func categoryValueSQL(_ name: String) -> String? {
        guard let modes = categoryRolledUp[name] else { return nil }
        let entered = "(" + modes.map { "\($0)Decided" }.joined(separator: " + ") + ")"
        let left = "(" + modes.map { "\($0)Left" }.joined(separator: " + ") + ")"
        let (sum, days) =
            switch name {
            case Figure.carriedOver: ("SUM(\(entered) - \(left))", "changedOn < :from")
            case Figure.ongoing: ("SUM(\(entered) - \(left))", "changedOn < :before")
            case Figure.opened: ("SUM(\(entered))", "changedOn >= :from AND changedOn < :before")
            default: ("SUM(\(entered)) - SUM(CASE WHEN changedOn < :from THEN \(left) ELSE 0 END)", "changedOn < :before")
            }
        return "SELECT COALESCE(\(sum), 0)::bigint FROM inspectionCategoryChange WHERE category = ANY(:categories) AND \(days)"
    }
}
