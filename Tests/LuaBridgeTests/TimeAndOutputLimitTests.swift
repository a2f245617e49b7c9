import LuaBridge
import Synchronization
import Testing

private let timed = LuaLimits(
    instructionBudget: 1 << 60, memoryLimit: 128 << 20, timeLimitMilliseconds: 300, outputLimit: 1_000)

@Test func aCallPastItsTimeLimitStopsNamingTheLineAndTheNextCallWorks() throws {
    // The budget is out of reach: only the clock can stop this loop.
    let (error, runtime) = try attack("local n = 0\nwhile true do n = n + 1 end", runtime: try makeRuntime(limits: timed))
    #expect(error.kind == .timeLimit)
    #expect(error.message == "time limit of 300 ms exceeded")
    #expect(error.location == attackLine(3))
    try expectStillWorks(runtime)
}

@Test func theWatchdogStopsInstructionsThatEachDoLongWorkInC() throws {
    // utf8.len over 24 MiB takes milliseconds and is one VM instruction: a thousand of them between two count
    // hooks would run for many seconds. The watchdog hooks the next instruction once the deadline has passed. The
    // string is made when the chunk runs, so the call's time goes to the loop alone.
    let runtime = try makeRuntime(limits: timed)
    try runtime.run(
        LuaChunk(name: "rules/attack.lua", text: """
            local s = string.rep("\\xe1\\xbb\\x87", 2^23)
            return { run = function()
              for i = 1, 1e12 do utf8.len(s) end
            end }
            """), keepResultAs: "attack")
    let clock = ContinuousClock()
    let start = clock.now
    let error = try #require(throws: LuaError.self) { try runtime.call("attack", ["run"], []) }
    #expect(error.kind == .timeLimit)
    #expect(error.location == attackLine(3))
    #expect(clock.now - start < .seconds(5))
    try expectStillWorks(runtime)
}

@Test func aBacktrackingPatternIsChargedToTheBudget() throws {
    let (error, runtime) = try attack("return string.find(string.rep(\"a\", 20000), string.rep(\".-\", 60) .. \"b\")")
    #expect(error.kind == .instructionLimit)
    #expect(error.location == attackLine(2))
    try expectStillWorks(runtime)
}

@Test func printIsCappedPerCallAndSaysHowMuchItSuppressed() throws {
    let lines = Mutex<[String]>([])
    let runtime = try makeRuntime(limits: timed, log: { line in lines.withLock { $0.append(line) } })
    try runtime.run(
        LuaChunk(name: "rules/noisy.lua", text: "return { run = function() for i = 1, 100 do print(('z'):rep(99)) end "
                 + "return 1 end }"), keepResultAs: "noisy")
    #expect(try runtime.call("noisy", ["run"], []).values == [.integer(1)])
    let printed = lines.withLock { $0 }
    // 100 bytes a line (99 and the newline): 10 lines fit in 1 000 bytes, the other 90 are counted.
    #expect(printed.count == 11)
    #expect(printed.last == "… 90 more line(s), 9000 bytes, printed by the rules were not shown: at most 1000 bytes "
            + "of output per call")
    // The cap is per call: the next call prints again.
    lines.withLock { $0.removeAll() }
    _ = try runtime.call("noisy", ["run"], [])
    #expect(lines.withLock { $0.count } == 11)
}

@Test func anErrorInAModuleLoopIsLocatedInTheModuleNotAtTheRequire() throws {
    let runtime = try makeRuntime(
        limits: LuaLimits(instructionBudget: 1_000_000, memoryLimit: 32 << 20),
        modules: [
            "looping": LuaChunk(name: "rules/looping.lua", text: "local M = {}\nlocal n = 0\nwhile true do n = n + 1 end\n"),
            "raising": LuaChunk(
                name: "rules/raising.lua",
                text: "local t = setmetatable({}, { __index = function()\n  error({}) end })\nreturn t.missing\n"),
        ])
    let looping = try #require(throws: LuaError.self) {
        try runtime.run(LuaChunk(name: "rules/init.lua", text: "local x = 1\nrequire 'looping'\n"))
    }
    #expect(looping.kind == .instructionLimit)
    #expect(looping.location == LuaSourceLocation(file: "rules/looping.lua", line: 3))
    let raising = try #require(throws: LuaError.self) {
        try runtime.run(LuaChunk(name: "rules/init.lua", text: "local x = 1\nrequire 'raising'\n"))
    }
    #expect(raising.message == "(error object is a table value)")
    #expect(raising.location == LuaSourceLocation(file: "rules/raising.lua", line: 2))
    try expectStillWorks(runtime)
}

@Test func anErrorCaughtByPcallDoesNotLeaveItsLocationToTheNextError() throws {
    let runtime = try makeRuntime(
        modules: ["bad": LuaChunk(name: "rules/bad.lua", text: "error({})\n")])
    let error = try #require(throws: LuaError.self) {
        try runtime.run(LuaChunk(name: "rules/init.lua", text: "pcall(require, 'bad')\nlocal t = nil\nerror({})\n"))
    }
    #expect(error.location == LuaSourceLocation(file: "rules/init.lua", line: 3))
}

@Test func theSharedLibrariesAreFrozenBeforeAnyModuleRuns() throws {
    let runtime = try makeRuntime(
        modules: [
            "tamper": LuaChunk(name: "rules/tamper.lua", text: "getmetatable('').__index.upper = nil\n"),
            "replace": LuaChunk(name: "rules/replace.lua", text: "string.upper = function() return 'x' end\n"),
        ])
    for module in ["tamper", "replace"] {
        let error = try #require(throws: LuaError.self) {
            try runtime.run(LuaChunk(name: "rules/init.lua", text: "require '\(module)'\n"))
        }
        #expect(error.kind == .sandbox)
        #expect(error.location?.file == "rules/\(module).lua")
    }
    let values = try runtime.run(LuaChunk(name: "rules/check.lua", text: "return ('abc'):upper()"))
    #expect(values == [.string("ABC")])
}

@Test func loadReadsAtMostOneMebibyteFromAReader() throws {
    let (error, runtime) = try attack("local s = string.rep(' ', 4096)\nreturn load(function() return s end)")
    #expect(error.message.contains("longer than 1048576 bytes"))
    #expect(error.location == attackLine(3))
    let small = try runtime.run(
        LuaChunk(name: "rules/small.lua",
                 text: "local parts = { 'return ', '4', '2' }\nlocal i = 0\n"
                    + "return load(function() i = i + 1 return parts[i] end)()"))
    #expect(small == [.integer(42)])
}

@Test func tableMoveAndSortAreChargedForTheWorkTheyDoInC() throws {
    let (move, runtime) = try attack("table.move({}, 1, math.maxinteger - 1, 2)")
    #expect(move.kind == .instructionLimit)
    let sorted = try runtime.run(
        LuaChunk(name: "rules/sort.lua", text: "local t = { 3, 1, 2 }\ntable.sort(t)\nreturn t[1] * 100 + t[2] * 10 + t[3]"))
    #expect(sorted == [.integer(123)])
}
