import CLua
import Foundation
import LuaBridge
import Testing

/// The sandbox's string.find, match, gmatch and gsub (LuaShim/match.c) against Lua's own, on random patterns and
/// subjects: the same script runs in a plain Lua state with the standard libraries and in a sandboxed runtime,
/// and every result and error message must agree. THANHTRA_PATTERN_SEEDS sets how many seeds (default 4).
@Suite("Pattern matching agrees with Lua's own")
struct PatternDifferentialTests {
    static let script = """
        local seed, iterations = ...
        math.randomseed(seed)
        local atoms = { "a", "b", "%a", "%d", "%s", "%w", "%W", ".", "[ab]", "[^a]", "[a-c]", "[%d_]", "%%", "%.",
          "(", ")", "()", "%b()", "%f[%w]", "%1", "%2", "^", "$", "-", "*", "+", "?", "x", "[]]", "[^]]", "%u", "%l",
          "%p", "%x", "%c", "%g", "[", "%", "%f", "%b" }
        local chars = { "a", "b", "c", "(", ")", "1", "2", " ", "_", "x", "A", "%", "]", "." }
        local out = {}
        local function pack(...)
          local t = { select("#", ...) }
          for i = 1, select("#", ...) do t[#t + 1] = tostring((select(i, ...))) end
          return table.concat(t, ",")
        end
        for _ = 1, iterations do
          local p, s = {}, {}
          for i = 1, math.random(1, 6) do p[#p + 1] = atoms[math.random(#atoms)] end
          for i = 1, math.random(0, 12) do s[#s + 1] = chars[math.random(#chars)] end
          local pat, subj, init = table.concat(p), table.concat(s), math.random(-3, 14)
          out[#out + 1] = pat .. "|" .. subj .. "|" .. init
          out[#out + 1] = pack(pcall(string.find, subj, pat, init))
          out[#out + 1] = pack(pcall(string.find, subj, pat, init, true))
          out[#out + 1] = pack(pcall(string.match, subj, pat, init))
          out[#out + 1] = pack(pcall(string.gsub, subj, pat, "<%0|%1%%>"))
          out[#out + 1] = pack(pcall(string.gsub, subj, pat, function(...) return select("#", ...) .. "" end, 3))
          out[#out + 1] = pack(pcall(string.gsub, subj, pat, { a = "A", ["1"] = false }))
          local ok, iterator = pcall(string.gmatch, subj, pat, init)
          if ok then
            local found = {}
            out[#out + 1] = pack(pcall(function()
              for a, b in iterator do
                found[#found + 1] = tostring(a) .. "/" .. tostring(b)
                if #found > 50 then break end
              end
            end)) .. table.concat(found, ";")
          end
        end
        return table.concat(out, "\\n")
        """

    /// The script's output in a plain state with Lua's standard string library.
    static func reference(seed: Int, iterations: Int) throws -> String {
        let source = "local function run(...) " + script + " end\nreturn run(...)"
        let L = try #require(luaL_newstate())
        defer { lua_close(L) }
        luaL_openlibs(L)
        let status = luaL_loadbufferx(L, source, source.utf8.count, "@rules/patterns.lua", "t")
        #expect(status == LUA_OK)
        lua_pushinteger(L, lua_Integer(seed))
        lua_pushinteger(L, lua_Integer(iterations))
        #expect(lua_pcallk(L, 2, 1, 0, 0, nil) == LUA_OK)
        return try #require(lua_tolstring(L, -1, nil).map { String(cString: $0) })
    }

    static var seeds: [Int] {
        let count = Int(ProcessInfo.processInfo.environment["THANHTRA_PATTERN_SEEDS"] ?? "") ?? 4
        return Array(1...max(1, count))
    }

    @Test(arguments: seeds)
    func randomPatternsGiveTheSameResultsAndErrors(seed: Int) throws {
        let iterations = 1_500
        let expected = try Self.reference(seed: seed, iterations: iterations)
        let runtime = try LuaRuntime(limits: LuaLimits(instructionBudget: 1 << 40, memoryLimit: 256 << 20))
        let chunk = LuaChunk(
            name: "rules/patterns.lua",
            text: "return function(...) " + Self.script + " end")
        try runtime.run(chunk, keepResultAs: "patterns")
        let values = try runtime.call("patterns", [], [.integer(Int64(seed)), .integer(Int64(iterations))]).values
        guard case .string(let actual) = values.first else {
            Issue.record("no string result: \(values)")
            return
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(actualLines.count == expectedLines.count)
        if let index = expectedLines.indices.first(where: { $0 < actualLines.count && expectedLines[$0] != actualLines[$0] }) {
            let input = expectedLines[..<index].last { $0.contains("|") } ?? ""
            Issue.record("seed \(seed), after input \(input):\n  Lua:     \(expectedLines[index])\n  sandbox: \(actualLines[index])")
        }
    }
}
