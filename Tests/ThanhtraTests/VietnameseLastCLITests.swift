import Foundation
import Testing

/// Issue 17, the last English fragments: the rule pack's own errors, the host's errors about the pack's answers
/// and files, import's missing columns, `--lang` itself, `rules diff --against-rev`'s git errors, the warnings a
/// proposal keeps and ArgumentParser's bad values, each provoked for real through the built binary with `--lang vi`
/// (or a `vi_*` locale) and read in Vietnamese; `--lang en` keeps the English words as they were.
@Suite("The last English fragments, in Vietnamese — end to end")
struct VietnameseLastCLITests {
    static let vietnameseLocale = VietnameseRestCLITests.vietnameseLocale

    /// An initialized database with an organization (#1, 0101234567), as the rest of issue 17's tests start.
    func prepared() throws -> CLIHarness { try VietnameseRestCLITests().prepared() }

    /// A copy of the bundled pack in the test's folder, with `file`'s text changed by `edit`.
    func pack(_ cli: CLIHarness, name: String = "rules", editing file: String? = nil, _ edit: (String) -> String = { $0 })
        throws -> URL
    {
        let copy = cli.directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: copy)
        if let file {
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = edit(text)
            try #require(changed != text, "the edit of \(file) changed nothing")
            try Data(changed.utf8).write(to: url)
        }
        return copy
    }

    @Test func thePacksOwnErrorsReadInVietnameseAndStayEnglishInEnglish() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        // A misspelt key (lib/strict.lua) and a bad setting value raised by the pack (lib/say.lua)
        let misspelt = try pack(cli, name: "misspelt", editing: "penalty/settings.lua") {
            $0.replacingOccurrences(of: "  one_circumstance = \"halfway\",", with: "  one_circumstanse = \"halfway\",")
        }
        let vietnamese = try cli.run("rules", "check", "--rules", misspelt.path, "--lang", "vi")
        #expect(vietnamese.status == 1)
        #expect(
            vietnamese.stdout.contains(
                "lỗi: thiết lập xử phạt có khóa lạ \"one_circumstanse\" (có phải ý bạn là \"one_circumstance\"?); sửa tên hoặc bỏ khóa\n"
                    + "  --> rules/penalty/settings.lua:"),
            "\(vietnamese.stdout)")
        #expect(!vietnamese.stdout.contains("unknown key"), "\(vietnamese.stdout)")
        let located = try cli.run(["rules", "check", "--rules", misspelt.path], environment: Self.vietnameseLocale)
        #expect(located.stdout == vietnamese.stdout)
        let english = try cli.run("rules", "check", "--rules", misspelt.path, "--lang", "en")
        #expect(
            english.stdout.contains(
                "error: penalty settings has an unknown key \"one_circumstanse\" (did you mean \"one_circumstance\"?); fix the name or remove the key\n"
                    + "  --> rules/penalty/settings.lua:"),
            "\(english.stdout)")
        #expect(!english.stdout.contains("vi:") && !english.stdout.contains("khóa lạ"), "\(english.stdout)")

        let badValue = try pack(cli, name: "bad-value", editing: "penalty/settings.lua") {
            $0.replacingOccurrences(of: "household = \"individual\"", with: "household = \"organisation\"")
        }
        let value = try cli.run("rules", "check", "--rules", badValue.path, "--lang", "vi")
        #expect(
            value.stdout.contains(
                "penalty.settings.fined_as.household phải là \"individual\" hoặc \"organization\", không phải organisation\n"
                    + "  --> rules/penalty/violators.lua:"),
            "\(value.stdout)")

        // A symbolic link in the folder: the host's refusal of the pack's files
        let linked = try pack(cli, name: "linked")
        try FileManager.default.createSymbolicLink(
            at: linked.appendingPathComponent("extra.lua"), withDestinationURL: linked.appendingPathComponent("init.lua"))
        let link = try cli.run("rules", "check", "--rules", linked.path, "--lang", "vi")
        #expect(link.status == 1)
        #expect(
            (link.stdout + link.stderr).contains(
                "lỗi: rules/extra.lua là một liên kết tượng trưng; bộ quy tắc chỉ chứa tệp của chính nó\n"
                    + "  --> rules/extra.lua\n  gợi ý: chép tệp vào bộ quy tắc thay vì liên kết tới nó"),
            "\(link.stdout)\(link.stderr)")
    }

    @Test func aFloatFineFromThePackIsRefusedInVietnameseAtItsPlace() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let floating = try pack(cli, editing: "penalty/assessment.lua") {
            $0.replacingOccurrences(of: "fine_vnd = fine, warning = computed.warning", with: "fine_vnd = fine / 1, warning = computed.warning")
        }
        let open = [
            "case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-10-20", "--place", "Hà Nội",
            "--violation", "ND125-2020-D24-K4-b", "--rules", floating.path,
        ]
        let vietnamese = try cli.run(open + ["--lang", "vi"])
        #expect(vietnamese.status == 1)
        #expect(
            vietnamese.stderr.contains("lines[1].fine_vnd phải là một số nguyên đồng, nhận được "),
            "\(vietnamese.stderr)")
        #expect(vietnamese.stderr.contains(" (số thực)\n  --> rules/penalty/"), "\(vietnamese.stderr)")
        #expect(vietnamese.stderr.contains("  gợi ý: dùng phép chia nguyên (//)"), "\(vietnamese.stderr)")
        let english = try cli.run(open + ["--lang", "en"])
        #expect(english.stderr.contains("lines[1].fine_vnd must be a whole number of đồng, got "), "\(english.stderr)")
        #expect(english.stderr.contains(" (a float)\n  --> rules/penalty/"), "\(english.stderr)")
    }

    @Test func aMissingColumnIsNamedByItsVietnameseHeader() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = cli.directory.appendingPathComponent("payments.csv").path
        try Data("so vu viec,ngay nop,so tien\n1,2026-11-01,1.000.000\n".utf8).write(to: URL(fileURLWithPath: file))
        let vietnamese = try cli.run("import", file, "--kind", "payments", "--lang", "vi")
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stderr.contains("không có cột \"Số biên lai\""), "\(vietnamese.stderr)")
        #expect(vietnamese.stderr.contains("thêm một cột có tiêu đề \"Số biên lai\""), "\(vietnamese.stderr)")
        #expect(!vietnamese.stderr.contains("receipt"), "\(vietnamese.stderr)")
        let english = try cli.run("import", file, "--kind", "payments", "--lang", "en")
        #expect(english.stderr.contains("no column gives the receipt number"), "\(english.stderr)")
    }

    @Test func aBadLangAndABadValueAreWordedInTheLocalesLanguage() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let french = try cli.run(["case", "list", "--lang", "fr"], environment: Self.vietnameseLocale)
        #expect(french.status == 64)
        #expect(french.stderr.hasPrefix("lỗi: --lang là vi hoặc en, không phải 'fr'\n"), "\(french.stderr)")
        let english = try cli.run("case", "list", "--lang", "fr")
        #expect(english.stderr.hasPrefix("error: --lang is vi or en, not 'fr'\n"), "\(english.stderr)")

        // ArgumentParser's refusal of a value names the option, not its value name
        let date = try cli.run("case", "print", "1", "--on", "2026-02-31", "--lang", "vi")
        #expect(date.status == 64)
        #expect(date.stderr.hasPrefix("lỗi: giá trị '2026-02-31' không hợp lệ cho --on: "), "\(date.stderr)")
        #expect(date.stderr.split(separator: "\n").first?.contains("<on>") == false, "\(date.stderr)")
    }

    @Test func rulesDiffAgainstARevisionOutsideGitIsRefusedInVietnamese() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let outside = try pack(cli)
        let vietnamese = try cli.run("rules", "diff", "--rules", outside.path, "--against-rev", "HEAD", "--lang", "vi")
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stderr.hasPrefix("lỗi: không thể tìm cây làm việc git chứa \(outside.path)"), "\(vietnamese.stderr)")
        #expect(vietnamese.stderr.contains("\n  gợi ý: --against-rev nhận một phiên bản git"), "\(vietnamese.stderr)")
        let english = try cli.run("rules", "diff", "--rules", outside.path, "--against-rev", "HEAD", "--lang", "en")
        #expect(english.stderr.hasPrefix("error: cannot find the git work tree of \(outside.path)"), "\(english.stderr)")
    }

    @Test func aProposalKeepsItsWarningsInVietnameseToo() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let candidate = try pack(cli, name: "candidate", editing: "init.lua") { text in
            guard let range = text.range(of: #"version = "[^"]*""#, options: .regularExpression) else { return text }
            return text.replacingCharacters(in: range, with: "version = \"vi-1\"")
        }
        let proposed = try cli.run("rules", "propose", candidate.path, "--lang", "vi")
        #expect(proposed.status == 0, "\(proposed.stderr)")
        let listed = try cli.run("rules", "proposals", "--format", "json")
        let proposals = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let impact = try #require(proposals.first?["impact"] as? [String: Any], "\(listed.stdout)")
        let english = try #require(impact["warnings"] as? [String])
        let vietnamese = try #require(impact["warningsVietnamese"] as? [String], "\(impact)")
        #expect(vietnamese.count == english.count && !english.isEmpty)
        #expect(vietnamese.contains { $0.hasPrefix("cảnh báo: lịch: chưa có thông báo ngày nghỉ năm ") }, "\(vietnamese)")
        #expect(english.allSatisfy { $0.hasPrefix("warning: ") }, "\(english)")
    }

    /// What the sweep of deliberate mistakes still found in English under `--lang vi`.
    @Test func theSweepsMistakesAreWordedInVietnameseToo() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // A subject registered twice: the store's refusal
        let twice = try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty A", "--lang", "vi")
        #expect(twice.status == 1)
        #expect(
            twice.stderr == "lỗi: mã số thuế 0101234567 đã được đăng ký là đối tượng #1\n  gợi ý: xem `thanhtra subject show 1`\n",
            "\(twice.stderr)")
        let english = try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty A", "--lang", "en")
        #expect(
            english.stderr
                == "error: subject with tax code 0101234567 is already registered as #1\n  help: see `thanhtra subject show 1`\n",
            "\(english.stderr)")

        // A figure that does not exist
        let figure = try cli.run("report", "explain", "monthly", "2026-10", "nope.figure", "--lang", "vi")
        #expect(figure.status == 1)
        #expect(figure.stderr.hasPrefix("lỗi: không có chỉ tiêu nào tên nope.figure\n  gợi ý: "), "\(figure.stderr)")
        let englishFigure = try cli.run("report", "explain", "monthly", "2026-10", "nope.figure", "--lang", "en")
        #expect(englishFigure.stderr.hasPrefix("error: there is no figure named nope.figure\n  help: figures are "))

        // A value outside a fixed list, and an option without its value
        let state = try cli.run("case", "list", "--state", "bogus", "--lang", "vi")
        #expect(state.status == 64)
        #expect(
            state.stderr.hasPrefix(
                "lỗi: giá trị 'bogus' không hợp lệ cho --state; chọn một trong 'open', 'decided', 'settled' hoặc 'cancelled'\n"),
            "\(state.stderr)")
        let limit = try cli.run("subject", "list", "--limit", "--lang", "vi")
        #expect(limit.stderr.hasPrefix("lỗi: thiếu giá trị cho --limit\n"), "\(limit.stderr)")

        // A file that is not there: the system's reason in Vietnamese
        let missing = try cli.run("import", cli.directory.appendingPathComponent("none.csv").path, "--kind", "cases", "--lang", "vi")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.csv: không có tệp hoặc thư mục này\n"), "\(missing.stderr)")
    }
}
