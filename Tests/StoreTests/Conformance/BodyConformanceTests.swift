import Casework
import Testing

/// The body (cơ quan) that handles a case or conducts an inspection when several share the store (``PenaltyCase/body``,
/// ``Inspection/body``), on every store: it reads back with the record, and a period of one body
/// (``ReportPeriod/body``) counts that body's cases and inspections only — its figures, its scoped figures, its
/// trend's figures and its drill-down, hand-computed below — while the whole store's period still counts every one.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements them.
@Suite struct BodyConformanceTests {
    @Test(arguments: StoreFactory.implementing(.reports, .penaltyCases, .subjects, .inspections))
    func aBodysPeriodCountsItsOwnRecordsOnly(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given cases recorded on 10 March: #1 of the construction department's inspectorate (so_xd) decided on
            // 15 March at 6.000.000 đ and paid 2.000.000 đ on 28 March; #2 of the finance department's (so_tc)
            // decided on 20 March at 9.000.000 đ; #3 of no body decided on 25 March at 4.000.000 đ; #4 of so_xd not
            // decided
            let company = try store.addSubject(.company(1), context: .test)
            func open(_ record: String, body: String?) throws -> PenaltyCase.ID {
                var new = NewPenaltyCase.sample(subject: company.id, record: record)
                new.body = body
                return try store.openCase(new, context: .test).id
            }
            func decide(_ id: PenaltyCase.ID, _ number: String, on decidedOn: String, fine: Int64) throws {
                try store.record(
                    .decided(decision: .sample(number: number, decidedOn: decidedOn, fineVND: fine)), on: id,
                    state: .decided, command: "case decide")
            }
            let first = try open("BB-1/2026", body: "so_xd")
            let second = try open("BB-2/2026", body: "so_tc")
            let third = try open("BB-3/2026", body: nil)
            let fourth = try open("BB-4/2026", body: "so_xd")
            try decide(first, "1/QĐ-XPHC", on: "2026-03-15", fine: 6_000_000)
            try decide(second, "2/QĐ-XPHC", on: "2026-03-20", fine: 9_000_000)
            try decide(third, "3/QĐ-XPHC", on: "2026-03-25", fine: 4_000_000)
            try store.record(
                .paid(payment: Payment(paidOn: day("2026-03-28"), amountVND: VND(2_000_000), surchargeVND: .zero, receipt: "BL-1")),
                on: first, state: .decided, command: "case pay")

            // And inspections decided in March: an administrative one of so_xd, a specialized one of so_tc, and an
            // administrative one of no body, concluded on 20 March
            func inspection(_ category: String, on openedOn: String, body: String?, concludedOn: String? = nil) throws
                -> Inspection
            {
                var new = NewInspection.sample(openedOn: openedOn, subjects: [company.id], category: category)
                new.body = body
                return try store.makeInspection(
                    new, through: concludedOn == nil ? .decided : .concluded, concludedOn: concludedOn)
            }
            let own = try inspection("hanh_chinh", on: "2026-03-02", body: "so_xd")
            let other = try inspection("chuyen_nganh", on: "2026-03-03", body: "so_tc")
            let shared = try inspection("hanh_chinh", on: "2026-03-04", body: nil, concludedOn: "2026-03-20")

            // Then each record reads back with its body, or none
            #expect(try store.penaltyCase(id: first)?.body == "so_xd")
            #expect(try store.penaltyCase(id: third)?.body == nil)
            #expect(try store.inspection(id: own.id)?.body == "so_xd")
            #expect(try store.inspection(id: shared.id)?.body == nil)

            // And March of so_xd counts its two cases opened, its one decision of 6.000.000 đ, the 2.000.000 đ paid
            // on it, 4.000.000 đ outstanding, and its one administrative inspection
            var march = ReportPeriod(kind: "monthly", label: "2026-03", from: day("2026-03-01"), before: day("2026-04-01"))
            march.body = "so_xd"
            let mine = try store.figures(for: march)
            #expect(mine[Figure.penaltyCasesOpened] == 2)
            #expect(mine[Figure.decisions] == 1)
            #expect(mine[Figure.finesImposedVND] == 6_000_000)
            #expect(mine[Figure.finesCollectedVND] == 2_000_000)
            #expect(mine[Figure.outstandingVND] == 4_000_000)
            #expect(mine[Figure.total] == 1)
            #expect(mine[Figure.opened] == 1)
            #expect(mine[Figure.concluded] == 0)
            #expect(mine[Figure.categoryPrefix + "hanh_chinh"] == 1)
            #expect(mine.values[Figure.categoryPrefix + "chuyen_nganh"] == nil)
            #expect(try store.members(of: Figure.decisions, in: march).members.map(\.id) == [first.rawValue])
            #expect(try store.members(of: Figure.penaltyCasesOpened, in: march).members.map(\.id) == [first.rawValue, fourth.rawValue])
            #expect(try store.members(of: Figure.total, in: march).members.map(\.id) == [own.id.rawValue])

            // And restricted to a scope's categories, and as the trend reads it
            #expect(try store.figures(for: march, categories: ["hanh_chinh"])[Figure.total] == 1)
            #expect(try store.figures(for: march, categories: ["chuyen_nganh"])[Figure.total] == 0)
            #expect(try store.members(of: Figure.total, in: march, categories: ["hanh_chinh"]).members.map(\.id) == [own.id.rawValue])
            let trend = try store.figures(for: march, named: [Figure.total, Figure.finesImposedVND])
            #expect(trend[Figure.total] == 1)
            #expect(trend[Figure.finesImposedVND] == 6_000_000)

            // And so_tc counts its own; a body no record names counts nothing
            march.body = "so_tc"
            let theirs = try store.figures(for: march)
            #expect(theirs[Figure.decisions] == 1)
            #expect(theirs[Figure.finesImposedVND] == 9_000_000)
            #expect(theirs[Figure.total] == 1)
            #expect(theirs[Figure.categoryPrefix + "chuyen_nganh"] == 1)
            #expect(try store.members(of: Figure.total, in: march).members.map(\.id) == [other.id.rawValue])
            march.body = "thanh_tra_tinh"
            let nobody = try store.figures(for: march)
            #expect(nobody[Figure.decisions] == 0)
            #expect(nobody[Figure.total] == 0)
            #expect(nobody[Figure.penaltyCasesOpened] == 0)

            // And the whole store's March still counts every record
            march.body = nil
            let all = try store.figures(for: march)
            #expect(all[Figure.decisions] == 3)
            #expect(all[Figure.finesImposedVND] == 19_000_000)
            #expect(all[Figure.total] == 3)
            #expect(all[Figure.concluded] == 1)

            // And the journal verifies
            let entries = try store.journal(after: 0, limit: 100)
            #expect(try store.verifyJournal() == .intact(entries: Int64(entries.count), head: entries.last!.hash))
        }
    }
}
