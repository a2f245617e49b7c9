import Foundation
import Testing

/// Inspections from the annual plan to follow-up, through the built binary and the bundled rule pack.
@Suite("Inspection flow — end to end")
struct InspectionFlowTests {
    /// A database with the sample subjects and the 2026 plan loaded on 2025-12-20.
    func prepared() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["THANHTRA_TODAY"] = "2025-12-20"
        #expect(try cli.run("init").status == 0)
        let sample = try String(
            contentsOf: CLIHarness.repository.appendingPathComponent("scripts/sample-data/subjects.tsv"), encoding: .utf8)
        for line in sample.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let flag = f[0] == "organization" ? "--tax-code" : "--id-number"
            #expect(try cli.run("subject", "add", flag, f[1], "--name", f[2], "--address", f[3]).status == 0)
        }
        let load = try cli.run("plan", "load", "2026")
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("created inspection #4 for entry 2026-04"))
        cli.environment["THANHTRA_TODAY"] = "2026-11-23"
        return cli
    }

    func journalCount(_ cli: CLIHarness) throws -> Int {
        let shown = try cli.run("journal", "show", "--format", "json", "--limit", "10000")
        return (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [Any])?.count ?? -1
    }

    @Test func loadingThePlanTwiceCreatesNothing() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let before = try journalCount(cli)
        let again = try cli.run("plan", "load", "2026")
        #expect(again.stdout.hasPrefix("plan 2026: unchanged (5 entries); nothing to do"))
        #expect(try journalCount(cli) == before)
        let show = try cli.run("plan", "show", "2026")
        #expect(show.stdout.hasSuffix("planned 5, opened 0, concluded 0\n"))
        let missing = try cli.run("plan", "load", "2031")
        #expect(missing.status == 1)
    }

    @Test func aChangedPlanPrintsTheDifferenceAndAppliesOnlyWithApply() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // A new organization, never inspected, is picked by the plan's risk rule.
        #expect(try cli.run("subject", "add", "--tax-code", "0312345678", "--name", "Công ty Mới").status == 0)
        let before = try journalCount(cli)
        let dry = try cli.run("plan", "load", "2026")
        #expect(dry.stdout.contains("+ 2026-R-0312345678"))
        #expect(dry.stdout.contains("nothing written — run again with --apply"))
        #expect(try journalCount(cli) == before)
        let applied = try cli.run("plan", "load", "2026", "--apply")
        #expect(applied.stdout.contains("1 inspection(s) created"))
        #expect(try journalCount(cli) == before + 1)
    }

    @Test func aScheduledInspectionRunsFromDecisionToFollowUpWithItsDeadlines() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        func ok(_ arguments: String...) throws -> String {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }
        _ = try ok("inspection", "decide", "4", "--number", "45/QĐ-TTr", "--on", "2026-09-01", "--signer-title", "Chánh Thanh tra tỉnh",
                   "--signer", "Trần Văn Hải", "--lead", "Lê Minh", "--member", "Phạm An")
        // Decided under the 2025 law; a provincial inspection counts its on-site days from the announcement.
        #expect(try ok("inspection", "announce", "4", "--on", "2026-09-03").contains("on-site work due to end by 2026-11-04"))
        #expect(try ok("inspection", "extend", "4", "--days", "20", "--reason", "Phức tạp", "--on", "2026-10-20")
            .contains("due to end by 2026-12-02"))
        // Only one extension at this level: the second is refused and changes nothing.
        let second = try cli.run("inspection", "extend", "4", "--days", "5", "--reason", "x", "--on", "2026-10-21")
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("error: the extension is not allowed: "))
        _ = try ok("inspection", "suspend", "4", "--reason", "Bão", "--on", "2026-10-22")
        #expect(try ok("inspection", "resume", "4", "--on", "2026-10-27").contains("due to end by 2026-12-08"))

        #expect(try ok("finding", "add", "--inspection", "4", "--subject", "1", "--description", "Quyết toán sai khối lượng",
                       "--amount", "150.000.000").contains("sai_quyet_toan"))
        #expect(try ok("finding", "add", "--inspection", "4", "--subject", "1", "--description", "Sử dụng kinh phí sai mục đích",
                       "--amount", "80.000.000", "--category", "su_dung_sai_muc_dich")
            .contains("the rules suggest: recover 80.000.000 đ to the state budget"))
        _ = try ok("recommend", "--inspection", "4", "--kind", "recovery", "--finding", "2", "--subject", "1",
                   "--description", "Thu hồi về ngân sách", "--amount", "80.000.000")
        _ = try ok("recommend", "--inspection", "4", "--kind", "handling", "--description", "Kiểm điểm", "--collectives", "1", "--persons", "2")

        // A conclusion before the announcement is impossible; steps must follow each other.
        let early = try cli.run("inspection", "end-onsite", "4", "--on", "2026-09-02")
        #expect(early.status == 1)
        // 20 days after 2026-11-02 is Sunday 2026-11-22: the last day rolls to Monday 11-23 (Điều 148 k5).
        #expect(try ok("inspection", "end-onsite", "4", "--on", "2026-11-02").contains("report due by 2026-11-23"))
        _ = try ok("inspection", "report", "4", "--on", "2026-11-10")
        #expect(try ok("inspection", "draft", "4", "--on", "2026-11-12").contains("conclusion due by 2026-11-27"))
        _ = try ok("inspection", "conclude", "4", "--number", "12/KL-TTr", "--on", "2026-11-20")

        // Follow-up: above the recommendation is refused unless a reason is given.
        _ = try ok("follow-up", "record", "--recommendation", "1", "--amount", "50.000.000", "--receipt", "BL-77", "--on", "2026-11-22")
        let over = try cli.run("follow-up", "record", "--recommendation", "1", "--amount", "40.000.000", "--receipt", "BL-78")
        #expect(over.status == 1)
        #expect(over.stderr.hasPrefix(
            "error: money recorded above the recommendation: 50.000.000 đ before + 40.000.000 đ now > 80.000.000 đ recommended"))

        let show = try ok("inspection", "show", "4")
        #expect(show.contains("on-site work due to end by 2026-12-08 — met"))
        #expect(show.contains("result report due by 2026-11-23 — met"))
        #expect(show.contains("conclusion due by 2026-11-27 — met"))
        #expect(show.contains("done 50.000.000 đ (62,50 %)"))
        #expect(try ok("plan", "show", "2026").hasSuffix("planned 5, opened 1, concluded 1\n"))
        #expect(try ok("inspection", "list", "--state", "concluded").contains("Việc chấp hành pháp luật về đầu tư xây dựng"))
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func anUnscheduledInspectionNeedsAGroundAndWarnsOfAnOverlap() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let noGround = try cli.run(
            "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
            "--content", "Việc chấp hành pháp luật về hóa đơn, chứng từ", "--lead-unit", "Phòng 2", "--subject", "3")
        #expect(noGround.status == 1)
        let unknownLevel = try cli.run(
            "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_so",
            "--content", "x", "--lead-unit", "Phòng 2", "--ground", "complaint", "--ground-ref", "Đơn số 5")
        #expect(unknownLevel.status == 1)
        #expect(unknownLevel.stderr.hasPrefix("error: unknown inspection level 'thanh_tra_so' on 2026-11-23"))
        // Subject #3 is in the 2026 plan on the same content (entry 2026-02): the pack warns.
        let opened = try cli.run(
            "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
            "--content", "Việc chấp hành pháp luật về hóa đơn, chứng từ", "--field", "hoa_don", "--lead-unit", "Phòng 2",
            "--subject", "3", "--ground", "violation-signs", "--ground-ref", "Báo cáo số 12/BC")
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stderr.contains("warning: "))
        #expect(opened.stdout.hasPrefix("opened inspection #6 (unscheduled, thanh_tra, thanh_tra_tinh)"))
    }
}
