import Casework
import Testing

@testable import Store

/// A report's history read together (``SQLiteStore/figures(for:named:)`` over several periods, one read transaction,
/// each statement compiled once): the same values, in the same order, as one period at a time and as every figure of
/// each period.
@Suite struct ReportHistoryTests {
    /// Random periods over a random penalty history, the trend's figures and every rolled-up one.
    @Test func penaltyHistoriesReadTogetherEqualEachPeriodReadAlone() throws {
        try compare(try PenaltyFlowTests.makeStore(cases: 120, seed: 11), seed: 11)
    }

    /// The same over a random history of inspections.
    @Test func inspectionHistoriesReadTogetherEqualEachPeriodReadAlone() throws {
        try compare(try InspectionRollupTests.makeStore(inspections: 100, seed: 42), seed: 42)
    }

    func compare(_ store: SQLiteStore, seed: UInt64) throws {
        let periods = PenaltyFlowTests.periods(random: 40, seed: seed).map { from, before in
            ReportPeriod(kind: "range", label: "\(from)..\(before)", from: from, before: before)
        }
        let names = Figure.trend + PenaltyFlowTests.flows + InspectionRollupTests.rolledUp + [Figure.recoveredVND]
        let together = try store.figures(for: periods, named: names)
        #expect(together.count == periods.count)
        var nonZero = 0
        for (period, figures) in zip(periods, together) {
            // Alone, and from every figure of the period (the census and the member sums, not the named statements)
            let alone = try store.figures(for: period, named: names)
            let every = try store.figures(for: period)
            #expect(figures.period == period)
            #expect(figures.values == alone.values, "\(period.label)")
            for name in names { #expect(figures[name] == every[name], "\(name) in \(period.label)") }
            #expect(Set(figures.values.keys) == Set(names))
            if figures.values.values.contains(where: { $0 != 0 }) { nonZero += 1 }
        }
        // The comparison saw figures, not only zeros.
        #expect(nonZero > 10)
        #expect(try store.figures(for: [], named: names).isEmpty)
    }

    @Test func anUnknownFigureOrAnEmptyPeriodIsRefusedTogetherToo() throws {
        let store = try makeReportStore()
        let unknown = #expect(throws: StoreError.self) {
            try store.figures(for: [reportP1, reportP2], named: ["no.such.figure"])
        }
        #expect(unknown?.kind == .invalid)
        let empty = ReportPeriod(kind: "range", label: "empty", from: reportP1.before, before: reportP1.before)
        let refused = #expect(throws: StoreError.self) { try store.figures(for: [reportP1, empty], named: Figure.trend) }
        #expect(refused?.kind == .invalid)
    }
}
