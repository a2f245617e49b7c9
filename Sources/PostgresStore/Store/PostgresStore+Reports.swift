public import Casework
import PostgresNIO

/// Period figures and their drill-down on PostgreSQL, with SQLite's definitions (``PostgresFigureQuery``): each figure
/// is `SUM(value)` over the query that lists its members, or the same sum read from a daily rollup that triggers keep
/// in the transaction of every change (``PostgresRollup``), so a figure and its drill-down agree, and both stores give
/// the same values and the same members in the same order.
///
/// ```swift
/// let period = ReportPeriod(kind: "monthly", label: "2026-10", from: day("2026-09-15"), before: day("2026-10-15"))
/// let figures = try store.figures(for: period)
/// let behind = try store.members(of: Figure.outstandingVND, in: period)   // the cases still owing
/// ```
extension PostgresStore: ReportStore {
    /// Every figure of ``Figure/all`` and one `inspections.category.<code>` and `inspections.level.<code>` per
    /// category and level among the period's total inspections, in one read transaction (see SQLite's
    /// `figures(for:)` for what each counts).
    ///
    /// - Throws: ``StoreError``; `.invalid` when `before` is not after `from` or a figure has no PostgreSQL query
    ///   yet; `.corrupt` when a stored amount is beyond ``VND/maximum``.
    public func figures(for period: ReportPeriod) throws -> PeriodFigures {
        let arguments = try PostgresFigureQuery.Arguments(period)
        return try read { session in
            try Self.requireAmountsWithinBound(session)
            return PeriodFigures(period: period, values: try Self.periodValues(period, arguments, session))
        }
    }

    /// Only the fixed figures `names` for `period`, in one read transaction: what a report's history needs (the
    /// inspection counts from their rollup, not the census).
    ///
    /// - Throws: ``StoreError``; `.invalid` for a name that is not in ``Figure/all``.
    public func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures {
        guard let figures = try figures(for: [period], named: names).first else {
            preconditionFailure("one period's figures for one period")
        }
        return figures
    }

    /// The records behind `figure` in `period`, ordered by ID then label (byte order), each with its contribution;
    /// their values add up to ``figures(for:)``'s value of the figure.
    ///
    /// - Throws: ``StoreError``; `.invalid` for a figure thanhtra does not know or an empty period.
    public func members(of figure: String, in period: ReportPeriod) throws -> FigureMembers {
        var query: PostgresFigureQuery
        var code: String? = nil
        if Figure.all.contains(figure) {
            query = try Self.figureQuery(figure)
        } else if let grouping = PostgresFigureQuery.groupings.first(where: {
            figure.hasPrefix($0.prefix) && figure.count > $0.prefix.count
        }) {
            query = PostgresFigureQuery.grouped(by: grouping.column)
            code = String(figure.dropFirst(grouping.prefix.count))
        } else {
            throw StoreError(
                .invalid, "there is no figure named \(figure)",
                hint: "figures are \(Figure.all.joined(separator: ", ")), inspections.category.<code> and "
                    + "inspections.level.<code>",
                refusal: .unknownFigure(figure))
        }
        let arguments = try PostgresFigureQuery.Arguments(period, code: code)
        if period.body != nil { query.sql = PostgresFigureQuery.ofBody(query.sql) }
        return try read { session in
            try Self.requireAmountsWithinBound(session)
            let members = try Self.members(query.kind, query.membersSQL, arguments, session)
            return FigureMembers(figure: figure, period: period, members: members)
        }
    }

    /// The figures of ``Figure/inspectionFigures`` counting only inspections of `categories`: the inspection counts
    /// from the rollup by category (``PostgresFigureQuery/categoryValueSQL(_:)``), the follow-up stock in one
    /// statement over its rollup by category (``PostgresFigureQuery/followUpStock``, restricted), each other the sum
    /// over its members; a body's, every one the sum over its members.
    ///
    /// When no inspection of the store is of `categories`, every figure is 0 without its statement: each counts only
    /// the records of such inspections, and the rollups by category equal those sums (their property tests), so the
    /// values are those the statement would read; one index probe instead of planning some forty figures (a pack's
    /// scope for a category the store does not hold planned 13–30 ms to execute in 2, 2026-12-07, docs/performance.md).
    ///
    /// - Throws: ``StoreError``; `.invalid` for an empty period.
    public func figures(for period: ReportPeriod, categories: [String]) throws -> PeriodFigures {
        let arguments = try PostgresFigureQuery.Arguments(period, categories: categories)
        return try read { session in
            try Self.requireAmountsWithinBound(session)
            let values = try Self.scopedValues(arguments, ofBody: period.body != nil, session)
            return PeriodFigures(period: period, values: values)
        }
    }

