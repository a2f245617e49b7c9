import Foundation
import Testing

/// Legal titles and delegations through the built binary: once the database has accounts, `case decide --signer`
/// needs the acting account to hold the title on the decision date, itself or by a delegation in force, and the
/// journal records which. "Today" is 2026-11-23 (THANHTRA_TODAY).
@Suite("Titles and delegations — end to end")
struct TitlesCLITests {
    /// Runs the binary with `input` on standard input (a password for `--password-stdin`).
    func run(_ cli: CLIHarness, _ arguments: [String], input: String) throws -> CLIHarness.Run {
        try cli.run(arguments, input: input)
    }

    /// Adds an account with a password read from standard input.
    func addAccount(_ cli: CLIHarness, _ login: String, _ name: String, role: String, as actor: String) throws {
        let added = try run(
            cli, ["account", "add", login, "--name", name, "--role", role, "--password-stdin", "--as", actor],
            input: "mat-khau-dai-du\n")
        #expect(added.status == 0, "\(added.stderr)")
    }

    /// An initialized database with a subject (#1), three cases of it recorded on 2026-10-20, and three accounts:
    /// admin (quan_tri), binh (chanh_thanh_tra) and cuong (thanh_tra_vien).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        for record in ["BB-1/2026", "BB-2/2026", "BB-3/2026"] {
            let open = try cli.run(
                "case", "open", "--subject", "1", "--record", record, "--record-on", "2026-10-20", "--place", "Hà Nội",
                "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01")
            #expect(open.status == 0, "\(open.stderr)")
        }
        try addAccount(cli, "admin", "Quản trị", role: "quan_tri", as: "tester")
        try addAccount(cli, "binh", "Nguyễn Văn Bình", role: "chanh_thanh_tra", as: "admin")
        try addAccount(cli, "cuong", "Trần Văn Cường", role: "thanh_tra_vien", as: "admin")
        return cli
    }

    /// The payload of the last journal entry written by `command`.
    func lastPayload(_ cli: CLIHarness, _ command: String) throws -> String {
        let shown = try cli.run("journal", "show", "--format", "json", "--limit", "1000", "--as", "binh")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        return try #require(entries.last { $0["command"] as? String == command }?["payload"] as? String)
    }

    func decide(_ cli: CLIHarness, _ id: Int, on day: String, as actor: String) throws -> CLIHarness.Run {
        try cli.run(
            "case", "decide", "\(id)", "--number", "\(id)/QĐ-XPHC", "--on", day, "--signer", "chanh_thanh_tra_so",
            "--as", actor)
    }

    @Test func aDecisionIsSignedUnderATitleHeldDirectlyOrByDelegationAndTheJournalSaysWhich() throws {
        let cli = try prepared()
        defer { cli.removeAll() }

        // Only quan_tri assigns titles, and only the pack's titles.
        let notAdmin = try cli.run("title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "binh")
        #expect(notAdmin.status == 1)
        #expect(notAdmin.stderr.hasPrefix("error: binh may not do this: it needs the role quan_tri\n"), "\(notAdmin.stderr)")
        let unknown = try cli.run("title", "assign", "binh", "chanh_thanh_tra", "--from", "2026-01-01", "--as", "admin")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: the rule pack has no signer title 'chanh_thanh_tra' on 2026-01-01\n  help: use one of: thanh_tra_vien, truong_doan_so, chanh_thanh_tra_so"), "\(unknown.stderr)")
        let assigned = try cli.run("title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "admin")
        #expect(assigned.stdout == "title #1: binh holds chanh_thanh_tra_so 2026-01-01..\n", "\(assigned.stderr)")
        let listed = try cli.run("title", "list", "binh", "--as", "cuong")
        #expect(listed.stdout.contains("binh   chanh_thanh_tra_so  2026-01-01  -"), "\(listed.stdout)")

        // Without the title: refused, nothing journaled.
        let before = try lastPayload(cli, "title assign")
        let refused = try decide(cli, 1, on: "2026-10-25", as: "cuong")
        #expect(refused.status == 1)
        #expect(
            refused.stderr == """
                error: cuong does not hold the title chanh_thanh_tra_so on 2026-10-25, directly or by delegation
                  help: see `thanhtra title list cuong` and `thanhtra delegation list cuong`; an administrator records titles with `thanhtra title assign`

                """, "\(refused.stderr)")
        #expect(try lastPayload(cli, "title assign") == before)

        // Held directly: decided; the signer's name is the account's; the journal names the assignment.
        let direct = try decide(cli, 1, on: "2026-10-25", as: "binh")
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(direct.stdout.hasPrefix("decided case #1: decision 1/QĐ-XPHC"))
        let directPayload = try lastPayload(cli, "case decide")
        #expect(directPayload.contains(#""signing":{"account":"binh","holding":{"direct":{"assignment":1}},"title":"chanh_thanh_tra_so"}"#), "\(directPayload)")
        #expect(directPayload.contains(#""signerName":"Nguyễn Văn Bình""#), "\(directPayload)")

        // By delegation, in writing, for October: decided, and the journal names the delegation and its document.
        let lent = try cli.run(
            "delegate", "binh", "cuong", "--title", "chanh_thanh_tra_so", "--from", "2026-10-01", "--to", "2026-10-31",
            "--document", "12/QĐ-TTr", "--scope", "xử phạt vi phạm về hóa đơn", "--as", "admin")
        #expect(lent.stdout == "delegation #1: binh lends chanh_thanh_tra_so to cuong 2026-10-01..2026-10-31 (12/QĐ-TTr)\n", "\(lent.stderr)")
        let delegated = try decide(cli, 2, on: "2026-10-26", as: "cuong")
        #expect(delegated.status == 0, "\(delegated.stderr)")
        let delegatedPayload = try lastPayload(cli, "case decide")
        #expect(delegatedPayload.contains(#""signing":{"account":"cuong","holding":{"delegation":{"delegator":"binh","document":"12/QĐ-TTr","id":1}},"title":"chanh_thanh_tra_so"}"#), "\(delegatedPayload)")

        // After the delegation's term: refused, naming the delegation.
        let late = try decide(cli, 3, on: "2026-11-02", as: "cuong")
        #expect(late.status == 1)
        #expect(late.stderr.hasPrefix("error: cuong does not hold the title chanh_thanh_tra_so on 2026-11-02: delegation #1 from binh (12/QĐ-TTr) runs 2026-10-01..2026-10-31\n"), "\(late.stderr)")
        #expect(try cli.run("case", "show", "3", "--as", "cuong").stdout.hasPrefix("case #3 — open\n"))

        // No re-delegation: cuong holds the title only by delegation.
        let onward = try cli.run(
            "delegate", "cuong", "admin", "--title", "chanh_thanh_tra_so", "--from", "2026-10-10", "--to", "2026-10-20",
            "--document", "13/QĐ-TTr", "--as", "cuong")
        #expect(onward.status == 1)
        #expect(onward.stderr.hasPrefix("error: cuong holds chanh_thanh_tra_so only by delegation #1 from binh: a delegate cannot delegate it again (Luật XLVPHC Điều 54)\n"), "\(onward.stderr)")
        // In writing: an empty document is refused; a missing one is a usage error.
        let unwritten = try cli.run(
            "delegate", "binh", "cuong", "--title", "chanh_thanh_tra_so", "--from", "2026-11-01", "--to", "2026-11-30",
            "--document", " ", "--as", "admin")
        #expect(unwritten.status == 1)
        #expect(unwritten.stderr.hasPrefix("error: a delegation is made in writing: its decision's number is required"), "\(unwritten.stderr)")
        let missing = try cli.run(
            "delegate", "binh", "cuong", "--title", "chanh_thanh_tra_so", "--from", "2026-11-01", "--to", "2026-11-30",
            "--as", "admin")
        #expect(missing.status == 64)
        let delegations = try cli.run("delegation", "list", "--as", "admin", "--format", "json")
        let recorded = try #require(try JSONSerialization.jsonObject(with: Data(delegations.stdout.utf8)) as? [[String: Any]])
        #expect(recorded.count == 1 && recorded.first?["document"] as? String == "12/QĐ-TTr", "\(delegations.stdout)")
    }

    @Test func rolesAreGrantedAndRevokedByAnotherAdministratorOnly() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let granted = try cli.run("role", "grant", "cuong", "truong_doan", "--as", "admin")
        #expect(granted.stdout == "granted truong_doan to cuong; roles: thanh_tra_vien, truong_doan\n", "\(granted.stderr)")
        let own = try cli.run("role", "grant", "admin", "lanh_dao", "--as", "admin")
        #expect(own.status == 1)
        #expect(own.stderr.hasPrefix("error: admin cannot change its own roles\n"), "\(own.stderr)")
        let revoked = try cli.run("role", "revoke", "cuong", "thanh_tra_vien", "--as", "admin")
        #expect(revoked.stdout == "revoked thanh_tra_vien from cuong; roles: truong_doan\n", "\(revoked.stderr)")
        let last = try cli.run("role", "revoke", "cuong", "truong_doan", "--as", "admin")
        #expect(last.status == 1)
        #expect(last.stderr.hasPrefix("error: truong_doan is the last role of cuong; an account keeps at least one\n"))
        let byInspector = try cli.run("role", "grant", "binh", "lanh_dao", "--as", "cuong")
        #expect(byInspector.stderr.hasPrefix("error: cuong may not do this: it needs the role quan_tri\n"), "\(byInspector.stderr)")
        #expect(try lastPayload(cli, "role revoke") == #"{"login":"cuong","role":"thanh_tra_vien"}"#)
    }
}
