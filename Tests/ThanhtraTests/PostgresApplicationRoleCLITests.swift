import Foundation
import Testing

/// The application role (issue 13 item 2) through the built binary: the schema's owner creates the database's schema
/// (`init`) and grants an application role (`db grant`); every command then works as that role, while an UPDATE,
/// DELETE or TRUNCATE of the journal by it is refused by privilege, and it cannot drop the append-only triggers.
///
/// Needs a server, as ``PostgresCLITests``: the roles are created for the test with the server's superuser (the
/// PG* variables of `scripts/with-postgres.sh`) and dropped afterwards.
@Suite("PostgreSQL — the application role end to end")
struct PostgresApplicationRoleCLITests {
    /// Runs `psql` on `database` as `user` with `password`, the other connection settings from the PG* variables.
    static func psql(_ sql: String, database: String, user: String, password: String) throws -> (
        status: Int32, output: String
    ) {
        try CLIHarness.tool(
            "/usr/bin/psql", ["-v", "ON_ERROR_STOP=1", "-X", "-q", "-At", "-c", sql],
            environment: ["PGUSER": user, "PGPASSWORD": password, "PGDATABASE": database])
    }

    /// A `postgres://` URL for `database` as `user` (its password from PGPASSWORD in the harness's environment).
    static func url(database: String, user: String) -> String {
        let variables = PostgresCLITests.variables
        let host = variables["PGHOST"] ?? "localhost"
        let encodedHost = host.hasPrefix("/") ? host.replacingOccurrences(of: "/", with: "%2F") : host
        return "postgres://\(user)@\(encodedHost):\(variables["PGPORT"] ?? "5432")/\(database)"
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func theApplicationRoleRunsEveryCommandButCannotChangeTheJournal() throws {
        try #require(
            PostgresCLITests.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let suffix = UUID().uuidString.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(12)
        let database = "thanhtra_roles_\(suffix)"
        let owner = "thanhtra_owner_\(suffix)"
        let app = "thanhtra_app_\(suffix)"
        let password = "mat-khau-\(suffix)"
        for sql in [
            "CREATE ROLE \(owner) LOGIN PASSWORD '\(password)'",
            "CREATE ROLE \(app) LOGIN PASSWORD '\(password)'",
            "CREATE DATABASE \(database) OWNER \(owner)",
        ] {
            let made = try PostgresCLITests.psql(sql)
            try #require(made.status == 0, "\(sql): \(made.output)")
        }
        defer {
            _ = try? PostgresCLITests.psql("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
            _ = try? PostgresCLITests.psql("DROP ROLE IF EXISTS \(app)")
            _ = try? PostgresCLITests.psql("DROP ROLE IF EXISTS \(owner)")
        }

        var asOwner = try CLIHarness()
        defer { asOwner.removeAll() }
        asOwner.environment["THANHTRA_DB"] = Self.url(database: database, user: owner)
        asOwner.environment["PGPASSWORD"] = password
        var asApp = try CLIHarness()
        defer { asApp.removeAll() }
        asApp.environment["THANHTRA_DB"] = Self.url(database: database, user: app)
        asApp.environment["PGPASSWORD"] = password

        // The owner creates the schema. Before the grant the application role cannot even read it.
        let created = try asOwner.run("init")
        #expect(created.status == 0, "\(created.stderr)")
        let early = try asApp.run("subject", "list")
        #expect(early.status == 1)
        #expect(early.stderr.hasPrefix("error: "), "\(early.stderr)")
        #expect(early.stderr.contains("permission denied"), "\(early.stderr)")

        // The owner grants; the owner itself is reported as guarded by the trigger only (exit 1).
        let granted = try asOwner.run("db", "grant", app)
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(
            granted.stdout.hasSuffix(
                """
                \(app) on journal: SELECT, INSERT
                \(app) on filedReport: SELECT, INSERT
                \(app) may only append to the journal: an UPDATE or DELETE is refused by privilege, besides the append-only trigger

                """), "\(granted.stdout)")
        let ownerCheck = try asOwner.run("db", "privileges")
        #expect(ownerCheck.status == 1)
        #expect(ownerCheck.stdout.hasPrefix("\(owner) on journal: SELECT, INSERT, UPDATE, DELETE, TRUNCATE\n"))
        #expect(ownerCheck.stderr.contains("\(owner) owns the schema"), "\(ownerCheck.stderr)")
        let notOwner = try asApp.run("db", "grant", app)
        #expect(notOwner.status == 1)
        #expect(notOwner.stderr.hasPrefix("error: only the schema's owner, \(owner), grants the application role"))
        let appCheck = try asApp.run("db", "privileges")
        #expect(appCheck.status == 0, "\(appCheck.stdout)\(appCheck.stderr)")

        // Every kind of command works as the application role.
        let subjects = asApp.directory.appendingPathComponent("subjects.csv")
        try Data("Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0107654321,Công ty Sông Đà,Hà Nội\n".utf8).write(to: subjects)
        let steps: [[String]] = [
            ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà"],
            ["import", subjects.path, "--kind", "subjects"],
            ["subject", "list", "--search", "song da"],
            [
                "case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01",
            ],
            ["case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so"],
            ["case", "deliver", "1", "--on", "2026-10-27"],
            ["case", "pay", "1", "--amount", "1000000", "--on", "2026-11-10", "--receipt", "BL-0001"],
            [
                "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
                "--content", "Việc chấp hành pháp luật về hóa đơn", "--field", "hoa_don", "--lead-unit", "Phòng 2",
                "--subject", "1", "--ground", "violation-signs", "--ground-ref", "Báo cáo số 12/BC",
            ],
            ["report", "monthly", "2026-11"],
            ["report", "file", "monthly", "2026-10"],
            ["rules", "history"],
            ["journal", "verify"],
        ]
        for step in steps {
            let run = try asApp.run(step)
            #expect(run.status == 0, "\(step.prefix(2).joined(separator: " ")): \(run.stderr)")
        }
        let batch = try asApp.run(
            ["batch", "--atomic"],
            stdin: """
                {"argv": ["subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh"]}
                {"argv": ["case", "show", "1"]}
                """)
        #expect(batch.status == 0, "\(batch.stderr)")
        let account = try asApp.run(
            // lanh_dao besides: the journal is verified below by a role that reads it.
            ["account", "add", "admin", "--name", "Quản trị", "--role", "quan_tri", "--role", "lanh_dao", "--password-stdin",
             "--as", "t"],
            stdin: "mat-khau-dai-du\n")
        #expect(account.status == 0, "\(account.stderr)")
        let title = try asApp.run("title", "assign", "admin", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "admin")
        #expect(title.status == 0, "\(title.stderr)")

        // But the journal only grows: changing it is refused by privilege, before the trigger.
        let entries = try Self.psql("SELECT count(*) FROM journal", database: database, user: app, password: password)
        #expect(entries.status == 0 && (Int(entries.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 10)
        for (sql, refusal) in [
            ("UPDATE journal SET actor = 'someone else'", "permission denied for table journal"),
            ("DELETE FROM journal", "permission denied for table journal"),
            ("TRUNCATE journal", "permission denied for table journal"),
            ("UPDATE filedReport SET content = content", "permission denied for table filedreport"),
            ("ALTER TABLE journal DISABLE TRIGGER USER", "must be owner of table journal"),
            ("DROP TRIGGER journalRefusesUpdate ON journal", "must be owner of relation journal"),
        ] {
            let refused = try Self.psql(sql, database: database, user: app, password: password)
            #expect(refused.status != 0, "\(sql)")
            #expect(refused.output.contains(refusal), "\(sql): \(refused.output)")
        }
        let after = try Self.psql("SELECT count(*) FROM journal", database: database, user: app, password: password)
        #expect(after.output == entries.output)
        let verified = try asApp.run("journal", "verify", "--as", "admin")
        #expect(verified.status == 0 && verified.stdout.hasPrefix("journal intact: "), "\(verified.stderr)")
    }
}
