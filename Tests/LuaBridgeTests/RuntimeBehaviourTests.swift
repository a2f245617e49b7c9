import LuaBridge
import Synchronization
import Testing

@Test func aThrowingHostFunctionRaisesALocatedLuaError() throws {
    struct Refusal: Error, CustomStringConvertible { var description: String { "date must be YYYY-MM-DD" } }
    let runtime = try makeRuntime()
    try runtime.register("host", "parse") { arguments in
        guard case .string(let text) = arguments.first, text.count == 10 else { throw Refusal() }
        return [.string(text)]
    }
    try runtime.run(LuaChunk(name: "rules/dates.lua", text: """
        return {
          ok = function() return host.parse("2025-01-15") end,
          bad = function()
            return host.parse("15/01")
          end,
        }
        """), keepResultAs: "dates")
    try runtime.freezeGlobals()
    #expect(try runtime.call("dates", ["ok"], []).values == [.string("2025-01-15")])
    let error = try #require(throws: LuaError.self) { try runtime.call("dates", ["bad"], []) }
    #expect(error.kind == .runtime)
    #expect(error.message == "date must be YYYY-MM-DD")
    #expect(error.location == LuaSourceLocation(file: "rules/dates.lua", line: 4))
    try expectStillWorks(runtime)
}

@Test func aSyntaxErrorGivesFileAndLine() throws {
    let runtime = try makeRuntime()
    let error = try #require(throws: LuaError.self) {
        try runtime.run(LuaChunk(name: "rules/broken.lua", text: "local x = 1\nlocal y = = 2\n"))
    }
    #expect(error.kind == .syntax)
    #expect(error.location == LuaSourceLocation(file: "rules/broken.lua", line: 2))
    #expect(error.message == "unexpected symbol near '='")
    #expect(error.description.hasPrefix("error: unexpected symbol near '='\n  --> rules/broken.lua:2\n  help: "))
    try expectStillWorks(runtime)
}

@Test func theTracebackNamesTheChunk() throws {
    let (error, runtime) = try attack("local function inner() error('boom') end\ninner()")
    #expect(error.message == "boom")
    #expect(error.location == attackLine(2))
    let traceback = try #require(error.traceback)
    #expect(traceback.contains("rules/attack.lua:2: in"))
    #expect(traceback.contains("rules/attack.lua:3: in"))
    try expectStillWorks(runtime)
}

@Test func requireLoadsAPackModuleOnceAndCachesIt() throws {
    let counter = LuaChunk(name: "rules/shared/counter.lua", text: """
        local loads = 0
        loads = loads + 1
        return { loads = function() return loads end, marker = {} }
        """)
    let runtime = try makeRuntime(modules: ["shared.counter": counter])
    let values = try runtime.run(LuaChunk(name: "rules/user.lua", text: """
        local a = require 'shared.counter'
        local b = require 'shared.counter'
        return a == b, a.loads()
        """))
    #expect(values == [.boolean(true), .integer(1)])
    #expect(runtime.stackDepth == 0)
}

@Test func aCyclicRequireIsReported() throws {
    let loop = LuaChunk(name: "rules/shared/loop.lua", text: "return require 'shared.loop'\n")
    let runtime = try makeRuntime(modules: ["shared.loop": loop])
    let (error, _) = try attack("return require 'shared.loop'", runtime: runtime)
    #expect(error.kind == .runtime)
    #expect(error.message == "module 'shared.loop' requires itself (cyclic require)")
    #expect(error.location == LuaSourceLocation(file: "rules/shared/loop.lua", line: 1))
    try expectStillWorks(runtime)
}

@Test func anErrorInsideAModuleIsLocatedInTheModule() throws {
    let broken = LuaChunk(name: "rules/shared/broken.lua", text: "local x = nil\nreturn x.field\n")
    let runtime = try makeRuntime(modules: ["shared.broken": broken])
    let (error, _) = try attack("return require 'shared.broken'", runtime: runtime)
    #expect(error.kind == .runtime)
    #expect(error.location == LuaSourceLocation(file: "rules/shared/broken.lua", line: 2))
    try expectStillWorks(runtime)
}

@Test func printReachesTheLog() throws {
    let lines = Mutex<[String]>([])
    let runtime = try makeRuntime(log: { line in lines.withLock { $0.append(line) } })
    try runtime.run(LuaChunk(name: "rules/print.lua", text: """
        print("Điều 23", 1, 2.5, true, nil)
        print(setmetatable({}, { __tostring = function() while true do end end }) ~= nil)
        """))
    #expect(lines.withLock { $0 } == ["Điều 23\t1\t2.5\ttrue\tnil", "true"])
    #expect(runtime.stackDepth == 0)
}

@Test func aMissingFunctionIsNotFound() throws {
    let runtime = try makeRuntime()
    let error = try #require(throws: LuaError.self) { try runtime.call("probe", ["evaluate"], []) }
    #expect(error.kind == .notFound)
    #expect(error.message == "no function 'probe.evaluate'")
    #expect(!runtime.hasFunction("probe", ["evaluate"]))
    #expect(runtime.hasFunction("probe", ["increment"]))
    #expect(!runtime.hasFunction("nothing", []))
    #expect(runtime.stackDepth == 0)
}

@Test func registeringAfterFreezingIsRefused() throws {
    let runtime = try makeRuntime()
    try runtime.freezeGlobals()
    let error = try #require(throws: LuaError.self) { try runtime.register("host", "late") { _ in [] } }
    #expect(error.kind == .sandbox)
    #expect(runtime.stackDepth == 0)
}
