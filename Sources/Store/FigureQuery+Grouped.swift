import Casework

/// A figure's value split by the category of the inspection each member belongs to: one statement gives the
/// period's value and every scope's (forms 01/TTr and 02/TTr count administrative and specialized inspections
/// apart), where the period and each scope read the same rows with a statement of their own.
///
/// Only figures whose members each belong to one inspection and add up qualify: restricted to some categories,
/// such a figure is the sum of its values by category, and the plain figure the sum of them all. Figures that count
/// distinct subjects (a subject inspected under two categories is one in the total and one in each scope), those
/// read from rollups and the follow-up stock keep their own statements.
extension FigureQuery {
    /// The figures read by category, with the statement that gives `(category, value)` rows.
    static let groupedByCategory: [(name: String, sql: String)] = Figure.inspectionFigures.compactMap { name in
        guard !censusFigures.contains(name), categoryRolledUp[name] == nil,
            !followUpStockFigures.keys.contains(name), let query = all[name], query.valueSQL == nil,
            let sql = byCategory(query.sql)
        else { return nil }
        return (name, sql)
    }

    /// `sql` (a figure's members, `id, value, label`) summed by the category of the inspection its one scope mark
    /// names, as rows `category, value`; `nil` when the members cannot be split so: not exactly one scope mark, or a
    /// `GROUP BY`, `DISTINCT`, `UNION` or `WITH` (members that are groups, or several selects).
    static func byCategory(_ sql: String) -> String? {
        let upper = sql.uppercased()
        guard sql.hasPrefix("SELECT "), !["GROUP BY", "DISTINCT", "UNION", "WITH ", "/*CATEGORY "].contains(where: upper.contains)
        else { return nil }
        var columns: [Substring] = []
        let unmarked = replacingMarks(" /*scope ", in: sql) { column in
            columns.append(column)
            return ""
        }
        guard columns.count == 1, let column = columns.first else { return nil }
        return """
            SELECT c.category AS category, COALESCE(SUM(m.value), 0) AS value
            FROM (SELECT \(column) AS scopeInspection, \(unmarked.dropFirst("SELECT ".count))) m
            CROSS JOIN inspection c WHERE c.id = m.scopeInspection GROUP BY c.category
            """
    }
}
