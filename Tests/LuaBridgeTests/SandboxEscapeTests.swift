import LuaBridge
import Testing

@Test func ioOpenIsAnUndefinedGlobal() throws {
    let (error, runtime) = try attack("local f = io.open('/etc/passwd')")
    #expect(error.kind == .sandbox)
    #expect(error.message == "undefined global 'io'")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func osExecuteIsAnUndefinedGlobal() throws {
    let (error, runtime) = try attack("os.execute('rm -rf /')")
    #expect(error.kind == .sandbox)
    #expect(error.message == "undefined global 'os'")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func osIsNilEvenBeforeFreezing() throws {
    let (error, runtime) = try attack("os.execute('rm -rf /')", frozen: false)
    #expect(error.kind == .sandbox)
    #expect(error.message == "attempt to index a nil value (global 'os')")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func requireOfOsAndIoFailsClearly() throws {
    let (error, runtime) = try attack("local os = require 'os'")
    #expect(error.kind == .sandbox)
    #expect(error.message == "module 'os' not found in the rule pack")
    #expect(error.location == attackLine(2))
    #expect(error.description.contains("help: require only finds modules of the rule pack"))
    let io = try #require(throws: LuaError.self) {
        try runtime.run(LuaChunk(name: "rules/io.lua", text: "return require('io')"))
    }
    #expect(io.message == "module 'io' not found in the rule pack")
    #expect(io.location == LuaSourceLocation(file: "rules/io.lua", line: 1))
    try expectStillWorks(runtime)
}

@Test func packageLoadlibIsAnUndefinedGlobal() throws {
    let (error, runtime) = try attack("package.loadlib('libc.so.6', 'system')")
    #expect(error.kind == .sandbox)
    #expect(error.message == "undefined global 'package'")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func debugSethookIsAnUndefinedGlobal() throws {
    let (error, runtime) = try attack("debug.sethook()")
    #expect(error.kind == .sandbox)
    #expect(error.message == "undefined global 'debug'")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func stringDumpIsRemoved() throws {
    let (error, runtime) = try attack("local f = load(string.dump(function() return 1 end))")
    #expect(error.kind == .sandbox)
    #expect(error.message == "attempt to call a nil value (field 'dump')")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func loadRefusesABinaryChunk() throws {
    let (error, runtime) = try attack(
        "local f, message = load('\\27Lua\\84\\0 fake bytecode')\nerror(message, 0)")
    #expect(error.kind == .sandbox)
    #expect(error.message == "attempt to load a binary chunk (mode is 't')")
    #expect(error.location == attackLine(3))
    try expectStillWorks(runtime)
}

@Test func loadOfTextStillWorksWithAnEnvironment() throws {
    let runtime = try makeRuntime()
    let values = try runtime.run(
        LuaChunk(name: "rules/load.lua", text: "return load('return x * 2', 'inline', 'b', { x = 21 })()"))
    #expect(values == [.integer(42)])
    #expect(runtime.stackDepth == 0)
}

@Test func aBinaryModuleFileIsRefused() throws {
    let binary = LuaChunk(name: "rules/binary.lua", source: [0x1B] + Array("Lua\u{54}\0 fake".utf8))
    let runtime = try makeRuntime(modules: ["binary": binary])
    let (error, _) = try attack("return require('binary')", runtime: runtime)
    #expect(error.kind == .sandbox)
    #expect(error.message == "attempt to load a binary chunk (mode is 't')")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func aBinaryChunkGivenToRunIsRefused() throws {
    let runtime = try makeRuntime()
    let error = try #require(throws: LuaError.self) {
        try runtime.run(LuaChunk(name: "rules/binary.lua", source: [0x1B] + Array("Lua\u{54}\0".utf8)))
    }
    #expect(error.kind == .sandbox)
    #expect(error.location == LuaSourceLocation(file: "rules/binary.lua", line: 1))
    try expectStillWorks(runtime)
}

@Test func setmetatableOnGlobalsIsRefusedAfterFreeze() throws {
    let (error, runtime) = try attack("setmetatable(_G, {})")
    #expect(error.kind == .sandbox)
    #expect(error.message == "cannot change a protected metatable")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func rawsetOnGlobalsIsRefusedAfterFreeze() throws {
    let (error, runtime) = try attack("rawset(_G, 'x', 1)")
    #expect(error.kind == .sandbox)
    #expect(error.message == "cannot rawset on '_G': the table is read-only")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func assigningAGlobalIsRefusedAfterFreeze() throws {
    let (error, runtime) = try attack("total = 1")
    #expect(error.kind == .sandbox)
    #expect(error.message.hasPrefix("cannot assign to global 'total'"))
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func replacingALibraryFunctionIsRefusedAfterFreeze() throws {
    let (error, runtime) = try attack("string.format = nil")
    #expect(error.kind == .sandbox)
    #expect(error.message == "cannot assign to 'string.format': the table is read-only")
    let (viaMetatable, _) = try attack("getmetatable('').__index.upper = nil", runtime: runtime)
    #expect(viaMetatable.kind == .sandbox)
    #expect(viaMetatable.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func readingAnUndefinedGlobalIsAnError() throws {
    let (error, runtime) = try attack("local y = totl + 1")
    #expect(error.kind == .runtime)
    #expect(error.message == "undefined global 'totl'")
    #expect(error.location == attackLine(2))
    #expect(error.description == """
        error: undefined global 'totl'
          --> rules/attack.lua:2
          help: declare it with 'local', or check the spelling
        """)
    try expectStillWorks(runtime)
}

@Test func collectgarbageStopIsRefused() throws {
    let (error, runtime) = try attack("collectgarbage('stop')\nlocal t = {} for i = 1, 1e6 do t[i] = {} end")
    #expect(error.kind == .sandbox)
    #expect(error.message.hasPrefix("collectgarbage(\"stop\") is not allowed in rules"))
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func finalizersAreRefused() throws {
    let (error, runtime) = try attack("setmetatable({}, { __gc = function() while true do end end })")
    #expect(error.kind == .sandbox)
    #expect(error.message == "metatables with __gc are not allowed in rules")
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func librariesStillWorkThroughFrozenTables() throws {
    let runtime = try makeRuntime()
    try runtime.run(LuaChunk(name: "rules/lib.lua", text: """
        return { run = function()
          local n = 0
          for _ in pairs(string) do n = n + 1 end
          return ("abc"):upper(), string.format("%d", 7), math.max(1, 2), n > 10, getmetatable("").__index == string
        end }
        """), keepResultAs: "lib")
    try runtime.freezeGlobals()
    let result = try runtime.call("lib", ["run"], [])
    #expect(result.values == [.string("ABC"), .string("7"), .integer(2), .boolean(true), .boolean(true)])
    #expect(runtime.stackDepth == 0)
}
