import Casework
import Testing

@Suite struct CalendarDateTests {
    private func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    @Test func parsesAndPrintsIsoDates() throws {
        let day = try date("2026-11-23")
        #expect((day.year, day.month, day.day) == (2026, 11, 23))
        #expect(day.description == "2026-11-23")
        #expect(try date("0999-01-05").description == "0999-01-05")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-2-01", "26-02-01", "2026/02/01",
        "2026-02-01T00:00", ""])
    func refusesTextThatIsNotARealDay(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func acceptsTheLeapDayInLeapYearsOnly() {
        #expect(CalendarDate("2028-02-29") != nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("1900-02-29") == nil)
    }

    @Test func addsDaysAcrossYearEnds() throws {
        #expect(try date("2025-12-31").adding(days: 1) == date("2026-01-01"))
        #expect(try date("2026-01-01").adding(days: -1) == date("2025-12-31"))
        #expect(try date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(try date("2026-02-27").days(to: date("2027-03-01")) == 367)
        #expect(try date("1970-01-01").dayNumber == 0)
    }

    @Test func addingMonthsClampsToTheLastDayOfTheMonth() throws {
        #expect(try date("2026-01-31").adding(months: 1) == date("2026-02-28"))
        #expect(try date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(try date("2026-03-31").adding(months: -1) == date("2026-02-28"))
        #expect(try date("2026-11-30").adding(months: 3) == date("2027-02-28"))
        #expect(try date("2026-05-15").adding(months: -17) == date("2024-12-15"))
        // Past the last year a date can be written with, the arithmetic still answers (it used to trap).
        #expect(try date("9999-12-31").adding(months: 2).description.hasSuffix("-02-29"))
    }

    @Test(arguments: [("2026-11-23", 1), ("1970-01-01", 4), ("2024-02-29", 4), ("2000-01-01", 6), ("1969-12-28", 7)])
    func weekdayIsIsoMondayOneToSundaySeven(_ text: String, _ weekday: Int) throws {
        #expect(try date(text).weekday == weekday)
    }

    @Test func ordersChronologically() throws {
        #expect(try date("2025-12-31") < date("2026-01-01"))
        #expect(try date("2026-02-01") > date("2026-01-31"))
    }

    @Test func fixedClockGivesTheSameDayAndATimestampWithTheVietnamOffset() throws {
        let clock = FixedClock(try date("2026-11-23"), time: "16:05:09")
        #expect(clock.today() == (try date("2026-11-23")))
        #expect(clock.timestamp() == "2026-11-23T16:05:09+07:00")
    }
}