    /// The records behind `figure` counting only inspections of `categories`, ordered like ``members(of:in:)``'s.
    ///
    /// - Throws: ``StoreError``; `.invalid` for a figure not in ``Figure/inspectionFigures`` or an empty period.
    public func members(of figure: String, in period: ReportPeriod, categories: [String]) throws -> FigureMembers {
        guard Figure.inspectionFigures.contains(figure) else {
            throw StoreError(
                .invalid, "the figure \(figure) cannot be restricted to categories of inspection",
                hint: "figures by category are \(Figure.inspectionFigures.joined(separator: ", "))")
        }
        var query = try Self.figureQuery(figure)
        query.sql = PostgresFigureQuery.restricted(period.body != nil ? PostgresFigureQuery.ofBody(query.sql) : query.sql)
        let arguments = try PostgresFigureQuery.Arguments(period, categories: categories)
        return try read { session in
            try Self.requireAmountsWithinBound(session)
            let members = try Self.members(query.kind, query.membersSQL, arguments, session)
            return FigureMembers(figure: figure, period: period, members: members)
        }
    }

    // MARK: - Helpers

    /// The query of the fixed figure `name`.
    ///
    /// - Throws: ``StoreError`` `.invalid` "… not available on PostgreSQL yet" for a figure of ``Figure/all`` that has
    ///   no PostgreSQL query (a figure added to SQLite only; `PostgresFigureQueryTests` catches it).
    static func figureQuery(_ name: String) throws -> PostgresFigureQuery {
        guard let query = PostgresFigureQuery.all[name] else { throw notAvailable("the figure \(name) is") }
        return query
    }

    /// The value of each figure of `queries` (its name and the SQL selecting its value), all in one statement: one
    /// round trip for a whole period's figures instead of one per figure, which was most of a report's time on
    /// PostgreSQL; each figure is one scalar subquery of the statement, or one column of a subquery that sums several
    /// figures' members over the same tables (``PostgresFigureQuery/valuesStatement(_:)``), the follow-up stock's
    /// conditions shared (``PostgresFigureQuery/sharingStockConditions(_:)``).
    static func values(
        _ queries: [(String, String)], _ arguments: PostgresFigureQuery.Arguments, _ session: PGSession
    ) throws -> [String: Int64] {
        guard !queries.isEmpty else { return [:] }
        // Each value named v<index> whatever its query calls its column; the sums over the same tables merged
        // (``PostgresFigureQuery/valuesStatement(_:)``).
        let columns = queries.enumerated().map { (column: "v\($0)", sql: $1.1) }
        let sql = PostgresFigureQuery.sharingStockConditions(PostgresFigureQuery.valuesStatement(columns))
        guard let row = try session.row(PostgresFigureQuery.statement(sql, arguments)) else { return [:] }
        var values: [String: Int64] = [:]
        for (index, (name, _)) in queries.enumerated() { values[name] = try row.optionalInt64("v\(index)") ?? 0 }
        return values
    }

    /// Whether any inspection of the store is of `arguments`' categories (the index on `inspection(category, level)`).
    static func holdsInspections(
        of arguments: PostgresFigureQuery.Arguments, _ session: PGSession
    ) throws -> Bool {
        let sql = "SELECT EXISTS (SELECT 1 FROM inspection WHERE category = ANY(:categories)) AS found"
        return try session.row(PostgresFigureQuery.statement(sql, arguments))?.bool("found") ?? false
    }

    private static func members(
        _ kind: FigureMembers.Kind, _ sql: String, _ arguments: PostgresFigureQuery.Arguments, _ session: PGSession
    ) throws -> [FigureMembers.Member] {
        try session.rows(PostgresFigureQuery.statement(sql, arguments)).map { row in
            FigureMembers.Member(
                kind: kind, id: try row.int64("id"), value: try row.int64("value"), label: try row.string("label"))
        }
    }
}
