import Foundation
import Testing

/// Roles on the CLI's casework commands once the database has accounts (DESIGN.md §8): the application layer's table
/// (`CaseworkAction`), the same the server's routes follow, decides what `--as` may do; a team lead takes the team's
/// steps only on an inspection whose decision names it in the team. A refusal writes nothing. "Today" is 2026-11-23.
@Suite("Casework roles and inspection teams — end to end")
struct CaseworkRolesCLITests {
    /// An initialized database with a subject (#1), an open case (#1) and an inspection (#1) recorded before any
    /// account, then the accounts: admin (quan_tri), binh (chanh_thanh_tra), lan and minh (truong_doan), thu
    /// (theo_doi_thu_nop), bao (bao_cao).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        let open = try cli.run(
            "case", "open", "--subject", "1", "--record", "BB-1/2026", "--record-on", "2026-11-10", "--place", "Hà Nội",
            "--violation", "ND125-2020-D24-K4-b,committed=2026-11-01")
        #expect(open.status == 0, "\(open.stderr)")
        let inspection = try cli.run(
            "inspection", "open", "--mode", "regular", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
            "--content", "Việc chấp hành pháp luật về hóa đơn", "--field", "hoa_don", "--lead-unit", "Phòng 2",
            "--subject", "1")
        #expect(inspection.status == 0, "\(inspection.stderr)")
        let titles = TitlesCLITests()
        try titles.addAccount(cli, "admin", "Quản trị", role: "quan_tri", as: "tester")
        for (login, role) in [("binh", "chanh_thanh_tra"), ("lan", "truong_doan"), ("minh", "truong_doan"),
                              ("thu", "theo_doi_thu_nop"), ("bao", "bao_cao")] {
            try titles.addAccount(cli, login, login, role: role, as: "admin")
        }
        return cli
    }

    func journalCount(_ cli: CLIHarness) throws -> Int {
        let shown = try cli.run("journal", "show", "--format", "json", "--limit", "1000", "--as", "binh")
        return (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [Any])?.count ?? -1
    }

    @Test func eachCaseworkCommandNeedsARoleThatAllowsIt() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let before = try journalCount(cli)

        // Reporting opens no case, the chief records no payment, collections cancels nothing: refused, nothing written.
        let opening = [
            "case", "open", "--subject", "1", "--record", "BB-2/2026", "--record-on", "2026-11-12",
            "--violation", "ND125-2020-D24-K4-b,committed=2026-11-01",
        ]
        let byReporting = try cli.run(opening + ["--as", "bao"])
        #expect(byReporting.status == 1)
        #expect(
            byReporting.stderr.hasPrefix("error: bao may not do this (openCase): no role of the account allows it\n"),
            "\(byReporting.stderr)")
        #expect(byReporting.stderr.contains("chanh_thanh_tra, thanh_tra_vien, truong_doan"), "\(byReporting.stderr)")
        let payment = try cli.run(
            "case", "pay", "1", "--amount", "1000000", "--on", "2026-11-20", "--receipt", "BL-1", "--as", "binh")
        #expect(payment.status == 1)
        #expect(payment.stderr.hasPrefix("error: binh may not do this (recordPayment)"), "\(payment.stderr)")
        let cancel = try cli.run("case", "cancel", "1", "--reason", "nhầm", "--as", "thu")
        #expect(cancel.status == 1)
        #expect(cancel.stderr.hasPrefix("error: thu may not do this (cancelCase)"), "\(cancel.stderr)")
        #expect(try journalCount(cli) == before)

        // The roles that allow it: a team lead opens a case, the chief extends its deadline.
        let byLead = try cli.run(opening + ["--as", "lan"])
        #expect(byLead.status == 0, "\(byLead.stderr)")
        let extended = try cli.run("case", "extend", "2", "--days", "10", "--reason", "phức tạp", "--as", "binh")
        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(try journalCount(cli) == before + 2)

        // The same refusal in Vietnamese.
        let vietnamese = try cli.run(opening + ["--as", "bao", "--lang", "vi"])
        #expect(vietnamese.stderr.hasPrefix("lỗi: tài khoản bao không có vai trò được phép"), "\(vietnamese.stderr)")
    }

    @Test func aTeamLeadTakesTheTeamsStepsOfItsOwnInspectionOnly() throws {
        let cli = try prepared()
        defer { cli.removeAll() }

        // The chief decides the inspection with lan leading the team (by login).
        let decide = [
            "inspection", "decide", "1", "--number", "31/QĐ-TTr", "--on", "2026-11-23", "--signer-title", "Chánh Thanh tra tỉnh",
            "--signer", "Nguyễn Văn Bình", "--lead", "lan",
        ]
        let byLead = try cli.run(decide + ["--as", "lan"])
        #expect(byLead.status == 1)
        #expect(byLead.stderr.hasPrefix("error: lan may not do this (decideInspectionStep)"), "\(byLead.stderr)")
        let decided = try cli.run(decide + ["--as", "binh"])
        #expect(decided.status == 0, "\(decided.stderr)")
        let before = try journalCount(cli)

        // minh leads another team: refused on lan's inspection, nothing written.
        let byOther = try cli.run("inspection", "announce", "1", "--on", "2026-11-23", "--as", "minh")
        #expect(byOther.status == 1)
        #expect(
            byOther.stderr.hasPrefix(
                "error: minh is not on the team of inspection #1: a team member acts on their own inspections only\n"),
            "\(byOther.stderr)")
        // A finding is the team's too.
        let finding = try cli.run(
            "finding", "add", "--inspection", "1", "--subject", "1", "--description", "Lập hóa đơn sai thời điểm",
            "--amount", "1.000.000", "--as", "minh")
        #expect(finding.status == 1)
        #expect(finding.stderr.hasPrefix("error: minh is not on the team of inspection #1"), "\(finding.stderr)")
        #expect(try journalCount(cli) == before)

        // lan announces it; the chief may take a team's step on any inspection.
        let announced = try cli.run("inspection", "announce", "1", "--on", "2026-11-23", "--as", "lan")
        #expect(announced.status == 0, "\(announced.stderr)")
        let suspended = try cli.run("inspection", "suspend", "1", "--on", "2026-11-23", "--reason", "chờ hồ sơ", "--as", "binh")
        #expect(suspended.status == 0, "\(suspended.stderr)")
        #expect(try journalCount(cli) == before + 2)
    }
}
