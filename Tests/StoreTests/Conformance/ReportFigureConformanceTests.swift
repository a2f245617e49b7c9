import Casework
import Testing

/// The figure contract of ``ReportStore``: on random histories written through the ports, every figure of every
/// one-day period and of every month, quarter and longer range equals the sum of its members' values, and
/// `figures(for:named:)` agrees with `figures(for:)`.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``). The hand-counted figures of a
/// fixed dataset are in `ReportFigureTests` (SQLite: its dataset is written straight into the tables).
@Suite struct ReportFigureConformanceTests {
    /// Days from ``PenaltyHistory/start`` on which cases are recorded and inspections opened.
    static let openingDays = 45
    /// Days from ``PenaltyHistory/start`` checked one by one: the history's busy months (a later step of a slow
    /// inspection is checked by the months and ranges of the second test).
    static let checkedDays = 240

    /// Writes subject 1, `cases` random penalty cases, `inspections` random inspections, and their findings,
    /// recommendations and follow-ups, all through the ports.
    static func writeHistory(cases: Int, inspections: Int, seed: UInt64, into store: any InspectorateStore) throws {
        _ = try store.addSubject(.company(1), context: .test)
        try PenaltyHistory.write(cases: cases, seed: seed, into: store, recordDays: openingDays)
        try InspectionHistory.write(inspections: inspections, seed: seed, into: store, openingDays: openingDays)
        try writeResults(seed: seed, into: store)
    }

    /// Findings and recommendations on the inspections that reached on-site work, and follow-ups dated after the
    /// conclusion of those concluded: money, land and counts, every kind of recommendation.
    static func writeResults(seed: UInt64, into store: any InspectorateStore) throws {
        var random = SeededRandom(state: seed &+ 7)
        var receipts = 0
        for inspection in try store.inspections(InspectionFilter(limit: 10_000)).sorted(by: { $0.id < $1.id }) {
            guard inspection.timeline.announcedOn != nil, let subject = inspection.subjects.first, random.chance(80)
            else { continue }
            for _ in 0..<(1 + random.below(3)) {
                _ = try store.addFinding(to: inspection.id, context: .test) { _ in
                    NewFinding(
                        subjectID: subject, description: "Sai phạm", category: "dat_dai",
                        amountVND: VND(Int64(random.below(5)) * 1_000_000),
                        landArea: LandArea(squareDecimetres: Int64(random.chance(30) ? random.below(9_000) : 0)))
                }
            }
            let kinds: [(Recommendation.Kind, RecommendationFigures)] = [
                (.recovery, RecommendationFigures(amountVND: VND(Int64(1 + random.below(9)) * 1_000_000), landArea: LandArea(squareDecimetres: Int64(random.below(3) * 1_000)))),
                (.otherFinancial, RecommendationFigures(amountVND: VND(Int64(1 + random.below(9)) * 500_000))),
                (.handling, RecommendationFigures(collectives: random.below(3), persons: 1 + random.below(3))),
                (.transfer, RecommendationFigures(persons: random.below(4), cases: 1 + random.below(2))),
                (.policy, RecommendationFigures(documents: 1 + random.below(3))),
            ]
            for (kind, figures) in kinds where random.chance(60) {
                let recommendation = try store.addRecommendation(to: inspection.id, context: .test) { _ in
                    NewRecommendation(kind: kind, description: "Kiến nghị", figures: figures)
                }
                guard let concludedOn = inspection.timeline.conclusion?.concludedOn, random.chance(70) else { continue }
                // One follow-up of at most half of each figure, some time after the conclusion.
                let half = RecommendationFigures(
                    amountVND: VND(figures.amountVND.rawValue / 2), landArea: LandArea(squareDecimetres: figures.landArea.rawValue / 2),
                    collectives: figures.collectives / 2, persons: figures.persons / 2, cases: figures.cases / 2,
                    documents: figures.documents / 2)
                guard half != RecommendationFigures() else { continue }
                receipts += 1
                let receipt = half.amountVND > .zero ? "KB-\(receipts)" : nil
                _ = try store.recordFollowUp(on: recommendation.id, context: .test) { _, _ in
                    NewFollowUp(doneOn: concludedOn.adding(days: random.below(60)), figures: half, receipt: receipt)
                }
            }
        }
    }

