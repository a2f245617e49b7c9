public import Casework
import GRDB

/// A report with scopes (forms 01/TTr and 02/TTr) read together: the period's figures and each scope's in one read
/// transaction, and the figures whose members add up by category (``FigureQuery/groupedByCategory``) one statement
/// each for the period and all the scopes, where each took one statement per scope and one for the period (on the
/// benchmark's 10M-case file, docs/performance.md "Figure 3 at 10M cases").
extension SQLiteStore {
    /// ``figures(for:)`` and ``figures(for:categories:)`` for each of `scopes`, equal to them (`ScopedFigures*`
    /// tests); a body's period is read by the separate calls (its figures are sums over restricted members).
    ///
    /// - Throws: ``StoreError``; `.invalid` for an empty period.
    public func figures(for period: ReportPeriod, scopes: [[String]]) throws
        -> (all: PeriodFigures, scoped: [PeriodFigures])
    {
        guard period.body == nil else {
            return (try figures(for: period), try scopes.map { try figures(for: period, categories: $0) })
        }
        let arguments = try Self.arguments(for: period)
        return try read { db in
            try Self.requireAmountsWithinBound(db)
            var byCategory: [String: [String: Int64]] = [:]
            for (name, sql) in FigureQuery.groupedByCategory {
                var split: [String: Int64] = [:]
                for row in try Row.fetchAll(db, sql: sql, arguments: arguments) { split[row["category"]] = row["value"] }
                byCategory[name] = split
            }
            let all = try byCategory.mapValues { try Self.sum($0.values) }
            let values = try Self.periodValues(db, period, arguments, known: all)
            let scoped = try scopes.map { categories in
                let wanted = Set(categories)
                let known = try byCategory.mapValues { split in
                    try Self.sum(split.lazy.filter { wanted.contains($0.key) }.map(\.value))
                }
                let values = try Self.scopedValues(db, period, categories: categories, arguments, known: known)
                return PeriodFigures(period: period, values: values)
            }
            return (PeriodFigures(period: period, values: values), scoped)
        }
    }

    /// The sum of `values`; past 64 bits, the error SQLite's `SUM` raises, which a read turns into the record that
    /// holds an amount beyond the bound (``overflowError(_:)``).
    private static func sum(_ values: some Sequence<Int64>) throws -> Int64 {
        var total: Int64 = 0
        for value in values {
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "integer overflow") }
            total = sum
        }
        return total
    }
}
