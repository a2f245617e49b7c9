import LuaBridge
import Testing
@testable import Rules
import RulesNative

@Suite("Date functions in C, with the host behind them")
struct CalendarFunctionTests {
    /// A runtime with the five C date functions as `cal.*`, each falling back to a Swift body that records the call.
    func runtime(_ fallbacks: Fallbacks) throws -> LuaRuntime {
        let runtime = try LuaRuntime(limits: LuaLimits(instructionBudget: 5_000_000, memoryLimit: 32 << 20))
        try runtime.run(
            LuaChunk(name: "rules/probe.lua", text: "return { increment = function(x) return x + 1 end }"),
            keepResultAs: "probe")
        let names: [(String, CalendarFunction)] = [
            ("compare_dates", .compareDates), ("days_between", .daysBetween), ("add_days", .addDays),
            ("add_months", .addMonths), ("is_date", .isDate),
        ]
        for (name, function) in names {
            try runtime.register("cal", name, native: function.native) { arguments in
                fallbacks.calls.append(name)
                throw LuaError(kind: .runtime, message: "cal.\(name): bad arguments (\(arguments.count))")
            }
        }
        try runtime.run(
            LuaChunk(name: "rules/cal.lua", text: "return { run = function(name, ...) return cal[name](...) end }"),
            keepResultAs: "cal")
        try runtime.freezeGlobals()
        return runtime
    }

    final class Fallbacks: @unchecked Sendable { var calls: [String] = [] }

    func call(_ runtime: LuaRuntime, _ name: String, _ arguments: LuaValue...) throws -> LuaValue {
        try runtime.call("cal", ["run"], [.string(name)] + arguments).values.first ?? .nil
    }

    @Test func wellFormedDatesAreAnsweredInC() throws {
        let fallbacks = Fallbacks()
        let runtime = try runtime(fallbacks)
        #expect(try call(runtime, "add_days", .string("2026-02-27"), .integer(2)) == .string("2026-03-01"))
        #expect(try call(runtime, "add_days", .string("2024-02-28"), .integer(1)) == .string("2024-02-29"))
        #expect(try call(runtime, "add_days", .string("2026-01-01"), .integer(-1)) == .string("2025-12-31"))
        #expect(try call(runtime, "add_months", .string("2026-01-31"), .integer(1)) == .string("2026-02-28"))
        #expect(try call(runtime, "add_months", .string("2024-03-31"), .integer(-13)) == .string("2023-02-28"))
        #expect(try call(runtime, "add_months", .string("2025-07-01"), .integer(24)) == .string("2027-07-01"))
        #expect(try call(runtime, "days_between", .string("2024-01-01"), .string("2025-01-01")) == .integer(366))
        #expect(try call(runtime, "days_between", .string("2026-03-10"), .string("2026-03-01")) == .integer(-9))
        #expect(try call(runtime, "compare_dates", .string("2026-03-10"), .string("2026-03-09")) == .integer(1))
        #expect(try call(runtime, "compare_dates", .string("2026-03-10"), .string("2026-03-10")) == .integer(0))
        #expect(try call(runtime, "is_date", .string("2024-02-29")) == .boolean(true))
        #expect(try call(runtime, "is_date", .string("2026-02-29")) == .boolean(false))
        #expect(try call(runtime, "is_date", .integer(20260101)) == .boolean(false))
        #expect(fallbacks.calls.isEmpty)
        #expect(runtime.stackDepth == 0)
    }

    @Test func anythingElseGoesToTheHostWithItsLocation() throws {
        let fallbacks = Fallbacks()
        let runtime = try runtime(fallbacks)
        for (name, arguments) in [
            ("add_days", [LuaValue.string("2026-02-30"), .integer(1)]), ("add_days", [.string("2026-02-01"), .number(1.5)]),
            ("add_days", [.string("2026-02-01"), .integer(10_000_000)]), ("add_months", [.string("0001-01-01"), .integer(-1)]),
            ("compare_dates", [.string("2026-1-1"), .string("2026-01-01")]), ("days_between", [.string("2026-01-01")]),
        ] {
            let error = try #require(throws: LuaError.self) { try runtime.call("cal", ["run"], [.string(name)] + arguments) }
            #expect(error.message == "cal.\(name): bad arguments (\(arguments.count))")
            #expect(error.location == LuaSourceLocation(file: "rules/cal.lua", line: 1))
        }
        #expect(fallbacks.calls == ["add_days", "add_days", "add_days", "add_months", "compare_dates", "days_between"])
        #expect(runtime.stackDepth == 0)
        #expect(try runtime.call("probe", ["increment"], [.integer(41)]).values == [.integer(42)])
        #expect(runtime.stackDepth == 0)
    }

    @Test func everyCalendarFunctionHasItsCFunction() {
        for function in CalendarFunction.allCases {
            _ = function.native   // traps if calendar.c lacks it
        }
        #expect(rules_calendar_function(0) == nil)
        #expect(rules_calendar_function(6) == nil)
    }
}
