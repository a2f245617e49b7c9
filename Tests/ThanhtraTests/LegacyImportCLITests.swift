import Foundation
import Testing

/// `thanhtra import --kind inspections|cases|payments` through the built binary, the bundled rule pack and
/// "today" 2026-11-23. Monthly windows: 2026-10 = [2026-09-15, 2026-10-15), 2026-11 = [2026-10-15, 2026-11-15).
@Suite("thanhtra import of legacy inspections, cases and payments — end to end")
struct LegacyImportCLITests {
    /// An initialized database with an organization (#1, 0101234567) and a person (#2, 001089012345).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        #expect(try cli.run("subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh").status == 0)
        return cli
    }

    func write(_ text: String, to name: String, in cli: CLIHarness) throws -> String {
        let path = cli.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func figures(_ cli: CLIHarness, _ month: String) throws -> [String: Int] {
        let result = try cli.run("report", "monthly", month, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return json?["figures"] as? [String: Int] ?? [:]
    }

    @Test func casesAndPaymentsWithABOMAndVietnameseHeadersShowInCasesAndInTheReport() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Given a register saved by Excel as "CSV UTF-8": a BOM, CRLF, Vietnamese headers and dates, dotted amounts
        let cases = try write(
            "\u{FEFF}Số biên bản,Mã số thuế,Số định danh,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,"
                + "Ngày quyết định,Người ký,Tiền phạt,Khắc phục hậu quả,Ngày nhận quyết định\r\n"
                + "BB-12/2026,0101234567,,20/10/2026,ND125-2020-D24-K4-b;ND125-2020-D22-K2,01/10/2026,15/QĐ-XPHC,25/10/2026,"
                + "Nguyễn Văn Bình,\"5.000.000;27.500.000\",0;12.000.000,27/10/2026\r\n"
                + "BB-13/2026,,001089012345,2026-10-21,ND125-2020-D24-K4-b,,,,,,,\r\n",
            to: "vu-viec.csv", in: cli)

        // When it is imported
        let imported = try cli.run("import", cases, "--kind", "cases")

        // Then both cases exist, the decision as recorded, marked as imported
        #expect(imported.status == 0, "\(imported.stderr)")
        let hash = try ImportCLITests.sha256(of: cases)
        #expect(
            imported.stdout == """
                read 2 rows from \(cases): imported 2, rejected 0
                cases #1–#2 in 1 batch(es), journaled with sha256 \(hash)

                """)
        let show = try cli.run("case", "show", "1", "--explain")
        #expect(
            show.stdout.contains(
                "decision 15/QĐ-XPHC on 2026-10-25, signed by Nguyễn Văn Bình; imported as recorded (file sha256 \(hash.prefix(12))"
            ))
        #expect(
            show.stdout.contains(
                "  1. ND125-2020-D24-K4-b — điểm b khoản 4 Điều 24 Nghị định 125/2020/NĐ-CP: 5.000.000 đ"))
        #expect(show.stdout.contains("total fine: 32.500.000 đ; remedial amounts: 12.000.000 đ"))
        #expect(show.stdout.contains("received: 2026-10-27; pay by 2026-11-06"), "the payment due date from the rules")
        #expect(
            show.stdout.contains(
                "imported as recorded in the legacy register (\(cases) line 2); not computed by the rules"))
        #expect(
            try cli.run("case", "show", "2").stdout.hasPrefix(
                "case #2 — open\nviolator: Nguyễn Văn Minh (001089012345), person\n"))
        let replay = try cli.run("case", "show", "1", "--explain", "--replay")
        #expect(replay.status == 1)
        #expect(
            replay.stderr.hasPrefix(
                "error: the decision of case #1 was imported as recorded from a legacy file (sha256 \(hash.prefix(12))); no rule pack computed it"
            ))

        // And its payments, by decision number, count in the month they were paid
        let payments = try write(
            "Số quyết định,Ngày nộp,Số tiền,Tiền chậm nộp,Số biên lai\n15/QĐ-XPHC,10/11/2026,10.000.000,,BL-0001\n",
            to: "nop-phat.csv", in: cli)
        let paid = try cli.run("import", payments, "--kind", "payments")
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(
            paid.stdout.hasPrefix(
                "read 1 rows from \(payments): imported 1, rejected 0\npayments of 10.000.000 đ towards fines and 0 đ of surcharges in 1 batch(es)"
            ))
        let november = try figures(cli, "2026-11")
        #expect(november["penalty.cases_opened"] == 2)
        #expect(november["penalty.decisions"] == 1)
        #expect(november["penalty.decisions_organizations"] == 1)
        #expect(november["penalty.fines_imposed_vnd"] == 32_500_000)
        #expect(november["penalty.remedial_vnd"] == 12_000_000)
        #expect(november["penalty.fines_collected_vnd"] == 10_000_000)
        #expect(november["penalty.outstanding_vnd"] == 22_500_000)
        #expect(november["overdue.payments"] == 1)  // due 2026-11-06, still owed on 2026-11-14
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func aFileWithBadRowsImportsNothingAndListsEveryBadLine() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            """
            so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham,so quyet dinh,ngay quyet dinh,tien phat
            BB-1,0101234567,2026-10-20,ND125-2020-D24-K4-b,QĐ-1,2026-10-25,5.000.000
            BB-2,0109999999,2026-10-20,ND125-2020-D24-K4-b,,,
            BB-1,0101234567,2026-10-21,ND125-2020-D24-K4-b,,,
            BB-3,0101234567,2026-13-01,ND125-2020-D24-K4-b,,,
            BB-4,0101234567,2026-10-20,ND125-2020-D24-K4-b,QĐ-1,2026-10-25,1.000.000
            BB-5,0101234567,2026-10-20,XYZ,,,
            BB-6,0101234567,2026-10-20,ND125-2020-D24-K4-b,QĐ-6,2026-10-25,"1,5"

            """, to: "bad.csv", in: cli)
        let journalBefore = try cli.sqlite("SELECT COUNT(*) FROM journal")

        let result = try cli.run("import", file, "--kind", "cases")

        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                \(file):3: tax code 0109999999 is not registered; register the subjects first (thanhtra import FILE --kind subjects)
                \(file):4: record number BB-1 is already on line 2
                \(file):5: ngay lap bien ban: "2026-13-01" is not a date; write YYYY-MM-DD or DD/MM/YYYY
                \(file):6: decision number QĐ-1 is already on line 2
                \(file):7: hanh vi vi pham: XYZ is not in the rule pack's catalog; see `thanhtra rules catalog`
                \(file):8: tien phat: "1,5" is not an amount of đồng; write 1500000 or 1.500.000
                error: 6 of 7 rows of \(file) are bad (listed above); every bad row, with its line and reasons, is in \(cli.directory.path)/bad.rejects.csv; nothing was imported
                  help: fix them and import again, or pass --skip-bad FILE to import the good rows and write the bad ones to FILE

                """)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM penaltyCase") == "0\n")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM journal") == journalBefore)
    }

    @Test func skipBadImportsTheGoodPaymentsAndWritesTheRejectsWithTheirLineAndReason() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let cases = try write(
            "so bien ban,mst,ngay lap bien ban,hanh vi,so quyet dinh,ngay quyet dinh,tien phat\nBB-1,0101234567,2026-10-20,ND125-2020-D24-K4-b,QĐ-1,2026-10-25,5.000.000\n",
            to: "c.csv", in: cli)
        #expect(try cli.run("import", cases, "--kind", "cases").status == 0)
        let file = try write(
            """
            decision number,paid on,amount,receipt
            QĐ-1,2026-11-01,3.000.000,R-1
            QĐ-1,2026-11-02,"2.000.001",R-2
            QĐ-1,2026-11-03,2.000.000,R-1
            QĐ-1,2026-11-04,2.000.000,R-3

            """, to: "payments.csv", in: cli)
        let rejects = cli.directory.appendingPathComponent("rejects.csv").path

        let result = try cli.run("import", file, "--kind", "payments", "--skip-bad", rejects)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 4 rows from \(file): imported 2, rejected 2 (written to \(rejects))\n"))
        #expect(
            try String(contentsOfFile: rejects, encoding: .utf8) == """
                decision number,paid on,amount,receipt,line,reason
                QĐ-1,2026-11-02,2.000.001,R-2,3,the payment of 2.000.001 đ is more than the 2.000.000 đ still owed on the fine of case #1
                QĐ-1,2026-11-03,2.000.000,R-1,4,receipt R-1 is already on line 2

                """)
        #expect(
            try cli.sqlite("SELECT receipt, amountVND FROM payment ORDER BY position") == "R-1|3000000\nR-3|2000000\n")
        #expect(try cli.sqlite("SELECT state FROM penaltyCase") == "settled\n")
        // The rejects file, corrected, imports as it is: its line and reason columns are ignored.
        let fixed = try String(contentsOfFile: rejects, encoding: .utf8).replacingOccurrences(
            of: "2.000.001", with: "0"
        ).replacingOccurrences(of: "R-1,4", with: "R-9,4")
        _ = try write(fixed, to: "rejects.csv", in: cli)
        let again = try cli.run("import", rejects, "--kind", "payments")
        #expect(again.status == 1, "the case is settled: nothing is owed any more")
        #expect(again.stderr.contains("\(rejects):2: amount: a payment of 0 đ records nothing"))
    }

    @Test func inspectionsShowTheirStepsAndCountInTheReport() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            """
            Số quyết định,Ngày quyết định,Hình thức,Căn cứ,Văn bản căn cứ,Loại hình,Cấp,Nội dung,Đơn vị chủ trì,Mã số thuế,Trưởng đoàn,Thành viên đoàn,Ngày công bố,Ngày kết thúc trực tiếp,Số kết luận,Ngày kết luận,Tiền vi phạm,Kiến nghị thu hồi,Kiến nghị xử lý khác về kinh tế,Đã thu hồi,Ngày thu hồi,Chứng từ thu hồi,Trạng thái
            12/QĐ-TTr,01/08/2026,đột xuất,khiếu nại,Đơn số 5/2026,Thanh tra,"Thanh tra tỉnh, thành phố",Quản lý đất đai,Phòng 2,0101234567,Nguyễn Văn A,Trần B;Lê C,05/08/2026,20/09/2026,KL-3/2026,10/10/2026,"120.000.000",80.000.000,40.000.000,30.000.000,01/11/2026,CT-77,đã kết luận
            15/QĐ-TTr,2026-10-01,thường xuyên,,,thanh_tra,thanh_tra_tinh,Kiểm tra hóa đơn,Phòng 3,0101234567;0101234567,,,,,,,,,,,,,
            16/QĐ-TTr,2026-10-01,thường xuyên,,,thanh_tra,thanh_tra_tinh,Kiểm tra hóa đơn,Phòng 3,0101234567,,,2026-10-05,,,,,,,,,,đang thanh tra

            """, to: "thanh-tra.csv", in: cli)
        let rejects = cli.directory.appendingPathComponent("loi.csv").path

        let result = try cli.run("import", file, "--kind", "inspections", "--skip-bad", rejects)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "read 3 rows from \(file): imported 2, rejected 1 (written to \(rejects))\ninspections #1–#2 in 1 batch(es)"
            ))
        #expect(
            try String(contentsOfFile: rejects, encoding: .utf8).hasSuffix(
                ",3,Mã số thuế: tax code 0101234567 is named twice\n"))
        let show = try cli.run("inspection", "show", "1")
        #expect(
            show.stdout.hasPrefix(
                "inspection #1 — concluded\nmode: unscheduled; category thanh_tra; level thanh_tra_tinh\nground: complaint — Đơn số 5/2026\n"
            ))
        #expect(show.stdout.contains("team lead Nguyễn Văn A; members Trần B, Lê C"))
        #expect(show.stdout.contains("concluded: KL-3/2026 on 2026-10-10"))
        #expect(show.stdout.contains("— 80.000.000 đ; done 30.000.000 đ"))
        #expect(try cli.run("inspection", "show", "2").stdout.hasPrefix("inspection #2 — onsite\n"))

        let october = try figures(cli, "2026-10")
        #expect(october["inspections.carried_over"] == 1)
        #expect(october["inspections.opened"] == 1)
        #expect(october["inspections.unscheduled"] == 1 && october["inspections.regular"] == 1)
        #expect(october["inspections.onsite_ended"] == 1)
        #expect(october["inspections.concluded"] == 1)
        #expect(october["violations.money_vnd"] == 120_000_000)
        #expect(october["recovery.recommended_vnd"] == 80_000_000)
        #expect(october["other_financial.recommended_vnd"] == 40_000_000)
        #expect(try figures(cli, "2026-11")["recovery.recovered_vnd"] == 30_000_000)
    }

    @Test func theSummaryIsAvailableAsJSON() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            "so bien ban,so doi tuong,ngay lap bien ban,hanh vi\nBB-1,2,2026-10-20,ND125-2020-D24-K4-b\n", to: "c.csv",
            in: cli)
        let result = try cli.run("import", file, "--kind", "cases", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["kind"] as? String == "cases")
        #expect(json?["imported"] as? Int == 1 && json?["firstID"] as? Int == 1 && json?["batches"] as? Int == 1)
        #expect(json?["sha256"] as? String == (try ImportCLITests.sha256(of: file)))
    }
}
