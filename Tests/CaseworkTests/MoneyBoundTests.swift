import Testing
@testable import Casework

@Suite("The money bound: 10^15 đồng, checked at every door and in every total")
struct MoneyBoundTests {
    @Test func theBoundIsTenToTheFifteenAndNineThousandOfThemStillFit() {
        #expect(VND.maximum.rawValue == 1_000_000_000_000_000)
        let (sum, overflow) = VND.maximum.rawValue.multipliedReportingOverflow(by: 9_000)
        #expect(!overflow && sum < Int64.max)
    }

    @Test func parsingAcceptsTheBoundAndRefusesOneMoreWithTheDigitsAsTyped() throws {
        #expect(try VND(parsing: "1.000.000.000.000.000") == VND.maximum)
        #expect(throws: MoneyError.aboveMaximum("1000000000000001")) { try VND(parsing: "1000000000000001") }
        #expect(throws: MoneyError.aboveMaximum("9223372036854775807")) { try VND(parsing: "9223372036854775807") }
        // More digits than an Int64 holds: still the bound's error, with the digits typed.
        #expect(throws: MoneyError.aboveMaximum("99999999999999999999")) { try VND(parsing: "99999999999999999999") }
        #expect(
            MoneyError.aboveMaximum("1000000000000001").description
                == "1000000000000001 đồng is above the largest amount thanhtra accepts, 1.000.000.000.000.000 đ "
                + "(10^15 đồng); check for extra digits")
    }

    @Test func boundedReadingRefusesNegativeAndAboveTheBound() {
        #expect(VND(bounded: 0) == .zero)
        #expect(VND(bounded: 1_000_000_000_000_000) == VND.maximum)
        #expect(VND(bounded: 1_000_000_000_000_001) == nil)
        #expect(VND(bounded: Int64.max) == nil)
        #expect(VND(bounded: -1) == nil)
    }

    @Test func accumulateThrowsNamingTheTotalAndTheRecordAndLeavesTheTotalAsItWas() throws {
        var total: Int64 = Int64.max - 10
        try VND.accumulate(&total, 10, into: "fines", at: "penalty case #1")
        #expect(total == Int64.max)
        let error = try #require(throws: AmountTotalError.self) {
            try VND.accumulate(&total, 1, into: "fines", at: "penalty case #2")
        }
        #expect(error == AmountTotalError(total: "fines", record: "penalty case #2"))
        #expect(error.description.hasPrefix("error: the total of fines does not fit in a 64-bit count of đồng at penalty case #2\n  help: "))
        #expect(total == Int64.max)
    }

    @Test func paymentsThatOverflowAreDetectedBeforeTheNonThrowingSumsRun() {
        let day = CalendarDate("2026-01-01")!
        let payment = Payment(paidOn: day, amountVND: VND(Int64.max), surchargeVND: .zero, receipt: "R")
        var penaltyCase = PenaltyCase(
            id: 7, subjectID: 1, violatorKind: .organization,
            record: ViolationRecord(number: "BB-1", madeOn: day, place: "Hà Nội"), violations: [], mitigating: [],
            aggravating: [], facts: CaseFacts(), openedOn: day, decisionDueOn: day, openedWithPack: "x")
        penaltyCase.payments = [payment]
        #expect(penaltyCase.amountsAddUp)
        penaltyCase.payments = [payment, payment]
        #expect(!penaltyCase.amountsAddUp)
    }
}
