import Foundation
import Testing

/// Circumstances of one violation (Điều 9, 10 Luật XLVPHC), through the built binary and the bundled rule pack, with
/// "today" 2026-11-23. Two invoice violations of an organization (NĐ 125/2020 frames are stated for organizations):
/// D30-K3-b, 10.000.000–20.000.000 đ, and D29-K2-a, 1.000.000–3.000.000 đ.
@Suite("Circumstances of one violation — end to end")
struct ViolationCircumstanceCLITests {
    /// An initialized database with one organization (#1, tax code 0101234567).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        return cli
    }

    @Test func twoAggravatingOfTheSecondViolationOnlyGive18MillionNot23() throws {
        let cli = try prepared()
        defer { cli.removeAll() }

        // Given a case whose two aggravating circumstances concern only its second violation
        let open = try cli.run(
            "case", "open", "--subject", "0101234567", "--record", "BB-1/2026", "--record-on", "2026-10-20",
            "--place", "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b",
            "--violation", "ND125-2020-D29-K2-a,aggravating=vi_pham_nhieu_lan+co_to_chuc")
        #expect(open.status == 0, "\(open.stderr)")

        // Then the first line stays at its average and only the second goes to its maximum: 15 + 3 million
        let preview = try cli.run("case", "preview", "1", "--on", "2026-10-25")
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("frame 10.000.000 đ – 20.000.000 đ: 15.000.000 đ"))
        #expect(preview.stdout.contains("frame 1.000.000 đ – 3.000.000 đ: 3.000.000 đ"))
        #expect(preview.stdout.contains("total fine: 18.000.000 đ"))
        let show = try cli.run("case", "show", "1")
        #expect(
            show.stdout.contains(
                "violation: ND125-2020-D29-K2-a (hoa_don); committed 2026-10-01, ended 2026-10-01; aggravating vi_pham_nhieu_lan, co_to_chuc\n"
            ))
        #expect(show.stdout.contains("violation: ND125-2020-D30-K3-b (hoa_don); committed 2026-10-01, ended 2026-10-01\n"))

        // And the decision records the same figures, with the journal intact
        let decide = try cli.run(
            "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        #expect(decide.stdout == "decided case #1: decision 1/QĐ-XPHC, total fine 18.000.000 đ; now decided\n", "\(decide.stderr)")
        #expect(try cli.run("journal", "verify").status == 0)

        // While the same circumstances given for the whole case weigh on both lines: 20 + 3 million
        let whole = try cli.run(
            "case", "open", "--subject", "0101234567", "--record", "BB-2/2026", "--record-on", "2026-10-20",
            "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b", "--violation", "ND125-2020-D29-K2-a",
            "--aggravating", "vi_pham_nhieu_lan", "--aggravating", "co_to_chuc")
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try cli.run("case", "preview", "2", "--on", "2026-10-25").stdout.contains("total fine: 23.000.000 đ"))
    }

    @Test func anEmptyCodeInAViolationsCircumstancesIsAUsageError() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let result = try cli.run(
            "case", "open", "--subject", "1", "--record", "BB-1/2026", "--record-on", "2026-10-20",
            "--violation", "ND125-2020-D29-K2-a,aggravating=vi_pham_nhieu_lan+")
        #expect(result.status == 64)
        #expect(result.stderr.contains("has an empty code; join codes with +"))
        #expect(try cli.run("case", "show", "1").status == 1)
    }

    @Test func anImportedRowGivesCircumstancesToOneViolationWithItsNumber() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Given a register whose aggravating column names circumstances of violation 2 only ("2:code")
        let path = cli.directory.appendingPathComponent("vu-viec.csv").path
        try Data(
            ("Số biên bản,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Tình tiết tăng nặng\n"
                + "BB-1/2026,0101234567,20/10/2026,ND125-2020-D30-K3-b;ND125-2020-D29-K2-a,01/10/2026,"
                + "2:vi_pham_nhieu_lan;2:co_to_chuc\n"
                + "BB-2/2026,0101234567,20/10/2026,ND125-2020-D30-K3-b,01/10/2026,3:co_to_chuc\n").utf8
        ).write(to: URL(fileURLWithPath: path))
        let rejects = cli.directory.appendingPathComponent("loi.csv").path

        // When it is imported, skipping bad rows
        let imported = try cli.run("import", path, "--kind", "cases", "--skip-bad", rejects)

        // Then the first case has them on its second violation and previews at 18.000.000 đ
        #expect(imported.status == 0, "\(imported.stderr)")
        let show = try cli.run("case", "show", "1")
        #expect(show.stdout.contains("ND125-2020-D29-K2-a (hoa_don); committed 2026-10-01, ended 2026-10-01; aggravating vi_pham_nhieu_lan, co_to_chuc\n"))
        #expect(try cli.run("case", "preview", "1", "--on", "2026-10-25").stdout.contains("total fine: 18.000.000 đ"))
        // And the row naming a violation it does not have is refused, saying which numbers it may use
        #expect(imported.stdout.contains("imported 1, rejected 1"))
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).contains("1 to 1"))
    }
}

