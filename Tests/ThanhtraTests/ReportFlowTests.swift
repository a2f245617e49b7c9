import Foundation
import Testing

/// Period reports through the built binary: figures computed by hand for a small dataset, every format, drill-down.
@Suite("Reports — end to end")
struct ReportFlowTests {
    /// One organization's case: record 2026-10-20, decided 2026-10-25 (32.500.000 đ, remedial 12.000.000 đ),
    /// delivered 2026-10-27 (pay by 2026-11-06), 10.000.000 đ paid 2026-11-10, the rest with 195.000 đ surcharge
    /// on 2026-11-23. Monthly windows: 2026-11 = [2026-10-15, 2026-11-15), 2026-12 = [2026-11-15, 2026-12-15).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        func ok(_ arguments: String...) throws {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
        try ok("init")
        try ok("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà")
        try ok("case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20",
               "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01",
               "--violation", "ND125-2020-D22-K2,committed=2026-09-15,gain=12.000.000", "--mitigating", "tu_nguyen_khai_bao")
        try ok("case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        try ok("case", "deliver", "1", "--on", "2026-10-27")
        try ok("case", "pay", "1", "--amount", "10000000", "--on", "2026-11-10", "--receipt", "BL-0001")
        return cli
    }

    func figures(_ cli: CLIHarness, _ month: String) throws -> [String: Int] {
        let result = try cli.run("report", "monthly", month, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return json?["figures"] as? [String: Int] ?? [:]
    }

    @Test func theFiguresOfTwoMonthsAreExactAndMoveWithLatePayments() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let november = try figures(cli, "2026-11")
        #expect(november["penalty.cases_opened"] == 1)
        #expect(november["penalty.decisions"] == 1)
        #expect(november["penalty.decisions_organizations"] == 1)
        #expect(november["penalty.decisions_individuals"] == 0)
        #expect(november["penalty.fines_imposed_vnd"] == 32_500_000)
        #expect(november["penalty.remedial_vnd"] == 12_000_000)
        #expect(november["penalty.fines_collected_vnd"] == 10_000_000)
        #expect(november["penalty.outstanding_vnd"] == 22_500_000)
        #expect(november["overdue.payments"] == 1)  // due 2026-11-06, still owed on 2026-11-14
        #expect(november["inspections.total"] == 0)

        // The rest is paid in the next reporting month with the surcharge.
        #expect(try cli.run("case", "pay", "1", "--amount", "22.500.000", "--surcharge", "195.000", "--on", "2026-11-23",
                            "--receipt", "BL-0002").status == 0)
        let december = try figures(cli, "2026-12")
        #expect(december["penalty.decisions"] == 0)
        #expect(december["penalty.fines_collected_vnd"] == 22_500_000)
        #expect(december["penalty.surcharges_collected_vnd"] == 195_000)
        #expect(december["penalty.outstanding_vnd"] == 0)
        // November's own figures do not move: the payment falls in December.
        #expect(try figures(cli, "2026-11")["penalty.fines_collected_vnd"] == 10_000_000)
    }

    @Test func everyFormatRendersTheSameFigures() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let table = try cli.run("report", "monthly", "2026-11", "--lang", "en")
        #expect(table.stdout.contains("Period 2026-11: from 2026-10-15 through 2026-11-14"))
        #expect(table.stdout.contains("32.500.000 đ"))
        let vi = try cli.run("report", "monthly", "2026-11", "--lang", "vi")
        #expect(vi.stdout.contains("Kỳ báo cáo 2026-11: từ ngày 15/10/2026 đến ngày 14/11/2026"))

        let text = try cli.run("report", "monthly", "2026-11", "--format", "text")
        // Exact, as officials write it: 32.500.000 đ is "32,5 triệu đồng", not "hơn 32 triệu đồng".
        #expect(text.stdout.contains("tổng số tiền phạt 32,5 triệu đồng"), "\(text.stdout)")

        let csv = try cli.run("report", "monthly", "2026-11", "--format", "csv", "--bom")
        #expect(csv.stdout.hasPrefix("\u{FEFF}figure,label,unit,value\r\n"))
        #expect(csv.stdout.contains("penalty.fines_imposed_vnd,Fines imposed,vnd,32500000\r\n"))

        let html = try cli.run("report", "monthly", "2026-11", "--format", "html")
        #expect(html.stdout.contains("<svg"))
        #expect(html.stdout.contains("colspan="))

        let xlsx = cli.directory.appendingPathComponent("report.xlsx").path
        let written = try cli.run("report", "monthly", "2026-11", "--format", "xlsx", "-o", xlsx)
        #expect(written.status == 0, "\(written.stderr)")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", xlsx, "xl/sharedStrings.xml"]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let strings = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(strings.contains("Tổng hợp kết quả thanh tra"), "the form's title is in the workbook")

        let missing = try cli.run("report", "monthly", "2026-11", "--format", "xlsx")
        #expect(missing.status == 64)
    }

    @Test func theOutputFilesExtensionPicksTheFormatAndADisagreeingFormatIsAUsageError() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let xlsx = cli.directory.appendingPathComponent("x.xlsx").path
        let written = try cli.run("report", "monthly", "2026-11", "-o", xlsx)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: xlsx))
        #expect(Array(bytes.prefix(2)) == Array("PK".utf8), "an .xlsx file is a workbook (a zip), not text")

        let csv = cli.directory.appendingPathComponent("figures.CSV").path
        #expect(try cli.run("report", "monthly", "2026-11", "-o", csv).status == 0)
        #expect(String(decoding: try #require(FileManager.default.contents(atPath: csv)), as: UTF8.self).hasPrefix("figure,label,unit,value"))

        let clash = try cli.run("report", "monthly", "2026-11", "--format", "csv", "-o", xlsx)
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("--format csv does not match -o \(xlsx)"), "\(clash.stderr)")

        // A missing folder is thanhtra's own error, without the library's raw message, and leaves no file.
        let nowhere = cli.directory.appendingPathComponent("no/such/folder/x.xlsx").path
        let failed = try cli.run("report", "monthly", "2026-11", "-o", nowhere)
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("error: cannot write \(nowhere): No such file or directory"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("[ERROR]"))
        #expect(!FileManager.default.fileExists(atPath: nowhere))
    }

    @Test func explainListsTheCasesBehindAFigure() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let explain = try cli.run("report", "explain", "monthly", "2026-11", "penalty.fines_imposed_vnd")
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("case  1  32.500.000 đ  BB-12/2026"), "\(explain.stdout)")
        #expect(explain.stdout.hasSuffix("total: 32.500.000 đ from 1 record(s)\n"))
        let unknown = try cli.run("report", "explain", "monthly", "2026-11", "penalty.nope")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: there is no figure named penalty.nope"))
        let badPeriod = try cli.run("report", "monthly", "2026-13")
        #expect(badPeriod.status == 1)
        #expect(badPeriod.stderr.contains("--> field period"))
    }

    @Test func aFiledReportRendersAsFiledAndRestatementsShowWhatMovedIt() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let early = try cli.run("report", "file", "monthly", "2026-12")
        #expect(early.status == 1)
        #expect(early.stderr.hasPrefix("error: the monthly period 2026-12 runs until 2026-12-14"))

        let filed = try cli.run("report", "file", "monthly", "2026-11")
        #expect(filed.status == 0, "\(filed.stderr)")
        #expect(filed.stdout.hasPrefix("filed the monthly report 2026-11 (2026-10-15 … 2026-11-14); hash "))
        let again = try cli.run("report", "file", "monthly", "2026-11")
        #expect(again.status == 1)
        #expect(again.stderr.contains("was filed on 2026-11-23"))
        #expect(try cli.run("report", "restatements").stdout.hasPrefix("no filed figure has moved (1 filed report(s) checked)"))

        // A payment recorded late but dated inside the filed month, then the case is cancelled.
        #expect(try cli.run("case", "pay", "1", "--amount", "2.000.000", "--on", "2026-11-12", "--receipt", "BL-0003").status == 0)
        #expect(try cli.run("case", "cancel", "1", "--reason", "Quyết định hủy bỏ số 9/QĐ-HB").status == 0)

        // The filed report still renders exactly as filed; --live shows today's figures.
        let asFiled = try cli.run("report", "monthly", "2026-11", "--format", "json")
        #expect(asFiled.stderr.contains("as filed on 2026-11-23"))
        let filedFigures = (try JSONSerialization.jsonObject(with: Data(asFiled.stdout.utf8)) as? [String: Any])?["figures"] as? [String: Int]
        #expect(filedFigures?["penalty.fines_collected_vnd"] == 10_000_000)
        #expect(try figures(cli, "2026-11")["penalty.decisions"] == 1, "without --live the filed figures are shown")
        let live = try cli.run("report", "monthly", "2026-11", "--format", "json", "--live")
        let liveFigures = (try JSONSerialization.jsonObject(with: Data(live.stdout.utf8)) as? [String: Any])?["figures"] as? [String: Int]
        #expect(liveFigures?["penalty.decisions"] == 0)

        let restated = try cli.run("report", "restatements", "monthly", "2026-11")
        #expect(restated.status == 0, "\(restated.stderr)")
        #expect(restated.stdout.contains("monthly 2026-11: penalty.decisions filed 1, now 0 (-1)"))
        #expect(restated.stdout.contains("penaltyCase #1 BB-12/2026: 1 → 0"))
        #expect(restated.stdout.contains("monthly 2026-11: penalty.fines_imposed_vnd filed 32500000, now 0 (-32500000)"))
        #expect(try cli.run("journal", "verify").status == 0)
    }
}
