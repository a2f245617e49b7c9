import Casework
import Foundation
import Rules
import Store
import Testing

@Suite("case recompute: deadlines and surcharges as of a day")
struct CaseRecomputeTests {
    func recompute(_ store: SQLiteStore, pool: RuleEnginePool, asOf: CalendarDate) throws -> [RecomputedCase] {
        var rows: [RecomputedCase] = []
        try store.forEachPenaltyCase(inStates: [.open, .decided], batchSize: 37) { batch in
            rows += try CaseRecompute.recompute(batch, asOf: asOf, pool: pool)
        }
        return rows
    }

    @Test func everyOpenAndUnpaidCaseIsRecomputedAndTheTotalsAddUp() throws {
        let (store, pool) = try Fixtures.store(cases: 250)
        let rows = try recompute(store, pool: pool, asOf: Fixtures.today)
        let cases = try store.penaltyCases(PenaltyCaseFilter(limit: 10_000)).filter { $0.state == .open || $0.state == .decided }
        #expect(rows.map(\.caseID) == cases.map(\.id).sorted { $0.rawValue < $1.rawValue })

        var totals = RecomputeTotals()
        for row in rows { try totals.add(row) }
        #expect(totals.cases == cases.count)
        for row in rows {
            let penaltyCase = try #require(cases.first { $0.id == row.caseID })
            // The synthetic cases were made with the bundled pack: the rules now give the stored dates.
            #expect(!row.isDueDateDifferent)
            switch row.deadline {
            case .decision:
                #expect(row.storedDueOn == penaltyCase.decisionDueOn)
                #expect(row.daysOverdue == max(0, penaltyCase.decisionDueOn.days(to: Fixtures.today)))
            case .payment:
                let due = try #require(penaltyCase.decision?.paymentDueOn)
                #expect(row.daysOverdue == max(0, due.days(to: Fixtures.today)))
                let surcharge = try #require(try PenaltyCasework.surcharge(penaltyCase, asOf: Fixtures.today, policy: RuleEngine(pack: pool.pack)))
                #expect(row.surchargeVND == surcharge.accrued.amountVND && row.surchargeOwedVND == surcharge.owedVND)
                #expect(row.outstandingVND == penaltyCase.outstandingVND)
            case .undelivered:
                #expect(penaltyCase.decision?.receivedOn == nil && row.daysOverdue == 0)
            }
        }
        #expect(totals.decisionOverdue == rows.filter { $0.deadline == .decision && $0.daysOverdue > 0 }.count)
        #expect(totals.surchargeVND == rows.reduce(0) { $0 + $1.surchargeVND.rawValue })
        #expect(totals.paymentOverdue > 0 && totals.surchargeVND > 0)
    }

    @Test func beforeTheDueDateNothingIsOverdueAndNoSurchargeAccrues() throws {
        let (store, pool) = try Fixtures.store(cases: 80)
        let early = CalendarDate(year: 2022, month: 3, day: 1)!
        let rows = try recompute(store, pool: pool, asOf: early)
        #expect(rows.allSatisfy { !$0.isOverdue && $0.surchargeVND == .zero })
    }
}
