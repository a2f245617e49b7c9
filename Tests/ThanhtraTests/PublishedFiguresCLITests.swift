import Foundation
import Testing

/// The figures published every quarter that issue 16 found without a place, through the built binary over a small
/// dataset with every value worked out by hand: handling by class, the follow-up stock at the period's end, the
/// inspections in progress and the violators penalized. Monthly 2026-11 = [2026-10-15, 2026-11-15).
@Suite("Published figures — end to end", .serialized)
struct PublishedFiguresCLITests {
    /// Inspection 1 (Công ty A and B) concluded 2026-09-10, before the period, with four recommendations:
    /// 1 recovery 50.000.000 đ, 2 kiểm điểm rút kinh nghiệm of 1 collective and 1 person, 3 xử lý kỷ luật of 2 persons,
    /// 4 a transfer of 1 case and 2 persons; followed up by 20.000.000 đ on 10-01 (before the period) and
    /// 30.000.000 đ on 10-20, the kiểm điểm done on 10-25, 1 of the 2 persons disciplined on 11-01, the case and its
    /// 2 persons prosecuted on 11-05. Inspection 2 (Công ty B and Nguyễn Văn Minh) decided 10-20, still on site.
    /// Two decisions on Công ty A in the period.
    func dataset() throws -> CLIHarness {
        var cli = try CLIHarness()
        func ok(_ arguments: String...) throws {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
        cli.environment["THANHTRA_TODAY"] = "2026-07-20"
        try ok("init")
        try ok("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà")
        try ok("subject", "add", "--tax-code", "0107654321", "--name", "Công ty CP Thương mại Bình Minh")
        try ok("subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh")
        try ok("inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
               "--content", "Việc quản lý, sử dụng kinh phí", "--field", "tai_chinh_ngan_sach", "--lead-unit", "Phòng 1",
               "--subject", "1", "--subject", "2",
               "--ground", "violation-signs", "--ground-ref", "Báo cáo 12/BC", "--on", "2026-07-20")
        cli.environment["THANHTRA_TODAY"] = "2026-11-23"
        try ok("inspection", "decide", "1", "--number", "40/QĐ", "--on", "2026-08-01", "--signer-title", "Chánh Thanh tra",
               "--signer", "Trần Văn Hải", "--lead", "Lê Minh")
        try ok("inspection", "announce", "1", "--on", "2026-08-03")
        try ok("finding", "add", "--inspection", "1", "--subject", "1", "--description", "Chi sai chế độ",
               "--amount", "50.000.000", "--category", "su_dung_sai_muc_dich")
        try ok("recommend", "--inspection", "1", "--kind", "recovery", "--finding", "1", "--description", "Thu hồi về ngân sách",
               "--amount", "50.000.000")
        try ok("recommend", "--inspection", "1", "--kind", "handling", "--description", "Kiểm điểm trách nhiệm",
               "--collectives", "1", "--persons", "1", "--handling", "review")
        try ok("recommend", "--inspection", "1", "--kind", "handling", "--description", "Xử lý kỷ luật",
               "--persons", "2", "--handling", "discipline")
        try ok("recommend", "--inspection", "1", "--kind", "transfer", "--description", "Chuyển cơ quan điều tra",
               "--cases", "1", "--persons", "2")
        try ok("inspection", "end-onsite", "1", "--on", "2026-08-25")
        try ok("inspection", "report", "1", "--on", "2026-08-28")
        try ok("inspection", "draft", "1", "--on", "2026-09-01")
        try ok("inspection", "conclude", "1", "--number", "9/KL", "--on", "2026-09-10")
        try ok("follow-up", "record", "--recommendation", "1", "--amount", "20.000.000", "--receipt", "BL-1", "--on", "2026-10-01")
        try ok("follow-up", "record", "--recommendation", "1", "--amount", "30.000.000", "--receipt", "BL-2", "--on", "2026-10-20")
        try ok("follow-up", "record", "--recommendation", "2", "--collectives", "1", "--persons", "1", "--on", "2026-10-25")
        try ok("follow-up", "record", "--recommendation", "3", "--persons", "1", "--on", "2026-11-01")
        try ok("follow-up", "record", "--recommendation", "4", "--cases", "1", "--persons", "2", "--on", "2026-11-05")
        try ok("inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
               "--content", "Việc chấp hành pháp luật về đất đai", "--field", "dat_dai", "--lead-unit", "Phòng 2",
               "--subject", "2", "--subject", "3",
               "--ground", "violation-signs", "--ground-ref", "Báo cáo 20/BC", "--on", "2026-10-18")
        try ok("inspection", "decide", "2", "--number", "55/QĐ", "--on", "2026-10-20", "--signer-title", "Chánh Thanh tra",
               "--signer", "Trần Văn Hải", "--lead", "Lê Minh")
        try ok("inspection", "announce", "2", "--on", "2026-10-22")
        try ok("case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20",
               "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01", "--mitigating", "tu_nguyen_khai_bao")
        try ok("case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        try ok("case", "open", "--subject", "1", "--record", "BB-14/2026", "--record-on", "2026-10-28",
               "--violation", "ND125-2020-D22-K2,committed=2026-10-15,gain=2.000.000", "--mitigating", "tu_nguyen_khai_bao")
        try ok("case", "decide", "2", "--number", "17/QĐ-XPHC", "--on", "2026-11-02", "--signer", "chanh_thanh_tra_so")
        return cli
    }

    func report(_ cli: CLIHarness) throws -> [String: Any] {
        let result = try cli.run("report", "monthly", "2026-11", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test func theFiguresAreTheHandComputedOnes() throws {
        let cli = try dataset()
        defer { cli.removeAll() }
        let json = try report(cli)
        let figures = json["figures"] as? [String: Int] ?? [:]
        let expected: [String: Int] = [
            // Inspection 2 is the period's only one (1 was concluded before it) and is still on site, at B and Minh.
            "hanh_chinh:inspections.total": 1, "hanh_chinh:inspections.concluded": 0,
            "hanh_chinh:inspections.ongoing": 1, "hanh_chinh:inspections.ongoing_subjects": 2,
            // Inspection 1's conclusion: 20.000.000 of 50.000.000 recovered at the period's start, so to implement;
            // by its end the recovery, the kiểm điểm and the transfer are done, the discipline (1 of 2) is not.
            "hanh_chinh:followup.conclusions": 1, "hanh_chinh:followup.conclusions_done": 0,
            "hanh_chinh:followup.conclusions_pending": 1,
            "hanh_chinh:followup.recovery_due_vnd": 50_000_000, "hanh_chinh:followup.recovered_vnd": 20_000_000 + 30_000_000,
            "hanh_chinh:followup.collectives_due": 1, "hanh_chinh:followup.collectives_handled": 1,
            "hanh_chinh:followup.persons_due": 1 + 2, "hanh_chinh:followup.persons_handled": 1 + 1,
            "hanh_chinh:followup.prosecuted_cases": 1, "hanh_chinh:followup.prosecuted_persons": 2,
            // The handled split by class: the kiểm điểm's 1 collective and 1 person (10-25), 1 person disciplined
            // (11-01); no land recommended.
            "hanh_chinh:followup.review_collectives_handled": 1, "hanh_chinh:followup.review_persons_handled": 1,
            "hanh_chinh:followup.discipline_collectives_handled": 0,
            "hanh_chinh:followup.discipline_persons_handled": 1,
            "hanh_chinh:followup.administrative_collectives_handled": 0,
            "hanh_chinh:followup.administrative_persons_handled": 0,
            "hanh_chinh:followup.land_due_dm2": 0, "hanh_chinh:followup.land_recovered_dm2": 0,
            // What the follow-ups of the period itself did: 30.000.000 (10-20), 1 collective and 2 persons, 1 case
            // and 2 persons prosecuted.
            "hanh_chinh:recovery.recovered_vnd": 30_000_000, "hanh_chinh:handling.collectives_handled": 1,
            "hanh_chinh:handling.persons_handled": 2, "hanh_chinh:transfer.cases_accepted": 1,
            "hanh_chinh:transfer.persons_accepted": 2,
            // No conclusion in the period: nothing recommended in it, of any class.
            "hanh_chinh:handling.review_persons_recommended": 0, "hanh_chinh:handling.discipline_persons_recommended": 0,
            // Two decisions, both on Công ty A: one organisation penalized.
            "penalty.decisions": 2, "penalty.decisions_organizations": 2, "penalty.violators_organizations": 1,
            "penalty.violators_persons": 0,
        ]
        for (name, value) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(figures[name] == value, "\(name): \(figures[name] ?? -1) ≠ \(value)")
        }
        let narrative = json["narrative"] as? String ?? ""
        #expect(narrative.contains(
            "đến cuối kỳ còn 1 cuộc đang thực hiện tại 2 đơn vị; theo dõi thực hiện 1 kết luận thanh tra, "
                + "chưa thực hiện xong 1; đã thu 50 triệu đồng trên 50 triệu đồng phải thu, đạt 100%; "
                + "đã xử lý 1/1 tập thể, 2/3 cá nhân (trong đó kiểm điểm rút kinh nghiệm 1 tập thể, 1 cá nhân; xử lý kỷ "
                + "luật 1 cá nhân); đã khởi tố 1 vụ, 2 đối tượng"), "\(narrative)")
        #expect(narrative.contains("2 quyết định (2 tổ chức) đối với 1 tổ chức vi phạm"), "\(narrative)")
    }

