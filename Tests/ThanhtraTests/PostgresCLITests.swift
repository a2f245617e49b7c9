import Foundation
import Testing

/// The same commands through the built binary on a SQLite file and on a PostgreSQL database (`--db postgres://…`):
/// the same output, the same journal payloads, and the password of the URL never printed.
///
/// Needs a server: run under `scripts/with-postgres.sh` (scripts/test.sh does). Without PGHOST the test is not run,
/// with the reason printed; in CI (`CI` set) or with `THANHTRA_REQUIRE_POSTGRES=1` it runs and fails instead.
@Suite("PostgreSQL — the CLI end to end")
struct PostgresCLITests {
    static let variables = ProcessInfo.processInfo.environment
    static var isAvailable: Bool { !(variables["PGHOST"] ?? "").isEmpty }
    static var isRequired: Bool {
        let ci = variables["CI"] ?? ""
        return (!ci.isEmpty && ci != "false") || variables["THANHTRA_REQUIRE_POSTGRES"] == "1"
    }
    static var runs: Bool {
        if !isAvailable && !isRequired {
            FileHandle.standardError.write(
                Data("PostgresCLITests skipped: no PostgreSQL server: PGHOST is not set; run under scripts/with-postgres.sh\n".utf8))
        }
        return isAvailable || isRequired
    }

    /// Runs `psql` on the server's maintenance database with the PG* variables.
    @discardableResult
    static func psql(_ sql: String) throws -> (status: Int32, output: String) {
        try CLIHarness.tool("/usr/bin/psql", ["-v", "ON_ERROR_STOP=1", "-X", "-q", "-c", sql])
    }

