import LuaBridge
import Testing
@testable import Rules

@Suite("Rule call time limits")
struct RuleTimeLimitTests {
    static let spin = "return { spin = function() local n = 0 while true do n = n + 1 end end, one = function() return 1 end }\n"

    @Test func aPackAskingForLessTimeGetsItAndItsCallsStopThere() throws {
        let engine = try RuleEngine(
            pack: PackFixture.pack([
                "init.lua": "return { name = 'test', version = '1', time_limit_ms = 200, money = require 'money' }\n",
                "money.lua": Self.spin,
            ]),
            limits: RuleLimits(instructionBudget: 1 << 60))
        #expect(engine.manifest.timeLimitMilliseconds == 200)
        #expect(engine.limits.timeLimitMilliseconds == 200)
        let error = try #require(throws: RuleError.self) { try engine.call(["money", "spin"], []) }
        #expect(error.kind == .timeLimit)
        #expect(error.message == "time limit of 200 ms exceeded")
        #expect(error.file == "rules/money.lua")
        #expect(error.line == 1)
        #expect(try engine.call(["money", "one"], []).values == [.integer(1)])
    }

    @Test func aPackCannotAskForMoreThanTheHostAllows() throws {
        let error = try #require(throws: RuleError.self) {
            try RuleEngine(pack: PackFixture.pack([
                "init.lua": "return { name = 'test', version = '1', time_limit_ms = 60000, money = require 'money' }\n",
                "money.lua": Self.spin,
            ]))
        }
        #expect(error.kind == .contract)
        #expect(error.message.contains("`time_limit_ms` must be a whole number of milliseconds from 1 to 10000"))
        // The host's own limit is clamped to the maximum too.
        #expect(RuleLimits(timeLimitMilliseconds: 3_600_000).timeLimitMilliseconds == 10_000)
    }
}