/// Decisions older than the catalog (issue 15): imported as recorded, their violations given by the legal basis in
/// words, shown as such, counted in the reports, and left alone by `rules diff`.
@Suite("Decisions before the catalog, by their legal basis in words — end to end")
struct LegalBasisInWordsCLITests {
    @Test func a2017DecisionIsImportedAsRecordedAndCountedInItsQuarter() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "5700100256", "--name", "Công ty CP Than Hà Lầm").status == 0)
        // Given a 2017 register: one decision under NĐ 109/2013 (no code of the catalog, which starts in 2020), and
        // an open case with a code the catalog does not know, which stays refused
        let path = cli.directory.appendingPathComponent("2017.csv").path
        try Data(
            ("Số biên bản,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,Ngày quyết định,Tiền phạt,Ngày nhận quyết định\n"
                + "BB-01/2017,5700100256,10/01/2017,điểm a khoản 1 Điều 11 Nghị định 109/2013/NĐ-CP,05/01/2017,01/QĐ-XPHC,12/01/2017,3.500.000,13/01/2017\n"
                + "BB-02/2017,5700100256,10/01/2017,điểm a khoản 1 Điều 11 Nghị định 109/2013/NĐ-CP,05/01/2017,,,,\n").utf8
        ).write(to: URL(fileURLWithPath: path))
        let rejects = cli.directory.appendingPathComponent("loi.csv").path

        let imported = try cli.run("import", path, "--kind", "cases", "--skip-bad", rejects)

        // Then the decided one is in, shown by its legal basis, with the pack's payment period of the time
        #expect(imported.stdout.contains("imported 1, rejected 1"), "\(imported.stdout)\(imported.stderr)")
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).contains("is not in the rule pack's catalog"))
        let show = try cli.run("case", "show", "1")
        #expect(
            show.stdout.contains(
                "violation: điểm a khoản 1 Điều 11 Nghị định 109/2013/NĐ-CP (legal basis as recorded; no catalog code); committed 2017-01-05, ended 2017-01-05\n"))
        #expect(show.stdout.contains("  1. điểm a khoản 1 Điều 11 Nghị định 109/2013/NĐ-CP: 3.500.000 đ\n"))
        #expect(show.stdout.contains("received: 2017-01-13; pay by 2017-01-23\n"))
        // And the quarter's report counts it
        let report = try cli.run("report", "quarterly", "2017-Q1", "--format", "json")
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let figures = json?["figures"] as? [String: Any]
        #expect(figures?["penalty.decisions"] as? Int == 1, "\(report.stdout.prefix(400))")
        #expect(figures?["penalty.fines_imposed_vnd"] as? Int == 3_500_000)
        // And rules diff leaves it as recorded: no pack computes it
        let pack = CLIHarness.repository.appendingPathComponent("rules").path
        let diff = try cli.run("rules", "diff", "--against", pack, "--format", "json")
        #expect(diff.status == 0, "\(diff.stderr)")
        let changes = (try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])?["changes"] as? [Any]
        #expect(changes?.isEmpty == true, "\(diff.stdout.prefix(600))")
    }
}
