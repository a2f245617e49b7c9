import Casework
import Testing
@testable import Rules

/// `penalty.surcharge` adds the days up in stretches; this checks it against the rule counted day by day
/// (TT 18/2023 Điều 5, Điều 78 k1: 5/10 000 of the unpaid fine a day, no paused day, rounded down once).
@Suite("Late surcharge: stretches give what counting day by day gives")
struct SurchargeStretchTests {
    /// The surcharge counted one day at a time, as the law reads.
    static func daily(_ request: SurchargeRequest) -> (amount: Int64, days: Int) {
        var basis: Int64 = 0
        var days = 0
        var day = request.dueOn.adding(days: 1)
        while day < request.asOf {
            let paid = request.payments.filter { $0.paidOn <= day }.reduce(Int64(0)) { $0 + $1.amountVND.rawValue }
            let unpaid = max(0, request.fineVND.rawValue - paid)
            let paused = request.pauses.contains { $0.fromOn <= day && day <= $0.untilOn }
            if !paused, unpaid > 0 {
                basis += unpaid * 5
                days += 1
            }
            day = day.adding(days: 1)
        }
        return (basis / 10_000, days)
    }

    @Test func randomRequestsWithPaymentsAndPausesAgree() throws {
        let engine = try RuleEngine(pack: PackFixture.bundled())
        var state: UInt64 = 2026
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let base = CalendarDate(year: 2027, month: 12, day: 20)!   // leap day 2028-02-29 inside the range
        for _ in 0..<400 {
            let due = base.adding(days: random(120))
            let asOf = due.adding(days: random(200) - 20)
            let payments = (0..<random(4)).map { index in
                Payment(
                    paidOn: due.adding(days: random(220) - 30), amountVND: VND(Int64(random(30)) * 100_000),
                    surchargeVND: .zero, receipt: "R\(index)")
            }.filter { $0.paidOn < asOf }
            let pauses = (0..<random(3)).map { _ in
                let from = due.adding(days: random(200) - 20)
                return Postponement(fromOn: from, untilOn: from.adding(days: random(40)), reason: "hoãn")
            }
            let request = SurchargeRequest(
                fineVND: VND(Int64(random(50) + 1) * 100_000), dueOn: due, asOf: asOf, payments: payments, pauses: pauses)
            let answer = try engine.surcharge(request)
            let expected = Self.daily(request)
            #expect(answer.amountVND.rawValue == expected.amount && answer.days == expected.days, "\(request)")
        }
    }
}
