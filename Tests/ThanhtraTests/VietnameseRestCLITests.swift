import Foundation
import Testing

/// Issue 17, item 3, the rest: with `--lang vi` or a `vi_*` locale, what a person reads of import's refused rows,
/// the commands' own validation, the rule pack's diagnostics and test failures, `batch`'s results, the demo and the
/// refusals worded through one place is Vietnamese; `--lang en` keeps the English words. Through the built binary,
/// "today" 2026-11-23; each test makes a real failure of its kind.
@Suite("The rest of what people read in Vietnamese — end to end")
struct VietnameseRestCLITests {
    static let vietnameseLocale = ["LANG": "vi_VN.UTF-8"]

    /// An initialized database with an organization (#1, 0101234567).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        return cli
    }

    func write(_ text: String, to name: String, in cli: CLIHarness) throws -> String {
        let path = cli.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    // MARK: - 1. Import's refused rows

    @Test func importsRefusedRowsAreWordedInVietnameseOnScreenAndInTheRejectsFile() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            """
            so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham,so quyet dinh,ngay quyet dinh,tien phat
            BB-1,0101234567,2026-10-20,ND125-2020-D24-K4-b,QĐ-1,2026-10-25,5.000.000
            BB-2,0109999999,2026-10-20,ND125-2020-D24-K4-b,,,
            BB-1,0101234567,2026-10-21,ND125-2020-D24-K4-b,,,
            BB-3,0101234567,2026-13-01,ND125-2020-D24-K4-b,,,
            BB-4,0101234567,2026-10-20,ND125-2020-D24-K4-b,QĐ-1,2026-10-25,1.000.000
            BB-5,0101234567,2026-10-20,XYZ,,,
            BB-6,0101234567,2026-10-20,ND125-2020-D24-K4-b,QĐ-6,2026-10-25,"1,5"
            BB-7,0101234567,2026-12-20,ND125-2020-D24-K4-b,,,

            """, to: "bad.csv", in: cli)
        let expected = """
            \(file):3: mã số thuế 0109999999 chưa được đăng ký; đăng ký các đối tượng trước (thanhtra import TỆP --kind subjects)
            \(file):4: biên bản số BB-1 đã có ở dòng 2
            \(file):5: ngay lap bien ban: "2026-13-01" không phải là ngày; viết YYYY-MM-DD hoặc DD/MM/YYYY
            \(file):6: số quyết định QĐ-1 đã có ở dòng 2
            \(file):7: hanh vi vi pham: XYZ không có trong danh mục của bộ quy tắc; xem `thanhtra rules catalog`
            \(file):8: tien phat: "1,5" không phải là số tiền đồng; viết 1500000 hoặc 1.500.000
            \(file):9: ngay lap bien ban: 2026-12-20 là ngày trong tương lai (hôm nay là 2026-11-23)
            lỗi: 7 trên 8 dòng của \(file) bị sai (liệt kê ở trên); mọi dòng sai, kèm dòng và lý do, có trong \(cli.directory.path)/bad.rejects.csv; không có gì được nhập
              gợi ý: sửa chúng rồi nhập lại, hoặc dùng --skip-bad TỆP để nhập các dòng đúng và ghi các dòng sai vào TỆP

            """

        // --lang vi, and the same from the locale alone
        let flagged = try cli.run("import", file, "--kind", "cases", "--lang", "vi")
        #expect(flagged.status == 1)
        #expect(flagged.stderr == expected, "\(flagged.stderr)")
        let located = try cli.run(["import", file, "--kind", "cases"], environment: Self.vietnameseLocale)
        #expect(located.stderr == expected, "\(located.stderr)")

        // The rejects file carries every reason of a row in the same words
        let rejects = try String(contentsOfFile: cli.directory.appendingPathComponent("bad.rejects.csv").path, encoding: .utf8)
        #expect(rejects.contains(",9,ngay lap bien ban: 2026-12-20 là ngày trong tương lai (hôm nay là 2026-11-23)\n"), "\(rejects)")
        #expect(rejects.contains(",5,\"ngay lap bien ban: \"\"2026-13-01\"\" không phải là ngày; viết YYYY-MM-DD hoặc DD/MM/YYYY\""), "\(rejects)")

        // English stays available, word for word as before
        let english = try cli.run(["import", file, "--kind", "cases", "--lang", "en"], environment: Self.vietnameseLocale)
        #expect(english.stderr.contains("\(file):5: ngay lap bien ban: \"2026-13-01\" is not a date; write YYYY-MM-DD or DD/MM/YYYY\n"))
        #expect(english.stderr.contains("\(file):3: tax code 0109999999 is not registered; register the subjects first"))
        #expect(english.stderr.contains("error: 7 of 8 rows of \(file) are bad"))
        #expect(!english.stderr.contains("không phải"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM penaltyCase") == "0\n")
    }

    @Test func aBadSubjectsFileIsRefusedInVietnameseRowByRowAndByItsHeader() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let rows = try write(
            "loai,ma so thue,ten,dia chi\nto chuc,12345,Công ty B,Hà Nội\nto chuc,0101234567,Công ty A,Hà Nội\n",
            to: "subjects.csv", in: cli)
        let refused = try cli.run("import", rows, "--kind", "subjects", "--lang", "vi")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "\(rows):2: ma so thue: mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số cho chi nhánh; nhận được \"12345\"\n"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("\(rows):3: mã số thuế 0101234567 đã được đăng ký là đối tượng #1\n"), "\(refused.stderr)")

        let header = try write("loai,ma so thue,ten,so nha\n", to: "header.csv", in: cli)
        let stopped = try cli.run(["import", header, "--kind", "subjects"], environment: Self.vietnameseLocale)
        #expect(stopped.status == 1)
        #expect(stopped.stderr.hasPrefix("lỗi: \(header):1: không biết cột \"so nha\"\n  gợi ý: "), "\(stopped.stderr)")
        #expect(try cli.run("import", header, "--kind", "subjects").stderr.hasPrefix("error: \(header):1: unknown column \"so nha\""))
    }

    // MARK: - 2. The commands' own validation and input errors

    @Test func aCommandsOwnValidationIsWordedInVietnamese() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let open = ["case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-10-20", "--place", "Hà Nội"]

        let missing = try cli.run(open + ["--lang", "vi"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("lỗi: ghi ít nhất một --violation MÃ\n  cách dùng: "), "\(missing.stderr)")
        let english = try cli.run(open)
        #expect(english.stderr.hasPrefix("error: give at least one --violation CODE\n  usage: "), "\(english.stderr)")

        let date = try cli.run(
            ["case", "pay", "1", "--amount", "1000000", "--on", "31/02/2026", "--receipt", "BL-1"],
            environment: Self.vietnameseLocale)
        #expect(date.status == 64)
        #expect(
            date.stderr.hasPrefix(
                "lỗi: giá trị '31/02/2026' không hợp lệ cho --on: '31/02/2026' không phải là ngày; viết YYYY-MM-DD hoặc DD/MM/YYYY"),
            "\(date.stderr)")
        let amount = try cli.run("case", "pay", "1", "--amount", "1,5", "--on", "2026-11-01", "--receipt", "BL-1", "--lang", "vi")
        #expect(amount.stderr.contains("'1,5' không phải là số tiền đồng; viết một số nguyên như 1500000 hoặc 1.500.000"), "\(amount.stderr)")

        // A value the core refuses without a remedy of its own: the core's Vietnamese words, with their hint
        let taxCode = try cli.run("subject", "add", "--tax-code", "12345", "--name", "Công ty B", "--lang", "vi")
        #expect(taxCode.status == 1)
        #expect(
            taxCode.stderr
                == "lỗi: mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số cho chi nhánh; nhận được \"12345\"\n"
                + "  gợi ý: chép mã số thuế từ giấy chứng nhận đăng ký doanh nghiệp, ví dụ 0101234567 hoặc 0101234567-001\n",
            "\(taxCode.stderr)")

        let nowhere = try cli.run("case", "list", "--db", cli.directory.appendingPathComponent("none.sqlite").path, "--lang", "vi")
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.hasPrefix("lỗi: không có cơ sở dữ liệu tại "), "\(nowhere.stderr)")
        #expect(nowhere.stderr.contains("\n  gợi ý: chạy `thanhtra init` để tạo"))
    }

    // MARK: - 3. The rule pack's diagnostics and test failures

    /// A copy of the bundled pack in the test's folder, to break.
    func packCopy(_ cli: CLIHarness) throws -> URL {
        let copy = cli.directory.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: copy)
        return copy
    }

    @Test func rulesCheckAndRulesTestWordTheirFindingsInVietnamese() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let pack = try packCopy(cli)
        // A catalog file nobody lists, and a file that does not parse
        try Data("return {}\n".utf8).write(to: pack.appendingPathComponent("penalty/catalog/extra.lua"))
        try Data("local x = = 1\n".utf8).write(to: pack.appendingPathComponent("broken.lua"))

        let check = try cli.run("rules", "check", "--rules", pack.path, "--lang", "vi")
        #expect(check.status == 1)
        #expect(check.stdout.contains("lỗi: lỗi cú pháp Lua: "), "\(check.stdout)")
        #expect(
            check.stdout.contains(
                "lỗi: tệp danh mục rules/penalty/catalog/extra.lua không được liệt kê trong rules/penalty/catalog/init.lua: "
                    + "các mục của nó không có trong danh mục\n  --> rules/penalty/catalog/extra.lua\n"
                    + "  gợi ý: thêm \"penalty.catalog.extra\" vào FILES trong rules/penalty/catalog/init.lua"),
            "\(check.stdout)")
        #expect(check.stdout.contains(": 2 lỗi, "), "\(check.stdout)")
        let english = try cli.run("rules", "check", "--rules", pack.path, "--lang", "en")
        #expect(english.stdout.contains("error: catalog file rules/penalty/catalog/extra.lua is not listed in "))

        // The bundled pack's own notes (its lint) carry their Vietnamese words
        let bundled = try cli.run("rules", "check", "--lang", "vi")
        #expect(bundled.status == 0)
        #expect(bundled.stdout.contains("cảnh báo: lịch: chưa có thông báo ngày nghỉ năm 2027; "), "\(bundled.stdout)")
        #expect(bundled.stdout.contains("cảnh báo: xử phạt: các loại người vi phạm được phạt theo thiết lập"), "\(bundled.stdout)")
        #expect(!bundled.stdout.contains("warning:"))

        // A test case whose expectation is off by one đồng
        try FileManager.default.removeItem(at: pack.appendingPathComponent("penalty/catalog/extra.lua"))
        try FileManager.default.removeItem(at: pack.appendingPathComponent("broken.lua"))
        let tests = pack.appendingPathComponent("tests/penalty_fines.lua")
        let text = try String(contentsOf: tests, encoding: .utf8)
        try #require(text.contains("expect = one(18500000) }"))
        try Data(text.replacingOccurrences(of: "expect = one(18500000) }", with: "expect = one(18500001) }").utf8).write(to: tests)

        let run = try cli.run(["rules", "test", "--rules", pack.path], environment: Self.vietnameseLocale)
        #expect(run.status == 1)
        #expect(run.stdout.contains("SAI  rules/tests/penalty_fines.lua:"), "\(run.stdout)")
        #expect(run.stdout.contains(": mong đợi 18500001, nhận được 18500000\n"), "\(run.stdout)")
        #expect(run.stdout.contains(" không đạt\n") && !run.stdout.hasSuffix(" 0 không đạt\n"), "\(run.stdout)")
        let englishRun = try cli.run("rules", "test", "--rules", pack.path, "--lang", "en")
        #expect(englishRun.stdout.contains(": expected 18500001, got 18500000\n"), "\(englishRun.stdout)")
    }

    // MARK: - 4. batch's results

    @Test func batchWordsEachLinesMessageInItsLanguageAndKeepsTheKeys() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let input = """
            {"argv": ["case", "show", "99"]}
            {"argv": ["case", "show", "98", "--lang", "en"]}
            not json

            """
        func results(_ run: CLIHarness.Run) throws -> [[String: Any]] {
            try run.stdout.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
        let example = #"{"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}"#
        for arguments in [["batch", "--lang", "vi"], ["batch"]] {
            var harness = cli
            if arguments.count == 1 { harness.environment["LANG"] = "vi_VN.UTF-8" }
            let run = try harness.run(arguments, input: input)
            #expect(run.status == 1)
            let lines = try results(run)
            #expect(lines.count == 3)
            #expect(lines.map { $0["ok"] as? Bool } == [false, false, false])
            #expect(lines[0]["error"] as? String == "lỗi: không có vụ việc #99\n  gợi ý: xem `thanhtra case list`")
            #expect(lines[1]["error"] as? String == "error: no penalty case #98\n  help: see `thanhtra case list`")
            #expect(
                lines[2]["error"] as? String
                    == "lỗi: dòng 3 không phải là một đối tượng JSON có mảng chuỗi \"argv\"\n  gợi ý: viết ví dụ \(example)")
        }
        let english = try results(try cli.run(["batch"], input: input))
        #expect(english[0]["error"] as? String == "error: no penalty case #99\n  help: see `thanhtra case list`")
        #expect(english[2]["error"] as? String == "error: line 3 is not a JSON object with an \"argv\" array of strings\n  help: write e.g. \(example)")

        // --atomic: the lines that did not fail are rolled back, in the batch's words
        let atomic = try results(
            try cli.run(
                ["batch", "--atomic", "--lang", "vi"],
                input: #"{"argv": ["subject", "add", "--tax-code", "0109876543", "--name", "Công ty C"]}"# + "\n"
                    + #"{"argv": ["case", "show", "99"]}"# + "\n"))
        #expect(atomic[0]["error"] as? String == "đã hoàn tác: batch là nguyên khối và (các) dòng 2 lỗi; không có gì được ghi lại")
        #expect(atomic[1]["error"] as? String == "lỗi: không có vụ việc #99\n  gợi ý: xem `thanhtra case list`")
    }

    // MARK: - 5. The demo

    /// Runs scripts/demo.sh with the built binary into the test's folder; "today" is the real day (the demo dates
    /// its records relative to it).
    func demo(_ cli: CLIHarness, arguments: [String], environment extra: [String: String]) throws -> CLIHarness.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CLIHarness.repository.appendingPathComponent("scripts/demo.sh").path] + arguments
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": cli.directory.path,
            "USER": "demo", "THANHTRA_BIN": CLIHarness.binary.path, "DEMO_DIR": cli.directory.path,
        ].merging(extra) { $1 }
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return CLIHarness.finish(process, out, err)
    }

    @Test(.timeLimit(.minutes(10))) func theDemoSpeaksTheLanguageOfItsLocaleOrOfLang() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let vietnamese = try demo(cli, arguments: [], environment: Self.vietnameseLocale)
        #expect(vietnamese.status == 0, "\(vietnamese.stderr)")
        #expect(vietnamese.stdout.contains("\ndemo: cơ sở dữ liệu là \(cli.directory.path)/demo.sqlite, bảng tính là "), "\(vietnamese.stdout.suffix(400))")
        #expect(vietnamese.stdout.contains(": 0 lỗi, "), "rules check in Vietnamese")
        #expect(!vietnamese.stdout.contains("demo: the database is"))
        #expect(FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("demo-report.xlsx").path))

        let english = try demo(cli, arguments: ["--lang", "en"], environment: Self.vietnameseLocale)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("\ndemo: the database is \(cli.directory.path)/demo.sqlite, the spreadsheet "))
        #expect(english.stdout.contains(" error(s), "), "rules check in English")

        let bad = try demo(cli, arguments: ["--lang", "fr"], environment: [:])
        #expect(bad.status == 64)
        #expect(bad.stderr == "demo: --lang is vi or en, not 'fr'\n")
    }

    // MARK: - 6. Errors worded through one place

    @Test func refusalsWordedByTheCommandsFollowTheLanguageToo() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let show = try cli.run("case", "show", "99", "--lang", "vi")
        #expect(show.status == 1)
        #expect(show.stderr == "lỗi: không có vụ việc #99\n  gợi ý: xem `thanhtra case list`\n", "\(show.stderr)")
        let located = try cli.run(["inspection", "show", "7"], environment: Self.vietnameseLocale)
        #expect(located.stderr == "lỗi: không có cuộc thanh tra #7\n  gợi ý: xem `thanhtra inspection list`\n", "\(located.stderr)")
        let subject = try cli.run("case", "list", "--subject", "0109999999", "--lang", "vi")
        #expect(
            subject.stderr
                == "lỗi: không có đối tượng có mã số thuế hoặc số định danh 0109999999\n"
                + "  gợi ý: xem `thanhtra subject list --search 0109999999`, hoặc đăng ký bằng `thanhtra subject add`\n",
            "\(subject.stderr)")

        let english = try cli.run(["case", "show", "99", "--lang", "en"], environment: Self.vietnameseLocale)
        #expect(english.stderr == "error: no penalty case #99\n  help: see `thanhtra case list`\n", "\(english.stderr)")
    }

    // MARK: - 7. Store refusals, worded once for both faces

    @Test func aStoresRefusalReadsInTheWordsTheWebPagesUse() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let open = [
            "case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-10-20", "--place", "Hà Nội",
            "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b",
        ]
        #expect(try cli.run(open).status == 0)
        let again = try cli.run(open, environment: Self.vietnameseLocale)
        #expect(again.status == 1)
        #expect(
            again.stderr
                == "lỗi: biên bản số BB-1 đã là vụ việc #1 (số biên bản không được trùng trong một năm)\n"
                + "  gợi ý: xem `thanhtra case show 1`\n", "\(again.stderr)")
        let english = try cli.run(open + ["--lang", "en"])
        #expect(english.stderr.hasPrefix("error: violation record BB-1 is already case #1"), "\(english.stderr)")
    }
}
