import Foundation
import Testing

/// Issue 17, item 3: the rest of the commands in Vietnamese — init, the rule pack's commands, report file, imports,
/// accounts, roles, titles and delegations — and the refusals that had no Vietnamese words (a case's or an
/// inspection's state, the order of their dates, a value missing), in the one error style `lỗi:` / `gợi ý:`. The same
/// commands in English are unchanged. Through the built binary, "today" 2026-11-23.
@Suite("Every command's output and refusals in Vietnamese — end to end")
struct VietnameseOutputsCLITests {
    func ok(_ cli: CLIHarness, _ arguments: String...) throws -> String {
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    @Test func initAndTheRulePacksCommandsAnswerInVietnamese() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let created = try ok(cli, "init", "--lang", "vi")
        #expect(created.hasPrefix("đã tạo \(cli.database.path) với bộ quy tắc "), "\(created)")
        #expect(created.contains(", mã băm "))
        let again = try ok(cli, "init", "--lang", "vi")
        #expect(again.hasSuffix("); không có gì thay đổi\n"), "\(again)")
        #expect(try ok(cli, "init").hasSuffix("); nothing changed\n"))

        let check = try ok(cli, "rules", "check", "--lang", "vi")
        #expect(check.contains(" tệp trong "), "\(check)")
        #expect(check.hasSuffix(": 0 lỗi, 0 cảnh báo\n") || check.contains(" cảnh báo\n"), "\(check)")
        #expect(try ok(cli, "rules", "check").contains(" error(s), "))

        let tests = try ok(cli, "rules", "test", "--lang", "vi")
        let summary = try #require(tests.split(separator: "\n").last)
        #expect(summary.wholeMatch(of: /\d+ đạt, 0 không đạt/) != nil, "\(summary)")

        let circumstances = try ok(cli, "rules", "circumstances", "--lang", "vi")
        #expect(circumstances.hasPrefix("loại"), "\(circumstances)")
        #expect(circumstances.contains("giảm nhẹ") && circumstances.contains("tăng nặng"))
        #expect(!circumstances.contains("mitigating"))
        #expect(try ok(cli, "rules", "circumstances").contains("mitigating"))

        let titles = try ok(cli, "rules", "titles", "--lang", "vi")
        #expect(titles.hasPrefix("mã"), "\(titles)")
        #expect(titles.contains("chức danh") && titles.contains("mức phạt tối đa"))

        // Comparing the pack with itself: the sentences and the empty result in Vietnamese
        let diff = try ok(cli, "rules", "diff", "--against", CLIHarness.repository.appendingPathComponent("rules").path, "--lang", "vi")
        #expect(diff.hasPrefix("bộ dự kiến "), "\(diff)")
        #expect(diff.contains("\nkhông vụ việc nào thay đổi\n") && diff.contains("\nđã so sánh 0 vụ việc, 0 thay đổi: "), "\(diff)")
        let recompute = try ok(cli, "case", "recompute", "--lang", "vi")
        #expect(recompute.hasPrefix("tính đến 2026-11-23, bộ quy tắc "), "\(recompute)")
        #expect(recompute.contains("không có vụ việc đang xử lý hoặc chưa nộp xong"))
        #expect(
            try ok(cli, "report", "restatements", "--lang", "vi")
                == "không số liệu đã lưu nào thay đổi (đã kiểm tra 0 báo cáo đã lưu)\n")

