import Foundation
import Testing

/// "Did you mean" for what people mistype (issue 17 item 8): a subcommand, a violation code, a circumstance.
@Suite("thanhtra — did you mean, for commands, codes and circumstances")
struct TypoSuggestionCLITests {
    @Test func aMistypedCommandNamesTheCommandItMostLikelyMeant() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let cases = try cli.run("cases", "list")
        #expect(cases.status == 64)
        #expect(cases.stdout.isEmpty)
        #expect(
            cases.stderr == """
                error: "cases" is not a command of `thanhtra` (did you mean "case"?)
                  help: `thanhtra --help` lists the commands: init, version, subject, case, plan, inspection, finding, recommend, follow-up, report, rules, journal, import, batch, account, serve, role, title, delegate, delegation, db

                """, "\(cases.stderr)")
        let lst = try cli.run("--db", cli.database.path, "case", "lst")
        #expect(lst.status == 64)
        #expect(lst.stderr.hasPrefix("error: \"lst\" is not a command of `thanhtra case` (did you mean \"list\"?)\n"), "\(lst.stderr)")
        let swapped = try cli.run("rules", "chekc")
        #expect(swapped.stderr.hasPrefix("error: \"chekc\" is not a command of `thanhtra rules` (did you mean \"check\"?)\n"), "\(swapped.stderr)")
        // Nothing near: no guess, the list of commands
        let far = try cli.run("xyzzy")
        #expect(far.status == 64)
        #expect(far.stderr.hasPrefix("error: \"xyzzy\" is not a command of `thanhtra`\n  help: `thanhtra --help` lists the commands: init,"), "\(far.stderr)")
    }

    @Test func aValidCommandWithABadOptionIsLeftToTheUsualMessage() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let result = try cli.run("case", "list", "--bogus")
        #expect(result.status == 64)
        #expect(!result.stderr.contains("is not a command"), "\(result.stderr)")
    }

    @Test func aMistypedViolationCodeAndCircumstanceNameTheOnesMeant() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty A").status == 0)
        let code = try cli.run(
            "case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-11-01", "--place", "Hà Nội",
            "--violation", "ND125-2020-D24-K4b,committed=2026-10-30")
        #expect(code.status == 1)
        #expect(code.stderr.contains("mã hành vi \"ND125-2020-D24-K4b\" không có trong danh mục (có phải \"ND125-2020-D24-K4-b\"?)"), "\(code.stderr)")
        let circumstance = try cli.run(
            "case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-11-01", "--place", "Hà Nội",
            "--violation", "ND125-2020-D24-K4-b,committed=2026-10-30", "--mitigating", "tu_nguyen_khai_bo")
        #expect(circumstance.status == 1)
        #expect(circumstance.stderr.contains("Tình tiết giảm nhẹ \"tu_nguyen_khai_bo\" không có trong danh mục (có phải \"tu_nguyen_khai_bao\"?)"), "\(circumstance.stderr)")
        #expect(circumstance.stderr.contains("xem các mã bằng lệnh `thanhtra rules circumstances`"), "\(circumstance.stderr)")
    }

    @Test func anImportedRowWithAMistypedCodeOrCircumstanceNamesTheOneMeant() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty A").status == 0)
        let file = cli.directory.appendingPathComponent("vu-viec.csv").path
        try Data(
            """
            so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham,giam nhe
            BB-1,0101234567,2026-10-20,ND125-2020-D24-K4b,
            BB-2,0101234567,2026-10-20,ND125-2020-D24-K4-b,tu_nguyen_khai_bo

            """.utf8
        ).write(to: URL(fileURLWithPath: file))
        let result = try cli.run("import", file, "--kind", "cases")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):2: hanh vi vi pham: ND125-2020-D24-K4b is not in the rule pack's catalog (did you mean ND125-2020-D24-K4-b?); see `thanhtra rules catalog`"), "\(result.stderr)")
        #expect(result.stderr.contains("\(file):3: giam nhe: tu_nguyen_khai_bo is not a mitigating circumstance of the rule pack (did you mean tu_nguyen_khai_bao?); see `thanhtra rules circumstances`"), "\(result.stderr)")
    }
}
