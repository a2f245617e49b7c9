import LuaBridge
import Testing

private func echo(_ values: [LuaValue]) throws -> [LuaValue] {
    let runtime = try makeRuntime()
    try runtime.run(LuaChunk(name: "rules/echo.lua", text: "return { echo = function(...) return ... end }"),
                    keepResultAs: "echo")
    let result = try runtime.call("echo", ["echo"], values)
    #expect(runtime.stackDepth == 0)
    return result.values
}

@Test func scalarsRoundTripWithTheirSubtypes() throws {
    let values: [LuaValue] = [
        .nil, .boolean(true), .integer(Int64.min), .integer(Int64.max), .integer(0), .number(1.5), .number(2.0),
        .string(""), .string("Xử phạt vi phạm hành chính — Điều 23"),
    ]
    #expect(try echo(values) == values)
}

@Test func nestedTablesRoundTrip() throws {
    let table = LuaTable(
        array: [.integer(1), .table(LuaTable(array: [.string("a")])), .number(0.25)],
        fields: ["tên": .string("Điều 23"), "inner": .table(LuaTable(fields: ["ok": .boolean(false)]))])
    #expect(try echo([.table(table)]) == [.table(table)])
}

@Test func vietnameseTextKeepsItsBytesInBothDirections() throws {
    let text = "Xử phạt vi phạm hành chính — Điều 23"
    let runtime = try makeRuntime()
    try runtime.run(LuaChunk(name: "rules/text.lua", text: """
        return { inspect = function(s) return #s, utf8.len(s), "Xử phạt vi phạm hành chính — Điều 23" == s end,
                 make = function() return "Xử phạt vi phạm hành chính — Điều 23" end }
        """), keepResultAs: "text")
    let inspected = try runtime.call("text", ["inspect"], [.string(text)]).values
    #expect(inspected == [.integer(Int64(text.utf8.count)), .integer(Int64(text.count)), .boolean(true)])
    #expect(try runtime.call("text", ["make"], []).values == [.string(text)])
    #expect(runtime.stackDepth == 0)
}

@Test func aFloatResultStaysAFloatWithItsReturnSite() throws {
    let runtime = try makeRuntime()
    try runtime.run(LuaChunk(name: "rules/fine.lua", text: """
        return {
          evaluate = function(x)
            if x > 0 then
              return x * 1.5
            end
            return 0
          end,
          power = function() return 2^63 end,
          tail = function() return math.floor(2.5) end,
        }
        """), keepResultAs: "fine")
    let result = try runtime.call("fine", ["evaluate"], [.integer(1)])
    #expect(result.values == [.number(1.5)])
    #expect(result.returnSite == LuaSourceLocation(file: "rules/fine.lua", line: 4))
    #expect(try runtime.call("fine", ["evaluate"], [.integer(0)]).returnSite?.line == 6)
    #expect(try runtime.call("fine", ["power"], []).values == [.number(9_223_372_036_854_775_808.0)])
    let tail = try runtime.call("fine", ["tail"], [])
    #expect(tail.values == [.integer(2)])
    #expect(tail.returnSite == LuaSourceLocation(file: "rules/fine.lua", line: 9))
    #expect(runtime.stackDepth == 0)
}

@Test func unconvertibleResultsAreBadValuesNamingTheKey() throws {
    let runtime = try makeRuntime()
    try runtime.run(LuaChunk(name: "rules/bad.lua", text: """
        return {
          floatKey = function() return { [1.5] = 1 } end,
          boolKey = function() return { [true] = 1 } end,
          sparse = function() return { 1, 2, [5] = 3 } end,
          cycle = function() local t = {} t.self = t return t end,
          co = function() return { c = coroutine.create(print) } end,
        }
        """), keepResultAs: "bad")
    let cases: [(String, String)] = [
        ("floatKey", "result 1 has the float key 1.5"),
        ("boolKey", "result 1 has a key of type boolean"),
        ("sparse", "result 1 has the integer key 5 outside the sequence 1…2"),
        ("cycle", "result 1.self contains itself (a cycle)"),
        ("co", "result 1.c is a thread, which cannot leave Lua"),
    ]
    for (function, message) in cases {
        let error = try #require(throws: LuaError.self) { try runtime.call("bad", [function], []) }
        #expect(error.kind == .badValue)
        #expect(error.message == message)
        #expect(error.location?.file == "rules/bad.lua")
        #expect(runtime.stackDepth == 0)
    }
    try expectStillWorks(runtime)
}

@Test func deeplyNestedResultsAreRefused() throws {
    let runtime = try makeRuntime()
    try runtime.run(LuaChunk(name: "rules/deep.lua", text: """
        return { deep = function() local t = {} for i = 1, 200 do t = { t } end return t end }
        """), keepResultAs: "deep")
    let error = try #require(throws: LuaError.self) { try runtime.call("deep", ["deep"], []) }
    #expect(error.kind == .badValue)
    #expect(error.message.hasSuffix("is nested more than 100 tables deep"))
    #expect(error.location == LuaSourceLocation(file: "rules/deep.lua", line: 1))
    try expectStillWorks(runtime)
}
