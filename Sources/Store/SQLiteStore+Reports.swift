public import Casework
import GRDB

/// Period figures and their drill-down, computed in SQL. See ``FigureQuery`` for what each figure counts; each
/// figure is `SUM(value)` over the very query that lists its members, so the two always agree. Three figures as of
/// the period's end and the nine penalty flow figures are read from daily rollups kept equal to that sum (see
/// ``SQLiteStore/createPenaltyDailyChange(_:)`` and ``SQLiteStore/createPenaltyDailyFlow(_:)``), so a month costs
/// the same at 10 000 cases or 10 million; so are the inspection counts of a report's history and the two
/// inspection overdue figures (``SQLiteStore/createInspectionDailyChange(_:)``).
///
/// ```swift
/// let period = ReportPeriod(kind: "monthly", label: "2026-10", from: day("2026-09-15"), before: day("2026-10-15"))
/// let figures = try store.figures(for: period)
/// print(figures[Figure.concluded], figures["inspections.category.hanh_chinh"])
/// let behind = try store.members(of: Figure.outstandingVND, in: period)   // the cases still owing
/// ```
extension SQLiteStore: ReportStore {
    /// Every figure of ``Figure/all`` (zero when nothing counts) and one `inspections.category.<code>` and
    /// `inspections.level.<code>` per category and level among the period's total inspections, in one read
    /// transaction.
    ///
    /// Inspections count from their decision: `inspections.opened` decided in `[from, before)`,
    /// `inspections.carried_over` decided before `from` and not concluded before it, `inspections.total` both, split by
    /// mode, category and level; `onsite_ended` and `concluded` by their own dates; `subjects_inspected` the distinct
    /// subjects of inspections concluded in the period, `subjects_in_violation` those with a finding in them.
    /// Findings and recommendations count with their inspection's conclusion date, follow-ups with their own date.
    /// Penalty figures leave cancelled cases out: `cases_opened` by record date, `decisions` (and their fines,
    /// remedial amounts and warning lines) by decision date, payments by payment date, `outstanding_vnd` as of the
    /// period's end (fines decided before `before` less payments before `before`, over cases still owing).
    /// `overdue.*` are as of the period's last day `before − 1`: due dates before that day, the step not done by it.
    /// `outstanding_vnd`, `overdue.decisions` and `overdue.payments` are sums over `penaltyDailyChange`, a few
    /// thousand rows; the other penalty figures sums over the period's rows of `penaltyDailyFlow`; `overdue.onsite`
    /// and `overdue.conclusions` sums over `inspectionDailyChange`; the others read the rows of the period through
    /// their date indexes (the inspection counts in one pass, which also splits them by category and level).
    /// A period of one body (``ReportPeriod/body``) counts that body's cases and inspections only, every figure the
    /// sum over its members (``FigureQuery/ofBody(_:)``): the rollups count the whole store.
    ///
    /// - Throws: ``StoreError``; `.invalid` when `before` is not after `from`.
    public func figures(for period: ReportPeriod) throws -> PeriodFigures {
        let arguments = try Self.arguments(for: period)
        return try read { db in
            try Self.requireAmountsWithinBound(db)
            return PeriodFigures(period: period, values: try Self.periodValues(db, period, arguments, known: [:]))
        }
    }

