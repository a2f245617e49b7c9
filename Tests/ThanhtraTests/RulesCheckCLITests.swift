import Foundation
import Testing

@Suite("thanhtra rules check — end to end")
struct RulesCheckCLITests {
    @Test func theBundledPackChecksClean() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let result = try cli.run("rules", "check")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("vn 2026.11: "))
        #expect(result.stdout.hasSuffix("0 error(s), 0 warning(s)\n"))
    }

    @Test func everyBrokenFileIsReportedWithItsLine() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        // Given a pack with two broken modules
        let pack = cli.directory.appendingPathComponent("pack")
        try FileManager.default.createDirectory(
            at: pack.appendingPathComponent("lib"), withIntermediateDirectories: true)
        try "return { name = 'x', version = '1' }\n".write(
            to: pack.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        try "local M = {}\n\nfunction M.f(\n  return 1\nend\nreturn M\n".write(
            to: pack.appendingPathComponent("lib/a.lua"), atomically: true, encoding: .utf8)
        try "local x = = 2\n".write(to: pack.appendingPathComponent("lib/b.lua"), atomically: true, encoding: .utf8)

        // When it is checked
        let result = try cli.run("rules", "check", "--rules", pack.path)

        // Then both problems are reported, located, and the exit status is 1
        #expect(result.status == 1)
        #expect(result.stdout.contains("  --> rules/lib/a.lua:4"))
        #expect(result.stdout.contains("  --> rules/lib/b.lua:1"))
        #expect(result.stdout.contains("2 error(s)"))
    }

    @Test func aPackWhoseInitFailsIsRefusedByInit() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let pack = cli.directory.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try "local t = {}\nreturn { name = 'x', version = t.missing.field }\n".write(
            to: pack.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)

        let result = try cli.run("init", "--rules", pack.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("  --> rules/init.lua:2"))
        #expect(result.stderr.contains("nothing was created"))
        #expect(!FileManager.default.fileExists(atPath: cli.database.path))
    }

    @Test func aMissingPackFolderSaysWhatToPass() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let result = try cli.run("rules", "check", "--rules", "/nonexistent/pack")
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                error: rule pack folder /nonexistent/pack does not exist
                  help: pass --rules DIR with the folder that holds init.lua, or run from the project folder

                """)
    }

    @Test func explainTracesAFineWithCitationsWithoutACase() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let result = try cli.run(
            "rules", "explain", "ND125-2020-D24-K4-b", "--organization", "--mitigating", "tu_nguyen_khai_bao", "--on", "2026-10-01")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("frame 4.000.000 đ – 8.000.000 đ: 5.000.000 đ"))
        #expect(result.stdout.contains("Mức trung bình của khung 4.000.000 đ–8.000.000 đ = 6.000.000 đ  [Điều 23 k4 Luật XLVPHC]"))
        #expect(!FileManager.default.fileExists(atPath: cli.database.path), "explaining needs no database")

        let early = try cli.run("rules", "explain", "ND168-2024-D6-K3-k", "--on", "2024-06-01")
        #expect(early.status == 1)
        #expect(early.stdout.contains("problem: not_in_force: "))
    }
}
