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

    /// `spec`, or for ``ReportSpec/currentMonth`` the pack's reporting month that contains today (the pack's month
    /// windows need not be calendar months: this month or the next).
    public func resolve(kind: String, spec: String) throws -> String {
        guard spec == ReportSpec.currentMonth else { return spec }
        let this = String(today.description.prefix(7))
        let next = String(today.adding(months: 1).description.prefix(7))
        return try [this, next].first { candidate in
            let window = try period(kind: kind, spec: candidate)
            return window.from <= today && today < window.before
        } ?? this
    }

    /// Everything a report of `period` shows, from the pack and the store; with `members`, also the records
    /// behind every figure (for filing and restatements).
    public func snapshot(_ period: ReportPeriod, kind: String, spec: String, language: Language, members: Bool) throws
        -> FiledReport
    {
        let figures = try store.figures(for: period)
        var history: [PeriodFigures] = []
        var previous = spec
        for _ in 0..<11 {
            guard let earlier = ReportSpec.previous(kind: kind, spec: previous),
                let window = try? policy.reportPeriod(kind: kind, spec: earlier)
            else { break }
            history.insert(try store.figures(for: window, named: Figure.trend), at: 0)
            previous = earlier
        }
        history.append(figures)
        var behind: [String: [FigureMembers.Member]] = [:]
        if members {
            for name in figures.values.keys.sorted() { behind[name] = try store.members(of: name, in: period).members }
        }
        return FiledReport(
            figures: figures, members: behind, history: history, forms: try policy.reportForms(on: period.through),
            checks: try policy.reportChecks(figures), narrative: try policy.reportNarrative(figures, language: language.rawValue),
            language: language.rawValue, packHash: policy.packHash, generatedOn: today)
    }

    /// The records behind every figure of `period` as the store has them now.
    public func currentMembers(of figures: PeriodFigures) throws -> [String: [FigureMembers.Member]] {
        var behind: [String: [FigureMembers.Member]] = [:]
        for name in figures.values.keys.sorted() { behind[name] = try store.members(of: name, in: figures.period).members }
        return behind
    }
}

extension PeriodReport {
    /// The renderable report of a snapshot (filed or live).
    public init(_ snapshot: FiledReport) {
        self.init(
            period: snapshot.period, figures: snapshot.figures,
            forms: snapshot.forms.map { layout in
                ReportForm(
                    code: layout.code, title: layout.title, basis: layout.basis,
                    header: layout.header.map { row in row.map { HeaderCell($0.text, span: $0.span, rows: $0.rows) } },
                    columns: layout.columns.map {
                        FormColumn(code: $0.code, figure: $0.figure, unit: FormUnit(rawValue: $0.unit) ?? .count)
                    })
            },
            checks: snapshot.checks.map { ConsistencyCheck(name: $0.name, ok: $0.isOK, text: $0.text) },
            narrative: snapshot.narrative, history: snapshot.history, packHash: snapshot.packHash,
            generatedOn: snapshot.generatedOn)
    }
}

/// Stepping report specs back one period: `2026-10` → `2026-09`, `2026-Q1` → `2025-Q4`, `2026-H1` → `2025-H2`,
/// `2026` → `2025`. Ranges have no previous period.
public enum ReportSpec {
    /// Stands for "the reporting month that contains today" until the command resolves it with the pack.
    public static let currentMonth = "current"

    /// The period before `spec` of `kind`, or `nil` (a range, or a spec that is not of the kind's form).
    public static func previous(kind: String, spec: String) -> String? {
        switch kind {
        case "monthly":
            let p = spec.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]), let m = Int(p[1]), (1...12).contains(m) else { return nil }
            return m == 1 ? String(format: "%04d-12", y - 1) : String(format: "%04d-%02d", y, m - 1)
        case "quarterly":
            let p = spec.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]), p[1].hasPrefix("Q"), let q = Int(p[1].dropFirst()), (1...4).contains(q) else { return nil }
            return q == 1 ? "\(y - 1)-Q4" : "\(y)-Q\(q - 1)"
        case "half-year":
            let p = spec.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]) else { return nil }
            return p[1] == "H2" ? "\(y)-H1" : (p[1] == "H1" ? "\(y - 1)-H2" : nil)
        case "nine-months", "annual":
            guard let y = Int(spec.prefix(4)) else { return nil }
            return String(y - 1)
        default:
            return nil
        }
    }
}
