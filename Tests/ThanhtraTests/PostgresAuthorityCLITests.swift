import Foundation
import Testing

/// Accounts, legal titles, delegations and four-eyes rule packs through the built binary on a SQLite file and on a
/// PostgreSQL database (`--db postgres://…`): the same refusals, the same output, the same journal payloads. "Today"
/// is 2026-11-23 (THANHTRA_TODAY).
///
/// Needs a server, as ``PostgresCLITests``: run under `scripts/with-postgres.sh`.
@Suite("PostgreSQL — titles, delegations and four-eyes end to end")
struct PostgresAuthorityCLITests {
    /// Runs the binary with `input` on standard input (a password for `--password-stdin`).
    func run(_ cli: CLIHarness, _ arguments: [String], input: String) throws -> CLIHarness.Run {
        try cli.run(arguments, input: input)
    }

    /// A copy of rules/ in `cli`'s folder with the frame of ND125-2020-D24-K4-b raised from 4–8 to 5–9 million đồng:
    /// the same bytes, so the same hash, in both harnesses.
    func candidate(_ cli: CLIHarness) throws -> URL {
        let folder = cli.directory.appendingPathComponent("candidate")
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: folder)
        let file = folder.appendingPathComponent("penalty/catalog/nd125_2020.lua")
        var text = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(text.range(of: "code = \"ND125-2020-D24-K4-b\""))
        let frame = try #require(
            text.range(of: "frame_min_vnd = 4000000, frame_max_vnd = 8000000", range: start.upperBound..<text.endIndex))
        text = text.replacingCharacters(in: frame, with: "frame_min_vnd = 5000000, frame_max_vnd = 9000000")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    /// One step: the arguments, and standard input when the step reads a password.
    struct Step {
        var arguments: [String]
        var input: String?
        init(_ arguments: String..., input: String? = nil) { self.init(arguments, input: input) }
        init(_ arguments: [String], input: String? = nil) {
            self.arguments = arguments
            self.input = input
        }
    }

    static let password = "mat-khau-dai-du\n"

    @Test(.enabled(if: PostgresCLITests.runs))
    func titlesDelegationsAndFourEyesWorkTheSameOnPostgresAsOnSQLite() throws {
        try #require(
            PostgresCLITests.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_cli")
        defer { PostgresCLITests.dropDatabase(database) }

        let sqlite = try CLIHarness()
        defer { sqlite.removeAll() }
        var postgres = try CLIHarness()
        defer { postgres.removeAll() }
        postgres.environment["THANHTRA_DB"] = PostgresCLITests.url(database: database)
        _ = try candidate(sqlite)
        _ = try candidate(postgres)
        // The candidate's folder as each harness names it; masked below.
        let folder = "candidate"

        let decision = ["--signer", "chanh_thanh_tra_so"]
        let steps: [Step] = [
            Step("init", "--four-eyes"),
            Step("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà"),
            Step(
                "case", "open", "--subject", "1", "--record", "BB-1/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01"),
            Step(
                "case", "open", "--subject", "1", "--record", "BB-2/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01"),
            Step(
                "case", "open", "--subject", "1", "--record", "BB-3/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01"),
            // The first account, then the others by it.
            Step(
                "account", "add", "admin", "--name", "Quản trị", "--role", "quan_tri", "--password-stdin", "--as",
                "tester", input: Self.password),
            Step(
                "account", "add", "binh", "--name", "Nguyễn Văn Bình", "--role", "chanh_thanh_tra",
                "--password-stdin", "--as", "admin", input: Self.password),
            Step(
                "account", "add", "cuong", "--name", "Trần Văn Cường", "--role", "thanh_tra_vien", "--password-stdin",
                "--as", "admin", input: Self.password),
            Step(
                "account", "add", "phapche", "--name", "Lê Pháp Chế", "--role", "phap_che", "--password-stdin", "--as",
                "admin", input: Self.password),
            Step(
                "account", "add", "duyet", "--name", "Phạm Duyệt", "--role", "duyet_quy_tac", "--password-stdin",
                "--as", "admin", input: Self.password),
            Step("role", "grant", "cuong", "truong_doan", "--as", "admin"),
            Step("role", "grant", "admin", "lanh_dao", "--as", "admin"),  // refused: its own roles
            Step("title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "binh"),  // refused
            Step("title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "admin"),
            Step("title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-06-01", "--as", "admin"),  // overlap
            Step("title", "list", "--as", "cuong"),
            // Without the title: refused.
            Step(["case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25"] + decision + ["--as", "cuong"]),
            // Held directly.
            Step(["case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25"] + decision + ["--as", "binh"]),
            Step(
                "delegate", "binh", "cuong", "--title", "chanh_thanh_tra_so", "--from", "2026-10-01", "--to",
                "2026-10-31", "--document", "12/QĐ-TTr", "--scope", "xử phạt vi phạm về hóa đơn", "--as", "admin"),
            // No re-delegation (Điều 54).
            Step(
                "delegate", "cuong", "admin", "--title", "chanh_thanh_tra_so", "--from", "2026-10-10", "--to",
                "2026-10-20", "--document", "13/QĐ-TTr", "--as", "cuong"),
            Step("delegation", "list", "cuong", "--as", "cuong"),
            Step("delegation", "list", "--format", "json", "--as", "admin"),
            // By delegation, within its term; then after it: refused, naming the delegation.
            Step(["case", "decide", "2", "--number", "2/QĐ-XPHC", "--on", "2026-10-26"] + decision + ["--as", "cuong"]),
            Step(["case", "decide", "3", "--number", "3/QĐ-XPHC", "--on", "2026-11-02"] + decision + ["--as", "cuong"]),
            Step("delegation", "end", "1", "--on", "2026-10-28", "--as", "admin"),
            Step("title", "end", "1", "--on", "2027-12-31", "--as", "admin"),
            // Four-eyes: proposed by phap_che, refused to its proposer, activated by duyet_quy_tac.
            Step("rules", "propose", folder, "--as", "phapche"),
            Step("rules", "proposals", "--as", "phapche"),
            Step("case", "preview", "3", "--as", "binh"),
            Step("rules", "activate", "PROPOSED", "--as", "phapche"),
            Step("rules", "activate", "PROPOSED", "--as", "duyet"),
            Step("rules", "proposals", "--format", "json", "--as", "duyet"),
            Step("case", "preview", "3", "--as", "binh"),
            Step(["case", "decide", "3", "--number", "3/QĐ-XPHC", "--on", "2026-10-27"] + decision + ["--as", "binh"]),
            Step("case", "show", "2", "--as", "cuong"),
        ]

        /// The output with what differs by design masked: each harness's folder and database, wall-clock instants.
        func masked(_ text: String, _ cli: CLIHarness) -> String {
            text.replacingOccurrences(of: cli.database.path, with: "DATABASE")
                .replacingOccurrences(of: cli.directory.path, with: "DIR")
                .replacingOccurrences(of: cli.environment["THANHTRA_DB"] ?? "", with: "DATABASE")
                .replacingOccurrences(of: #"postgres://\S+"#, with: "DATABASE", options: .regularExpression)
                .replacingOccurrences(
                    of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)"#, with: "T",
                    options: .regularExpression)
        }
        var proposed = ""
        for step in steps {
            var arguments = step.arguments.map { $0 == "PROPOSED" ? proposed : $0 }
            func runOn(_ cli: CLIHarness) throws -> CLIHarness.Run {
                if arguments.first == "rules" && arguments.dropFirst().first == "propose" {
                    arguments[2] = cli.directory.appendingPathComponent(folder).path
                }
                if let input = step.input { return try run(cli, arguments, input: input) }
                return try cli.run(arguments)
            }
            let onSQLite = try runOn(sqlite)
            let onPostgres = try runOn(postgres)
            let label = arguments.joined(separator: " ")
            #expect(onPostgres.status == onSQLite.status, "\(label): \(onPostgres.stderr)")
            #expect(masked(onPostgres.stdout, postgres) == masked(onSQLite.stdout, sqlite), "\(label)")
            #expect(masked(onPostgres.stderr, postgres) == masked(onSQLite.stderr, sqlite), "\(label)")
            if arguments.prefix(2) == ["rules", "propose"] {
                let words = onPostgres.stdout.split(separator: " ")
                #expect(words.first == "proposed", "\(onPostgres.stdout)\(onPostgres.stderr)")
                proposed = String(try #require(words.dropFirst().first))
            }
        }

        // What the steps did, checked on PostgreSQL (SQLite printed the same): the refusals and the results.
        func output(_ arguments: String...) throws -> String { try postgres.run(arguments).stdout }
        for id in 1...3 {
            let shown = try output("case", "show", "\(id)", "--as", "binh")
            #expect(shown.hasPrefix("case #\(id) — decided\n"), "\(shown)")
        }
        #expect(try output("rules", "proposals", "--as", "duyet").contains(": active (proposed by phapche, decided by duyet)"))

        // The journals hold the same commands with byte-identical payloads but for the wall-clock instants.
        func entries(_ cli: CLIHarness) throws -> [[String: Any]] {
            let shown = try cli.run("journal", "show", "--format", "json", "--limit", "1000", "--as", "binh")
            return try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        }
        let sqliteEntries = try entries(sqlite)
        let postgresEntries = try entries(postgres)
        #expect(sqliteEntries.count == postgresEntries.count, "\(postgresEntries.map { $0["command"] ?? "" })")
        for (s, p) in zip(sqliteEntries, postgresEntries) {
            #expect(p["command"] as? String == s["command"] as? String)
            #expect(
                masked(p["payload"] as? String ?? "", postgres) == masked(s["payload"] as? String ?? "", sqlite),
                "\(p["command"] ?? "")")
            #expect(p["packHash"] as? String == s["packHash"] as? String)
        }
        let commands = postgresEntries.compactMap { $0["command"] as? String }
        for command in [
            "role grant", "title assign", "delegate", "delegation end", "title end", "rules propose", "rules activate",
        ] {
            #expect(commands.contains(command), "\(command) is not journaled: \(commands)")
        }
        let decisions = postgresEntries.filter { $0["command"] as? String == "case decide" }
            .compactMap { $0["payload"] as? String }
        #expect(decisions.count == 3)
        #expect(
            decisions.first?.contains(
                #""signing":{"account":"binh","holding":{"direct":{"assignment":1}},"title":"chanh_thanh_tra_so"}"#)
                == true)
        #expect(
            decisions.dropFirst().first?.contains(
                #""signing":{"account":"cuong","holding":{"delegation":{"delegator":"binh","document":"12/QĐ-TTr","id":1}},"title":"chanh_thanh_tra_so"}"#)
                == true)
        let verified = try postgres.run("journal", "verify", "--as", "binh")
        #expect(verified.status == 0 && verified.stdout.hasPrefix("journal intact: \(postgresEntries.count) entries"))
    }
}
