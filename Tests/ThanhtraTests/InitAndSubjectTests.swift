import Foundation
import Testing

@Suite("thanhtra init, subject, journal — end to end")
struct InitAndSubjectTests {
    @Test func initCreatesTheDatabaseAndJournalsIt() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }

        let created = try cli.run("init")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("created \(cli.database.path) with rule pack vn 2026.11"))

        let again = try cli.run("init")
        #expect(again.status == 0)
        #expect(again.stdout.contains("already initialized"))

        let journal = try cli.run("journal", "show", "--format", "json")
        #expect(journal.status == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(journal.stdout.utf8)) as? [[String: Any]]
        // The pack's files are stored under their hash first, then the database records it.
        #expect(entries?.map { $0["command"] as? String } == ["rules record", "init"])
        #expect(entries?.last?["actor"] as? String == "tester")
        #expect((entries?.last?["packHash"] as? String)?.count == 64)
        // The real clock's time, not THANHTRA_TODAY's date (JournalTrustCLITests checks the instant).
        #expect((entries?.last?["recordedAt"] as? String)?.hasSuffix("+07:00") == true)

        let verify = try cli.run("journal", "verify")
        #expect(verify.status == 0)
        #expect(verify.stdout.hasPrefix("journal intact: 2 entries"))

        let history = try cli.run("rules", "history")
        #expect(history.stdout.contains("vn 2026.11"))
        #expect(history.stdout.contains("init ×1, rules record ×1"))
    }

    @Test func aCommandWithoutDatabaseSaysToRunInit() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let result = try cli.run("journal", "show")
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                error: no database at \(cli.database.path)
                  help: run `thanhtra init` to create it, or pass --db PATH (or set THANHTRA_DB) to use another

                """)
        #expect(!FileManager.default.fileExists(atPath: cli.database.path), "a read command must not create the file")
    }

    @Test func badUsageExitsWith64AndPrintsUsage() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let result = try cli.run("subject", "add", "--name", "Công ty A")
        #expect(result.status == 64)
        #expect(result.stderr.contains("give exactly one of --tax-code (an organization) or --id-number (a person)"))
        #expect(result.stderr.hasPrefix("error: give exactly one"))
        #expect(result.stderr.contains("\n  usage: thanhtra subject add"))
        #expect(result.stderr.contains("\n  help: `thanhtra subject add --help` lists every option"))
    }

    @Test func vietnameseSubjectRoundTripsThroughTheStore() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let name = "Công ty TNHH Xây dựng Hồng Hà — chi nhánh Đà Nẵng"
        let add = try cli.run(
            "subject", "add", "--tax-code", "0101234567", "--name", name, "--address", "Số 12 phố Trần Hưng Đạo")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "registered subject #1: \(name) (0101234567)\n")

        let show = try cli.run("subject", "show", "1", "--format", "json")
        let subject = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(subject?["name"] as? String == name)
        #expect(subject?["kind"] as? String == "organization")

        let list = try cli.run("subject", "list", "--search", "Hồng Hà")
        #expect(list.stdout.contains(name))
    }

    @Test func aDuplicateSubjectIsRefusedWithTheExistingNumber() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        try cli.run("subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh")
        let again = try cli.run("subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh")
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("error: "))
        #expect(again.stderr.contains("#1"))
        #expect(again.stderr.contains("thanhtra subject show 1"))
        // The refused command left no journal entry.
        let verify = try cli.run("journal", "verify")
        #expect(verify.stdout.hasPrefix("journal intact: 3 entries"))
    }

    @Test func anInvalidTaxCodeNamesTheFieldAndTheExpectedForm() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let result = try cli.run("subject", "add", "--tax-code", "12AB", "--name", "Công ty B")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains("12AB"))
        #expect(result.stderr.contains("10 digits"))
    }

    @Test func journalVerifyNamesTheFirstAlteredEntry() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        for i in 0..<4 {
            try cli.run("subject", "add", "--tax-code", "010123456\(i)", "--name", "Công ty \(i)")
        }
        // Someone edits the file behind thanhtra's back: the append-only triggers must be dropped first.
        let triggers = try cli.sqlite("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'journal'")
        #expect(!triggers.isEmpty, "the journal must be protected by triggers")
        for trigger in triggers.split(separator: "\n") { try cli.sqlite("DROP TRIGGER \"\(trigger)\"") }
        try cli.sqlite("UPDATE journal SET actor = 'mallory' WHERE sequence = 3")

        let verify = try cli.run("journal", "verify")
        #expect(verify.status == 1)
        #expect(verify.stderr.hasPrefix("error: journal broken at entry #3: "))
    }

    @Test func globalOptionsWorkBeforeAndAfterTheSubcommand() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let other = cli.directory.appendingPathComponent("other.sqlite").path
        #expect(try cli.run("--db", other, "init").status == 0)
        let before = try cli.run("--db", other, "--format", "json", "journal", "show")
        #expect(before.status == 0)
        #expect(before.stdout.contains("\"command\" : \"init\""))
        let after = try cli.run("journal", "verify", "--db", other)
        #expect(after.stdout.hasPrefix("journal intact: 2 entries"))
        #expect(!FileManager.default.fileExists(atPath: cli.database.path), "the default database was not touched")
    }

    @Test func aFileThatIsNotADatabaseIsReportedAsSuch() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try "not a database".write(to: cli.database, atomically: true, encoding: .utf8)
        let result = try cli.run("journal", "show")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(cli.database.path) is not a thanhtra database, or it is damaged"))
    }
}
