import Foundation
import Testing

@testable import thanhtra

/// Issue 17, item 3: `thanhtra help`, `thanhtra CMD --help` and bad usage in Vietnamese with `--lang vi` or a `vi…`
/// locale; the English screens are ArgumentParser's, unchanged.
@Suite("Help and usage in Vietnamese")
struct VietnameseHelpCLITests {
    /// Every command of the tree has its Vietnamese abstract (and discussion when the English has one), and every
    /// option, flag and argument its Vietnamese help: a new option without one fails here.
    @Test func everyCommandAndOptionHasVietnameseWords() {
        let missing = HelpVietnamese.missing(root: Thanhtra.self)
        #expect(missing.isEmpty, "no Vietnamese help for: \(missing.joined(separator: ", "))")
        // The walk saw the whole tree: the commands people use most are there, with their options
        let tree = HelpVietnamese.tree(root: Thanhtra.self)
        let open = tree?.find(["case", "open"])
        #expect(open?.arguments?.contains { $0.key == "--record" } == true)
        #expect(tree?.find(["rules", "diff"])?.arguments?.contains { $0.key == "--against" } == true)
        #expect(HelpVietnamese.help(command: "case open", argument: "--record") == "Số biên bản vi phạm hành chính.")
        // One name, the command's own meaning
        #expect(HelpVietnamese.help(command: "case pay", argument: "--on") == "Ngày nộp (YYYY-MM-DD).")
        #expect(HelpVietnamese.help(command: "inspection show", argument: "<id>") == "Số cuộc thanh tra.")
    }

    @Test func aCommandsHelpIsVietnameseByLangOrLocale() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let help = try cli.run("--lang", "vi", "case", "open", "--help")
        #expect(help.status == 0, "\(help.stderr)")
        let screen = help.stdout
        #expect(screen.hasPrefix("TỔNG QUAN: Mở vụ việc từ biên bản vi phạm hành chính.\n"), "\(screen)")
        #expect(screen.contains("CÁCH DÙNG: thanhtra case open "))
        #expect(screen.contains("\nTÙY CHỌN:\n"))
        // Aligned as ArgumentParser aligns the English: the help from column 26
        #expect(screen.contains("\n  --record <record>       Số biên bản vi phạm hành chính.\n"), "\(screen)")
        #expect(screen.contains("Các mã: `thanhtra rules circumstances`."))
        #expect(screen.contains("\n  -h, --help              Hiện trợ giúp này."))
        #expect(!screen.contains("OPTIONS:") && !screen.contains("The violation record's number."))

        // By the locale, through `help`, a group lists its commands in Vietnamese
        let group = try cli.run(["help", "case"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(group.status == 0)
        #expect(group.stdout.contains("LỆNH CON:\n"))
        #expect(group.stdout.contains("  decide                  Ghi quyết định xử phạt;"), "\(group.stdout)")
        #expect(group.stdout.contains("Xem 'thanhtra help case <lệnh con>' để biết chi tiết về một lệnh con."))

        // A group alone and the program alone print their screens
        let alone = try cli.run(["inspection"], environment: ["LC_ALL": "vi_VN.UTF-8"])
        #expect(alone.status == 0)
        #expect(alone.stdout.hasPrefix("TỔNG QUAN: Cuộc thanh tra:"), "\(alone.stdout)")
        let root = try cli.run("--lang", "vi")
        #expect(root.status == 0)
        #expect(root.stdout.contains("Thanh tra và xử phạt vi phạm hành chính"), "\(root.stdout)")
        #expect(root.stdout.contains("  init                    Tạo cơ sở dữ liệu"))

        // An option's default is said in Vietnamese
        let list = try cli.run("subject", "list", "--help", "--lang", "vi")
        let words = list.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("--limit <limit> Nhiều nhất bấy nhiêu đối tượng; 0 là tất cả. (mặc định: 100)"), "\(list.stdout)")
    }

    @Test func theEnglishHelpIsArgumentParsersUnchanged() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let help = try cli.run("case", "open", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: Open a case from its violation record (biên bản)."), "\(help.stdout)")
        #expect(help.stdout.contains("USAGE: thanhtra case open "))
        #expect(help.stdout.contains("The violation record's number."))
        #expect(!help.stdout.contains("TỔNG QUAN"))
        let explicit = try cli.run(["--lang", "en", "help", "case"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(explicit.stdout.hasPrefix("OVERVIEW: Administrative-penalty cases"), "\(explicit.stdout)")
        // The version is not a help screen
        #expect(try cli.run("--lang", "vi", "--version").stdout == "\(Thanhtra.version)\n")
    }

    @Test func badUsageIsWordedInVietnamese() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let missing = try cli.run("--lang", "vi", "case", "open", "--subject", "1", "--record-on", "2026-10-20")
        #expect(missing.status == 64)
        let lines = missing.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "lỗi: thiếu --record <record> (bắt buộc)", "\(missing.stderr)")
        #expect(lines.contains { $0.hasPrefix("  cách dùng: thanhtra case open ") })
        #expect(lines.last == "  gợi ý: `thanhtra case open --help` liệt kê mọi tùy chọn")

        let unknown = try cli.run(["subject", "list", "--colour"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("lỗi: không có tùy chọn --colour\n"), "\(unknown.stderr)")

        let badValue = try cli.run("--lang", "vi", "subject", "list", "--limit", "nhiều")
        #expect(badValue.stderr.hasPrefix("lỗi: giá trị 'nhiều' không hợp lệ cho --limit"), "\(badValue.stderr)")

        let typo = try cli.run("--lang", "vi", "cases", "list")
        #expect(typo.status == 64)
        #expect(
            typo.stderr
                == "lỗi: \"cases\" không phải là lệnh của `thanhtra` (có phải ý bạn là \"case\"?)\n"
                + "  gợi ý: `thanhtra --help` liệt kê các lệnh: "
                + "init, version, subject, case, plan, inspection, finding, recommend, follow-up, report, rules, journal, "
                + "import, batch, account, serve, role, title, delegate, delegation, db\n",
            "\(typo.stderr)")

        // English as before
        let english = try cli.run("case", "open", "--subject", "1", "--record-on", "2026-10-20")
        #expect(english.stderr.hasPrefix("error: Missing expected argument '--record <record>'\n"), "\(english.stderr)")
        #expect(english.stderr.hasSuffix("  help: `thanhtra case open --help` lists every option\n"))
    }
}
