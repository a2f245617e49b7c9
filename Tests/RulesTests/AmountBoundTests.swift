import Casework
import LuaBridge
import Testing
@testable import Rules

/// A rule answer above ``VND/maximum`` (10^15 đồng) is refused with the rule's file and line, like a negative one.
@Suite("Rule answers above the money bound")
struct AmountBoundTests {
    static let module = """
        local M = {}
        function M.at_bound() return 1000000000000000 end
        function M.above() return 1000000000000001 end
        function M.int_max() return math.maxinteger end
        return M
        """

    func money(_ function: String) throws -> VND {
        let engine = try RuleEngine(pack: PackFixture.pack(["money.lua": Self.module]))
        let result = try engine.call(["money", function], [])
        return try (result.values.first ?? .nil).money(field: "amount_vnd", rule: function, site: result.returnSite)
    }

    @Test func anAmountAtTheBoundIsAccepted() throws {
        #expect(try money("at_bound") == VND.maximum)
    }

    @Test func oneĐồngAboveTheBoundIsRefusedWithItsFileAndLine() throws {
        let error = try #require(throws: RuleError.self) { try money("above") }
        #expect(error.kind == .badResult)
        #expect(error.file == "rules/money.lua" && error.line == 3)
        #expect(
            error.message
                == "amount_vnd is 1000000000000001 đồng, above the largest amount thanhtra accepts, 1.000.000.000.000.000 đ (10^15 đồng)")
    }

    @Test func theLargestLuaIntegerIsRefusedNotWrapped() throws {
        let error = try #require(throws: RuleError.self) { try money("int_max") }
        #expect(error.message.hasPrefix("amount_vnd is 9223372036854775807 đồng, above the largest amount"))
        #expect(error.line == 4)
    }

    @Test func theFastFineAmountPathRefusesAnAmountAboveTheBoundNamingTheRuleFile() throws {
        let pack = PackFixture.pack([
            "init.lua": "return { name = 't', version = '1', penalty = require 'penalty' }\n",
            "penalty.lua": "return {\n  fine_amount = function(v, s, min, max)\n    return math.maxinteger, min, max, false\n  end }\n",
        ])
        let engine = try RuleEngine(pack: pack)
        let question = FineQuestion(
            violator: .person, statedFor: .person, frameMinVND: VND(100), frameMaxVND: VND(300), capVND: nil,
            warningAllowed: false, isMinor: false, mitigating: 0, aggravating: 0)
        let error = try #require(throws: RuleError.self) { try engine.fineAmount(question) }
        #expect(error.message.contains("fine_vnd is 9223372036854775807 đồng, above the largest amount thanhtra accepts"))
        #expect(error.file == "rules/penalty.lua")
        #expect(error.rule == "penalty.fine_amount")
    }
}
