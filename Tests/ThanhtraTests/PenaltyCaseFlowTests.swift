import Foundation
import Testing

/// A penalty case from the violation record to paid, through the built binary and the bundled rule pack.
/// "Today" is 2026-11-23 (THANHTRA_TODAY), so every date and amount below is reproducible.
@Suite("Penalty case flow — end to end")
struct PenaltyCaseFlowTests {
    /// An initialized database with one organization (#1) and one person (#2).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà").status == 0)
        #expect(try cli.run("subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh").status == 0)
        return cli
    }

    func journalCount(_ cli: CLIHarness) throws -> Int {
        let shown = try cli.run("journal", "show", "--format", "json", "--limit", "1000")
        return (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [Any])?.count ?? -1
    }

    @Test func aCaseGoesFromRecordToPaidWithTheSurchargeForLatePayment() throws {
        let cli = try prepared()
        defer { cli.removeAll() }

        // Open: two invoice violations of an organization (frames stated for organizations), one mitigating
        // circumstance, illegal gains on the second.
        let open = try cli.run(
            "case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20", "--place", "Hà Nội",
            "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01",
            "--violation", "ND125-2020-D22-K2,committed=2026-09-15,gain=12.000.000",
            "--mitigating", "tu_nguyen_khai_bao")
        #expect(open.status == 0, "\(open.stderr)")
        #expect(open.stdout == "opened case #1 for Công ty TNHH Xây dựng Hồng Hà; decision due by 2026-10-27\n")

        // Preview: average 6.000.000 and 35.000.000, one mitigating → halfway to the minimum: 5.000.000 + 27.500.000.
        let preview = try cli.run("case", "preview", "1", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("frame 4.000.000 đ – 8.000.000 đ: 5.000.000 đ"))
        #expect(preview.stdout.contains("frame 20.000.000 đ – 50.000.000 đ: 27.500.000 đ"))
        #expect(preview.stdout.contains("total fine: 32.500.000 đ; remedial amounts: 12.000.000 đ"))
        #expect(preview.stdout.contains("[Điều 23 k4 Luật XLVPHC]"))
        #expect(preview.stdout.contains("enforcement expires: 2027-10-25"))
        let before = try journalCount(cli)

        // An inspector on duty may not sign it: refused, nothing stored.
        let refused = try cli.run(
            "case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "thanh_tra_vien")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: the decision cannot be recorded: 2 legal problems\n  --> case #1\n  - no_competence: "))
        #expect(try journalCount(cli) == before)

        let decide = try cli.run(
            "case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
            "--signer-name", "Nguyễn Văn Bình")
        #expect(decide.stdout == "decided case #1: decision 15/QĐ-XPHC, total fine 32.500.000 đ; now decided\n")

        // Delivered on 2026-10-27: ten days to pay.
        let deliver = try cli.run("case", "deliver", "1", "--on", "2026-10-27")
        #expect(deliver.stdout == "delivered case #1 on 2026-10-27; pay by 2026-11-06\n")

        // A partial payment after the due date.
        let partial = try cli.run("case", "pay", "1", "--amount", "10000000", "--on", "2026-11-10", "--receipt", "BL-0001")
        #expect(partial.stdout == "recorded payment BL-0001 on case #1: 10.000.000 đ; outstanding fine 22.500.000 đ; now decided\n")

        // Surcharge as of 2026-11-23: 3 days (11-07..11-09) on 32.500.000 = 48.750, then 13 days (11-10..11-22) on
        // 22.500.000 = 146.250; 0.05 % a day, simple: 195.000 đ over 16 days.
        let show = try cli.run("case", "show", "1")
        #expect(show.stdout.contains("outstanding fine: 22.500.000 đ"))
        #expect(show.stdout.contains("surcharge as of 2026-11-23: 195.000 đ over 16 day(s); still owed 195.000 đ"))
        #expect(try cli.run("case", "list", "--payment-overdue").stdout.contains("BB-12/2026"))

        // The timeline: the journal's entries about the case, as `journal show` has them, oldest first.
        let timeline = try cli.run("case", "show", "1", "--timeline")
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let journal = try cli.run("journal", "show", "--format", "json", "--limit", "1000")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(journal.stdout.utf8)) as? [[String: Any]])
        let expected = entries.filter { ($0["command"] as? String)?.hasPrefix("case ") == true }.map { entry in
            "  #\(entry["sequence"] ?? "?") \(entry["recordedAt"] ?? "?") \(entry["actor"] ?? "?"): \(entry["command"] ?? "?")"
        }
        #expect(expected.count == 4)
        #expect(timeline.stdout.hasSuffix("timeline:\n" + expected.joined(separator: "\n") + "\n"), "\(timeline.stdout)")

        // Overpaying is refused; paying the rest with the surcharge settles the case.
        let over = try cli.run("case", "pay", "1", "--amount", "22500001", "--on", "2026-11-23", "--receipt", "BL-0002")
        #expect(over.status == 1)
        #expect(over.stderr.hasPrefix("error: the payment of 22.500.001 đ is more than the 22.500.000 đ still owed on the fine"))
        let rest = try cli.run(
            "case", "pay", "1", "--amount", "22.500.000", "--surcharge", "195.000", "--on", "2026-11-23", "--receipt", "BL-0002")
        #expect(rest.stdout.hasSuffix("outstanding fine 0 đ; now settled\n"), "\(rest.stdout)\(rest.stderr)")

        // The explanation replays the stored steps with their citations; the journal holds every step, intact.
        let explain = try cli.run("case", "show", "1", "--explain")
        #expect(explain.stdout.contains("case #1 — settled"))
        #expect(explain.stdout.contains("Mức trung bình của khung 4.000.000 đ–8.000.000 đ = 6.000.000 đ  [Điều 23 k4 Luật XLVPHC]"))
        #expect(explain.stdout.contains("paid 22.500.000 đ + surcharge 195.000 đ on 2026-11-23, receipt BL-0002"))
        let verify = try cli.run("journal", "verify")
        #expect(verify.stdout.hasPrefix("journal intact: 9 entries"), "\(verify.stdout)")  // with `rules record`
    }

    @Test func badInputIsRefusedAndStoresNothing() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let before = try journalCount(cli)
        func open(_ extra: String...) throws -> CLIHarness.Run {
            try cli.run(["case", "open", "--subject", "2", "--record", "BB-99", "--record-on", "2026-11-20"] + extra)
        }

        let unknown = try open("--violation", "ND999-X")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("- unknown_violation: "))

        let future = try open("--violation", "ND168-2024-D6-K3-k", "--record-on", "2026-11-24")
        #expect(future.status == 1)
        #expect(future.stderr.hasPrefix("error: 2026-11-24 is in the future (today is 2026-11-23)"))

        // Road traffic: one year from the day the violation ended; 2025-01-10 → 2026-01-10, a Saturday: the last day
        // rolls to Monday 2026-01-12 (Điều 148 k5 Bộ luật Dân sự 2015).
        let expired = try open("--violation", "ND168-2024-D6-K3-k,committed=2025-01-10")
        #expect(expired.status == 1)
        #expect(expired.stderr.contains("- limitation_expired: "))
        #expect(expired.stderr.contains("2026-01-12"))

        // NĐ 125 Điều 24 k3 was repealed from 2026-01-16.
        let repealed = try open("--violation", "ND125-2020-D24-K3,committed=2026-02-01")
        #expect(repealed.status == 1)
        #expect(repealed.stderr.contains("- not_in_force: "))

        let circumstance = try open("--violation", "ND168-2024-D6-K3-k", "--mitigating", "khong_co_that")
        #expect(circumstance.stderr.contains("- unknown_circumstance: "))

        #expect(try journalCount(cli) == before, "no refused command may write")

        // A fraction of a đồng is a usage error, before anything runs.
        #expect(try open("--violation", "ND168-2024-D6-K3-k").status == 0)
        try cli.run("case", "decide", "1", "--number", "QD-1", "--on", "2026-11-21", "--signer", "chanh_thanh_tra_so")
        let fraction = try cli.run("case", "pay", "1", "--amount", "1,5", "--on", "2026-11-23", "--receipt", "R-1")
        #expect(fraction.status == 64)
        #expect(fraction.stderr.contains("'1,5' is not an amount of đồng"))

        let early = try cli.run("case", "decide", "1", "--number", "QD-2", "--on", "2026-11-19", "--signer", "chanh_thanh_tra_so")
        #expect(early.status == 1)
        #expect(early.stderr.hasPrefix("error: case #1 is decided; only an open case can be decided"))
    }

    @Test func aDecisionDatedBeforeItsRecordIsRefused() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        #expect(try cli.run("case", "open", "--subject", "2", "--record", "BB-1", "--record-on", "2026-11-20",
                            "--violation", "ND168-2024-D6-K3-k").status == 0)
        let early = try cli.run("case", "decide", "1", "--number", "QD-1", "--on", "2026-11-19", "--signer", "chanh_thanh_tra_so")
        #expect(early.status == 1)
        #expect(early.stderr.hasPrefix("error: the decision date 2026-11-19 is before the violation record of 2026-11-20"))
    }

    @Test func aPersonPaysInInstallmentsWithoutSurchargeAndACaseCanBeCancelled() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Two road-traffic violations of a person: averages 13.000.000 + 7.000.000 = 20.000.000 ≥ 15.000.000.
        #expect(try cli.run(
            "case", "open", "--subject", "2", "--record", "BB-7", "--record-on", "2026-09-01",
            "--violation", "ND168-2024-D6-K7-a", "--violation", "ND168-2024-D6-K6-a").status == 0)
        let decide = try cli.run("case", "decide", "1", "--number", "QD-7", "--on", "2026-09-03", "--signer", "chanh_thanh_tra_bo")
        #expect(decide.stdout.contains("total fine 20.000.000 đ"), "\(decide.stdout)\(decide.stderr)")
        #expect(try cli.run("case", "deliver", "1", "--on", "2026-09-04").status == 0)

        // The first installment must be at least 40 %.
        let low = try cli.run("case", "installments", "1", "--installment", "2026-09-14=7000000",
                              "--installment", "2026-10-14=13000000")
        #expect(low.status == 1)
        #expect(low.stderr.contains("- bad_plan: "))
        let plan = try cli.run("case", "installments", "1", "--installment", "2026-09-14=8000000",
                               "--installment", "2026-10-14=6000000", "--installment", "2026-12-14=6000000")
        #expect(plan.stdout == "approved 3 installments for case #1\n", "\(plan.stderr)")
        #expect(try cli.run("case", "pay", "1", "--amount", "8000000", "--on", "2026-09-14", "--receipt", "R-1").status == 0)
        // Inside the installment period no surcharge accrues.
        let show = try cli.run("case", "show", "1")
        #expect(show.stdout.contains("surcharge as of 2026-11-23: 0 đ over 0 day(s)"), "\(show.stdout)")

        // Cancellation keeps the case, journaled, with its reason.
        let cancel = try cli.run("case", "cancel", "1", "--reason", "Quyết định hủy bỏ số 3/QĐ-HB")
        #expect(cancel.status == 0)
        #expect(try cli.run("case", "show", "1").stdout.contains("cancelled on 2026-11-23: Quyết định hủy bỏ số 3/QĐ-HB"))
        #expect(try cli.run("case", "pay", "1", "--amount", "1000", "--on", "2026-11-23", "--receipt", "R-2").status == 1)
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func anOldDecisionReplaysWithTheRulesThatMadeItAfterTheRulesChanged() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        #expect(try cli.run(
            "case", "open", "--subject", "1", "--record", "BB-5", "--record-on", "2026-10-20",
            "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01", "--mitigating", "tu_nguyen_khai_bao").status == 0)
        #expect(try cli.run("case", "decide", "1", "--number", "Q-5", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
            .stdout.contains("total fine 5.000.000 đ"))

        // A rule author changes the one-circumstance policy in a copy of the pack.
        let changed = cli.directory.appendingPathComponent("rules-changed")
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: changed)
        let settings = changed.appendingPathComponent("penalty/settings.lua")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "one_circumstance = \"halfway\"", with: "one_circumstance = \"bound\"")
            .write(to: settings, atomically: true, encoding: .utf8)
        let newRules = ["THANHTRA_RULES": changed.path]

        let preview = try cli.run(["case", "preview", "1", "--on", "2026-10-25"], environment: newRules)
        #expect(preview.stdout.contains("total fine: 4.000.000 đ"), "the new rules go to the minimum")
        let replay = try cli.run(["case", "show", "1", "--replay"], environment: newRules)
        #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
        #expect(replay.stdout.contains("total fine: 5.000.000 đ"))
        #expect(replay.stdout.hasSuffix("replay matches the stored decision: every line and the total\n"))
    }

    @Test func thePacksOwnTestsPassThroughTheCommand() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let result = try cli.run("rules", "test")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix(" passed, 0 failed\n"))
    }
}
