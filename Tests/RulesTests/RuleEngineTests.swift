import Casework
import LuaBridge
import Testing
@testable import Rules

@Suite("Rule engine: host functions, money from Lua, limits")
struct RuleEngineTests {
    static let moneyModule = """
        local M = {}
        function M.half() return 1500000 / 2 end
        function M.huge() return 2^63 end
        function M.negative() return 100 - 200 end
        function M.nan() return 0/0 end
        function M.exact() return 1500000 // 2 end
        function M.text() return "1.500.000" end
        function M.days(a, b) return thanhtra.days_between(a, b) end
        function M.due(d) return thanhtra.add_days(d, 10) end
        function M.parts(d) return thanhtra.date_parts(d) end
        function M.bad_date() return thanhtra.add_days("2026-02-30", 1) end
        function M.loop() while true do end end
        return M
        """

    func engine() throws -> RuleEngine {
        try RuleEngine(pack: PackFixture.pack(["money.lua": RuleEngineTests.moneyModule]))
    }

    func money(_ function: String) throws -> VND {
        let engine = try engine()
        let result = try engine.call(["money", function], [])
        return try (result.values.first ?? .nil).money(field: "fine amount", rule: function, site: result.returnSite)
    }

    @Test func anIntegerAmountCrossesExactly() throws {
        #expect(try money("exact") == VND(750_000))
    }

    @Test func aFloatAmountIsRefusedWithItsFileAndLine() throws {
        let error = try #require(throws: RuleError.self) { try money("half") }
        #expect(error.kind == .badResult)
        #expect(error.file == "rules/money.lua")
        #expect(error.line == 2)
        #expect(
            error.description == """
                error: fine amount must be a whole number of đồng, got 750000.0 (a float)
                  --> rules/money.lua:2 (rule "half")
                  help: use integer division (//) when applying a percentage; `/` and `^` always give floats in Lua
                """)
    }

    @Test func twoToThe63IsRefusedAsAFloatBeyondInt64() throws {
        let error = try #require(throws: RuleError.self) { try money("huge") }
        #expect(error.message.hasPrefix("fine amount must be a whole number of đồng, got 9.223372036854776e+18"))
        #expect(error.line == 3)
    }

    @Test func aNegativeAmountIsRefused() throws {
        let error = try #require(throws: RuleError.self) { try money("negative") }
        #expect(error.message == "fine amount must not be negative, got -100")
        #expect(error.line == 4)
    }

    @Test func notANumberIsRefused() throws {
        let error = try #require(throws: RuleError.self) { try money("nan") }
        #expect(error.message == "fine amount must be a whole number of đồng, got NaN")
    }

    @Test func textIsNotMoney() throws {
        let error = try #require(throws: RuleError.self) { try money("text") }
        #expect(error.message == "fine amount must be a whole number of đồng, got \"1.500.000\"")
    }

    @Test func dateHelpersCountCalendarDays() throws {
        let engine = try engine()
        #expect(try engine.call(["money", "days"], [.string("2026-02-20"), .string("2026-03-02")]).values == [.integer(10)])
        #expect(try engine.call(["money", "due"], [.string("2026-12-25")]).values == [.string("2027-01-04")])
        let parts = try engine.call(["money", "parts"], [.string("2026-11-23")]).values.first
        guard case .table(let table)? = parts else { Issue.record("expected a table"); return }
        #expect(table["weekday"] == .integer(1))  // a Monday
        #expect(table["year"] == .integer(2026))
    }

    @Test func aBadDateGivenToAHelperIsALocatedError() throws {
        let engine = try engine()
        let error = try #require(throws: RuleError.self) { try engine.call(["money", "bad_date"], []) }
        #expect(error.kind == .runtime)
        #expect(error.file == "rules/money.lua")
        #expect(error.line == 11)
        #expect(error.message.contains("thanhtra.add_days: argument 1 must be a date \"YYYY-MM-DD\", got \"2026-02-30\""))
    }

    @Test func anEndlessLoopHitsTheBudgetAndTheEngineStillAnswers() throws {
        let engine = try RuleEngine(
            pack: PackFixture.pack(["money.lua": RuleEngineTests.moneyModule]),
            limits: RuleLimits(instructionBudget: 1_000_000))
        let error = try #require(throws: RuleError.self) { try engine.call(["money", "loop"], []) }
        #expect(error.kind == .instructionLimit)
        #expect(error.file == "rules/money.lua")
        #expect(try engine.call(["money", "exact"], []).values == [.integer(750_000)])
    }

    @Test func thePoolGivesTheSameAnswersAsOneEngineInOrder() throws {
        let pack = PackFixture.pack(["money.lua": RuleEngineTests.moneyModule])
        let pool = try RuleEnginePool(pack: pack, workers: 2)
        let days = Array(0..<500)
        let results = try pool.map(days) { engine, n -> Int64 in
            let start = CalendarDate(year: 2025, month: 1, day: 1)!.adding(days: n).description
            guard case .integer(let value)? = try engine.call(["money", "days"], [.string("2025-01-01"), .string(start)]).values.first
            else { return -1 }
            return value
        }
        #expect(results == days.map(Int64.init))
    }

    @Test func aPoolReportsTheFirstFailingItem() throws {
        let pack = PackFixture.pack(["money.lua": RuleEngineTests.moneyModule])
        let pool = try RuleEnginePool(pack: pack, workers: 2)
        let error = try #require(throws: RuleError.self) {
            try pool.map(["2026-01-01", "2026-13-01", "2026-01-02"]) { engine, day in
                try engine.call(["money", "due"], [.string(day)]).values
            }
        }
        #expect(error.message.contains("got \"2026-13-01\""))
    }
}
