/// Figures of some categories of inspection only (forms 01/TTr and 02/TTr each count their own): the scope mark a
/// figure's SQL carries, and the SQL with it turned into a condition.
extension FigureQuery {
    /// Where a query on inspections, findings, recommendations or follow-ups can be restricted to some categories
    /// of inspection (``SQLiteStore/figures(for:categories:)``): a comment naming the column that holds the
    /// inspection's ID, which ``restricted(_:to:)`` replaces by a condition and which SQLite otherwise ignores.
    static func scope(_ inspectionID: String) -> String { " /*scope \(inspectionID)*/" }

    /// `sql` with every ``scope(_:)`` mark replaced by `AND (the category of the inspection <id>) IN (categories)`,
    /// and the named arguments `:category0`, `:category1`, … it needs; with no category, nothing counts (`AND 0`).
    /// The category is looked up by the inspection's primary key for each row the query reads (an `<id> IN (SELECT
    /// … WHERE category IN …)` made SQLite list every inspection of the categories first, at each query).
    static func restricted(_ sql: String, to categories: [String]) -> (sql: String, arguments: [String: String]) {
        let names = categories.indices.map { ":category\($0)" }
        let pieces = sql.split(separator: " /*scope ", omittingEmptySubsequences: false)
        var out = String(pieces[0])
        for piece in pieces.dropFirst() {
            guard let end = piece.firstRange(of: "*/") else {
                out += " /*scope " + piece
                continue
            }
            let column = piece[..<end.lowerBound]
            out +=
                categories.isEmpty
                ? " AND 0"
                : " AND (SELECT s.category FROM inspection s WHERE s.id = \(column)) IN (\(names.joined(separator: ", ")))"
            out += piece[end.upperBound...]
        }
        var arguments: [String: String] = [:]
        for (index, category) in categories.enumerated() { arguments["category\(index)"] = category }
        return (out, arguments)
    }
}
