import Foundation
import Testing

/// DESIGN §9 end to end: the journal's time is the real clock's, `journal verify` proves the tables and catches a
/// truncated tail against the head printed on a filed report, a damaged file takes no writes, and a read-only copy
/// answers every read command.
@Suite("journal trust — end to end")
struct JournalTrustCLITests {
    /// A database with the bundled pack and three subjects.
    private func makeDatabase() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        for (number, name) in [(1, "Công ty TNHH Ánh Dương"), (2, "Công ty CP Sông Hồng"), (3, "Công ty Hải Vân")] {
            let added = try cli.run("subject", "add", "--name", name, "--tax-code", "010123456\(number)")
            #expect(added.status == 0, "\(added.stderr)")
        }
        return cli
    }

    /// The instant a journal timestamp (`2026-11-23T16:05:09+07:00`) names.
    private func instant(_ text: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return try #require(formatter.date(from: text), "not an ISO 8601 timestamp: \(text)")
    }

    @Test func theTodayOverrideSetsBusinessDatesButNeverTheJournalsTime() throws {
        let cli = try makeDatabase()
        defer { cli.removeAll() }
        let before = Date()
        let added = try cli.run(
            "subject", "add", "--name", "Công ty Cũ", "--tax-code", "0101234599",
            environment: ["THANHTRA_TODAY": "2020-01-01"])
        let after = Date()
        #expect(added.status == 0, "\(added.stderr)")

        let shown = try cli.run("journal", "show", "--format", "json")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        let recordedAt = try #require(entries.last?["recordedAt"] as? String)
        #expect(!recordedAt.hasPrefix("2020-"))
        #expect(recordedAt.hasSuffix("+07:00"))
        // Whole seconds: the entry's instant lies within the run, give or take the second it was rounded down in.
        let at = try instant(recordedAt)
        #expect(at >= before.addingTimeInterval(-1) && at <= after, "\(recordedAt) is not the time of the run")

        // The override still sets business dates: a report filed "today" is dated 2020-01-01.
        let filed = try cli.run("report", "file", "monthly", "2019-11", environment: ["THANHTRA_TODAY": "2020-01-01"])
        #expect(filed.status == 0, "\(filed.stderr)")
        let monthly = try cli.run("report", "monthly", "2019-11", "--format", "json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(monthly.stdout.utf8)) as? [String: Any])
        #expect(report["generated_on"] as? String == "2020-01-01")
        #expect(report["journal_head"] as? String != nil)
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func aRowChangedWithSqlite3IsNamedAndTheNextCommandIsRefused() throws {
        let cli = try makeDatabase()
        defer { cli.removeAll() }
        #expect(try cli.run("journal", "verify").status == 0)
        _ = try cli.sqlite("UPDATE subject SET name = 'Công ty Giả' WHERE id = 2")

        let verify = try cli.run("journal", "verify")
        #expect(verify.status == 1)
        #expect(
            verify.stderr == """
                error: subject row 2 is not what entry #4 (subject add) wrote: it was changed outside thanhtra
                error: subject row 2 was changed after the last journal entry (#5), outside thanhtra
                  --> \(cli.database.path)
                  help: the database was changed or damaged outside thanhtra; restore it from a backup and keep this copy for investigation

                """)
        let json = try cli.run("journal", "verify", "--format", "json")
        #expect(json.status == 1)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let problems = try #require(result["problems"] as? [[String: Any]])
        #expect(problems.first?["table"] as? String == "subject")
        #expect(problems.first?["row"] as? Int == 2)
        #expect(problems.first?["entry"] as? Int == 4)

        let next = try cli.run("subject", "add", "--name", "Công ty Mới", "--tax-code", "0101234598")
        #expect(next.status == 1)
        #expect(next.stderr.hasPrefix("error: \(cli.database.path) was changed outside thanhtra: 1 row(s) changed"))
        #expect(next.stderr.contains("help: run `thanhtra journal verify` to see what changed"))
    }

    @Test func aFiledReportCarriesTheHeadThatCatchesATruncatedCopy() throws {
        let cli = try makeDatabase()
        defer { cli.removeAll() }
        // A copy taken now (no thanhtra running, so the -wal is checkpointed) lacks what comes next.
        let copy = cli.directory.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: cli.database.path, toPath: copy)
        #expect(try cli.run("subject", "add", "--name", "Công ty Sau", "--tax-code", "0101234597").status == 0)

        let filed = try cli.run("report", "file", "monthly", "2026-10")
        #expect(filed.status == 0, "\(filed.stderr)")
        let line = try #require(filed.stdout.split(separator: "\n").first { $0.hasPrefix("made from journal head ") })
        let head = String(line.dropFirst("made from journal head ".count))
        let parts = head.split(separator: ":")
        #expect(parts.count == 2 && parts[0] == "6" && parts[1].count == 64)
        // The rendered filed report prints it too.
        let rendered = try cli.run("report", "monthly", "2026-10", "--lang", "en")
        #expect(rendered.stdout.contains("Made from journal head \(head)"))

        #expect(try cli.run("journal", "verify", "--head", head).status == 0)
        let truncated = try cli.run("journal", "verify", "--head", head, environment: ["THANHTRA_DB": copy])
        #expect(truncated.status == 1)
        #expect(
            truncated.stderr.hasPrefix(
                "error: the journal ends at entry #5, but head #6 (\(parts[1].prefix(12))…) was recorded from it: "
                    + "entry #6 is missing (a truncated tail)\n"))
        let malformed = try cli.run("journal", "verify", "--head", "6:abc")
        #expect(malformed.status == 64)
    }

    @Test func aCopyWithAFlippedByteFailsVerifyAndTakesNoWrite() throws {
        let cli = try makeDatabase()
        defer { cli.removeAll() }
        var bytes = try Data(contentsOf: cli.database)
        let at = try #require(bytes.range(of: Data("cong ty cp song hong".utf8)))
        bytes[at.lowerBound + 1] ^= 0x01
        try bytes.write(to: cli.database)

        let verify = try cli.run("journal", "verify")
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("error: SQLite's integrity_check reports: "))
        let add = try cli.run("subject", "add", "--name", "Công ty Mới", "--tax-code", "0101234598")
        #expect(add.status == 1)
        #expect(add.stderr.hasPrefix("error: \(cli.database.path) is damaged: SQLite's integrity_check reports "))
    }

    @Test func aReadOnlyCopyAnswersEveryReadCommand() throws {
        let cli = try makeDatabase()
        defer { cli.removeAll() }
        #expect(try cli.run("report", "file", "monthly", "2026-10").status == 0)
        // An archive: the file and its folder read-only. Root ignores permissions, so as root the commands run as
        // nobody (setpriv), for whom they hold.
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: cli.database.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: cli.directory.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.directory.path) }
        var runner = cli
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv is needed to drop root")
            runner.wrapper = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        for command in [
            ["subject", "list"], ["subject", "show", "2"], ["journal", "show"], ["journal", "verify"], ["rules", "history"],
            ["case", "list"], ["inspection", "list"], ["report", "monthly", "2026-10"], ["report", "restatements"],
        ] {
            let result = try runner.run(command)
            #expect(result.status == 0, "\(command.joined(separator: " ")): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(command.joined(separator: " ")) printed nothing")
        }
        let add = try runner.run(["subject", "add", "--name", "Công ty Mới", "--tax-code", "0101234598"])
        #expect(add.status == 1)
        #expect(
            add.stderr == """
                error: cannot write to the database \(cli.database.path): it is read-only
                  help: check the file's permissions, or open a writable copy

                """)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.directory.path)
            .filter { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }
        #expect(leftovers == [])
    }
}
