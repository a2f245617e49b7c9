import LuaBridge
import Testing

@Suite("Direct calls: arguments pushed and results read on the stack")
struct DirectCallTests {
    func runtime() throws -> LuaRuntime {
        let runtime = try makeRuntime()
        try runtime.run(
            LuaChunk(
                name: "rules/direct.lua",
                text: """
                    return {
                      describe = function(request, extra)
                        return { count = #request.items, first = request.items[1], name = request.name,
                                 flag = request.flag, extra = extra, nested = { 10, 20, 30 } }
                      end,
                      float = function() return 1.5 end,
                      fail = function() error("refused") end,
                      many = function(...) return ... end,
                    }
                    """), keepResultAs: "direct")
        try runtime.freezeGlobals()
        return runtime
    }

    @Test func tablesPushedFromSwiftAreReadFieldByField() throws {
        let runtime = try runtime()
        let read = try runtime.call("direct", ["describe"]) { args in
            try args.pushTable(fieldCount: 3) {
                args.set("name", "Điều 23")
                args.set("flag", true)
                try args.set("items") {
                    try args.pushTable(arrayCount: 2) {
                        args.setElement(1, "a")
                        args.setElement(2, "b")
                    }
                }
            }
            args.push(Int64(7))
        } results: { results -> (Int64?, String?, String?, Bool?, Int64?, [Int64?], Int) in
            let answer = results.result(1)
            let nested = results.withField(answer, "nested") { list in
                (1...results.length(list)).map { index in results.withElement(list, index) { results.integer($0) } }
            }
            return (
                results.withField(answer, "count") { results.integer($0) },
                results.withField(answer, "first") { results.string($0) },
                results.withField(answer, "name") { results.string($0) },
                results.withField(answer, "flag") { results.boolean($0) },
                results.withField(answer, "extra") { results.integer($0) }, nested, results.count
            )
        }
        #expect(read.0 == 2 && read.1 == "a" && read.2 == "Điều 23" && read.3 == true && read.4 == 7)
        #expect(read.5 == [10, 20, 30] && read.6 == 1)
        #expect(runtime.stackDepth == 0)
    }

    @Test func readersReturnNilForAnotherTypeAndAMissingResult() throws {
        let runtime = try runtime()
        let read = try runtime.call("direct", ["float"]) { _ in } results: { results in
            (results.integer(results.result(1)), results.isNil(results.result(2)), try results.value(results.result(1)),
             results.returnSite)
        }
        #expect(read.0 == nil && read.1 && read.2 == .number(1.5))
        #expect(read.3 == LuaSourceLocation(file: "rules/direct.lua", line: 6))
        #expect(runtime.stackDepth == 0)
    }

    @Test func positionalValuesAndFunctionsKeptElsewhereCrossInBothDirections() throws {
        let runtime = try runtime()
        let values = try runtime.call("direct", ["many"]) { args in
            let found = try args.pushFunction("probe", ["increment"])
            let missing = try args.pushFunction("probe", ["missing"])
            #expect(found && !missing)
            args.pushNil()
            args.push(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
            args.push(Int64.min)
        } results: { results in
            (results.count, results.integer(results.result(4)), results.string(results.result(3)), results.isNil(results.result(2)))
        }
        #expect(values.0 == 4 && values.1 == Int64.min && values.2 == "" && values.3)
        #expect(runtime.stackDepth == 0)
    }

    @Test func errorsAreLocatedAndLeaveTheStackEmpty() throws {
        let runtime = try runtime()
        let error = try #require(throws: LuaError.self) {
            try runtime.call("direct", ["fail"]) { _ in } results: { _ in 0 }
        }
        #expect(error.message == "refused" && error.location == LuaSourceLocation(file: "rules/direct.lua", line: 7))
        let missing = try #require(throws: LuaError.self) {
            try runtime.call("direct", ["nothing"]) { _ in } results: { _ in 0 }
        }
        #expect(missing.kind == .notFound)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try runtime.call("direct", ["many"]) { args in
                args.push(Int64(1))
                throw Stop()
            } results: { _ in 0 }
        }
        #expect(runtime.stackDepth == 0)
        try expectStillWorks(runtime)
    }
}
