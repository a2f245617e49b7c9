import LuaBridge
import Testing

/// A runtime with a probe root (`probe.increment(x) == x + 1`) used to check it still works after an attack.
func makeRuntime(
    limits: LuaLimits = LuaLimits(instructionBudget: 5_000_000, memoryLimit: 32 << 20),
    modules: [String: LuaChunk] = [:], log: @escaping @Sendable (String) -> Void = { _ in }
) throws -> LuaRuntime {
    let runtime = try LuaRuntime(limits: limits, modules: modules, log: log)
    try runtime.run(
        LuaChunk(name: "rules/probe.lua", text: "return { increment = function(x) return x + 1 end }"),
        keepResultAs: "probe")
    return runtime
}

/// Runs `body` as the function `attack.run` of chunk `rules/attack.lua`, whose line 2 is the first line of `body`.
/// The globals are frozen first unless `frozen` is false. Returns the error the call threw.
func attack(
    _ body: String, frozen: Bool = true, runtime: LuaRuntime? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> (LuaError, LuaRuntime) {
    let runtime = try runtime ?? makeRuntime()
    let source = "return { run = function()\n\(body)\nend }\n"
    try runtime.run(LuaChunk(name: "rules/attack.lua", text: source), keepResultAs: "attack")
    if frozen { try runtime.freezeGlobals() }
    let error = try #require(throws: LuaError.self, sourceLocation: sourceLocation) {
        try runtime.call("attack", ["run"], [])
    }
    #expect(runtime.stackDepth == 0, sourceLocation: sourceLocation)
    return (error, runtime)
}

/// Checks the runtime still answers a normal call correctly and its stack is empty.
func expectStillWorks(_ runtime: LuaRuntime, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try runtime.call("probe", ["increment"], [.integer(41)])
    #expect(result.values == [.integer(42)], sourceLocation: sourceLocation)
    #expect(runtime.stackDepth == 0, sourceLocation: sourceLocation)
}

/// The location `rules/attack.lua:<line>`.
func attackLine(_ line: Int) -> LuaSourceLocation { LuaSourceLocation(file: "rules/attack.lua", line: line) }