    /// Each figure of `period` (the fixed ones and the per-category and per-level counts) against its members; the
    /// mismatches, one line each.
    static func mismatches(in period: ReportPeriod, of store: any InspectorateStore) throws -> [String] {
        let figures = try store.figures(for: period)
        var lines: [String] = []
        if figures.period != period { lines.append("\(period.label): figures of \(figures.period.label)") }
        for name in Set(Figure.all).union(figures.values.keys).sorted() {
            let members = try store.members(of: name, in: period)
            let sum = members.members.reduce(Int64(0)) { $0 + $1.value }
            if sum != figures[name] || members.figure != name || members.period != period {
                lines.append("\(period.label) \(name): figure \(figures[name]), members \(sum)")
            }
        }
        return lines
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .penaltyCases, .subjects))
    func everyFigureOfEveryDayEqualsTheSumOfItsMembers(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given a random history of cases and inspections with their results
            try Self.writeHistory(cases: 30, inspections: 24, seed: 21, into: store)

            // Then on every day of the first eight months each figure of that day is the sum of its members
            var mismatches: [String] = []
            var largest: [String: Int64] = [:]
            for offset in 0..<Self.checkedDays {
                let from = PenaltyHistory.start.adding(days: offset)
                let period = ReportPeriod(kind: "range", label: "\(from)", from: from, before: from.adding(days: 1))
                mismatches += try Self.mismatches(in: period, of: store)
                for (name, value) in try store.figures(for: period).values { largest[name] = max(largest[name] ?? 0, value) }
            }
            #expect(mismatches == [])
            // And the history is rich enough to test something: most figures are not always zero.
            let neverSeen = Figure.all.filter { (largest[$0] ?? 0) == 0 }
            #expect(neverSeen.count <= Figure.all.count / 4, "figures that stay zero: \(neverSeen)")
        }
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .penaltyCases, .subjects), [UInt64(1), 2])
    func everyFigureOfEveryMonthQuarterAndRangeEqualsTheSumOfItsMembers(_ factory: StoreFactory, seed: UInt64) throws {
        try factory.withStore { store in
            try Self.writeHistory(cases: 50, inspections: 30, seed: seed, into: store)

            // Months under the national cut-off ([15th, 15th)), quarters, and the whole span
            let start = PenaltyHistory.start
            var periods: [ReportPeriod] = []
            var from = start.adding(days: -17)
            while from < start.adding(days: Self.checkedDays) {
                let before = from.adding(days: 30)
                periods.append(ReportPeriod(kind: "monthly", label: "m\(from)", from: from, before: before))
                from = before
            }
            for quarter in 0..<4 {
                let from = start.adding(days: quarter * 91)
                periods.append(ReportPeriod(kind: "quarterly", label: "q\(quarter)", from: from, before: from.adding(days: 91)))
            }
            periods.append(
                ReportPeriod(kind: "range", label: "all", from: start.adding(days: -30), before: start.adding(days: 400)))

            for period in periods {
                #expect(try Self.mismatches(in: period, of: store) == [])
                let all = try store.figures(for: period)
                let some = [Figure.opened, Figure.outstandingVND, Figure.recoveredLand, Figure.paymentsOverdue]
                let named = try store.figures(for: period, named: some)
                #expect(named.values == all.values.filter { some.contains($0.key) }, "\(period.label)")
            }
            // A report's history: the trend of every period read together, as each period's figures give it
            let together = try store.figures(for: periods, named: Figure.trend)
            #expect(together.map(\.period) == periods)
            for (period, figures) in zip(periods, together) {
                let all = try store.figures(for: period)
                #expect(figures.values == all.values.filter { Figure.trend.contains($0.key) }, "\(period.label)")
            }
        }
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .penaltyCases, .subjects))
    func scopesReadTogetherEqualTheSeparateCalls(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            try Self.writeHistory(cases: 30, inspections: 30, seed: 5, into: store)
            let scopes = [["hanh_chinh"], ["dat_dai"], ["hanh_chinh", "dat_dai"], [], ["khac"]]
            var seen: Int64 = 0
            var from = PenaltyHistory.start.adding(days: -17)
            while from < PenaltyHistory.start.adding(days: Self.checkedDays) {
                let period = ReportPeriod(kind: "monthly", label: "m\(from)", from: from, before: from.adding(days: 30))
                let together = try store.figures(for: period, scopes: scopes)
                #expect(together.all.values == (try store.figures(for: period)).values, "\(period.label)")
                for (categories, scoped) in zip(scopes, together.scoped) {
                    let separate = try store.figures(for: period, categories: categories)
                    #expect(scoped.values == separate.values, "\(period.label) \(categories)")
                    seen = max(seen, separate[Figure.violationsVND], separate[Figure.recoveredVND])
                }
                from = from.adding(days: 30)
            }
            // The history gives the scopes money to count
            #expect(seen > 0)
        }
    }
}
