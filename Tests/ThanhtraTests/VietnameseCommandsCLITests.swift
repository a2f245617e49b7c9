import Foundation
import Testing

/// Issue 17, item 3: with `--lang vi` (or a `vi…` locale) the everyday commands answer in Vietnamese — what they
/// recorded, the lists' headings and states, the "showing N of M" note, and the refusals people meet most — and the
/// same commands in English are unchanged. Through the built binary, "today" 2026-11-23.
@Suite("Everyday commands in Vietnamese — end to end")
struct VietnameseCommandsCLITests {
    func ok(_ cli: CLIHarness, _ arguments: String...) throws -> String {
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    @Test func casesSubjectsAndInspectionsAnswerInVietnamese() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        _ = try ok(cli, "init")
        #expect(
            try ok(cli, "--lang", "vi", "subject", "add", "--tax-code", "0101234567", "--name", "Công ty A", "--address", "Hà Nội")
                == "đã đăng ký đối tượng #1: Công ty A (0101234567)\n")
        #expect(
            try ok(
                cli, "case", "open", "--lang", "vi", "--subject", "0101234567", "--record", "BB-1", "--record-on",
                "2026-10-20", "--place", "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b")
                == "đã mở vụ việc #1 đối với Công ty A; hạn ra quyết định 2026-10-27\n")
        _ = try ok(
            cli, "case", "open", "--subject", "0101234567", "--record", "BB-2", "--record-on", "2026-10-21", "--place",
            "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b")
        let decided = try ok(
            cli, "case", "decide", "1", "--lang", "vi", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer",
            "chanh_thanh_tra_so")
        #expect(decided.hasPrefix("đã ra quyết định xử phạt vụ việc #1: quyết định 1/QĐ-XPHC, tổng tiền phạt "), "\(decided)")
        #expect(decided.hasSuffix("; trạng thái: đã ra quyết định xử phạt\n"))

        // The list: Vietnamese headings and states, and the note of what is not shown
        let list = try cli.run("case", "list", "--lang", "vi", "--limit", "1")
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("#  trạng thái  biên bản  ngày lập"), "\(list.stdout)")
        #expect(list.stdout.contains("đang xử lý"))
        #expect(list.stdout.contains("ra quyết định trước 2026-10-28"))
        #expect(list.stderr == "đang hiện 1 vụ việc (còn nữa); --limit 0 để hiện tất cả, hoặc thu hẹp danh sách\n")
        // The same list in English is as before
        let english = try cli.run("case", "list", "--limit", "1")
        #expect(english.stdout.hasPrefix("#  state  record  on"), "\(english.stdout)")
        #expect(english.stderr == "showing 1 cases (more match); --limit 0 for all, or narrow the list\n")
        #expect(try ok(cli, "subject", "list", "--lang", "vi").hasPrefix("#  loại     mã số thuế / số định danh"))

        // A refusal the store words, in Vietnamese, by --lang or by the locale
        let twice = try cli.run(
            "case", "open", "--lang", "vi", "--subject", "0101234567", "--record", "BB-1", "--record-on", "2026-11-02",
            "--place", "Hà Nội", "--committed", "2026-11-01", "--violation", "ND125-2020-D30-K3-b")
        #expect(twice.status == 1)
        #expect(
            twice.stderr
                == "lỗi: biên bản số BB-1 đã là vụ việc #1 (số biên bản không được trùng trong một năm)\n"
                + "  gợi ý: xem `thanhtra case show 1`\n")
        let byLocale = try cli.run(
            ["case", "decide", "2", "--number", "1/QĐ-XPHC", "--on", "2026-10-26", "--signer", "chanh_thanh_tra_so"],
            environment: ["LANG": "vi_VN.UTF-8"])
        #expect(
            byLocale.stderr
                == "lỗi: số quyết định 1/QĐ-XPHC đã là quyết định của vụ việc #1 (số quyết định không được trùng trong một năm)\n"
                + "  gợi ý: cho quyết định này một số khác\n",
            "\(byLocale.stderr)")
        let inEnglish = try cli.run("case", "show", "9")
        #expect(inEnglish.stderr.hasPrefix("error: "), "\(inEnglish.stderr)")

        // An inspection's steps
        let opened = try ok(
            cli, "inspection", "open", "--lang", "vi", "--mode", "unscheduled", "--category", "thanh_tra", "--level",
            "thanh_tra_tinh", "--content", "Việc chấp hành pháp luật", "--lead-unit", "Phòng 1", "--subject", "1",
            "--ground", "complaint", "--ground-ref", "Đơn số 1", "--on", "2026-09-01")
        // The pack's names of the category and level, not their codes
        #expect(opened.hasPrefix("đã mở cuộc thanh tra #1 (đột xuất, Thanh tra, Thanh tra tỉnh, thành phố)"), "\(opened)")
        #expect(
            try ok(
                cli, "inspection", "decide", "1", "--lang", "vi", "--number", "5/QĐ-TTr", "--on", "2026-09-01",
                "--signer-title", "Chánh Thanh tra tỉnh", "--signer", "Trần Văn Hải", "--lead", "Lê Minh")
                == "cuộc thanh tra #1: đã ra quyết định thanh tra; trạng thái: đã có quyết định thanh tra\n")
        let announced = try ok(cli, "inspection", "announce", "1", "--lang", "vi", "--on", "2026-09-08")
        #expect(
            announced.hasPrefix(
                "cuộc thanh tra #1: đã công bố quyết định thanh tra; trạng thái: đang thanh tra trực tiếp; "
                    + "hạn kết thúc thanh tra trực tiếp "), "\(announced)")
        let finding = try ok(
            cli, "finding", "add", "--lang", "vi", "--inspection", "1", "--subject", "1", "--description",
            "Sử dụng kinh phí sai mục đích", "--amount", "80.000.000", "--category", "su_dung_sai_muc_dich")
        #expect(finding.hasPrefix("đã ghi nhận phát hiện #1 của cuộc thanh tra #1: su_dung_sai_muc_dich ("), "\(finding)")
        #expect(finding.contains("\nbộ quy tắc gợi ý: thu hồi về ngân sách nhà nước 80.000.000 đ — ghi nhận bằng `thanhtra recommend`\n"))
        #expect(
            try ok(
                cli, "recommend", "--lang", "vi", "--inspection", "1", "--kind", "recovery", "--finding", "1", "--subject",
                "1", "--description", "Thu hồi về ngân sách", "--amount", "80.000.000")
                == "đã ghi nhận kiến nghị #1 (thu hồi) của cuộc thanh tra #1\n")
        #expect(try ok(cli, "journal", "verify", "--lang", "vi").hasPrefix("nhật ký nguyên vẹn: "))
        let listed = try ok(cli, "inspection", "list", "--lang", "vi")
        #expect(listed.hasPrefix("#  trạng thái                hình thức  loại"), "\(listed)")
        #expect(listed.contains("đang thanh tra trực tiếp  đột xuất"), "\(listed)")
    }
}
