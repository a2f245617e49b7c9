import Foundation
import Testing

/// Deadlines counted as the law counts them, through the built binary and the bundled rule pack: a last day on a
/// Sunday or a holiday moves to the next working day (Bộ luật Dân sự 2015 Điều 148 k5), on-site days skip the
/// holidays, and an inspection of 2017 is judged under Luật Thanh tra 2010. "Today" is 2026-11-23.
@Suite("The law's calendar — end to end")
struct CalendarDeadlinesCLITests {
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh").status == 0)
        return cli
    }

    func ok(_ cli: CLIHarness, _ arguments: String...) throws -> String {
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    @Test func aDueDateOnASundayMovesToMondayAndTheSurchargeStartsTheDayAfter() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Record 2026-03-01: 7 days end Sunday 2026-03-08; the decision is due Monday 03-09.
        let open = try ok(
            cli, "case", "open", "--subject", "1", "--record", "BB-1/2026", "--record-on", "2026-03-01", "--place", "Hà Nội",
            "--violation", "ND168-2024-D7-K2-h,committed=2026-03-01")
        #expect(open.hasSuffix("decision due by 2026-03-09\n"), "\(open)")
        _ = try ok(cli, "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-03-04", "--signer", "chanh_thanh_tra_so")
        // Received 2026-03-05: the 10th day is Sunday 03-15; the fine is due Monday 2026-03-16.
        #expect(try ok(cli, "case", "deliver", "1", "--on", "2026-03-05") == "delivered case #1 on 2026-03-05; pay by 2026-03-16\n")
        let show = try ok(cli, "case", "show", "1", "--explain")
        #expect(show.contains("received: 2026-03-05; pay by 2026-03-16"))
        #expect(show.contains("10 ngày (ngày theo lịch, tính cả ngày nghỉ) kể từ ngày 2026-03-05: ngày cuối 2026-03-15 (Chủ nhật)"))
        #expect(show.contains("2026-03-15 (Chủ nhật, ngày nghỉ hằng tuần)"))
        #expect(show.contains("[Điều 73 k1 Luật XLVPHC; Điều 148 k5 Bộ luật Dân sự 2015]"))
        #expect(show.contains("Tiền chậm nộp tính từ ngày 2026-03-17"))
        // Paying on Monday 03-16 is on time: no surcharge; a day later, one day.
        let recompute = try ok(cli, "case", "recompute", "--as-of", "2026-03-18", "--format", "csv")
        #expect(recompute.contains("1,BB-1/2026,decided,payment,2026-03-16,2026-03-16,2,"), "\(recompute)")
        #expect(try ok(cli, "case", "pay", "1", "--amount", "500000", "--on", "2026-03-16", "--receipt", "BL-1")
            .hasSuffix("now settled\n"))
    }

    @Test func aDueDateOnAHolidayMovesPastTheHolidayAndTheWeekend() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Record 2026-04-24: 7 days end on 2026-05-01 (Ngày Quốc tế Lao động, a Friday): due Monday 2026-05-04.
        let open = try ok(
            cli, "case", "open", "--subject", "1", "--record", "BB-2/2026", "--record-on", "2026-04-24", "--place", "Hà Nội",
            "--violation", "ND168-2024-D7-K2-h,committed=2026-04-23")
        #expect(open.hasSuffix("decision due by 2026-05-04\n"), "\(open)")
        let preview = try ok(cli, "case", "preview", "1", "--on", "2026-05-04")
        #expect(preview.contains("decision due by: 2026-05-04"))
        #expect(preview.contains("2026-05-01 (thứ Sáu, ngày nghỉ: Ngày Quốc tế Lao động)"), "\(preview)")
        // Decided 2026-04-20 and received 2026-04-21 in another case: the 10th day is 05-01 too.
        _ = try ok(
            cli, "case", "open", "--subject", "1", "--record", "BB-3/2026", "--record-on", "2026-04-15", "--place", "Hà Nội",
            "--violation", "ND168-2024-D7-K2-h,committed=2026-04-15")
        _ = try ok(cli, "case", "decide", "2", "--number", "2/QĐ-XPHC", "--on", "2026-04-20", "--signer", "chanh_thanh_tra_so")
        #expect(try ok(cli, "case", "deliver", "2", "--on", "2026-04-21") == "delivered case #2 on 2026-04-21; pay by 2026-05-04\n")
    }

    @Test func anInspectionOf2017IsJudgedUnderTheLawOf2010WithItsHolidays() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let codes = try ok(cli, "inspection", "codes", "--on", "2017-02-15")
        #expect(codes.contains("hanh_chinh"), "\(codes)")
        let opened = try ok(
            cli, "inspection", "open", "--mode", "unscheduled", "--category", "hanh_chinh", "--level", "thanh_tra_tinh",
            "--content", "Việc quản lý, sử dụng ngân sách", "--lead-unit", "Phòng 1", "--subject", "1",
            "--ground", "violation-signs", "--ground-ref", "Báo cáo số 3/BC", "--on", "2017-02-15")
        #expect(opened.hasPrefix("opened inspection #1 (unscheduled, hanh_chinh, thanh_tra_tinh)"), "\(opened)")
        _ = try ok(cli, "inspection", "decide", "1", "--number", "5/QĐ-TTr", "--on", "2017-02-20", "--signer-title", "Chánh Thanh tra tỉnh",
                   "--signer", "Trần Văn Hải", "--lead", "Lê Minh")
        // 45 working days from Monday 2017-03-06; Giỗ Tổ (Thursday 04-06), 1/5 and 2/5 (30/4 made up) do not count.
        #expect(try ok(cli, "inspection", "announce", "1", "--on", "2017-03-06").contains("on-site work due to end by 2017-05-10"))
        let show = try ok(cli, "inspection", "show", "1", "--explain")
        #expect(show.contains("Quyết định thanh tra ngày 2017-02-20: áp dụng Luật Thanh tra 56/2010/QH12"), "\(show)")
        #expect(show.contains("45 ngày làm việc kể từ 2017-03-06 → 2017-05-10 (không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ, tết"))
        #expect(show.contains("[Điều 45 k1 Luật Thanh tra 2010]"))
    }
}
