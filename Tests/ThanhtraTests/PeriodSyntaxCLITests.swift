import Foundation
import Testing

/// One period syntax for `report range` and `report explain` (issue 17 item 11), and the small fixes of item 13:
/// `case show` without a place, `report explain` in people's words and amounts.
@Suite("thanhtra report range / explain — one period syntax; small wording fixes")
struct PeriodSyntaxCLITests {
    /// A database with one decided case (6.000.000 đ, record BB-1 without a place).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty A").status == 0)
        #expect(
            try cli.run(
                "case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-11-01",
                "--violation", "ND125-2020-D24-K4-b,committed=2026-10-30"
            ).status == 0)
        #expect(
            try cli.run(
                "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-11-03", "--signer", "chanh_thanh_tra_so",
                "--signer-name", "Nguyễn Văn Bình"
            ).status == 0)
        return cli
    }

    @Test func reportRangeTakesTheFormsReportExplainTakes() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let twoWords = try cli.run("report", "range", "2026-01-01", "2026-12-31", "--format", "json")
        let oneWord = try cli.run("report", "range", "2026-01-01..2026-12-31", "--format", "json")
        let written = try cli.run("report", "range", "01/01/2026..31/12/2026", "--format", "json")
        #expect(twoWords.status == 0, "\(twoWords.stderr)")
        #expect(oneWord.status == 0, "\(oneWord.stderr)")
        #expect(twoWords.stdout == oneWord.stdout)
        #expect(written.stdout == oneWord.stdout)
        #expect(oneWord.stdout.contains("\"penalty.fines_imposed_vnd\": 6000000"), "\(oneWord.stdout)")
    }

    @Test func reportExplainTakesTheFormsReportRangeTakes() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let oneWord = try cli.run("report", "explain", "range", "2026-01-01..2026-12-31", "penalty.fines_imposed_vnd")
        let twoWords = try cli.run("report", "explain", "range", "2026-01-01", "2026-12-31", "penalty.fines_imposed_vnd")
        #expect(oneWord.status == 0, "\(oneWord.stderr)")
        #expect(twoWords.stdout == oneWord.stdout)
        // People's words and amounts, and a final newline
        #expect(
            oneWord.stdout == """
                penalty.fines_imposed_vnd in 2026-01-01..2026-12-31 (2026-01-01 … 2026-12-31):
                kind  #  value        what
                ----  -  -----------  ----
                case  1  6.000.000 đ  BB-1
                total: 6.000.000 đ from 1 record(s)

                """, "\(oneWord.stdout)")
    }

    @Test func aRangeThatIsNotOneIsAUsageError() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let backwards = try cli.run("report", "range", "2026-12-31..2026-01-01")
        #expect(backwards.status == 64)
        #expect(backwards.stderr.contains("the range 2026-12-31..2026-01-01 ends before it starts; write FROM..TO or FROM TO"), "\(backwards.stderr)")
        let explain = try cli.run("report", "explain", "range", "2026-01-01", "penalty.cases")
        #expect(explain.status == 64)
        #expect(explain.stderr.contains("'2026-01-01' is not a range of days"), "\(explain.stderr)")
        let monthly = try cli.run("report", "explain", "monthly", "2026-10", "2026-11", "penalty.cases")
        #expect(monthly.status == 64)
        #expect(monthly.stderr.contains("a monthly period is one word (e.g. 2026-10), got '2026-10 2026-11'"), "\(monthly.stderr)")
    }

    @Test func caseShowSaysWhenARecordHasNoPlace() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let shown = try cli.run("case", "show", "1")
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("record: BB-1 on 2026-11-01 (no place recorded)\n"), "\(shown.stdout)")
        #expect(!shown.stdout.contains(" at \n"))
    }
}
