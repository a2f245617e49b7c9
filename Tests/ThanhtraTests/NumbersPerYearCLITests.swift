import Foundation
import Testing

/// Record and decision numbers start again each January (issue 17, item 7), through the built binary: the first
/// record, penalty decision, inspection decision and conclusion of 2026 take the numbers 2025 used, a number used
/// twice in one year is still refused, and a payment file that names a case by a number used in two years is told
/// to give the case number.
@Suite("Numbers unique per year — end to end")
struct NumbersPerYearCLITests {
    func ok(_ cli: CLIHarness, _ arguments: String...) throws -> String {
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    @Test func theFirstNumbersOfANewYearAreTakenAgainAndOneYearsTwiceIsRefused() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        _ = try ok(cli, "init")
        _ = try ok(cli, "subject", "add", "--tax-code", "0101234567", "--name", "Công ty A", "--address", "Hà Nội")

        // Penalty cases: BB-1 and 1/QĐ-XPHC in December 2025 (decided the 26th), again in January 2026 (the 9th)
        for recordOn in ["2025-12-22", "2026-01-05"] {
            _ = try ok(
                cli, "case", "open", "--subject", "0101234567", "--record", "BB-1", "--record-on", recordOn, "--place",
                "Hà Nội", "--committed", recordOn, "--violation", "ND125-2020-D30-K3-b")
        }
        _ = try ok(cli, "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2025-12-26", "--signer", "chanh_thanh_tra_so")
        _ = try ok(cli, "case", "decide", "2", "--number", "1/QĐ-XPHC", "--on", "2026-01-09", "--signer", "chanh_thanh_tra_so")
        let twiceRecord = try cli.run(
            "case", "open", "--subject", "0101234567", "--record", "BB-1", "--record-on", "2026-06-01", "--place", "Hà Nội",
            "--committed", "2026-06-01", "--violation", "ND125-2020-D30-K3-b")
        #expect(twiceRecord.status == 1)
        #expect(twiceRecord.stderr.hasPrefix("error: violation record BB-1 is already case #2"), "\(twiceRecord.stderr)")
        _ = try ok(
            cli, "case", "open", "--subject", "0101234567", "--record", "BB-2", "--record-on", "2026-06-01", "--place",
            "Hà Nội", "--committed", "2026-06-01", "--violation", "ND125-2020-D30-K3-b")
        let twiceDecision = try cli.run(
            "case", "decide", "3", "--number", "1/QĐ-XPHC", "--on", "2026-06-05", "--signer", "chanh_thanh_tra_so")
        #expect(twiceDecision.status == 1)
        #expect(twiceDecision.stderr.hasPrefix("error: decision number 1/QĐ-XPHC is already the decision of case #2"))

        // Inspections: decision 1/QĐ-TTr and conclusion 1/KL-TTr in 2025, again in 2026
        for (number, day) in [(1, "2025-09-01"), (2, "2026-01-12")] {
            let opened = try ok(
                cli, "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
                "--content", "Việc chấp hành pháp luật \(number)", "--lead-unit", "Phòng 1", "--subject", "1",
                "--ground", "violation-signs", "--ground-ref", "Báo cáo số \(number)", "--on", day)
            #expect(opened.hasPrefix("opened inspection #\(number)"), "\(opened)")
            _ = try ok(
                cli, "inspection", "decide", "\(number)", "--number", "1/QĐ-TTr", "--on", day, "--signer-title",
                "Chánh Thanh tra tỉnh", "--signer", "Trần Văn Hải", "--lead", "Lê Minh")
        }
        let twiceInspection = try cli.run(
            "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
            "--content", "Việc khác", "--lead-unit", "Phòng 1", "--subject", "1", "--ground", "complaint",
            "--ground-ref", "Đơn số 9", "--on", "2026-02-02")
        #expect(twiceInspection.status == 0)
        let refused = try cli.run(
            "inspection", "decide", "3", "--number", "1/QĐ-TTr", "--on", "2026-02-02", "--signer-title", "Chánh Thanh tra tỉnh",
            "--signer", "Trần Văn Hải", "--lead", "Lê Minh")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: decision number 1/QĐ-TTr is already the decision of inspection #2"))
        #expect(try cli.run("journal", "verify").status == 0)

        // A payment file naming the case by 1/QĐ-XPHC, used in 2025 and 2026: paid in January 2026, both decisions
        // came before it, so the row must give the case number; paid the day after the 2025 decision, only the
        // 2025 one can be meant.
        let payments = cli.directory.appendingPathComponent("payments.csv")
        try """
        decision_number,paid_on,amount,receipt
        1/QĐ-XPHC,2026-01-20,1000000,BL-1
        1/QĐ-XPHC,2025-12-27,1000000,BL-2
        """.write(to: payments, atomically: true, encoding: .utf8)
        let imported = try cli.run("import", payments.path, "--kind", "payments")
        #expect(imported.status == 1)
        #expect(
            imported.stderr.hasPrefix(
                "\(payments.path):2: decision number 1/QĐ-XPHC names more than one case (#1 (decided on 2025-12-26), "
                    + "#2 (decided on 2026-01-09)); give the case number instead\nerror: 1 of 2 rows"),
            "\(imported.stderr)")
    }
}
