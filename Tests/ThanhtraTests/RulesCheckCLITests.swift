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
        // Three invoice codes ended on 2026-01-15 (NĐ 310/2025); their replacements are not in the catalog yet.
        // The calendar has no announced days off for 2027 (the year after today): deadlines in 2027 use the statute.
        // Household businesses, family households and communities are fined as individuals by a setting, not by a
        // confirmed text (NĐ 118/2021 Điều 5 k2).
        #expect(result.stdout.hasSuffix("0 error(s), 5 warning(s)\n"))
        #expect(result.stdout.contains("""
            warning: penalty: violator kinds fined by setting, not by a confirmed text (NĐ 118/2021 Điều 5 k2 UNCONFIRMED): \
            hộ kinh doanh → cá nhân, hộ gia đình → cá nhân, cộng đồng dân cư → cá nhân
              --> rules/penalty/settings.lua (rule "penalty.lint")
            """))
        #expect(result.stdout.contains("""
            warning: calendar: no announced days off for 2027; deadlines in 2027 use the statutory holidays only
            """))
        #expect(!result.stdout.contains("no announced days off for 2026"))
        #expect(result.stdout.contains("""
            warning: catalog code ND125-2020-D24-K5 is not in force today (2026-11-23): it was in force from 2020-12-05 to 2026-01-15
              --> rules/penalty/catalog/nd125_2020.lua:71 (rule "penalty.catalog")
            """))
    }

    @Test func aBrokenCatalogIsReportedEntryByEntryAndExitsOne() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        // Given a pack whose catalog has a float frame, a code defined twice and a gap
        let pack = cli.directory.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack.appendingPathComponent("penalty"), withIntermediateDirectories: true)
        try "return { name = 'x', version = '1', penalty = require 'penalty' }\n".write(
            to: pack.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        let entry = "title = 't', basis = 'b', sector = 's', stated_for = 'individual', frame_min_vnd = 1000000"
        try """
            local M = {}
            local entries = {
              { code = "A", \(entry), frame_max_vnd = 2000000.5, effective_from = "2022-01-01" },
              { code = "B", \(entry), frame_max_vnd = 2000000, effective_from = "2022-01-01", effective_to = "2024-12-31" },
              { code = "B", \(entry), frame_max_vnd = 2000000, effective_from = "2025-02-01" },
              { code = "B", \(entry), frame_max_vnd = 2000000, effective_from = "2026-01-01" },
            }
            function M.catalog() return { entries = entries } end
            return M

            """.write(to: pack.appendingPathComponent("penalty/init.lua"), atomically: true, encoding: .utf8)

        // When it is checked
        let result = try cli.run("rules", "check", "--rules", pack.path)

        // Then every problem is printed at its entry's line, and the exit status is 1
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                """
                error: catalog entry A: `frame_max_vnd` must be a whole number of đồng, got 2000000.5 (a float)
                  --> rules/penalty/init.lua:3 (rule "penalty.catalog")
                  help: write the amount as an integer, such as 1500000 (not 1500000.0, 1.5e6 or 3 / 2 * 1000000)
                error: catalog code B is defined twice for the same days: from 2025-02-01 to (no end) and from 2026-01-01 to (no end) (the other at rules/penalty/init.lua:5)
                  --> rules/penalty/init.lua:6 (rule "penalty.catalog")
                  help: a code has one version a day: end the earlier version the day before the later one starts (effective_to = "2025-12-31"), or give the new text its own code
                warning: catalog code B is in force in no version from 2025-01-01 to 2025-01-31: one version ends on 2024-12-31, the next starts on 2025-02-01
                  --> rules/penalty/init.lua:5 (rule "penalty.catalog")
                """), "\(result.stdout)")
        #expect(result.stdout.hasSuffix(": 2 error(s), 1 warning(s)\n"))
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

    @Test func explainWithADecisionDateSaysWhichVersionAppliesAndWhy() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        // NĐ 125 Điều 26 k4: the original text until 2021-12-31, NĐ 102's from 2022-01-01 (same frame).
        let result = try cli.run(
            "rules", "explain", "ND125-2020-D26-K4", "--organization", "--on", "2021-06-01", "--decided-on", "2022-02-01")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ND125-2020-D26-K4 for an organization committed on 2021-06-01, decided on 2022-02-01; rules "))
        #expect(result.stdout.contains("Làm mất, cháy, hỏng hóa đơn đã lập, đã khai, nộp thuế"))
        #expect(
            result.stdout.contains(
                "· Văn bản mới không có lợi hơn cho người vi phạm (mức phạt cho vụ việc này 7.500.000 đ bằng mức theo văn bản có hiệu lực vào ngày vi phạm): áp dụng văn bản có hiệu lực vào ngày vi phạm, khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP  [khoản 1 Điều 156 Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13]"))

        // --on alone is the violation and the decision date; a decision before the violation is a usage error.
        let same = try cli.run("rules", "explain", "ND125-2020-D26-K4", "--on", "2022-06-01")
        #expect(same.stdout.contains("có hiệu lực cả vào ngày vi phạm 2022-06-01 và ngày ra quyết định 2022-06-01"))
        let backwards = try cli.run("rules", "explain", "ND125-2020-D26-K4", "--on", "2022-06-01", "--decided-on", "2022-05-01")
        #expect(backwards.status == 64)
        #expect(backwards.stderr.contains("--decided-on 2022-05-01 is before the violation date --on 2022-06-01"))
    }
}
