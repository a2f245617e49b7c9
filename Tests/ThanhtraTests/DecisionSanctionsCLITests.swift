import Foundation
import Testing

/// Confiscation, supplementary sanctions and remedial measures recorded on a decision (`case decide
/// --confiscated-vnd --licence-revocations --activity-suspensions --remedial-measures`, the cases import's columns)
/// through the built binary and the bundled pack, with "today" 2026-11-23: shown by `case show` and `case print`,
/// counted in the period's figures, drilled down by `report explain`, placed on form 02/TTr and the annex PL-XPVPHC,
/// said by the narrative. Every expected value is computed by hand in the comments.
@Suite("Decision sanctions — end to end")
struct DecisionSanctionsCLITests {
    /// An initialized database with a household business (#1), a company (#2) and three cases on the same invoice
    /// violation (NĐ 125/2020 Điều 30 k3 b), recorded 2026-10-20: #1 against the household business, #2 and #3
    /// against the company.
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run(
            "subject", "add", "--kind", "household", "--tax-code", "8012345678", "--name", "Hộ kinh doanh Minh Phát"
        ).status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        for (subject, record) in [("8012345678", "BB-1/2026"), ("0101234567", "BB-2/2026"), ("0101234567", "BB-3/2026")] {
            let open = try cli.run(
                "case", "open", "--subject", subject, "--record", record, "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b")
            #expect(open.status == 0, "\(open.stderr)")
        }
        return cli
    }

    /// Decides #1 confiscating 2.500.000 đ with one remedial measure, #2 withdrawing a licence, suspending an
    /// activity and ordering two remedial measures, #3 with nothing more; all on 2026-10-25.
    func decided() throws -> CLIHarness {
        let cli = try prepared()
        let first = try cli.run(
            "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
            "--confiscated-vnd", "2.500.000", "--remedial-measures", "1")
        #expect(first.status == 0, "\(first.stderr)")
        let second = try cli.run(
            "case", "decide", "2", "--number", "2/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
            "--licence-revocations", "1", "--activity-suspensions", "1", "--remedial-measures", "2")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try cli.run(
            "case", "decide", "3", "--number", "3/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so"
        ).status == 0)
        return cli
    }

    @Test func sanctionsAreShownAndCountedInThePeriod() throws {
        let cli = try decided()
        defer { cli.removeAll() }

        // `case show` says what each decision imposes, and nothing for a decision without sanctions
        let first = try cli.run("case", "show", "1")
        #expect(first.stdout.contains("confiscated 2.500.000 đ; remedial measures 1"), "\(first.stdout)")
        let second = try cli.run("case", "show", "2", "--lang", "vi")
        #expect(
            second.stdout.contains(
                "tước quyền sử dụng giấy phép, chứng chỉ hành nghề 1; đình chỉ hoạt động 1; biện pháp khắc phục hậu quả 2"),
            "\(second.stdout)")
        let third = try cli.run("case", "show", "3")
        #expect(!third.stdout.contains("confiscated") && !third.stdout.contains("remedial measures"), "\(third.stdout)")
        #expect(try cli.run("journal", "verify").status == 0)

        // The month (the pack's 2026-11 runs from 2026-10-15 to 2026-11-14) counts the three decisions of 10-25:
        // 2.500.000 đ confiscated (#1); 1 licence, 1 suspension (#2); 1 + 2 = 3 remedial measures; a sanction other
        // than money on one organisation (#2) and one individual (#1, a household business counts with individuals)
        let report = try cli.run("report", "monthly", "2026-11", "--format", "json")
        #expect(report.status == 0, "\(report.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any] ?? [:]
        let figures = json["figures"] as? [String: Int] ?? [:]
        let expected: [String: Int] = [
            "penalty.decisions": 3, "penalty.confiscated_vnd": 2_500_000, "penalty.licence_revocations": 1,
            "penalty.activity_suspensions": 1, "penalty.remedial_measures": 3,
            "penalty.other_sanctions_organizations": 1, "penalty.other_sanctions_individuals": 1,
        ]
        for (name, value) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(figures[name] == value, "\(name): \(figures[name] ?? -1) ≠ \(value)")
        }

        // Form 02/TTr columns 23–24 (xử phạt bằng hình thức khác: tổ chức, cá nhân); annex PL-XPVPHC columns 9–12
        let forms = json["forms"] as? [[String: Any]] ?? []
        func column(_ form: String, _ code: String) -> Int? {
            let columns = forms.first { $0["code"] as? String == form }?["columns"] as? [[String: Any]] ?? []
            return columns.first { $0["code"] as? String == code }?["value"] as? Int
        }
        #expect(column("02/TTr", "23") == 1)
        #expect(column("02/TTr", "24") == 1)
        #expect(column("PL-XPVPHC", "9") == 2_500_000)
        #expect(column("PL-XPVPHC", "10") == 1)
        #expect(column("PL-XPVPHC", "11") == 1)
        #expect(column("PL-XPVPHC", "12") == 3)

        // The narrative says them after the fines
        let narrative = json["narrative"] as? String ?? ""
        #expect(narrative.contains("tịch thu tang vật, phương tiện vi phạm trị giá 2,5 triệu đồng"), "\(narrative)")
        #expect(
            narrative.contains(
                "áp dụng hình thức xử phạt bổ sung: tước quyền sử dụng giấy phép, chứng chỉ hành nghề 1 trường hợp, "
                    + "đình chỉ hoạt động 1 trường hợp"),
            "\(narrative)")
        #expect(narrative.contains("áp dụng 3 biện pháp khắc phục hậu quả"), "\(narrative)")

        // The next month has none of them
        let december = try cli.run("report", "monthly", "2026-12", "--format", "json")
        let next = (try JSONSerialization.jsonObject(with: Data(december.stdout.utf8)) as? [String: Any])?["figures"]
            as? [String: Int] ?? [:]
        #expect(next["penalty.confiscated_vnd"] == 0)
        #expect(next["penalty.remedial_measures"] == 0)
    }

    /// Each figure drills down to its decisions, which add up to it.
    @Test func theSanctionFiguresDrillDownToTheirDecisions() throws {
        let cli = try decided()
        defer { cli.removeAll() }
        let measures = try cli.run("report", "explain", "monthly", "2026-11", "penalty.remedial_measures")
        #expect(measures.status == 0, "\(measures.stderr)")
        #expect(measures.stdout.contains("BB-1/2026") && measures.stdout.contains("BB-2/2026"), "\(measures.stdout)")
        #expect(!measures.stdout.contains("BB-3/2026"), "\(measures.stdout)")
        #expect(measures.stdout.contains("total: 3 from 2 record(s)"), "\(measures.stdout)")
        let others = try cli.run("report", "explain", "monthly", "2026-11", "penalty.other_sanctions_individuals")
        #expect(others.stdout.contains("BB-1/2026") && !others.stdout.contains("BB-2/2026"), "\(others.stdout)")
    }

    /// The printed decision lists the supplementary sanctions before the remedial measures.
    @Test func thePrintedDecisionListsTheSupplementarySanctions() throws {
        let cli = try decided()
        defer { cli.removeAll() }
        let printed = try cli.run("case", "print", "1")
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("b) Hình thức xử phạt bổ sung:"), "\(printed.stdout)")
        #expect(
            printed.stdout.contains(
                "Tịch thu tang vật, phương tiện vi phạm hành chính trị giá 2.500.000 đồng (bằng chữ: hai triệu năm trăm nghìn đồng)"),
            "\(printed.stdout)")
        #expect(printed.stdout.contains("c) Biện pháp khắc phục hậu quả:"))
        #expect(printed.stdout.contains("Số biện pháp khắc phục hậu quả áp dụng theo quyết định: 1."))
        // A decision without them prints as before: the remedies under b)
        let plain = try cli.run("case", "print", "3")
        #expect(!plain.stdout.contains("Hình thức xử phạt bổ sung"))
        #expect(plain.stdout.contains("b) Biện pháp khắc phục hậu quả"))
    }

    /// A negative count is refused in both languages, with nothing written.
    @Test func aNegativeCountIsRefused() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let refused = try cli.run(
            "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
            "--licence-revocations=-1")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("a count cannot be negative, got -1"), "\(refused.stderr)")
        let vietnamese = try cli.run(
            "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
            "--activity-suspensions=-2", "--lang", "vi")
        #expect(vietnamese.stderr.contains("số đình chỉ hoạt động không thể âm, nhận được -2"), "\(vietnamese.stderr)")
        let shown = try cli.run("case", "show", "1", "--format", "json")
        let state = (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])?["state"]
        #expect(state as? String == "open", "\(shown.stdout.prefix(300))")
    }

    /// The cases import reads the four columns of a decided case.
    @Test func theCasesImportReadsTheSanctionColumns() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        let file = cli.directory.appendingPathComponent("vu-viec.csv").path
        try Data(
            ("Số biên bản,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,Ngày quyết định,"
                + "Tiền phạt,Tịch thu,Tước giấy phép,Đình chỉ hoạt động,Biện pháp khắc phục hậu quả\n"
                + "BB-1/2026,0101234567,20/10/2026,ND125-2020-D30-K3-b,01/10/2026,1/QĐ-XPHC,25/10/2026,"
                + "15000000,\"4.000.000\",1,,2\n"
                + "BB-2/2026,0101234567,21/10/2026,ND125-2020-D30-K3-b,01/10/2026,2/QĐ-XPHC,26/10/2026,"
                + "15000000,,,,\n").utf8
        ).write(to: URL(fileURLWithPath: file))
        let imported = try cli.run("import", file, "--kind", "cases")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try cli.run("case", "show", "1").stdout.contains("confiscated 4.000.000 đ; licences withdrawn 1; remedial measures 2"))
        #expect(!(try cli.run("case", "show", "2").stdout.contains("confiscated")))
        // 4.000.000 đ confiscated, one licence, two measures; one organisation with a sanction other than money
        let report = try cli.run("report", "monthly", "2026-11", "--format", "json")
        let figures = (try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["figures"]
            as? [String: Int] ?? [:]
        #expect(figures["penalty.confiscated_vnd"] == 4_000_000)
        #expect(figures["penalty.licence_revocations"] == 1)
        #expect(figures["penalty.activity_suspensions"] == 0)
        #expect(figures["penalty.remedial_measures"] == 2)
        #expect(figures["penalty.other_sanctions_organizations"] == 1)
        // A count that is not a whole number is refused, naming the column
        let bad = cli.directory.appendingPathComponent("bad.csv").path
        try Data(
            ("Số biên bản,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,Ngày quyết định,"
                + "Tiền phạt,Đình chỉ hoạt động\n"
                + "BB-9/2026,0101234567,20/10/2026,ND125-2020-D30-K3-b,01/10/2026,9/QĐ-XPHC,25/10/2026,15000000,hai\n").utf8
        ).write(to: URL(fileURLWithPath: bad))
        let refused = try cli.run("import", bad, "--kind", "cases")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("\"hai\" is not a count"), "\(refused.stderr)")
    }
}
