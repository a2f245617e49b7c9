import LuaBridge
import Testing

/// The state's allocator serves blocks of up to 256 bytes from size classes (LuaShim/pool.c): blocks are handed out
/// again after they are freed, moved between classes when they grow, kept in place when they shrink. A block given to
/// two owners at once, or moved without its bytes, would change values a script still holds: these scripts fill
/// strings and tables of every size, churn them, and check each against a fingerprint taken when it was made.
struct AllocatorPoolTests {
    /// Strings of 0–600 bytes and tables of 0–80 items, made, dropped, regrown and shrunk at random (a fixed seed),
    /// then every survivor compared with what it held when made. Returns mismatches, survivors and a checksum.
    static let churn = """
        return { run = function(rounds)
          local seed = 12345
          local function random(n)
            seed = (seed * 1103515245 + 12345) % 2147483648
            return seed % n
          end
          local slots, prints = {}, {}
          local function fingerprint(value)
            if type(value) == "string" then
              local sum = #value
              for i = 1, #value, 7 do sum = (sum * 31 + value:byte(i)) % 1000000007 end
              return sum
            end
            local sum = #value
            for i = 1, #value do sum = (sum * 31 + value[i]) % 1000000007 end
            for k, v in pairs(value) do
              if type(k) == "string" then sum = (sum + #k * 17 + v) % 1000000007 end
            end
            return sum
          end
          local function make()
            if random(2) == 0 then
              local parts = {}
              for i = 1, random(60) do parts[i] = string.char(65 + random(26)):rep(random(11)) end
              return table.concat(parts)
            end
            local t = {}
            for i = 1, random(80) do t[i] = random(1000) end
            for i = 1, random(6) do t["k" .. random(100)] = random(1000) end
            return t
          end
          for round = 1, rounds do
            local slot = random(500) + 1
            local action = random(10)
            if action < 6 or slots[slot] == nil then
              slots[slot] = make()
            elseif action < 8 then
              slots[slot] = nil
            elseif type(slots[slot]) == "table" then
              local t = slots[slot]
              -- Shrink (the array part rehashes smaller) or grow past the next size class.
              if random(2) == 0 then
                for i = #t, math.max(1, #t // 4), -1 do t[i] = nil end
              else
                for i = #t + 1, #t + random(40) + 1 do t[i] = random(1000) end
              end
            else
              slots[slot] = slots[slot] .. make_suffix
            end
            if slots[slot] ~= nil then prints[slot] = fingerprint(slots[slot]) else prints[slot] = nil end
            if round % 997 == 0 then collectgarbage("step", 0) end
          end
          collectgarbage("collect")
          local mismatches, survivors, checksum = 0, 0, 0
          for slot, value in pairs(slots) do
            survivors = survivors + 1
            local now = fingerprint(value)
            if now ~= prints[slot] then mismatches = mismatches + 1 end
            checksum = (checksum + now * slot) % 1000000007
          end
          return mismatches, survivors, checksum
        end }
        """

    func run(rounds: Int, runtime: LuaRuntime) throws -> [LuaValue] {
        try runtime.call("churn", ["run"], [.integer(Int64(rounds))]).values
    }

    func makeChurn() throws -> LuaRuntime {
        let runtime = try LuaRuntime(limits: LuaLimits(instructionBudget: 200_000_000, memoryLimit: 64 << 20), modules: [:])
        _ = try runtime.run(LuaChunk(name: "rules/churn.lua", text: "make_suffix = 'xyz'\n" + Self.churn), keepResultAs: "churn")
        return runtime
    }

    @Test func everyValueKeepsItsBytesThroughAChurnOfBlocks() throws {
        let runtime = try makeChurn()
        let values = try run(rounds: 40_000, runtime: runtime)
        #expect(values.count == 3)
        #expect(values.first == .integer(0))
        guard case .integer(let survivors) = values[1] else {
            Issue.record("survivors: \(values[1])")
            return
        }
        #expect(survivors > 200)
        // The same script on a second state: the same survivors and checksum (no state sees another's blocks).
        let again = try run(rounds: 40_000, runtime: try makeChurn())
        #expect(again == values)
    }

    @Test func theCountOfBytesInUseComesBackAfterTheGarbageIsCollected() throws {
        let runtime = try makeChurn()
        _ = try run(rounds: 2_000, runtime: runtime)
        _ = try runtime.run(LuaChunk(name: "rules/gc.lua", text: "collectgarbage('collect')"))
        let before = runtime.memoryInUse
        for _ in 0..<5 { _ = try run(rounds: 20_000, runtime: runtime) }
        _ = try runtime.run(LuaChunk(name: "rules/gc.lua", text: "collectgarbage('collect')"))
        let after = runtime.memoryInUse
        // Every block the runs made was returned with the size it was given: what is in use is what the state holds.
        #expect(before > 0)
        #expect(abs(after - before) < 64 << 10, "in use before \(before), after \(after)")
    }

    @Test func aStateWhosePoolWasUsedStillRefusesPastItsLimit() throws {
        let runtime = try LuaRuntime(limits: LuaLimits(instructionBudget: 50_000_000, memoryLimit: 4 << 20), modules: [:])
        _ = try runtime.run(
            LuaChunk(
                name: "rules/grow.lua",
                text: "return { run = function() local t = {} for i = 1, 1e7 do t[i] = { i } end return #t end }"),
            keepResultAs: "grow")
        let error = try #require(throws: LuaError.self) { try runtime.call("grow", ["run"], []) }
        #expect(error.kind == .memoryLimit)
        #expect(runtime.memoryInUse <= 4 << 20)
    }
}
