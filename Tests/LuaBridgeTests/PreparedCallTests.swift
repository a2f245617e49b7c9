import LuaBridge
import Testing

@Suite("Prepared calls: batches of scalar arguments and results without tables")
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

    func batch(_ records: [[Int64]]) -> LuaBatch {
        var batch = LuaBatch(argumentCount: records.first?.count ?? 0, records: records.count)
        for record in records { for value in record { batch.push(value) } }
        return batch
    }

    @Test func integersGoInAndComeBackExactlyRecordByRecord() throws {
        let runtime = try runtime()
        let add = try runtime.prepare("calc", ["add"])
        let records: [[Int64]] = [[1, 2], [Int64.max - 5, 5], [-7, 3]]
        let results = try runtime.call(add, batch: batch(records), results: 1)
        #expect(results.records == 3)
        for (index, record) in records.enumerated() {
            #expect(try results.integer(record: index, position: 1) == record[0] + record[1])
        }
        #expect(runtime.stackDepth == 0)
    }

    @Test func wordsBooleansAndMissingResultsCross() throws {
        let runtime = try runtime()
        let pair = try runtime.prepare("calc", ["pair"])
        var batch = LuaBatch(argumentCount: 2)
        batch.push("organization"); batch.push(false)
        batch.push("individual"); batch.push(true)
        let results = try runtime.call(pair, batch: batch, results: 3)
        #expect(try results.boolean(record: 0, position: 1) && !results.boolean(record: 0, position: 2))
        #expect(try !results.boolean(record: 1, position: 1) && results.boolean(record: 1, position: 2))
        // A third result the function does not return reads as nil: false, never an integer.
        #expect(try !results.boolean(record: 1, position: 3))
        #expect(throws: LuaError.self) { try results.integer(record: 1, position: 3) }
    }

    @Test func aFloatResultIsRefusedAtTheFunctionsDefinition() throws {
        let runtime = try runtime()
        let half = try runtime.prepare("calc", ["half"])
        let results = try runtime.call(half, batch: batch([[4], [3]]), results: 1)
        let error = try #require(throws: LuaError.self) { try results.integer(record: 1, position: 1) }
        #expect(error.kind == .badValue)
        #expect(error.message.contains("result 1 must be an integer, got a float (record 2 of the batch)"))
        #expect(error.location == LuaSourceLocation(file: "rules/calc.lua", line: 4))
        #expect(runtime.stackDepth == 0)
    }

    @Test func anUnknownFunctionIsNotPrepared() throws {
        let runtime = try runtime()
        let error = try #require(throws: LuaError.self) { try runtime.prepare("calc", ["nothing"]) }
        #expect(error.kind == .notFound)
    }

    @Test func theFailingRecordIsNamedAndTheHandleWorksAfterTheRebuild() throws {
        let runtime = try runtime()
        let loop = try runtime.prepare("calc", ["loop"])
        let add = try runtime.prepare("calc", ["add"])
        _ = try runtime.call(add, batch: batch([[1, 1]]), results: 1)
        var one = LuaBatch(argumentCount: 1)
        one.push(Int64(0)); one.push(Int64(0))
        let limit = try #require(throws: LuaError.self) { try runtime.call(loop, batch: one, results: 0) }
        #expect(limit.kind == .instructionLimit)
        #expect(limit.message.hasPrefix("record 1 of the batch: "))
        let results = try runtime.call(add, batch: batch([[40, 2]]), results: 1)
        #expect(try results.integer(record: 0, position: 1) == 42)
        try expectStillWorks(runtime)
    }
}