        let codes = try ok(cli, "inspection", "codes", "--lang", "vi")
        #expect(codes.contains("loại thanh tra") && codes.contains("cấp"), "\(codes)")
        let catalog = try cli.run("rules", "catalog", "--lang", "vi", "--search", "khong co tu nay")
        #expect(catalog.stderr.hasPrefix("không có mục nào của danh mục khớp \"khong co tu nay\""), "\(catalog.stderr)")
    }

    @Test func aCasesOwnRefusalsAreWordedInVietnamese() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        _ = try ok(cli, "init")
        _ = try ok(cli, "subject", "add", "--tax-code", "0101234567", "--name", "Công ty A", "--address", "Hà Nội")
        _ = try ok(
            cli, "case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-10-20", "--place", "Hà Nội",
            "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b")

        // Paying an open case: its state, the command that decides it
        let pay = try cli.run(
            "case", "pay", "1", "--lang", "vi", "--amount", "1000000", "--on", "2026-10-25", "--receipt", "BL-1")
        #expect(pay.status == 1)
        #expect(
            pay.stderr
                == "lỗi: vụ việc #1 đang ở trạng thái đang xử lý, chưa có quyết định xử phạt\n"
                + "  gợi ý: ra quyết định trước: `thanhtra case decide 1`\n", "\(pay.stderr)")
        // A decision before its record
        let early = try cli.run(
            "case", "decide", "1", "--lang", "vi", "--number", "1/QĐ-XPHC", "--on", "2026-10-19", "--signer",
            "chanh_thanh_tra_so")
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "lỗi: ngày ra quyết định 2026-10-19 trước ngày lập biên bản 2026-10-20\n"
                + "  gợi ý: quyết định phải sau biên bản; kiểm tra lại ngày\n", "\(early.stderr)")
        // The same in English, as before
        let english = try cli.run(
            "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-19", "--signer", "chanh_thanh_tra_so")
        #expect(english.stderr.hasPrefix("error: the decision date 2026-10-19 is before the violation record of 2026-10-20\n"))

        _ = try ok(cli, "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        // An extension of the decision deadline needs an open case
        let extend = try cli.run(["case", "extend", "1", "--days", "10", "--reason", "phức tạp"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(extend.status == 1)
        #expect(
            extend.stderr
                == "lỗi: vụ việc #1 đang ở trạng thái đã ra quyết định xử phạt; việc này chỉ làm được khi vụ việc đang xử lý\n"
                + "  gợi ý: xem `thanhtra case show 1`\n", "\(extend.stderr)")
        // A payment without its receipt: the option and what to write
        let noReceipt = try cli.run("case", "pay", "1", "--lang", "vi", "--amount", "1000000", "--on", "2026-10-26", "--receipt", " ")
        #expect(noReceipt.status == 1)
        #expect(
            noReceipt.stderr
                == "lỗi: thiếu hoặc chưa đúng --receipt\n  gợi ý: ghi số biên lai như trên biên lai của kho bạc\n",
            "\(noReceipt.stderr)")
        _ = try ok(cli, "case", "cancel", "1", "--reason", "Quyết định hủy số 2")
        let twice = try cli.run("case", "cancel", "1", "--lang", "vi", "--reason", "lần nữa")
        #expect(twice.status == 1)
        #expect(twice.stderr.hasPrefix("lỗi: vụ việc #1 "), "\(twice.stderr)")
        #expect(!twice.stderr.contains("error") && !twice.stderr.contains("cancelled"), "\(twice.stderr)")
    }

    @Test func anInspectionsStepsOutOfOrderAreWordedInVietnamese() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        _ = try ok(cli, "init")
        _ = try ok(cli, "subject", "add", "--tax-code", "0101234567", "--name", "Công ty A", "--address", "Hà Nội")
        _ = try ok(
            cli, "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
            "--content", "Việc chấp hành pháp luật", "--lead-unit", "Phòng 1", "--subject", "1", "--ground", "complaint",
            "--ground-ref", "Đơn số 1", "--on", "2026-09-01")
        let announce = try cli.run("inspection", "announce", "1", "--lang", "vi", "--on", "2026-09-08")
        #expect(announce.status == 1)
        #expect(
            announce.stderr
                == "lỗi: cuộc thanh tra #1 đang ở trạng thái mới mở; việc này chỉ làm được khi cuộc thanh tra đã có quyết định thanh tra\n"
                + "  gợi ý: xem `thanhtra inspection show 1`\n", "\(announce.stderr)")
        let early = try cli.run(
            "inspection", "decide", "1", "--lang", "vi", "--number", "5/QĐ-TTr", "--on", "2026-08-30", "--signer-title",
            "Chánh Thanh tra tỉnh", "--signer", "Trần Văn Hải", "--lead", "Lê Minh")
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "lỗi: ngày 2026-08-30 trước một bước đã ghi của cuộc thanh tra #1 (ngày 2026-09-01); các bước phải nối tiếp nhau\n"
                + "  gợi ý: xem các ngày đã ghi bằng `thanhtra inspection show 1`\n", "\(early.stderr)")
        let english = try cli.run("inspection", "announce", "1", "--on", "2026-09-08")
        #expect(english.stderr.hasPrefix("error: inspection #1 is open; only an inspection that is decided can be announced\n"), "\(english.stderr)")
    }

    @Test func accountsTitlesAndDelegationsAnswerInVietnamese() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        _ = try ok(cli, "init")
        let admin = try cli.run(
            ["account", "add", "admin", "--name", "Quản trị", "--role", "quan_tri", "--password-stdin", "--lang", "vi"],
            input: "mat-khau-dai-du\n")
        #expect(admin.stdout == "đã thêm tài khoản admin (vai trò: quan_tri)\n", "\(admin.stderr)")
        let binh = try cli.run(
            ["account", "add", "binh", "--name", "Nguyễn Văn Bình", "--role", "thanh_tra_vien", "--password-stdin", "--as", "admin"],
            input: "mat-khau-dai-du\n")
        #expect(binh.stdout == "added account binh (thanh_tra_vien)\n", "\(binh.stderr)")
        #expect(
            try ok(cli, "role", "grant", "binh", "chanh_thanh_tra", "--as", "admin", "--lang", "vi")
                == "đã cấp vai trò chanh_thanh_tra cho binh; các vai trò: thanh_tra_vien, chanh_thanh_tra\n")
        // A refusal of titles in the web pages' Vietnamese words (one table for both faces)
        let refused = try cli.run("title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "binh", "--lang", "vi")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasPrefix("lỗi: Tài khoản binh không được làm việc này: cần vai trò Quản trị (quan_tri)."),
            "\(refused.stderr)")
        let assigned = try ok(cli, "title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "admin", "--lang", "vi")
        // The pack's name of the title, its code beside it
        #expect(assigned.hasPrefix("chức danh #1: binh giữ "), "\(assigned)")
        #expect(assigned.hasSuffix(" (chanh_thanh_tra_so) từ 2026-01-01\n"), "\(assigned)")
        #expect(
            try ok(cli, "title", "end", "1", "--on", "2026-12-31", "--as", "admin", "--lang", "vi")
                == "chức danh #1: binh giữ chanh_thanh_tra_so đến hết ngày 2026-12-31\n")
        #expect(try ok(cli, "account", "disable", "binh", "--as", "admin", "--lang", "vi") == "đã khóa tài khoản binh\n")
    }
}
