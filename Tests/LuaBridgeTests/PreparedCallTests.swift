import LuaBridge
import Testing

@Suite("Prepared calls: scalar arguments and results without tables")
struct PreparedCallTests {
    static let source = """
        return {
          add = function(a, b) return a + b end,
          pair = function(word, flag) return word == "organization", flag end,
          half = function(x) return x / 2 end,
          none = function() end,
          loop = function() while true do end end,
        }
        """

    func runtime() throws -> LuaRuntime {
        let runtime = try makeRuntime(limits: LuaLimits(instructionBudget: 100_000, memoryLimit: 32 << 20))
        try runtime.run(LuaChunk(name: "rules/calc.lua", text: PreparedCallTests.source), keepResultAs: "calc")
        try runtime.freezeGlobals()
        return runtime
    }

    @Test func integersGoInAndComeBackExactly() throws {
        let runtime = try runtime()
        let add = try runtime.prepare("calc", ["add"])
        for (a, b) in [(Int64(1), Int64(2)), (Int64.max - 5, Int64(5)), (Int64(-7), Int64(3))] {
            let sum = try runtime.call(add, arguments: 2, push: { $0.push(a); $0.push(b) }, read: { try $0.integer(1) })
            #expect(sum == a + b)
        }
        #expect(runtime.stackDepth == 0)
    }

    @Test func wordsAndBooleansCross() throws {
        let runtime = try runtime()
        let pair = try runtime.prepare("calc", ["pair"])
        let answer = try runtime.call(pair, arguments: 2, push: { $0.push("organization"); $0.push(false) }) {
            (try $0.boolean(1), try $0.boolean(2), $0.count)
        }
        #expect(answer.0 == true && answer.1 == false && answer.2 == 2)
    }

    @Test func aFloatResultIsRefusedAtTheFunctionsDefinition() throws {
        let runtime = try runtime()
        let half = try runtime.prepare("calc", ["half"])
        let error = try #require(throws: LuaError.self) {
            try runtime.call(half, arguments: 1, push: { $0.push(Int64(3)) }, read: { try $0.integer(1) })
        }
        #expect(error.kind == .badValue)
        #expect(error.message.contains("result 1 must be an integer, got a float"))
        #expect(error.location == LuaSourceLocation(file: "rules/calc.lua", line: 4))
        #expect(runtime.stackDepth == 0)
    }

    @Test func aMissingResultIsNamed() throws {
        let runtime = try runtime()
        let none = try runtime.prepare("calc", ["none"])
        let error = try #require(throws: LuaError.self) {
            try runtime.call(none, arguments: 0, push: { _ in }, read: { try $0.integer(1) })
        }
        #expect(error.message.contains("returned 0 value(s); result 1 is missing"))
    }

    @Test func anUnknownFunctionIsNotPrepared() throws {
        let runtime = try runtime()
        let error = try #require(throws: LuaError.self) { try runtime.prepare("calc", ["nothing"]) }
        #expect(error.kind == .notFound)
    }

    @Test func theHandleStillWorksAfterALimitErrorRebuildsTheState() throws {
        let runtime = try runtime()
        let loop = try runtime.prepare("calc", ["loop"])
        let add = try runtime.prepare("calc", ["add"])
        _ = try runtime.call(add, arguments: 2, push: { $0.push(Int64(1)); $0.push(Int64(1)) }, read: { try $0.integer(1) })
        let error = try #require(throws: LuaError.self) {
            try runtime.call(loop, arguments: 0, push: { _ in }, read: { $0.count })
        }
        #expect(error.kind == .instructionLimit)
        let sum = try runtime.call(add, arguments: 2, push: { $0.push(Int64(40)); $0.push(Int64(2)) }) {
            try $0.integer(1)
        }
        #expect(sum == 42)
        try expectStillWorks(runtime)
    }
}
