import Foundation
import LuaBridge
import Synchronization
import Testing

/// The hostile rule files of Tests/Attacks, each required as a module from an entry chunk, as a pack's init.lua
/// would. Each must be refused within its limits, with the error naming the attack's own file, the output bounded,
/// and the runtime still answering afterwards. scripts/attack-corpus.sh runs the same files through `rules check`.
@Suite("Attack corpus")
struct AttackCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Attacks")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".lua") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static let limits = LuaLimits(
        instructionBudget: 20_000_000, memoryLimit: 64 << 20, timeLimitMilliseconds: 500, outputLimit: 16 << 10)

    @Test func theCorpusHoldsAtLeastThirtyAttacks() {
        #expect(Self.names.count >= 30, "found \(Self.names.count) in \(Self.directory.path)")
    }

    @Test(arguments: names)
    func theAttackIsRefusedWithinItsLimitsNamingItsFile(_ name: String) throws {
        let source = try Data(contentsOf: Self.directory.appendingPathComponent("\(name).lua"))
        let output = Mutex<[String]>([])
        let runtime = try makeRuntime(
            limits: Self.limits,
            modules: ["attack": LuaChunk(name: "rules/attack.lua", source: Array(source))],
            log: { line in output.withLock { $0.append(line) } })
        let entry = LuaChunk(name: "rules/init.lua", text: "local attack = require \"attack\"\nreturn {}\n")
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(throws: LuaError.self) { try runtime.run(entry) }
        let elapsed = clock.now - start
        // The limit is 0.5 s; the watchdog and the bounded C functions stop a call within a fraction of a second of
        // it. Ten seconds leaves room for a loaded machine and still fails on a freeze.
        #expect(elapsed < .seconds(10), "\(name) ran \(elapsed)")
        #expect(error.location?.file == "rules/attack.lua", "\(name): \(error)")
        let bytes = output.withLock { $0.reduce(0) { $0 + $1.utf8.count + 1 } }
        #expect(bytes <= Self.limits.outputLimit + 200, "\(name) printed \(bytes) bytes")
        #expect(runtime.stackDepth == 0)
        try expectStillWorks(runtime)
    }
}
