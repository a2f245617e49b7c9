import Foundation
import Testing

/// Several bodies sharing one database (`report.settings.bodies`): cases and inspections opened with `--body`, and a
/// report of one body (`report … --body`) that counts its records only and names it in the heading and the
/// narrative; through the built binary, a copy of the bundled pack listing two bodies, and "today" 2026-11-23. Every
/// expected value is computed by hand in the comments.
@Suite("Reports of one body — end to end")
struct BodyReportCLITests {
    /// A database whose pack lists the construction department's inspectorate (so_xd) and the finance department's
    /// (so_tc); a company (#1); case #1 of so_xd, #2 of so_tc and #3 of no body, recorded 2026-10-20 on the same
    /// invoice violation (NĐ 125/2020 Điều 30 k3 b) and all decided on 2026-10-25.
    func prepared(postgres database: String? = nil) throws -> CLIHarness {
        var cli = try CLIHarness()
        if let database { cli.environment["THANHTRA_DB"] = PostgresCLITests.url(database: database) }
        let pack = cli.directory.appendingPathComponent("rules-two-bodies")
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: pack)
        let settings = pack.appendingPathComponent("report/settings.lua")
        let text = try String(contentsOf: settings, encoding: .utf8)
        #expect(text.contains("  bodies = {},"))
        try text.replacingOccurrences(
            of: "  bodies = {},",
            with: """
                  bodies = {
                    { code = "so_xd", vi = "Thanh tra Sở Xây dựng", en = "Department of Construction Inspectorate" },
                    { code = "so_tc", vi = "Thanh tra Sở Tài chính" },
                  },
                """
        ).write(to: settings, atomically: true, encoding: .utf8)
        cli.environment["THANHTRA_RULES"] = pack.path
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        for (record, body) in [("BB-1/2026", ["--body", "so_xd"]), ("BB-2/2026", ["--body", "so_tc"]), ("BB-3/2026", [])] {
            let open = try cli.run(
                [
                    "case", "open", "--subject", "0101234567", "--record", record, "--record-on", "2026-10-20", "--place",
                    "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b",
                ] + body)
            #expect(open.status == 0, "\(open.stderr)")
        }
        for id in 1...3 {
            let decide = try cli.run(
                "case", "decide", "\(id)", "--number", "\(id)/QĐ-XPHC", "--on", "2026-10-25", "--signer",
                "chanh_thanh_tra_so")
            #expect(decide.status == 0, "\(decide.stderr)")
        }
        return cli
    }

    /// The figures of `report monthly 2026-11 --format json` with `arguments`.
    func figures(_ cli: CLIHarness, _ arguments: String...) throws -> (figures: [String: Int], json: [String: Any]) {
        let report = try cli.run(["report", "monthly", "2026-11", "--format", "json"] + arguments)
        #expect(report.status == 0, "\(report.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any] ?? [:]
        return (json["figures"] as? [String: Int] ?? [:], json)
    }

    @Test func aBodysReportCountsItsOwnCasesAndNamesIt() throws {
        let cli = try prepared()
        defer { cli.removeAll() }

        // `case show` names the body that handles the case
        let shown = try cli.run("case", "show", "1", "--lang", "vi")
        #expect(shown.stdout.contains("cơ quan xử lý: so_xd"), "\(shown.stdout)")

        // The whole database's month (2026-10-15 … 2026-11-14) counts the three decisions; so_xd's only its own,
        // #1, at the same fine as each of the others (one third of the whole)
        let (all, _) = try figures(cli)
        let (mine, json) = try figures(cli, "--body", "so_xd")
        #expect(all["penalty.decisions"] == 3)
        #expect(mine["penalty.decisions"] == 1)
        #expect(mine["penalty.cases_opened"] == 1)
        let fine = try #require(mine["penalty.fines_imposed_vnd"])
        #expect(fine > 0 && all["penalty.fines_imposed_vnd"] == 3 * fine)
        let (theirs, _) = try figures(cli, "--body", "so_tc")
        #expect(theirs["penalty.decisions"] == 1)

        // The period carries the body; the heading and the narrative name it, never the reporting body
        let period = json["period"] as? [String: Any] ?? [:]
        #expect(period["body"] as? String == "so_xd")
        let heading = json["heading"] as? [String: Any] ?? [:]
        #expect(heading["body"] as? String == "Thanh tra Sở Xây dựng", "\(heading)")
        #expect((heading["subtitle"] as? String)?.hasSuffix("của Thanh tra Sở Xây dựng") == true, "\(heading)")
        let narrative = json["narrative"] as? String ?? ""
        #expect(narrative.contains("Thanh tra Sở Xây dựng"), "\(narrative)")
        #expect(!narrative.contains("Thanh tra tỉnh"), "\(narrative)")

        // `report explain --body` lists the body's decision only
        let explain = try cli.run(
            "report", "explain", "monthly", "2026-11", "penalty.decisions", "--body", "so_xd", "--format", "json")
        #expect(explain.status == 0, "\(explain.stderr)")
        let members = (try JSONSerialization.jsonObject(with: Data(explain.stdout.utf8)) as? [String: Any])?["members"]
        #expect((members as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [1], "\(explain.stdout)")
        #expect(try cli.run("journal", "verify").status == 0)

        // The printed decision of case #1 is issued by its body; case #3, of no body, by the reporting body
        let printed = try cli.run("case", "print", "1")
        #expect(printed.stdout.contains("THANH TRA SỞ XÂY DỰNG") || printed.stdout.contains("Thanh tra Sở Xây dựng"))
        let other = try cli.run("case", "print", "3")
        #expect(!other.stdout.contains("Sở Xây dựng") && !other.stdout.contains("SỞ XÂY DỰNG"))
    }

    @Test func aBodyThePackDoesNotListIsRefusedInBothLanguages() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // A case opened for an unknown body is refused, nothing written: still three cases
        let refused = try cli.run(
            "case", "open", "--subject", "0101234567", "--record", "BB-9/2026", "--record-on", "2026-10-20",
            "--place", "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b", "--body", "so_yt",
            "--lang", "vi")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("không có cơ quan 'so_yt'"), "\(refused.stderr)")
        #expect(refused.stderr.contains("so_xd, so_tc"), "\(refused.stderr)")
        let list = try cli.run("case", "list", "--format", "json")
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])?.count == 3, "\(list.stdout)")
        // A report of an unknown body, in English
        let report = try cli.run("report", "monthly", "2026-11", "--body", "so_yt", "--lang", "en")
        #expect(report.status != 0)
        #expect(report.stderr.contains("no body 'so_yt'"), "\(report.stderr)")
        // An inspection opened for a listed body shows it
        let inspection = try cli.run(
            "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh", "--content",
            "Việc cấp phép xây dựng", "--lead-unit", "Phòng 1", "--ground", "violation-signs", "--ground-ref", "Báo cáo số 1/BC",
            "--on", "2026-10-20", "--body", "so_xd")
        #expect(inspection.status == 0, "\(inspection.stderr)")
        #expect(try cli.run("inspection", "show", "1").stdout.contains("conducted by body: so_xd"))
    }

    /// The cases import reads the body column ("Cơ quan xử lý"), checks it against the pack's bodies, and a body's
    /// report counts the imported cases; the same on SQLite and on PostgreSQL (COPY).
    func importsTheBodyColumn(_ cli: CLIHarness) throws {
        // Given two decided cases in a file, #4 of so_tc and #5 of none
        let file = cli.directory.appendingPathComponent("vu-viec.csv").path
        try Data(
            ("Số biên bản,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,Ngày quyết định,"
                + "Tiền phạt,Cơ quan xử lý\n"
                + "BB-4/2026,0101234567,20/10/2026,ND125-2020-D30-K3-b,01/10/2026,4/QĐ-XPHC,25/10/2026,15000000,so_tc\n"
                + "BB-5/2026,0101234567,21/10/2026,ND125-2020-D30-K3-b,01/10/2026,5/QĐ-XPHC,26/10/2026,15000000,\n").utf8
        ).write(to: URL(fileURLWithPath: file))
        let imported = try cli.run("import", file, "--kind", "cases")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try cli.run("case", "show", "4").stdout.contains("handled by body: so_tc"))
        #expect(!(try cli.run("case", "show", "5").stdout.contains("handled by body")))
        // Then so_tc's month counts its opened case and the imported one, the whole database all five
        let (theirs, _) = try figures(cli, "--body", "so_tc")
        #expect(theirs["penalty.decisions"] == 2)
        #expect(theirs["penalty.fines_imposed_vnd"] ?? 0 > 15_000_000)
        let (all, _) = try figures(cli)
        #expect(all["penalty.decisions"] == 5)
        // And a row naming a body the pack does not list is refused, naming the column, nothing written
        let bad = cli.directory.appendingPathComponent("bad.csv").path
        try Data(
            ("Số biên bản,Mã số thuế,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Cơ quan xử lý\n"
                + "BB-9/2026,0101234567,20/10/2026,ND125-2020-D30-K3-b,01/10/2026,so_yt\n").utf8
        ).write(to: URL(fileURLWithPath: bad))
        let refused = try cli.run("import", bad, "--kind", "cases", "--lang", "vi")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("\"so_yt\" không phải là cơ quan của bộ quy tắc (so_tc, so_xd)"), "\(refused.stderr)")
        let list = try cli.run("case", "list", "--format", "json")
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])?.count == 5, "\(list.stdout)")

        // And the inspections import reads the body that conducted each ("Cơ quan tiến hành"): so_xd's month
        // counts its one inspection decided on 20 October, the whole database both
        let inspections = cli.directory.appendingPathComponent("thanh-tra.csv").path
        try Data(
            ("Số quyết định,Ngày quyết định,Hình thức,Loại hình,Cấp,Nội dung,Đơn vị chủ trì,Mã số thuế,Cơ quan tiến hành\n"
                + "12/QĐ-TTr,20/10/2026,thường xuyên,thanh_tra,thanh_tra_tinh,Cấp phép xây dựng,Phòng 2,0101234567,so_xd\n"
                + "13/QĐ-TTr,21/10/2026,thường xuyên,thanh_tra,thanh_tra_tinh,Hóa đơn,Phòng 3,0101234567,\n").utf8
        ).write(to: URL(fileURLWithPath: inspections))
        let loaded = try cli.run("import", inspections, "--kind", "inspections")
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try cli.run("inspection", "show", "1").stdout.contains("conducted by body: so_xd"))
        let (builders, _) = try figures(cli, "--body", "so_xd")
        #expect(builders["inspections.total"] == 1)
        let (whole, _) = try figures(cli)
        #expect(whole["inspections.total"] == 2)
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func theCasesImportReadsTheBodyColumn() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        try importsTheBodyColumn(cli)
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func theCasesImportReadsTheBodyColumnOnPostgres() throws {
        try #require(
            PostgresCLITests.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_body")
        defer { PostgresCLITests.dropDatabase(database) }
        let cli = try prepared(postgres: database)
        defer { cli.removeAll() }
        try importsTheBodyColumn(cli)
    }
}
