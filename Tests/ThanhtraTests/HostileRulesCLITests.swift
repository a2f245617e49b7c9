import Foundation
import Testing

/// The issue's hostile rule files, each required from the bundled pack's init.lua, through `thanhtra rules check`:
/// each is refused with exit status 1, its own file named, the output bounded. Tests/Attacks holds the whole corpus
/// (run by LuaBridgeTests and by scripts/attack-corpus.sh).
@Suite("Hostile rule packs — end to end")
struct HostileRulesCLITests {
    /// A copy of rules/ whose init.lua first requires `attack.lua`, holding `code`.
    static func pack(in cli: CLIHarness, attack code: String) throws -> URL {
        let pack = cli.directory.appendingPathComponent("pack")
        try? FileManager.default.removeItem(at: pack)
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: pack)
        try code.write(to: pack.appendingPathComponent("attack.lua"), atomically: true, encoding: .utf8)
        let initFile = pack.appendingPathComponent("init.lua")
        var text = try String(contentsOf: initFile, encoding: .utf8)
        text = "local _attack = require \"attack\"\n" + text
        try text.write(to: initFile, atomically: true, encoding: .utf8)
        return pack
    }

    @Test(arguments: [
        "return string.find(string.rep(\"a\", 20000), string.rep(\".-\", 60) .. \"b\")",
        "local s = string.rep(\" \", 2^24) return load(function() return s end)",
        "local h = string.rep(\"a\", 2^26) local n = string.rep(\"a\", 2^16) .. \"b\"\nfor i = 1, 1e9 do h:find(n, 1, true) end",
        "for i = 1, 1e7 do print((\"z\"):rep(1000)) end",
    ])
    func theIssuesAttacksAreRefusedNamingTheirFile(_ code: String) throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let pack = try Self.pack(in: cli, attack: code)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try cli.run("rules", "check", "--rules", pack.path)
        #expect(clock.now - start < .seconds(60))
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("--> rules/attack.lua:"), "\(result.stdout)")
        #expect(result.stdout.utf8.count + result.stderr.utf8.count < 1 << 20)
    }

    @Test func printedOutputStopsAtTheCapAndSaysHowMuchWasSuppressed() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let pack = try Self.pack(in: cli, attack: "for i = 1, 1000 do print(('z'):rep(999)) end\nreturn {}\n")
        let result = try cli.run("rules", "check", "--rules", pack.path)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // 1 000 bytes a line: 65 lines fit in 64 KiB; the other 935 are counted in one line.
        #expect(result.stderr.contains("… 935 more line(s), 935000 bytes, printed by the rules were not shown"),
                "\(result.stderr.suffix(300))")
        #expect(result.stderr.utf8.count < 80_000)
    }
}
