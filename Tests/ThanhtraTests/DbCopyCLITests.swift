import Foundation
import Testing

/// `thanhtra db copy FROM TO` through the built binary: a history built on SQLite copied to SQLite, and (under
/// `scripts/with-postgres.sh`) SQLite → PostgreSQL → SQLite, keeping every journal hash, verifying on each side, and
/// printing the same reports, drill-downs and cases; a non-empty target refused with nothing written; a command run
/// on a copy chains and verifies.
@Suite("db copy — end to end")
struct DbCopyCLITests {
    /// Runs the binary with `input` on its standard input (`account add --password-stdin`).
    static func run(_ cli: CLIHarness, _ arguments: [String], input: String) throws -> CLIHarness.Run {
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.arguments = arguments
        process.environment = cli.environment
        process.currentDirectoryURL = cli.directory
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        return CLIHarness.finish(process, out, err)
    }

    /// A history on the harness's SQLite file: the sample subjects, the 2026 plan, a case through its payment and a
    /// second one open, an inspection from its decision to its conclusion with a finding, a recommendation and a
    /// follow-up, a filed monthly report, accounts (the harness's user `tester` an administrator) and a title.
    static func history(_ cli: CLIHarness) throws {
        var early = cli
        early.environment["THANHTRA_TODAY"] = "2025-12-20"
        #expect(try early.run("init").status == 0)
        let sample = try String(
            contentsOf: CLIHarness.repository.appendingPathComponent("scripts/sample-data/subjects.tsv"), encoding: .utf8)
        for line in sample.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let flag = f[0] == "organization" ? "--tax-code" : "--id-number"
            let added = try early.run("subject", "add", flag, f[1], "--name", f[2], "--address", f[3])
            #expect(added.status == 0, "\(added.stderr)")
        }
        // A family household without its representative's ID (a NULL identifier) and a residential community with one
        for kind in [["--kind", "family"], ["--kind", "community", "--id-number", "001085012399"]] {
            let added = try early.run(
                ["subject", "add"] + kind + ["--name", "Hộ/cộng đồng \(kind[1])", "--address", "Thôn Đông, Hà Nội"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let plan = try early.run("plan", "load", "2026")
        #expect(plan.status == 0, "\(plan.stderr)")

        let steps: [[String]] = [
            [
                "case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01", "--violation",
                "ND125-2020-D22-K2,committed=2026-09-15,gain=12.000.000",
            ],
            // With a confiscation and a remedial measure, kept beside the decision (decisionSanction): the copies carry them.
            [
                "case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
                "--confiscated-vnd", "5.000.000", "--remedial-measures", "1",
            ],
            ["case", "deliver", "1", "--on", "2026-10-27"],
            ["case", "pay", "1", "--amount", "10000000", "--on", "2026-11-10", "--receipt", "BL-0001"],
            [
                "case", "open", "--subject", "2", "--record", "BB-13/2026", "--record-on", "2026-11-02", "--place",
                "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-30",
            ],
        ]
        for step in steps {
            let done = try cli.run(step)
            #expect(done.status == 0, "\(step.prefix(2)): \(done.stderr)")
        }
        let opened = try cli.run(
            [
                "inspection", "open", "--mode", "unscheduled", "--category", "thanh_tra", "--level", "thanh_tra_tinh",
                "--content", "Việc chấp hành pháp luật về hóa đơn, chứng từ", "--field", "hoa_don", "--lead-unit",
                "Phòng 2", "--subject", "1", "--ground", "violation-signs", "--ground-ref", "Báo cáo số 12/BC",
            ], environment: ["THANHTRA_TODAY": "2026-08-25"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let number = opened.stdout.components(separatedBy: "opened inspection #").dropFirst().first?.prefix { $0.isNumber }
        let id = try #require(number.map(String.init), "\(opened.stdout)")
        let results: [[String]] = [
            [
                "inspection", "decide", id, "--number", "45/QĐ-TTr", "--on", "2026-09-01", "--signer-title",
                "Chánh Thanh tra tỉnh", "--signer", "Trần Văn Hải", "--lead", "Lê Minh", "--member", "Phạm An",
            ],
            ["inspection", "announce", id, "--on", "2026-09-03"],
            [
                "finding", "add", "--inspection", id, "--subject", "1", "--description", "Quyết toán sai khối lượng",
                "--amount", "150.000.000",
            ],
            [
                "recommend", "--inspection", id, "--kind", "recovery", "--finding", "1", "--subject", "1",
                "--description", "Thu hồi về ngân sách", "--amount", "80.000.000",
            ],
            ["inspection", "end-onsite", id, "--on", "2026-10-02"],
            ["inspection", "report", id, "--on", "2026-10-10"],
            ["inspection", "draft", id, "--on", "2026-10-12"],
            ["inspection", "conclude", id, "--number", "12/KL-TTr", "--on", "2026-10-20"],
            [
                "follow-up", "record", "--recommendation", "1", "--amount", "50.000.000", "--receipt", "BL-77", "--on",
                "2026-11-05",
            ],
            ["report", "file", "monthly", "2026-11"],
        ]
        for step in results {
            let done = try cli.run(step)
            #expect(done.status == 0, "\(step.prefix(2)): \(done.stderr)")
        }
        // The harness's user `tester` administers, registers subjects (an inspector's role) and reads the reports and
        // the journal (leadership's), as the copies' later commands do.
        let accounts = [
            ("tester", "Quản trị", ["quan_tri", "thanh_tra_vien", "lanh_dao"]), ("binh", "Nguyễn Văn Bình", ["chanh_thanh_tra"]),
        ]
        for (login, name, roles) in accounts {
            let added = try run(
                cli, ["account", "add", login, "--name", name] + roles.flatMap { ["--role", $0] } + ["--password-stdin"],
                input: "mat-khau-dai-du\n")
            #expect(added.status == 0, "\(added.stderr)")
        }
        let title = try cli.run("title", "assign", "binh", "chanh_thanh_tra_so", "--from", "2026-01-01")
        #expect(title.status == 0, "\(title.stderr)")
    }

    /// What must print the same on a store and on its copy.
    static let sameOutputs: [[String]] = [
        ["report", "monthly", "2026-11", "--format", "json"],
        ["report", "monthly", "2026-11", "--live", "--format", "json"],
        ["report", "monthly", "2026-10", "--format", "csv"],
        ["report", "explain", "monthly", "2026-11", "penalty.outstanding_vnd"],
        ["report", "explain", "monthly", "2026-11", "recovery.recovered_vnd"],
        ["report", "explain", "monthly", "2026-11", "penalty.confiscated_vnd"],
        ["case", "show", "1"],
        ["case", "show", "1", "--format", "json"],
        ["case", "list"],
        ["inspection", "list"],
        ["subject", "list"],
        ["plan", "show", "2026"],
        ["rules", "history"],
        ["title", "list"],
        ["account", "list"],
    ]

    /// `journal verify --format json` of the database `db`: whether intact, and the head `SEQ:HASH`.
    static func verified(_ cli: CLIHarness, _ db: String) throws -> (intact: Bool, head: String, output: String) {
        let run = try cli.run("journal", "verify", "--db", db, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        return (object["intact"] as? Bool == true && run.status == 0, object["head"] as? String ?? "", run.stdout + run.stderr)
    }

    /// Every output of ``sameOutputs`` on `db`, but the database's name masked.
    static func outputs(_ cli: CLIHarness, _ db: String) throws -> [String] {
        try sameOutputs.map { step in
            let run = try cli.run(step + ["--db", db])
            #expect(run.status == 0, "\(step) on \(db): \(run.stderr)")
            return run.stdout.replacingOccurrences(of: db, with: "DATABASE")
        }
    }

    /// The rows of every table of a SQLite file, as `sqlite3` dumps them (to prove nothing was written).
    static func dump(_ path: String) throws -> String {
        try CLIHarness.tool("/usr/bin/sqlite3", [path, ".dump"]).output
    }

    @Test func aSQLiteFileCopiedToANewFileKeepsEveryHashAndVerifies() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try Self.history(cli)
        let source = cli.database.path
        let copy = cli.directory.appendingPathComponent("copy.sqlite").path

        let copied = try cli.run("db", "copy", source, copy)
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("copied \(source) to \(copy): "), "\(copied.stdout)")
        #expect(copied.stdout.contains("verified: the same journal head; journal verify on the copy: intact"), "\(copied.stdout)")
        #expect(copied.stdout.contains("1 filed report(s) rendering the same"), "\(copied.stdout)")
        #expect(copied.stderr.isEmpty, "piped: no progress line")

        let before = try Self.verified(cli, source)
        let after = try Self.verified(cli, copy)
        #expect(before.intact && after.intact, "\(after.output)")
        #expect(before.head == after.head && !after.head.isEmpty)
        #expect(try Self.outputs(cli, copy) == (try Self.outputs(cli, source)))
        // The decision's sanctions are among what is compared: the copy shows them.
        #expect(try cli.run("case", "show", "1", "--db", copy).stdout.contains("confiscated 5.000.000 đ; remedial measures 1"))

        // A non-empty target is refused, and nothing is written into it.
        let dumped = try Self.dump(copy)
        let again = try cli.run("db", "copy", source, copy)
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        let sequence = after.head.split(separator: ":").first.map(String.init) ?? "?"
        #expect(
            again.stderr == """
                error: cannot copy into \(copy): it is not empty (its journal has \(sequence) entries); nothing was written
                  help: copy into a new, empty database (a new SQLite file, or `createdb` a new PostgreSQL database)

                """, "\(again.stderr)")
        #expect(try Self.dump(copy) == dumped)
        let vietnamese = try cli.run("db", "copy", source, copy, "--lang", "vi")
        #expect(vietnamese.stderr.hasPrefix("error: không thể sao chép vào \(copy): cơ sở dữ liệu này không trống"), "\(vietnamese.stderr)")

        // A missing source is named; no target file is left behind.
        let nowhere = cli.directory.appendingPathComponent("nowhere.sqlite").path
        let fresh = cli.directory.appendingPathComponent("fresh.sqlite").path
        let missing = try cli.run("db", "copy", nowhere, fresh)
        #expect(missing.status == 1 && missing.stderr.hasPrefix("error: no database at \(nowhere)"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fresh))

        // The next command on the copy seals and chains from the copied head, and verifies.
        let added = try cli.run("subject", "add", "--tax-code", "0109999999", "--name", "Công ty Mới", "--db", copy)
        #expect(added.status == 0, "\(added.stderr)")
        let next = try Self.verified(cli, copy)
        #expect(next.intact, "\(next.output)")
        #expect(next.head.hasPrefix("\(Int(sequence)! + 1):"))
        // And a copy of the copy (history with a seal baseline) verifies too.
        let second = cli.directory.appendingPathComponent("second.sqlite").path
        let copiedAgain = try cli.run("db", "copy", copy, second)
        #expect(copiedAgain.status == 0, "\(copiedAgain.stderr)")
        #expect(try Self.verified(cli, second).head == next.head)
    }

    /// A store larger than one page of a copy (2 000 rows) with a table wide enough (penaltyCase, 17 columns) that a
    /// page is split into two INSERTs at 30 000 parameters: 2 100 decided cases imported, copied SQLite → PostgreSQL
    /// → SQLite; every row arrives once (counts and the case list equal), the heads are equal and verify.
    @Test(.enabled(if: PostgresCLITests.runs))
    func aStoreOfSeveralPagesCopiesEveryRowBothWays() throws {
        try #require(PostgresCLITests.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_copy")
        defer { PostgresCLITests.dropDatabase(database) }
        let url = PostgresCLITests.url(database: database)

        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        let count = 2_100
        let rows = (1...count).map { number in
            "BB-\(number),0101234567,,2025-12-20,ND125-2020-D24-K4-b,2025-12-01,\(number)/QĐ,2025-12-25,"
                + "Nguyễn Văn Bình,5000000,0,2025-12-27\n"
        }
        let file = cli.directory.appendingPathComponent("cases.csv")
        try Data((HardenedInputCLITests.caseHeader + rows.joined()).utf8).write(to: file)
        let imported = try cli.run("import", file.path, "--kind", "cases")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM penaltyCase") == "\(count)\n")

        let source = cli.database.path
        let back = cli.directory.appendingPathComponent("back.sqlite").path
        let there = try cli.run("db", "copy", source, url)
        #expect(there.status == 0, "\(there.stderr)")
        let home = try cli.run("db", "copy", url, back)
        #expect(home.status == 0, "\(home.stderr)")
        #expect(home.stdout.contains("verified: the same journal head"), "\(home.stdout)")

        let heads = try [source, url, back].map { try Self.verified(cli, $0) }
        for head in heads { #expect(head.intact, "\(head.output)") }
        #expect(Set(heads.map(\.head)).count == 1 && !heads[0].head.isEmpty, "\(heads.map(\.head))")
        for table in ["penaltyCase", "penaltyDecision", "decisionLine", "journal"] {
            let counts = try [
                CLIHarness.tool("/usr/bin/sqlite3", [source, "SELECT COUNT(*) FROM \(table)"]).output,
                CLIHarness.tool("/usr/bin/psql", ["-X", "-At", "-d", database, "-c", "SELECT COUNT(*) FROM \(table)"]).output,
                CLIHarness.tool("/usr/bin/sqlite3", [back, "SELECT COUNT(*) FROM \(table)"]).output,
            ]
            // Every case has its row in the case tables; the journal holds the import's batches.
            let least = table == "journal" ? 2 : count
            #expect(Set(counts).count == 1 && Int(counts[0].trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= least,
                "\(table): \(counts)")
        }
        let list = ["case", "list", "--limit", "0", "--format", "json"]
        let expected = try cli.run(list + ["--db", source]).stdout
        let listed = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [Any]
        #expect(listed?.count == count, "\(expected.prefix(300))")
        #expect(try cli.run(list + ["--db", url]).stdout == expected)
        #expect(try cli.run(list + ["--db", back]).stdout == expected)
        let report = ["report", "monthly", "2025-12", "--format", "json"]
        #expect(try cli.run(report + ["--db", back]).stdout == (try cli.run(report + ["--db", source]).stdout))
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func sqliteToPostgresAndBackKeepsEveryHashAndPrintsTheSame() throws {
        try #require(PostgresCLITests.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_copy")
        defer { PostgresCLITests.dropDatabase(database) }
        let url = PostgresCLITests.url(database: database)

        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try Self.history(cli)
        let source = cli.database.path
        let back = cli.directory.appendingPathComponent("back.sqlite").path

        // SQLite → PostgreSQL → SQLite.
        let there = try cli.run("db", "copy", source, url)
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("verified: the same journal head"), "\(there.stdout)")
        #expect(there.stdout.contains("not checked: row seals are not kept on PostgreSQL"), "\(there.stdout)")
        if let password = PostgresCLITests.variables["PGPASSWORD"], !password.isEmpty {
            #expect(!there.stdout.contains(password) && !there.stderr.contains(password))
        }
        let home = try cli.run("db", "copy", url, back)
        #expect(home.status == 0, "\(home.stderr)")
        #expect(home.stdout.contains("verified: the same journal head"), "\(home.stdout)")

        let heads = try [source, url, back].map { try Self.verified(cli, $0) }
        for head in heads { #expect(head.intact, "\(head.output)") }
        #expect(Set(heads.map(\.head)).count == 1 && !heads[0].head.isEmpty, "\(heads.map(\.head))")
        let expected = try Self.outputs(cli, source)
        #expect(try Self.outputs(cli, url) == expected)
        #expect(try Self.outputs(cli, back) == expected)

        // A non-empty PostgreSQL database is refused.
        let again = try cli.run("db", "copy", back, url)
        #expect(again.status == 1 && again.stderr.contains("it is not empty"), "\(again.stderr)")
        #expect(try Self.verified(cli, url).head == heads[0].head)

        // A command on the PostgreSQL copy chains (an entry without a digest after SQLite's entries with one); copied
        // back to SQLite that history verifies, and a command there seals and chains again.
        let onPostgres = try cli.run("subject", "add", "--tax-code", "0109999999", "--name", "Công ty Mới", "--db", url)
        #expect(onPostgres.status == 0, "\(onPostgres.stderr)")
        let moved = try Self.verified(cli, url)
        #expect(moved.intact, "\(moved.output)")
        let third = cli.directory.appendingPathComponent("third.sqlite").path
        let thirdCopy = try cli.run("db", "copy", url, third)
        #expect(thirdCopy.status == 0, "\(thirdCopy.stderr)")
        #expect(try Self.verified(cli, third).head == moved.head)
        let onThird = try cli.run("subject", "add", "--id-number", "001099999999", "--name", "Lê Văn Mới", "--db", third)
        #expect(onThird.status == 0, "\(onThird.stderr)")
        let last = try Self.verified(cli, third)
        #expect(last.intact, "\(last.output)")
        #expect(try Self.outputs(cli, third).count == Self.sameOutputs.count)
    }
}