    /// The values of ``figures(for:)`` read on `db`, except those of `known`, which are taken as they are (the
    /// figures ``figures(for:scopes:)`` has read by category).
    static func periodValues(
        _ db: Database, _ period: ReportPeriod, _ arguments: StatementArguments, known: [String: Int64]
    ) throws -> [String: Int64] {
        let ofBody = period.body != nil
        var values = known
        // The inspection counts by half, mode, category and level: one scan for all of them.
        let census = ofBody ? FigureQuery.ofBody(FigureQuery.inspectionCensus) : FigureQuery.inspectionCensus
        Self.addCensus(try Row.fetchAll(db, sql: census, arguments: arguments), into: &values)
        // A body's figures are each the sum over its members; the store's: the follow-up stock in one statement for
        // all its figures, and the distinct violators from the rollup's rows, each subject counted here once.
        if !ofBody {
            try Self.readColumns(db, FigureQuery.followUpStock, FigureQuery.followUpStockNames, arguments, into: &values)
            let largestSubject = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM subject") ?? 0
            for (name, sql) in FigureQuery.violatorSubjects {
                var subjects = DistinctIDs(bound: largestSubject)
                let cursor = try Int64.fetchCursor(db, sql: sql, arguments: arguments)
                while let subject = try cursor.next() { subjects.insert(subject) }
                values[name] = Int64(subjects.count)
            }
        }
        // The six sanction figures: one pass over the period's decisions.
        let sanctions = ofBody ? FigureQuery.ofBody(FigureQuery.sanctionTotals) : FigureQuery.sanctionTotals
        try Self.readColumns(db, sanctions, FigureQuery.sanctionNames, arguments, into: &values)
        for name in Figure.all where !FigureQuery.censusFigures.contains(name) && values[name] == nil {
            guard let query = FigureQuery.all[name] else {
                preconditionFailure("figure \(name) has no query")
            }
            let sql = ofBody ? FigureQuery.bodyTotal(query) : query.totalSQL
            values[name] = try Int64.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
        return values
    }

    /// Adds the rows of ``FigureQuery/inspectionCensus`` to `values`: the census figures (each present, zero when
    /// nothing counts) and the per-category, per-level and per-field figures.
    private static func addCensus(_ rows: [Row], into values: inout [String: Int64]) {
        for name in FigureQuery.censusFigures { values[name] = 0 }
        for row in rows {
            let n: Int64 = row["n"]
            let carried: Int64 = row["carried"]
            let mode: String = row["mode"]
            values[carried == 1 ? Figure.carriedOver : Figure.opened, default: 0] += n
            values[Figure.total, default: 0] += n
            switch mode {
            case "scheduled": values[Figure.scheduled, default: 0] += n
            case "unscheduled": values[Figure.unscheduled, default: 0] += n
            case "regular": values[Figure.regular, default: 0] += n
            default: break
            }
            for grouping in FigureQuery.groupings {
                let code: String = row[grouping.column]
                guard !code.isEmpty else { continue }
                values[grouping.prefix + code, default: 0] += n
            }
        }
    }

    /// Only the fixed figures `names` for `period`, in one read transaction: what a report's history needs.
    ///
    /// The inspection counts (`inspections.total`, `.carried_over`, `.opened` and the modes) are read from the daily
    /// rollup `inspectionDailyChange` (``SQLiteStore/createInspectionDailyChange(_:)``), like the other rolled-up
    /// figures, so the 11 earlier months of a report's trend cost a few thousand rows each, not a scan.
    ///
    /// - Throws: ``StoreError``; `.invalid` for a name that is not in ``Figure/all``.
    public func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures {
        try figures(for: [period], named: names)[0]
    }

    /// ``figures(for:named:)`` for each of `periods`, in one read transaction: a report's history (eleven periods)
    /// checks the amounts' bound once and compiles each statement once (GRDB's `cachedStatement`), where
    /// a read per period compiled them all again — GRDB's single connection turns `PRAGMA query_only` on and off
    /// around each read, which expires every prepared statement (docs/performance.md, "A month's report process").
    ///
    /// - Throws: ``StoreError``; `.invalid` for a name that is not in ``Figure/all`` or an empty period.
    public func figures(for periods: [ReportPeriod], named names: [String]) throws -> [PeriodFigures] {
        guard !periods.isEmpty else { return [] }
        let arguments = try periods.map { try Self.arguments(for: $0) }
        let queries = try names.map { name in
            guard let query = FigureQuery.all[name] else {
                throw StoreError(
                    .invalid, "there is no figure named \(name)", hint: "figures are \(Figure.all.joined(separator: ", "))",
                    refusal: .unknownFigure(name))
            }
            return (name, query)
        }
        return try read { db in
            try Self.requireAmountsWithinBound(db)
            return try zip(periods, arguments).map { period, arguments in
                var values: [String: Int64] = [:]
                for (name, query) in queries {
                    let sql = period.body != nil ? FigureQuery.bodyTotal(query) : query.totalSQL
                    values[name] = try Int64.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0
                }
                return PeriodFigures(period: period, values: values)
            }
        }
    }

    /// The records behind `figure` in `period`, ordered by ID: inspections, findings, recommendations, follow-ups,
    /// penalty cases or payments (a payment's ID is its case's; its label names the receipt), each with its
    /// contribution. Their values add up to ``figures(for:)``'s value of the same figure.
    ///
    /// Money and land figures list only members with a non-zero amount. `inspections.subjects_inspected` lists one
    /// member per subject (the first inspection that inspected it, labelled with the subject's name),
    /// `inspections.subjects_in_violation` one per subject (its first finding), `penalty.warnings` one per case
    /// (valued at its warning lines).
    ///
    /// - Throws: ``StoreError``; `.invalid` for a figure thanhtra does not know or an empty period.
    public func members(of figure: String, in period: ReportPeriod) throws -> FigureMembers {
        var arguments = try Self.arguments(for: period)
        let query: FigureQuery
        if let fixed = FigureQuery.all[figure] {
            query = fixed
        } else if let grouping = FigureQuery.groupings.first(where: {
            figure.hasPrefix($0.prefix) && figure.count > $0.prefix.count
        }) {
            query = FigureQuery.grouped(by: grouping.column)
            arguments += ["code": String(figure.dropFirst(grouping.prefix.count))]
        } else {
            throw StoreError(
                .invalid, "there is no figure named \(figure)",
                hint: "figures are \(Figure.all.joined(separator: ", ")), inspections.category.<code>, "
                    + "inspections.level.<code> and inspections.field.<code>",
                refusal: .unknownFigure(figure))
        }
        let sql = period.body != nil ? FigureQuery.ofBody(query.sql) : query.sql
        return try read { db in
            try Self.requireAmountsWithinBound(db)
            let members = try Row.fetchAll(
                db, sql: "SELECT m.id, m.value, m.label FROM (\(sql)) m ORDER BY m.id, m.label",
                arguments: arguments
            ).map { row in
                FigureMembers.Member(kind: query.kind, id: row["id"], value: row["value"], label: row["label"])
            }
            return FigureMembers(figure: figure, period: period, members: members)
        }
    }

    /// The figures of ``Figure/inspectionFigures`` counting only inspections of `categories`, in one read
    /// transaction: the inspection counts from the rollup by category (``FigureQuery/categoryValueSQL(_:categories:)``),
    /// the follow-up stock in one statement, each other the sum over its members, restricted by
    /// ``FigureQuery/restricted(_:to:)``.
    ///
    /// - Throws: ``StoreError``; `.invalid` for an empty period.
    public func figures(for period: ReportPeriod, categories: [String]) throws -> PeriodFigures {
        let arguments = try Self.arguments(for: period)
        return try read { db in
            try Self.requireAmountsWithinBound(db)
            let values = try Self.scopedValues(db, period, categories: categories, arguments, known: [:])
            return PeriodFigures(period: period, values: values)
        }
    }

    /// The values of ``figures(for:categories:)`` read on `db` (`arguments` those of the period), except those of
    /// `known`, which are taken as they are (the figures ``figures(for:scopes:)`` has read by category).
    static func scopedValues(
        _ db: Database, _ period: ReportPeriod, categories: [String], _ arguments: StatementArguments,
        known: [String: Int64]
    ) throws -> [String: Int64] {
        var arguments = arguments
        // A body's figures: every one the sum over its members, restricted to the body and the categories.
        let ofBody = period.body != nil
        let stock = ofBody ? [] : Set(FigureQuery.followUpStockNames)
        let names = Figure.inspectionFigures.filter { !stock.contains($0) && known[$0] == nil }
        let queries = names.map { name -> (String, String) in
            if !ofBody, let value = FigureQuery.categoryValueSQL(name, categories: categories) { return (name, value) }
            guard let query = FigureQuery.all[name] else { preconditionFailure("figure \(name) has no query") }
            return (name, query.total { FigureQuery.restricted(ofBody ? FigureQuery.ofBody($0) : $0, to: categories).sql })
        }
        let stockSQL = FigureQuery.restricted(FigureQuery.followUpStock, to: categories).sql
        for (key, value) in FigureQuery.restricted("", to: categories).arguments { arguments += [key: value] }
        var values = known
        for (name, sql) in queries { values[name] = try Int64.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
        if !ofBody { try Self.readColumns(db, stockSQL, FigureQuery.followUpStockNames, arguments, into: &values) }
        let asked = Set(Figure.inspectionFigures)
        return values.filter { asked.contains($0.key) }
    }

    /// Reads the figures `names` with `sql` into `values`: one row, a column per figure (the follow-up stock,
    /// ``FigureQuery/followUpStock``, perhaps restricted to some categories; the sanctions,
    /// ``FigureQuery/sanctionTotals``).
    private static func readColumns(
        _ db: Database, _ sql: String, _ names: [String], _ arguments: StatementArguments,
        into values: inout [String: Int64]
    ) throws {
        // Aggregates without GROUP BY: always one row, every column an integer.
        let row = try Row.fetchOne(db, sql: sql, arguments: arguments)
        for name in names { values[name] = row?[name] ?? 0 }
    }

    /// The records behind `figure` counting only inspections of `categories`, ordered like ``members(of:in:)``'s.
    ///
    /// - Throws: ``StoreError``; `.invalid` for a figure not in ``Figure/inspectionFigures`` or an empty period.
    public func members(of figure: String, in period: ReportPeriod, categories: [String]) throws -> FigureMembers {
        var arguments = try Self.arguments(for: period)
        guard Figure.inspectionFigures.contains(figure), let query = FigureQuery.all[figure] else {
            throw StoreError(
                .invalid, "the figure \(figure) cannot be restricted to categories of inspection",
                hint: "figures by category are \(Figure.inspectionFigures.joined(separator: ", "))")
        }
        let (sql, scoped) = FigureQuery.restricted(
            period.body != nil ? FigureQuery.ofBody(query.sql) : query.sql, to: categories)
        for (key, value) in scoped { arguments += [key: value] }
        return try read { db in
            try Self.requireAmountsWithinBound(db)
            let members = try Row.fetchAll(
                db, sql: "SELECT m.id, m.value, m.label FROM (\(sql)) m ORDER BY m.id, m.label", arguments: arguments
            ).map { row in
                FigureMembers.Member(kind: query.kind, id: row["id"], value: row["value"], label: row["label"])
            }
            return FigureMembers(figure: figure, period: period, members: members)
        }
    }

    /// The named arguments every figure query takes: `from`, `before` and `through` (the period's last day), and
    /// `body` for a period of one body (``FigureQuery/ofBody(_:)``).
    static func arguments(for period: ReportPeriod) throws -> StatementArguments {
        guard period.from < period.before else {
            throw StoreError(
                .invalid, "the period \(period.from) … \(period.before) is empty: its end must be after its start",
                hint: "a period is half-open, [from, before): before is the first day after it")
        }
        var arguments: StatementArguments = [
            "from": period.from.databaseValue, "before": period.before.databaseValue,
            "through": period.through.databaseValue,
        ]
        if let body = period.body { arguments += ["body": body] }
        return arguments
    }
}
