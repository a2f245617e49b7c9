public import Casework
import PostgresNIO

/// A report with scopes (forms 01/TTr and 02/TTr) read on one snapshot: the period's figures and each scope's, as
/// SQLite reads them in one transaction, so that a report never mixes two states of a store others write to; and, on
/// a second connection that shares the snapshot (``readSharingSnapshot(_:_:betweenStarts:)``), the scopes' statements
/// planned and run while the period's are.
extension PostgresStore {
    /// ``figures(for:)`` and ``figures(for:categories:)`` for each of `scopes`, equal to those calls made on one state
    /// of the store (`ScopedReadTests`, and the conformance suite's random histories): the period's statements on the
    /// caller's connection, the scopes' on a second one when the pool can lend it, both on one snapshot.
    ///
    /// - Throws: ``StoreError``; `.invalid` for an empty period; `.corrupt` when a stored amount is beyond
    ///   ``VND/maximum``.
    public func figures(for period: ReportPeriod, scopes: [[String]]) throws
        -> (all: PeriodFigures, scoped: [PeriodFigures])
    {
        try figures(for: period, scopes: scopes, betweenStarts: nil)
    }

    /// ``figures(for:scopes:)`` with ``readSharingSnapshot(_:_:betweenStarts:)``'s hook for tests.
    func figures(for period: ReportPeriod, scopes: [[String]], betweenStarts: (() throws -> Void)?) throws
        -> (all: PeriodFigures, scoped: [PeriodFigures])
    {
        let arguments = try PostgresFigureQuery.Arguments(period)
        let scopeArguments = try scopes.map { try PostgresFigureQuery.Arguments(period, categories: $0) }
        let ofBody = period.body != nil
        let all = { (session: PGSession) throws -> [String: Int64] in
            try Self.requireAmountsWithinBound(session)
            return try Self.periodValues(period, arguments, session)
        }
        let scoped = { (session: PGSession) throws -> [[String: Int64]] in
            try scopeArguments.map { try Self.scopedValues($0, ofBody: ofBody, session) }
        }
        let (values, scopedValues): ([String: Int64], [[String: Int64]])
        if scopes.isEmpty {
            (values, scopedValues) = (try read(all), [])
        } else {
            (values, scopedValues) = try readSharingSnapshot(all, scoped, betweenStarts: betweenStarts)
        }
        let figures = scopedValues.map { PeriodFigures(period: period, values: $0) }
        return (PeriodFigures(period: period, values: values), figures)
    }

    /// Every figure of ``Figure/all`` and one `inspections.category.<code>` and `inspections.level.<code>` per
    /// category and level among the period's total inspections (``figures(for:)``), read in `session`'s transaction.
    static func periodValues(
        _ period: ReportPeriod, _ arguments: PostgresFigureQuery.Arguments, _ session: PGSession
    ) throws -> [String: Int64] {
        // A period of one body: every figure the sum over its members, restricted to the body's records.
        let ofBody = period.body != nil
        // The whole store's follow-up stock: one statement over its rollup (``PostgresFigureQuery/followUpStock``).
        let stock = ofBody ? [] : Set(PostgresFigureQuery.followUpStockNames)
        let queries = try Figure.all.filter { !PostgresFigureQuery.censusFigures.contains($0) && !stock.contains($0) }
            .map { ($0, try figureQuery($0)) }
        var values: [String: Int64] = [:]
        for name in PostgresFigureQuery.censusFigures { values[name] = 0 }
        let census = PostgresFigureQuery.statement(
            ofBody ? PostgresFigureQuery.ofBody(PostgresFigureQuery.inspectionCensus) : PostgresFigureQuery.inspectionCensus,
            arguments)
        for row in try session.rows(census) {
            let n = try row.int64("n")
            let mode = try row.string("mode")
            values[try row.int("carried") == 1 ? Figure.carriedOver : Figure.opened, default: 0] += n
            values[Figure.total, default: 0] += n
            switch mode {
            case "scheduled": values[Figure.scheduled, default: 0] += n
            case "unscheduled": values[Figure.unscheduled, default: 0] += n
            case "regular": values[Figure.regular, default: 0] += n
            default: break
            }
            for grouping in PostgresFigureQuery.groupings {
                let code = try row.string(grouping.column)
                guard !code.isEmpty else { continue }  // an inspection without a field gives no field figure
                values[grouping.prefix + code, default: 0] += n
            }
        }
        let totals = queries.map { ($0, ofBody ? PostgresFigureQuery.bodyTotal($1) : $1.totalSQL) }
        values.merge(try Self.values(totals, arguments, session)) { $1 }
        if !ofBody {
            let row = try session.row(PostgresFigureQuery.statement(PostgresFigureQuery.followUpStock, arguments))
            for name in stock { values[name] = try row?.optionalInt64(name) ?? 0 }
        }
        return values
    }

    /// The figures of ``Figure/inspectionFigures`` counting only inspections of `arguments`' categories
    /// (``figures(for:categories:)``), read in `session`'s transaction: every one 0 without its statement when no
    /// inspection of the store is of those categories.
    static func scopedValues(
        _ arguments: PostgresFigureQuery.Arguments, ofBody: Bool, _ session: PGSession
    ) throws -> [String: Int64] {
        let stock = ofBody ? [] : Set(PostgresFigureQuery.followUpStockNames).intersection(Figure.inspectionFigures)
        let queries = try Figure.inspectionFigures.filter { !stock.contains($0) }.map { name in
            if !ofBody, let value = PostgresFigureQuery.categoryValueSQL(name) { return (name, value) }
            let query = try figureQuery(name)
            return (name, query.total { PostgresFigureQuery.restricted(ofBody ? PostgresFigureQuery.ofBody($0) : $0) })
        }
        guard try holdsInspections(of: arguments, session) else {
            return Dictionary(uniqueKeysWithValues: Figure.inspectionFigures.map { ($0, Int64(0)) })
        }
        var values = try Self.values(queries, arguments, session)
        if !stock.isEmpty {
            let sql = PostgresFigureQuery.restricted(PostgresFigureQuery.followUpStock)
            let row = try session.row(PostgresFigureQuery.statement(sql, arguments))
            for name in stock { values[name] = try row?.optionalInt64(name) ?? 0 }
        }
        return values
    }
}
