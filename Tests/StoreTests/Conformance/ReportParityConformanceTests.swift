import Casework
import Testing

/// The same history written through the ports into every store gives the same report: every figure of every month,
/// quarter and range, the per-category restriction, and every figure's members in the same order (issue 13: "every
/// report figure and its drill-down equal on both stores"). Runs when more than one store implements the reports.
@Suite struct ReportParityConformanceTests {
    static let stores = StoreFactory.implementing(.reports, .inspections, .penaltyCases, .subjects)

    /// Months under the national cut-off, quarters and the whole span of ``ReportFigureConformanceTests``' histories.
    static var periods: [ReportPeriod] {
        let start = PenaltyHistory.start
        var periods: [ReportPeriod] = []
        var from = start.adding(days: -17)
        while from < start.adding(days: ReportFigureConformanceTests.checkedDays) {
            periods.append(ReportPeriod(kind: "monthly", label: "m\(from)", from: from, before: from.adding(days: 30)))
            from = from.adding(days: 30)
        }
        for quarter in 0..<3 {
            let from = start.adding(days: quarter * 91)
            periods.append(ReportPeriod(kind: "quarterly", label: "q\(quarter)", from: from, before: from.adding(days: 91)))
        }
        periods.append(ReportPeriod(kind: "range", label: "all", from: start.adding(days: -30), before: start.adding(days: 400)))
        return periods
    }

    /// Everything a report reads of `store` for the periods, as lines: each figure's value and each member.
    static func report(of store: any InspectorateStore) throws -> [String] {
        var lines: [String] = []
        for period in periods {
            let figures = try store.figures(for: period)
            for name in figures.values.keys.sorted() {
                lines.append("\(period.label) \(name) = \(figures[name])")
                for member in try store.members(of: name, in: period).members {
                    lines.append("  \(member.kind) #\(member.id) \(member.value) \(member.label)")
                }
            }
            // A scope of inspections the history has, and one of a category it has none of (every figure 0; on
            // PostgreSQL read without the scope's statement)
            for categories in [["hanh_chinh"], ["chuyen_nganh"]] {
                let scoped = try store.figures(for: period, categories: categories)
                for name in scoped.values.keys.sorted() {
                    lines.append("\(period.label) scoped \(categories) \(name) = \(scoped[name])")
                }
            }
            let flow = try store.inspectionFlow(from: period.from, before: period.before)
            lines.append("\(period.label) flow \(flow)")
        }
        return lines
    }

    @Test(.enabled(if: stores.count > 1), arguments: [UInt64(4), 9])
    func theSameHistoryGivesTheSameFiguresAndMembersOnEveryStore(seed: UInt64) throws {
        var reports: [(String, [String])] = []
        for factory in Self.stores {
            try factory.withStore { store in
                try ReportFigureConformanceTests.writeHistory(cases: 40, inspections: 24, seed: seed, into: store)
                reports.append((factory.name, try Self.report(of: store)))
            }
        }
        let (firstName, first) = try #require(reports.first)
        #expect(first.count > 500)
        for (name, lines) in reports.dropFirst() {
            let differing = zip(first, lines).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(lines.count == first.count, "\(name): \(lines.count) lines, \(firstName): \(first.count)")
            #expect(
                differing == nil,
                "\(name) differs from \(firstName) at line \(differing?.offset ?? 0): \(differing?.element.1 ?? "") ≠ \(differing?.element.0 ?? "")")
        }
    }
}
