public import Casework
import PostgresNIO

/// A report's history on PostgreSQL: the trend figures of the eleven periods before it, read in one transaction.
extension PostgresStore {
    /// ``figures(for:named:)`` for each of `periods`, in their order, in one read transaction: the periods on one
    /// snapshot, and the amounts' bound checked once, where a read per period took a transaction and a check each
    /// (eleven of each for a month's report, some 30 statements of its 68; docs/performance.md, "A report's scopes on
    /// a second connection").
    ///
    /// - Throws: ``StoreError``; `.invalid` for a name that is not in ``Figure/all`` or an empty period.
    public func figures(for periods: [ReportPeriod], named names: [String]) throws -> [PeriodFigures] {
        guard !periods.isEmpty else { return [] }
        let arguments = try periods.map { try PostgresFigureQuery.Arguments($0) }
        let queries = try names.map { name in
            guard Figure.all.contains(name) else {
                throw StoreError(
                    .invalid, "there is no figure named \(name)",
                    hint: "figures are \(Figure.all.joined(separator: ", "))", refusal: .unknownFigure(name))
            }
            return (name, try Self.figureQuery(name))
        }
        return try read { session in
            try Self.requireAmountsWithinBound(session)
            return try zip(periods, arguments).map { period, arguments in
                let totals = queries.map { ($0, period.body != nil ? PostgresFigureQuery.bodyTotal($1) : $1.totalSQL) }
                return PeriodFigures(period: period, values: try Self.values(totals, arguments, session))
            }
        }
    }
}