    /// Creates an empty database on the test server named `prefix` and a random suffix, and returns its name; the
    /// test drops it with ``dropDatabase(_:)``.
    static func createDatabase(_ prefix: String) throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.lowercased().filter { $0.isLetter || $0.isNumber })"
        let created = try psql("CREATE DATABASE \(name)")
        try #require(created.status == 0, "\(created.output)")
        return name
    }

    /// Drops a database ``createDatabase(_:)`` made, with whatever connections are left on it.
    static func dropDatabase(_ name: String) {
        _ = try? psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// A `postgres://` URL for `database` on the test server, with the password in it (a socket directory as the
    /// percent-encoded host).
    static func url(database: String) -> String {
        let host = variables["PGHOST"] ?? "localhost"
        let encodedHost = host.hasPrefix("/") ? host.replacingOccurrences(of: "/", with: "%2F") : host
        let user = variables["PGUSER"] ?? "postgres"
        let password = variables["PGPASSWORD"].map { ":" + $0 } ?? ""
        let port = variables["PGPORT"] ?? "5432"
        return "postgres://\(user)\(password)@\(encodedHost):\(port)/\(database)"
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func theSameCommandsPrintTheSameOnPostgresAsOnSQLite() throws {
        try #require(Self.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_cli")
        defer { PostgresCLITests.dropDatabase(database) }

        let sqlite = try CLIHarness()
        defer { sqlite.removeAll() }
        var postgres = try CLIHarness()
        defer { postgres.removeAll() }
        let url = Self.url(database: database)
        postgres.environment["THANHTRA_DB"] = url

        let steps: [[String]] = [
            ["init"],
            ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà"],
            ["subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh"],
            ["subject", "list", "--search", "hong ha"],
            [
                "case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01", "--violation",
                "ND125-2020-D22-K2,committed=2026-09-15,gain=12.000.000", "--mitigating", "tu_nguyen_khai_bao",
            ],
            [
                "case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
                "--signer-name", "Nguyễn Văn Bình",
            ],
            ["case", "deliver", "1", "--on", "2026-10-27"],
            ["case", "pay", "1", "--amount", "10000000", "--on", "2026-11-10", "--receipt", "BL-0001"],
            // Refused the same way on both: the receipt is recorded already.
            ["case", "pay", "1", "--amount", "1000", "--on", "2026-11-11", "--receipt", "BL-0001"],
            ["case", "show", "1"],
            ["case", "show", "1", "--format", "json"],
            ["case", "list"],
            [
                "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
                "--content", "Việc chấp hành pháp luật về hóa đơn, chứng từ", "--field", "hoa_don", "--lead-unit",
                "Phòng 2", "--subject", "1", "--ground", "violation-signs", "--ground-ref", "Báo cáo số 12/BC",
            ],
            [
                "inspection", "decide", "1", "--number", "45/QĐ-TTr", "--on", "2026-11-23", "--signer-title",
                "Chánh Thanh tra tỉnh", "--signer", "Trần Văn Hải", "--lead", "Lê Minh", "--member", "Phạm An",
            ],
            ["inspection", "announce", "1", "--on", "2026-11-23"],
            ["inspection", "show", "1"],
            ["inspection", "list"],
            ["rules", "history"],
        ]
        for step in steps {
            let onSQLite = try sqlite.run(step)
            let onPostgres = try postgres.run(step)
            let label = step.prefix(2).joined(separator: " ")
            #expect(onPostgres.status == onSQLite.status, "\(label): \(onPostgres.stderr)")
            if step == ["init"] {
                // The database is named in the message: the file, or the URL with its password masked.
                #expect(onSQLite.stdout.hasPrefix("created \(sqlite.database.path) with rule pack "))
                #expect(onPostgres.stdout.hasPrefix("created postgres://"))
                #expect(
                    onPostgres.stdout.replacingOccurrences(of: #"^created \S+ "#, with: "", options: .regularExpression)
                        == onSQLite.stdout.replacingOccurrences(of: #"^created \S+ "#, with: "", options: .regularExpression))
            } else if step.first == "rules" {
                // The recorded instant is the wall clock's; the pack and what it decided are the same.
                func withoutTimes(_ text: String) -> String {
                    text.replacingOccurrences(
                        of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"#, with: "T", options: .regularExpression)
                }
                #expect(withoutTimes(onPostgres.stdout) == withoutTimes(onSQLite.stdout), "\(label)")
            } else {
                #expect(onPostgres.stdout == onSQLite.stdout, "\(label)")
                #expect(onPostgres.stderr == onSQLite.stderr, "\(label)")
            }
            if let password = Self.variables["PGPASSWORD"], !password.isEmpty {
                #expect(!onPostgres.stdout.contains(password) && !onPostgres.stderr.contains(password), "\(label)")
            }
        }

        // The journals hold the same commands with byte-identical payloads.
        func entries(_ cli: CLIHarness) throws -> [[String: Any]] {
            let shown = try cli.run("journal", "show", "--format", "json", "--limit", "1000")
            return try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        }
        let sqliteEntries = try entries(sqlite)
        let postgresEntries = try entries(postgres)
        #expect(sqliteEntries.count == postgresEntries.count && postgresEntries.count >= 11)
        for (s, p) in zip(sqliteEntries, postgresEntries) {
            #expect(p["command"] as? String == s["command"] as? String)
            #expect(p["payload"] as? String == s["payload"] as? String)
            #expect(p["packHash"] as? String == s["packHash"] as? String)
        }

        // The chain verifies on both; PostgreSQL says plainly that it kept no row seals.
        let verifySQLite = try sqlite.run("journal", "verify")
        let verifyPostgres = try postgres.run("journal", "verify")
        #expect(verifySQLite.status == 0 && verifyPostgres.status == 0, "\(verifyPostgres.stderr)")
        let intact = "journal intact: \(postgresEntries.count) entries, head "
        #expect(verifySQLite.stdout.hasPrefix(intact) && verifyPostgres.stdout.hasPrefix(intact))
        #expect(
            verifyPostgres.stdout.hasSuffix(
                "\nnot checked: row seals are not kept on PostgreSQL yet: only the journal's hash chain was verified, "
                    + "not the tables against it\n"))
        #expect(!verifyPostgres.stdout.contains("tables match"))
    }

    /// `s` with what differs by design between the stores masked: the journal hashes (PostgreSQL's entries carry
    /// no state digest, so the same commands chain to other hashes) and the database's name.
    static func masked(_ s: String, _ databases: [String]) -> String {
        var out = s
        for database in databases { out = out.replacingOccurrences(of: database, with: "DATABASE") }
        return out.replacingOccurrences(of: #"[0-9a-f]{12,64}"#, with: "HASH", options: .regularExpression)
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func theReportsOfTheSameHistoryAreTheSameOnBothStores() throws {
        try #require(Self.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_cli")
        defer { PostgresCLITests.dropDatabase(database) }
        let sqlite = try CLIHarness()
        defer { sqlite.removeAll() }
        var postgres = try CLIHarness()
        defer { postgres.removeAll() }
        let url = Self.url(database: database)
        postgres.environment["THANHTRA_DB"] = url

        // Given the same history on both: two cases (one decided, delivered, partly paid), an inspection from its
        // decision to a conclusion with findings, recommendations and a follow-up
        let history: [[String]] = [
            ["init"],
            ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà"],
            ["subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh"],
            [
                "case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01", "--violation",
                "ND125-2020-D22-K2,committed=2026-09-15,gain=12.000.000",
            ],
            ["case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so"],
            ["case", "deliver", "1", "--on", "2026-10-27"],
            ["case", "pay", "1", "--amount", "10000000", "--on", "2026-11-10", "--receipt", "BL-0001"],
            [
                "case", "open", "--subject", "2", "--record", "BB-13/2026", "--record-on", "2026-11-02", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-30",
            ],
            [
                "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
                "--content", "Việc chấp hành pháp luật về hóa đơn, chứng từ", "--field", "hoa_don", "--lead-unit",
                "Phòng 2", "--subject", "1", "--ground", "violation-signs", "--ground-ref", "Báo cáo số 12/BC",
            ],
            [
                "inspection", "decide", "1", "--number", "45/QĐ-TTr", "--on", "2026-09-01", "--signer-title",
                "Chánh Thanh tra tỉnh", "--signer", "Trần Văn Hải", "--lead", "Lê Minh", "--member", "Phạm An",
            ],
            ["inspection", "announce", "1", "--on", "2026-09-03"],
            [
                "finding", "add", "--inspection", "1", "--subject", "1", "--description", "Quyết toán sai khối lượng",
                "--amount", "150.000.000",
            ],
            [
                "recommend", "--inspection", "1", "--kind", "recovery", "--finding", "1", "--subject", "1",
                "--description", "Thu hồi về ngân sách", "--amount", "80.000.000",
            ],
            ["inspection", "end-onsite", "1", "--on", "2026-10-02"],
            ["inspection", "report", "1", "--on", "2026-10-10"],
            ["inspection", "draft", "1", "--on", "2026-10-12"],
            ["inspection", "conclude", "1", "--number", "12/KL-TTr", "--on", "2026-10-20"],
            [
                "follow-up", "record", "--recommendation", "1", "--amount", "50.000.000", "--receipt", "BL-77", "--on",
                "2026-11-05",
            ],
        ]
        for step in history {
            // The inspection is opened in August (an inspection opens on "today"), the rest on the harness's today.
            let today = step.starts(with: ["inspection", "open"]) ? ["THANHTRA_TODAY": "2026-08-25"] : [:]
            let onSQLite = try sqlite.run(step, environment: today)
            let onPostgres = try postgres.run(step, environment: today)
            #expect(onSQLite.status == 0, "\(step.prefix(2)): \(onSQLite.stderr)")
            #expect(onPostgres.status == onSQLite.status, "\(step.prefix(2)): \(onPostgres.stderr)")
        }

        // Then every report, its drill-down and its filing print the same, byte for byte (but the journal hashes)
        let reports: [[String]] = [
            ["report", "monthly", "2026-11", "--format", "json"],
            ["report", "monthly", "2026-11", "--lang", "en"],
            ["report", "monthly", "2026-10", "--format", "csv"],
            ["report", "range", "2026-09-01..2026-11-30", "--format", "json"],
            ["report", "quarterly", "2026-Q4", "--format", "text"],
            ["report", "annual", "2026", "--format", "json"],
            ["report", "explain", "monthly", "2026-11", "penalty.outstanding_vnd"],
            ["report", "explain", "monthly", "2026-11", "overdue.payments"],
            ["report", "explain", "monthly", "2026-11", "recovery.recovered_vnd"],
            ["report", "explain", "range", "2026-09-01..2026-11-30", "inspections.total"],
            ["report", "file", "monthly", "2026-11"],
            ["report", "monthly", "2026-11", "--format", "json"],
            ["report", "restatements"],
        ]
        var outputs = 0
        for step in reports {
            let onSQLite = try sqlite.run(step)
            let onPostgres = try postgres.run(step)
            let label = step.joined(separator: " ")
            #expect(onSQLite.status == 0, "\(label): \(onSQLite.stderr)")
            #expect(onPostgres.status == onSQLite.status, "\(label): \(onPostgres.stderr)")
            let names = [sqlite.database.path, url]
            #expect(Self.masked(onPostgres.stdout, names) == Self.masked(onSQLite.stdout, names), "\(label)")
            #expect(Self.masked(onPostgres.stderr, names) == Self.masked(onSQLite.stderr, names), "\(label)")
            if !onSQLite.stdout.isEmpty { outputs += 1 }
        }
        #expect(outputs >= reports.count - 1)
        // And the monthly figures are not all zero: the history is in them.
        let json = try sqlite.run("report", "monthly", "2026-11", "--format", "json").stdout
        let figures = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["figures"] as? [String: Int])
        #expect((figures["penalty.outstanding_vnd"] ?? 0) > 0)
        #expect(figures["recovery.recovered_vnd"] == 50_000_000)
    }

    /// Runs a PostgreSQL client program (`pg_dump`, `pg_restore`) with the PG* variables.
    static func client(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try CLIHarness.tool("/usr/bin/\(program)", arguments)
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func aDatabaseDumpedAndRestoredVerifiesAndReportsTheSame() throws {
        try #require(Self.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let original = try Self.createDatabase("thanhtra_dump")
        defer { Self.dropDatabase(original) }
        let restored = original + "_restored"
        var cli = try CLIHarness()
        defer { cli.removeAll() }
        cli.environment["THANHTRA_DB"] = Self.url(database: original)
        for step in [
            ["init"], ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"],
            [
                "case", "open", "--subject", "1", "--record", "BB-1/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01",
            ],
            ["case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so"],
            ["report", "file", "monthly", "2026-11"],
        ] {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step.prefix(2)): \(result.stderr)")
        }

        // When the database is backed up with pg_dump and restored into a new one with pg_restore (docs/operations.md)
        let dump = cli.directory.appendingPathComponent("thanhtra.dump").path
        let dumped = try Self.client("pg_dump", ["--format=custom", "--no-owner", "--file", dump, original])
        try #require(dumped.status == 0, "\(dumped.output)")
        try #require(try Self.psql("CREATE DATABASE \(restored)").status == 0)
        defer { Self.dropDatabase(restored) }
        let loaded = try Self.client("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", restored, dump])
        try #require(loaded.status == 0, "\(loaded.output)")

        // Then the copy verifies with the same head and gives the same reports
        let here = ["THANHTRA_DB": Self.url(database: restored)]
        let verifyOriginal = try cli.run("journal", "verify")
        let verifyRestored = try cli.run(["journal", "verify"], environment: here)
        #expect(verifyRestored.status == 0, "\(verifyRestored.stderr)")
        #expect(verifyRestored.stdout == verifyOriginal.stdout)
        let entries = try #require(
            verifyOriginal.stdout.firstMatch(of: /journal intact: (\d+) entries/).flatMap { Int($0.1) })
        #expect(entries >= 5)
        for report in [["report", "monthly", "2026-11", "--format", "json"], ["report", "monthly", "2026-12"]] {
            let before = try cli.run(report)
            let after = try cli.run(report, environment: here)
            #expect(after.status == 0 && after.stdout == before.stdout, "\(report): \(after.stderr)")
        }
        // And it takes new commands, chained to the restored head.
        #expect(try cli.run(["subject", "add", "--tax-code", "0107654321", "--name", "Công ty B"], environment: here).status == 0)
        #expect(
            try cli.run(["journal", "verify"], environment: here).stdout.hasPrefix("journal intact: \(entries + 1) entries"))
    }
}