    /// Each new figure drills down to the records behind it, and they add up to it.
    @Test func eachFigureDrillsDownToItsRecords() throws {
        let cli = try dataset()
        defer { cli.removeAll() }
        let recovered = try cli.run("report", "explain", "monthly", "2026-11", "hanh_chinh:followup.recovered_vnd")
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(recovered.stdout.contains("2026-10-01 Thu hồi về ngân sách"), "\(recovered.stdout)")
        #expect(recovered.stdout.contains("2026-10-20 Thu hồi về ngân sách"), "\(recovered.stdout)")
        #expect(recovered.stdout.hasSuffix("total: 50.000.000 đ from 2 record(s)\n"), "\(recovered.stdout)")
        let pending = try cli.run("report", "explain", "monthly", "2026-11", "hanh_chinh:followup.conclusions_pending")
        #expect(pending.status == 0, "\(pending.stderr)")
        #expect(pending.stdout.contains("Việc quản lý, sử dụng kinh phí"), "\(pending.stdout)")
        let violators = try cli.run("report", "explain", "monthly", "2026-11", "penalty.violators_organizations")
        #expect(violators.status == 0, "\(violators.stderr)")
        #expect(violators.stdout.contains("Công ty TNHH Xây dựng Hồng Hà"), "\(violators.stdout)")
        #expect(violators.stdout.hasSuffix("from 1 record(s)\n"), "\(violators.stdout)")
        let units = try cli.run("report", "explain", "monthly", "2026-11", "inspections.ongoing_subjects")
        #expect(units.stdout.contains("Công ty CP Thương mại Bình Minh") && units.stdout.contains("Nguyễn Văn Minh"),
            "\(units.stdout)")
    }

    /// Figures by field (lĩnh vực) are labelled with the pack's words, never the code; so are the categories.
    @Test func fieldsAndCategoriesPrintInWords() throws {
        let cli = try dataset()
        defer { cli.removeAll() }
        let json = try report(cli)
        let figures = json["figures"] as? [String: Int] ?? [:]
        // Inspection 2 (đất đai) is the period's only one; inspection 1 (tài chính – ngân sách) was concluded before.
        #expect(figures["inspections.field.dat_dai"] == 1)
        #expect(figures["inspections.field.tai_chinh_ngan_sach"] == nil)
        let labels = json["labels"] as? [String: [String: String]] ?? [:]
        #expect(labels["inspections.field.dat_dai"]?["vi"] == "Số cuộc thanh tra lĩnh vực đất đai")
        #expect(labels["inspections.field.dat_dai"]?["en"] == "Inspections in the field of land")
        #expect(labels["inspections.category.thanh_tra"]?["vi"] == "Số cuộc thanh tra — thanh tra (Luật Thanh tra 2025)")
        let table = try cli.run("report", "monthly", "2026-11", "--lang", "vi")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Số cuộc thanh tra lĩnh vực đất đai"), "\(table.stdout)")
        #expect(!table.stdout.contains("dat_dai") && !table.stdout.contains("thanh_tra_tinh"), "\(table.stdout)")
        let annex = (json["forms"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "PL-LV" }
        let column = (annex?["columns"] as? [[String: Any]] ?? []).first { $0["figure"] as? String == "inspections.field.dat_dai" }
        #expect(column?["value"] as? Int == 1)
    }

    /// The kiểm điểm of the golden dataset prints as kiểm điểm rút kinh nghiệm, never as xử lý hành chính; a class on
    /// another kind is refused.
    @Test func handlingClassesAreReportedApart() throws {
        let cli = try dataset()
        defer { cli.removeAll() }
        let wrong = try cli.run(
            "recommend", "--inspection", "2", "--kind", "transfer", "--description", "x", "--cases", "1", "--handling", "review")
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("only a handling recommendation says how collectives and persons are handled"), "\(wrong.stderr)")
        let show = try cli.run("inspection", "show", "1")
        #expect(show.stdout.contains("recommendation #2 handling (review): Kiểm điểm trách nhiệm"), "\(show.stdout)")
        #expect(show.stdout.contains("recommendation #3 handling (discipline): Xử lý kỷ luật"), "\(show.stdout)")
    }
}
