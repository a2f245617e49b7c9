import Casework
import LuaBridge
import Testing
@testable import Rules

/// The `thanhtra.*` date helpers run in C for well-formed dates: they must agree with Casework's CalendarDate, and
/// malformed input must still get the host's own messages.
@Suite("thanhtra date helpers: C and Swift agree")
struct HostDateFunctionTests {
    static let module = """
        local M = {}
        function M.all(d, n, e)
          return thanhtra.add_days(d, n), thanhtra.add_months(d, n), thanhtra.days_between(d, e),
                 thanhtra.compare_dates(d, e), thanhtra.is_date(d)
        end
        return M
        """

    @Test func everyHelperAgreesWithCalendarDateOverManyDates() throws {
        let engine = try RuleEngine(pack: PackFixture.pack(["money.lua": Self.module]))
        var day = CalendarDate(year: 1999, month: 12, day: 25)!
        let other = CalendarDate(year: 2026, month: 3, day: 1)!
        var count = 0
        while day < CalendarDate(year: 2030, month: 1, day: 10)! {
            let n = (day.dayNumber % 97) - 48
            let values = try engine.call(["money", "all"], [.string(day.description), .integer(Int64(n)), .string(other.description)]).values
            #expect(
                values == [
                    .string(day.adding(days: n).description), .string(day.adding(months: n).description),
                    .integer(Int64(day.days(to: other))), .integer(day < other ? -1 : day == other ? 0 : 1), .boolean(true),
                ], "\(day) \(n)")
            day = day.adding(days: 13)
            count += 1
        }
        #expect(count > 800)
    }

    @Test func aDateThatDoesNotExistStillGetsTheHostsMessage() throws {
        let engine = try RuleEngine(pack: PackFixture.pack(["money.lua": Self.module]))
        let error = try #require(throws: RuleError.self) {
            try engine.call(["money", "all"], [.string("2026-02-30"), .integer(1), .string("2026-03-01")])
        }
        #expect(error.message.contains("thanhtra.add_days: argument 1 must be a date \"YYYY-MM-DD\", got \"2026-02-30\""))
        #expect(error.file == "rules/money.lua" && error.line == 3)
    }
}
