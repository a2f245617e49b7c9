import Foundation
import Testing

/// What a person reads, in Vietnamese with `--lang vi` or a Vietnamese locale, English otherwise (issue 17 item 3);
/// and a decision past its enforcement period (Luật XLVPHC Điều 74 k1): no surcharge after it.
@Suite("case show and inspection show in Vietnamese; the end of enforcement — end to end")
struct VietnameseViewCLITests {
    /// A database with one decided, unpaid 2017 decision (imported as recorded) and one 2017 inspection.
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "5700100256", "--name", "Công ty CP Than Hà Lầm").status == 0)
        let cases = cli.directory.appendingPathComponent("xu-phat.csv")
        try Data(
            ("Số biên bản,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,Ngày quyết định,Tiền phạt,Ngày nhận quyết định\n"
                + "BB-01/2017,5700100256,10/01/2017,điểm a khoản 1 Điều 11 Nghị định 109/2013/NĐ-CP,05/01/2017,01/QĐ-XPHC,12/01/2017,3.500.000,13/01/2017\n").utf8
        ).write(to: cases)
        #expect(try cli.run("import", cases.path, "--kind", "cases").status == 0)
        let inspections = cli.directory.appendingPathComponent("thanh-tra.csv")
        try Data(
            ("Số quyết định,Ngày quyết định,Hình thức,Căn cứ,Văn bản căn cứ,Loại hình,Cấp,Nội dung,Đơn vị chủ trì,Mã số thuế\n"
                + "02/QĐ-TTr,06/01/2017,đột xuất,khiếu nại,Đơn 1/2017,hanh_chinh,thanh_tra_tinh,Thanh tra đất đai,Phòng 2,5700100256\n").utf8
        ).write(to: inspections)
        #expect(try cli.run("import", inspections.path, "--kind", "inspections").status == 0)
        return cli
    }

    @Test func aCaseReadsInVietnameseWithLangOrTheLocaleAndInEnglishOtherwise() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let vietnamese = try cli.run("case", "show", "1", "--lang", "vi")
        #expect(vietnamese.status == 0, "\(vietnamese.stderr)")
        #expect(vietnamese.stdout.hasPrefix("vụ việc #1 — đã ra quyết định xử phạt\n"), "\(vietnamese.stdout)")
        #expect(vietnamese.stdout.contains("\nđối tượng vi phạm: Công ty CP Than Hà Lầm (5700100256), tổ chức\n"))
        #expect(vietnamese.stdout.contains("\nbiên bản: BB-01/2017 lập ngày 2017-01-10 (không ghi nơi lập)\n"))
        #expect(vietnamese.stdout.contains("\ntổng tiền phạt: 3.500.000 đ; số tiền khắc phục hậu quả: 0 đ\n"))
        #expect(vietnamese.stdout.contains("\nngày nhận quyết định: 2017-01-13; hạn nộp 2017-01-23\n"))
        // The locale decides when --lang is not given; --lang wins over it
        let byLocale = try cli.run("case", "show", "1", environment: ["LANG": "vi_VN.UTF-8"])
        #expect(byLocale.stdout == vietnamese.stdout)
        let english = try cli.run("case", "show", "1", "--lang", "en", environment: ["LANG": "vi_VN.UTF-8"])
        #expect(english.stdout.hasPrefix("case #1 — decided\nviolator: Công ty CP Than Hà Lầm (5700100256), organization\n"))
        #expect(try cli.run("case", "show", "1").stdout == english.stdout)
        // A language thanhtra does not speak is bad usage
        let french = try cli.run("case", "show", "1", "--lang", "fr")
        #expect(french.status == 64 && french.stderr.hasPrefix("error: --lang is vi or en, not 'fr'"), "\(french.stderr)")
    }

    @Test func anInspectionReadsInVietnameseWithThePackTitles() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let shown = try cli.run("inspection", "show", "1", "--lang", "vi")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            shown.stdout.hasPrefix(
                "cuộc thanh tra #1 — đã có quyết định thanh tra\n"
                    + "hình thức: đột xuất; loại hình Thanh tra hành chính; cấp Thanh tra tỉnh\n"
                    + "căn cứ: khiếu nại, tố cáo — Đơn 1/2017\n"), "\(shown.stdout)")
        #expect(
            try cli.run("inspection", "show", "1").stdout.hasPrefix(
                "inspection #1 — decided\nmode: unscheduled; category hanh_chinh; level thanh_tra_tinh\n"))
    }

    @Test func noSurchargeAccruesAfterTheDecisionsEnforcementEnded() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Fine 3.500.000 đ due 2017-01-23 (received 01-13 + 10 days), enforcement ended 2018-01-12: the surcharge
        // counts 2017-01-24 … 2018-01-12 = 354 days × 1.750 đ = 619.500 đ, as of today (2026-11-23) as of any day
        let shown = try cli.run("case", "show", "1")
        #expect(shown.stdout.contains("\nenforcement expires: 2018-01-12\n"), "\(shown.stdout)")
        #expect(
            shown.stdout.contains(
                "\nenforcement ended on 2018-01-12: the decision is no longer executed (Điều 74 k1 Luật XLVPHC)\n"
                    + "surcharge accrued until then: 619.500 đ over 354 day(s)\n"), "\(shown.stdout)")
        let vietnamese = try cli.run("case", "show", "1", "--lang", "vi")
        #expect(vietnamese.stdout.contains("\ntiền chậm nộp đến ngày đó: 619.500 đ cho 354 ngày\n"))
    }
}
