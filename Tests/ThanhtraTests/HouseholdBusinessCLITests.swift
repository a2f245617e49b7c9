import Foundation
import Testing

/// Household businesses (hộ kinh doanh) through the built binary and the bundled rule pack, with "today" 2026-11-23:
/// registered, fined and reported as the law says — as an individual (NĐ 36/2020 Điều 5 k1; NĐ 118/2021 Điều 5 k2,
/// the pack's `penalty.settings.fined_as.household`).
@Suite("Household businesses — end to end")
struct HouseholdBusinessCLITests {
    /// An initialized database with a household business (#1, tax code 8012345678) and a company (#2).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        let household = try cli.run(
            "subject", "add", "--kind", "hộ-kinh-doanh", "--tax-code", "8012345678", "--name", "Hộ kinh doanh Minh Phát",
            "--address", "12 Hàng Bạc, Hà Nội")
        #expect(household.stdout == "registered subject #1: Hộ kinh doanh Minh Phát (8012345678)\n", "\(household.stderr)")
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        return cli
    }

    @Test func aHouseholdBusinessIsFinedAsAnIndividualAndCountedWithIndividuals() throws {
        let cli = try prepared()
        defer { cli.removeAll() }

        // Given the same invoice violation by the household business and by the company: NĐ 125/2020 Điều 30 k3 b,
        // 10.000.000–20.000.000 đ, a frame stated for organizations (NĐ 125 Điều 5 k5: an individual pays half)
        for (subject, record) in [("8012345678", "BB-1/2026"), ("0101234567", "BB-2/2026")] {
            let open = try cli.run(
                "case", "open", "--subject", subject, "--record", record, "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b")
            #expect(open.status == 0, "\(open.stderr)")
        }

        // Then the household business is fined as an individual: half the frame, 5.000.000–10.000.000 đ, and its
        // average (5.000.000 + 10.000.000) / 2 = 7.500.000 đ; the company the frame as stated, average 15.000.000 đ
        let household = try cli.run("case", "preview", "1", "--on", "2026-10-25")
        #expect(household.status == 0, "\(household.stderr)")
        #expect(household.stdout.contains("frame 5.000.000 đ – 10.000.000 đ: 7.500.000 đ"), "\(household.stdout)")
        #expect(household.stdout.contains("total fine: 7.500.000 đ"))
        #expect(try cli.run("case", "preview", "2", "--on", "2026-10-25").stdout.contains("total fine: 15.000.000 đ"))
        let show = try cli.run("case", "show", "1", "--lang", "vi")
        #expect(show.stdout.contains("Hộ kinh doanh Minh Phát"), "\(show.stdout)")
        #expect(show.stdout.contains("hộ kinh doanh"), "\(show.stdout)")

        // And `rules explain` says why, citing the law and the setting
        let explain = try cli.run(
            "rules", "explain", "ND125-2020-D30-K3-b", "--kind", "household", "--on", "2026-10-01")
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("for a household business"))
        #expect(explain.stdout.contains("Đối tượng vi phạm là hộ kinh doanh: áp dụng mức phạt tiền như đối với cá nhân"))
        #expect(explain.stdout.contains("penalty.settings.fined_as.household"))

        // And the decisions record the same figures, with the journal intact
        let decide = try cli.run(
            "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        #expect(decide.stdout == "decided case #1: decision 1/QĐ-XPHC, total fine 7.500.000 đ; now decided\n", "\(decide.stderr)")
        #expect(try cli.run(
            "case", "decide", "2", "--number", "2/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so"
        ).status == 0)
        #expect(try cli.run("journal", "verify").status == 0)

        // And the month's report (the pack's 2026-11 runs from 2026-10-15 to 2026-11-14) counts the household
        // business with the individuals ("cá nhân"), the company with the organizations: each pair adds up to its total
        let report = try cli.run("report", "monthly", "2026-11", "--format", "json")
        #expect(report.status == 0, "\(report.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let figures = json?["figures"] as? [String: Int] ?? [:]
        #expect(figures["penalty.decisions"] == 2)
        #expect(figures["penalty.decisions_individuals"] == 1)
        #expect(figures["penalty.decisions_organizations"] == 1)
        #expect(figures["penalty.violators_persons"] == 1)
        #expect(figures["penalty.violators_organizations"] == 1)
        #expect(figures["penalty.fines_individuals_vnd"] == 7_500_000)
        #expect(figures["penalty.fines_organizations_vnd"] == 15_000_000)
    }

    @Test func theKindIsListedAndGivenInJSON() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let list = try cli.run("subject", "list", "--kind", "HKD")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Hộ kinh doanh Minh Phát"))
        #expect(!list.stdout.contains("Công ty TNHH Hồng Hà"))
        let json = try cli.run("subject", "list", "--kind", "household", "--format", "json")
        let subjects = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(subjects?.map { $0["kind"] as? String } == ["household"])
        // A household business may be registered by its owner's 12-digit ID number, not by a 9-digit CMND
        #expect(try cli.run(
            "subject", "add", "--kind", "household", "--id-number", "001085012345", "--name", "Hộ kinh doanh An"
        ).status == 0)
        let short = try cli.run("subject", "add", "--kind", "household", "--id-number", "012345678", "--name", "Hộ B")
        #expect(short.status != 0)
        #expect(short.stderr.contains("household business"))
        // And a person is not registered by a tax code
        let wrong = try cli.run("subject", "add", "--kind", "person", "--tax-code", "0109876543", "--name", "Nguyễn A")
        #expect(wrong.status == 64)
    }

    @Test func anImportedRegisterNamesHouseholdBusinessesAsPeopleWriteThem() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        let subjects = cli.directory.appendingPathComponent("doi-tuong.csv").path
        try Data(
            ("Loại,Mã số thuế,Tên,Địa chỉ\n"
                + "Hộ kinh doanh,8012345678,Hộ kinh doanh Minh Phát,Hà Nội\n"
                + "HKD,8012345679,Hộ cá thể Bình An,Hà Nội\n"
                + "Tổ chức,0101234567,Công ty TNHH Hồng Hà,Hà Nội\n").utf8
        ).write(to: URL(fileURLWithPath: subjects))
        let imported = try cli.run("import", subjects, "--kind", "subjects")
        #expect(imported.status == 0, "\(imported.stderr)")
        let json = try cli.run("subject", "list", "--format", "json")
        let kinds = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?
            .compactMap { $0["kind"] as? String }
        #expect(kinds?.sorted() == ["household", "household", "organization"])

        // And a cases register names the household business by its tax code with the kind "HKD"
        let cases = cli.directory.appendingPathComponent("vu-viec.csv").path
        try Data(
            ("Số biên bản,Loại đối tượng,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm\n"
                + "BB-1/2026,HKD,8012345678,20/10/2026,ND125-2020-D30-K3-b,01/10/2026\n").utf8
        ).write(to: URL(fileURLWithPath: cases))
        let importedCases = try cli.run("import", cases, "--kind", "cases")
        #expect(importedCases.status == 0, "\(importedCases.stderr)")
        // (5.000.000 + 10.000.000) / 2 = 7.500.000 đ, as for an individual
        #expect(try cli.run("case", "preview", "1", "--on", "2026-10-25").stdout.contains("total fine: 7.500.000 đ"))
    }
}
