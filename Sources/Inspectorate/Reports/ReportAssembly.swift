public import Casework
public import Reports
import Foundation

/// Builds a period report from the pack (window, forms, checks, narrative) and the store (figures).
public struct ReportAssembly {
    let store: any InspectorateStore
    let policy: any InspectoratePolicy
    let today: CalendarDate

    public init(store: any InspectorateStore, policy: any InspectoratePolicy, today: CalendarDate) {
        self.store = store
        self.policy = policy
        self.today = today
    }

    /// The pack's window for `kind`/`spec`; `range` takes `FROM..TO` (both days included).
    ///
    /// - Throws: ``InspectorateError/notADateRange(_:)`` for a malformed range; what the policy throws for a spec
    ///   it does not know.
    public func period(kind: String, spec: String) throws -> ReportPeriod {
        if kind == "range" {
            let parts = spec.components(separatedBy: "..")
            guard parts.count == 2, let from = CalendarDate(parts[0]), let through = CalendarDate(parts[1]), from <= through else {
                throw InspectorateError.notADateRange(spec)
            }
            return ReportPeriod(kind: "range", label: spec, from: from, before: through.adding(days: 1))
        }
        return try policy.reportPeriod(kind: kind, spec: spec)
    }

    /// `spec`, or for ``ReportSpec/currentMonth`` the pack's period of `kind` that holds today (the pack's month
    /// windows need not be calendar months).
    public func resolve(kind: String, spec: String) throws -> String {
        guard spec == ReportSpec.currentMonth else { return spec }
        return try policy.reportSpec(kind: kind, containing: today)
    }

    /// Everything a report of `period` shows, from the pack and the store; with `members`, also the records
    /// behind every figure (for filing and restatements).
    public func snapshot(_ period: ReportPeriod, kind: String, spec: String, language: Language, members: Bool) throws
        -> FiledReport
    {
        let scopes = try policy.reportScopes(on: period.through)
        let figures = try self.figures(for: period, scopes: scopes)
        // The eleven periods before it, oldest first, read together.
        var windows: [ReportPeriod] = []
        var previous = spec
        for _ in 0..<11 {
            guard kind != "range", let earlier = try? policy.reportPeriodBefore(kind: kind, spec: previous),
                var window = try? policy.reportPeriod(kind: kind, spec: earlier)
            else { break }
            window.body = period.body
            windows.insert(window, at: 0)
            previous = earlier
        }
        var history = try store.figures(for: windows, named: Figure.trend)
        history.append(figures)
        var behind: [String: [FigureMembers.Member]] = [:]
        if members {
            for name in figures.values.keys.sorted() {
                behind[name] = try self.members(of: name, in: period, scopes: scopes).members
            }
        }
        return FiledReport(
            figures: figures, members: behind, history: history, forms: try policy.reportForms(on: period.through),
            checks: try policy.reportChecks(figures), narrative: try policy.reportNarrative(figures, language: language.rawValue),
            language: language.rawValue, packHash: policy.packHash, generatedOn: today,
            scopes: scopes.isEmpty ? nil : scopes, heading: try policy.reportHeading(for: period),
            labels: try labels(on: period.through))
    }

    /// The pack's words for the codes of the per-category, per-level and per-field figures; `nil` when it has none.
    private func labels(on day: CalendarDate) throws -> ReportLabels? {
        let labels = try policy.reportLabels(on: day)
        return labels == .empty ? nil : labels
    }

    /// Every figure of `period` from the store, plus each figure of ``Figure/inspectionFigures`` restricted to each
    /// of `scopes` (``FigureScope``), named ``Figure/scoped(_:in:)``: `hanh_chinh:inspections.total`.
    public func figures(for period: ReportPeriod, scopes: [FigureScope]) throws -> PeriodFigures {
        let read = try store.figures(for: period, scopes: scopes.map(\.categories))
        var figures = read.all
        for (scope, scoped) in zip(scopes, read.scoped) {
            for (name, value) in scoped.values { figures.values[Figure.scoped(name, in: scope.code)] = value }
        }
        return figures
    }

    /// The records behind `figure` in `period`: a scoped figure (`hanh_chinh:inspections.total`) lists its figure's
    /// members among the inspections of the scope's categories.
    ///
    /// - Throws: ``StoreError`` (`.invalid`) for a scope `scopes` does not have, or what the store throws.
    public func members(of figure: String, in period: ReportPeriod, scopes: [FigureScope]) throws -> FigureMembers {
        guard let (code, base) = Figure.splitScoped(figure) else { return try store.members(of: figure, in: period) }
        guard let scope = scopes.first(where: { $0.code == code }) else {
            throw StoreError(
                .invalid, "there is no figure named \(figure): the rule pack has no scope \(code) for this period",
                hint: "scopes are " + (scopes.isEmpty ? "none" : scopes.map(\.code).joined(separator: ", ")),
                refusal: .unknownFigure(figure))
        }
        var members = try store.members(of: base, in: period, categories: scope.categories)
        members.figure = figure
        return members
    }

    /// The records behind every figure of `period` as the store has them now; scoped figures through `scopes`, or
    /// when `nil` the pack's scopes for the period.
    public func currentMembers(of figures: PeriodFigures, scopes: [FigureScope]? = nil) throws
        -> [String: [FigureMembers.Member]]
    {
        let scopes = try scopes ?? policy.reportScopes(on: figures.period.through)
        var behind: [String: [FigureMembers.Member]] = [:]
        for name in figures.values.keys.sorted() {
            behind[name] = try members(of: name, in: figures.period, scopes: scopes).members
        }
        return behind
    }
}
