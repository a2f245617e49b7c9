import LuaBridge
import Testing

@Test func anEndlessLoopHitsTheInstructionBudget() throws {
    let (error, runtime) = try attack("while true do end")
    #expect(error.kind == .instructionLimit)
    #expect(error.message == "instruction budget of 5000000 exceeded")
    #expect(error.location == attackLine(2))
    #expect(error.hint == "the script probably loops forever; check loop conditions")
    try expectStillWorks(runtime)
}

@Test func pcallCannotSwallowTheBudget() throws {
    let (error, runtime) = try attack("while true do pcall(function() while true do end end) end")
    #expect(error.kind == .instructionLimit)
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func anXpcallHandlerThatLoopsCannotSwallowTheBudget() throws {
    let (error, runtime) = try attack("""
        while true do xpcall(function() while true do end end, function() while true do end end) end
        """)
    #expect(error.kind == .instructionLimit)
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func aCoroutineThatLoopsForeverHitsTheBudget() throws {
    let (error, runtime) = try attack("""
        local co = coroutine.create(function() while true do end end)
        while true do coroutine.resume(co) end
        """)
    #expect(error.kind == .instructionLimit)
    #expect(error.location == attackLine(3))
    try expectStillWorks(runtime)
}

@Test func anEndlessChainOfWrappedCoroutinesFails() throws {
    let (error, runtime) = try attack("""
        local function f() return coroutine.wrap(f)() end
        return f()
        """)
    #expect(error.kind == .runtime)
    #expect(error.message.contains("stack overflow"))
    #expect(error.location?.file == "rules/attack.lua")
    try expectStillWorks(runtime)
}

@Test func infiniteRecursionIsAStackOverflow() throws {
    // Lua's stack limit (a million slots) needs about 40 MiB before it overflows.
    let roomy = try makeRuntime(limits: LuaLimits(instructionBudget: 5_000_000, memoryLimit: 128 << 20))
    let (error, runtime) = try attack("local function f() return 1 + f() end\nreturn f()", runtime: roomy)
    #expect(error.kind == .runtime)
    #expect(error.message.contains("stack overflow"))
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func infiniteRecursionUnderASmallLimitHitsTheMemoryLimit() throws {
    let (error, runtime) = try attack("local function f() return 1 + f() end\nreturn f()")
    #expect(error.kind == .memoryLimit)
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func stringRepMemoryBombHitsTheMemoryLimit() throws {
    let (error, runtime) = try attack("local s = string.rep('x', 1 << 30)")
    #expect(error.kind == .memoryLimit)
    #expect(error.message == "memory limit of 32 MiB exceeded")
    #expect(error.location == attackLine(2))
    #expect(error.hint == "the script builds too much data")
    try expectStillWorks(runtime)
    #expect(runtime.memoryInUse < 1 << 20)
}

@Test func tableGrowthBombHitsTheMemoryLimit() throws {
    let (error, runtime) = try attack("local t = {}\nwhile true do t[#t + 1] = {} end")
    #expect(error.kind == .memoryLimit)
    #expect(error.location == attackLine(3))
    try expectStillWorks(runtime)
}

@Test func theDefaultLimitsAreNamedInMessages() throws {
    let runtime = try makeRuntime(limits: LuaLimits())
    let (error, _) = try attack("local s = string.rep('x', 1 << 30)", runtime: runtime)
    #expect(error.message == "memory limit of 256 MiB exceeded")
    try expectStillWorks(runtime)
}

@Test func anErrorObjectWhoseTostringLoopsIsNotCalled() throws {
    let (error, runtime) = try attack("error(setmetatable({}, { __tostring = function() while true do end end }))")
    #expect(error.kind == .runtime)
    #expect(error.message == "(error object is a table value)")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func anErrorObjectWhoseTostringErrorsIsNotCalled() throws {
    let (error, runtime) = try attack("error(setmetatable({}, { __tostring = function() error('boom') end }))")
    #expect(error.kind == .runtime)
    #expect(error.message == "(error object is a table value)")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func theRuntimeRebuildsWithItsSetupAfterALimit() throws {
    // Given a runtime with a host function, a module, a kept root and frozen globals
    let module = LuaChunk(name: "rules/util.lua", text: "return { double = function(x) return 2 * x end }")
    let runtime = try makeRuntime(modules: ["util": module])
    try runtime.register("host", "offset") { _ in [.integer(100)] }
    try runtime.run(LuaChunk(name: "rules/rule.lua", text: """
        local util = require 'util'
        return {
          loop = function() while true do end end,
          eval = function(x) return util.double(x) + host.offset() end,
        }
        """), keepResultAs: "rule")
    try runtime.freezeGlobals()
    // When a call exceeds the budget
    #expect(throws: LuaError.self) { try runtime.call("rule", ["loop"], []) }
    // Then the next call works on a rebuilt state that is still frozen
    #expect(try runtime.call("rule", ["eval"], [.integer(21)]).values == [.integer(142)])
    let (error, _) = try attack("x = 1", frozen: false, runtime: runtime)
    #expect(error.kind == .sandbox)
    #expect(runtime.stackDepth == 0)
}

@Test func callOverheadIsSmall() throws {
    let runtime = try makeRuntime()
    let iterations = 20_000
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
        for index in 0..<iterations {
            _ = try runtime.call("probe", ["increment"], [.integer(Int64(index))])
        }
    }
    let perCall = elapsed / iterations
    print("LuaRuntime.call overhead (debug build): \(perCall) per call over \(iterations) calls")
    #expect(runtime.stackDepth == 0)
}
