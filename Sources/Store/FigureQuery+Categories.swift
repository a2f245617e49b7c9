import Casework

/// Figures of some categories of inspection only (forms 01/TTr and 02/TTr each count their own): the scope mark a
/// figure's SQL carries, and the SQL with it turned into a condition.
extension FigureQuery {
    /// Where a query on inspections, findings, recommendations or follow-ups can be restricted to some categories
    /// of inspection (``SQLiteStore/figures(for:categories:)``): a comment naming the column that holds the
    /// inspection's ID, which ``restricted(_:to:)`` replaces by a condition and which SQLite otherwise ignores.
    static func scope(_ inspectionID: String) -> String { " /*scope \(inspectionID)*/" }

    /// Where a query on a rollup by category can be restricted to some categories: a comment naming the column that
    /// holds the category, which ``restricted(_:to:)`` replaces by `AND <column> IN (categories)`.
    static func categoryScope(_ category: String) -> String { " /*category \(category)*/" }

    /// `sql` with every comment that starts with `mark` (` /*scope `, ` /*category `, ` /*case `) replaced by
    /// `condition` of the column it names; a mark without its closing `*/` (before the next mark) is left as it is.
    ///
    /// Searches the UTF-8 bytes: a report restricts about a hundred queries to each scope, and the standard library's
    /// `split(separator:)` on a string took 3 % of a month's report (docs/performance.md). The marks are ASCII and the
    /// queries thanhtra's own SQL, so the pieces are those the characters' split gave (`FigureQueryMarkTests`).
    static func replacingMarks(_ mark: String, in sql: String, _ condition: (Substring) -> String) -> String {
        let text = Array(sql.utf8), mark = Array(mark.utf8), close: [UInt8] = [0x2A, 0x2F]   // "*/"
        /// Where `pattern` next starts in `text[from..<end]`, else `end`.
        func find(_ pattern: [UInt8], from: Int, end: Int) -> Int {
            guard let first = pattern.first, pattern.count <= end - from else { return end }
            var index = from
            while index + pattern.count <= end {
                if text[index] == first, text[index..<index + pattern.count].elementsEqual(pattern) { return index }
                index += 1
            }
            return end
        }
        guard !mark.isEmpty else { return sql }
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 4)
        var start = find(mark, from: 0, end: text.count)
        out += text[0..<start]
        while start < text.count {
            let body = start + mark.count
            let next = find(mark, from: body, end: text.count)
            let end = find(close, from: body, end: next)
            if end == next {
                out += text[start..<next]
            } else {
                out += condition(Substring(String(decoding: text[body..<end], as: UTF8.self))).utf8
                out += text[(end + close.count)..<next]
            }
            start = next
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `sql` with every ``scope(_:)`` mark replaced by `AND (the category of the inspection <id>) IN (categories)`
    /// and every ``categoryScope(_:)`` mark by `AND <column> IN (categories)`, and the named arguments `:category0`,
    /// `:category1`, … they need; with no category, nothing counts (`AND 0`).
    /// The category is looked up by the inspection's primary key for each row the query reads (an `<id> IN (SELECT
    /// … WHERE category IN …)` made SQLite list every inspection of the categories first, at each query) — except
    /// on the mark `i.id`, where `i` is the inspection itself (every query's alias for `inspection`): its own
    /// `category` is read, with `+` so that no index on it is chosen, and the row needs no second look-up by key
    /// (docs/performance.md, "Figure 3 at 10M cases").
    static func restricted(_ sql: String, to categories: [String]) -> (sql: String, arguments: [String: String]) {
        let list = categories.indices.map { ":category\($0)" }.joined(separator: ", ")
        let byInspection = replacingMarks(" /*scope ", in: sql) { column in
            if categories.isEmpty { return " AND 0" }
            if column == "i.id" { return " AND +i.category IN (\(list))" }
            return " AND (SELECT s.category FROM inspection s WHERE s.id = \(column)) IN (\(list))"
        }
        let out = replacingMarks(" /*category ", in: byInspection) { column in
            categories.isEmpty ? " AND 0" : " AND \(column) IN (\(list))"
        }
        var arguments: [String: String] = [:]
        for (index, category) in categories.enumerated() { arguments["category\(index)"] = category }
        return (out, arguments)
    }
}

/// The inspection counts of some categories, from `inspectionCategoryChange` (``InspectionCategoryRollup``).
extension FigureQuery {
    /// The figures a scope reads from `inspectionCategoryChange`, each with the modes it counts.
    static let categoryRolledUp: [String: [String]] = [
        Figure.carriedOver: InspectionRollup.modes, Figure.ongoing: InspectionRollup.modes,
        Figure.opened: InspectionRollup.modes, Figure.total: InspectionRollup.modes, Figure.scheduled: ["scheduled"],
        Figure.unscheduled: ["unscheduled"], Figure.regular: ["regular"],
    ]

    /// The value of `name` counting only inspections of `categories` (the named arguments `:category0`, … of
    /// ``restricted(_:to:)``), when `inspectionCategoryChange` gives it: equal to the sum over its restricted
    /// members (`InspectionCategoryRollupTests`), read from a range of the rollup's primary key per category. `nil`
    /// for the other figures; with no category, `SELECT 0` (nothing counts).
    static func categoryValueSQL(_ name: String, categories: [String]) -> String? {
        guard let modes = categoryRolledUp[name] else { return nil }
        guard !categories.isEmpty else { return "SELECT 0" }
        let entered = modes.map { "\($0)Decided" }.joined(separator: " + ")
        let left = modes.map { "\($0)Left" }.joined(separator: " + ")
        let list = categories.indices.map { ":category\($0)" }.joined(separator: ", ")
        let (sum, days) =
            switch name {
            case Figure.carriedOver: ("SUM(\(entered) - (\(left)))", "changedOn < :from")
            case Figure.ongoing: ("SUM(\(entered) - (\(left)))", "changedOn < :before")
            case Figure.opened: ("SUM(\(entered))", "changedOn >= :from AND changedOn < :before")
            default: ("SUM(\(entered)) - SUM(CASE WHEN changedOn < :from THEN \(left) ELSE 0 END)", "changedOn < :before")
            }
        return "SELECT COALESCE(\(sum), 0) FROM inspectionCategoryChange WHERE category IN (\(list)) AND \(days)"
    }
}
