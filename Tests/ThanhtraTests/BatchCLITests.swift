import Foundation
import Testing

extension CLIHarness {
    /// Runs `thanhtra arguments…` with `input` on stdin.
    func run(_ arguments: [String], stdin input: String) throws -> Run {
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        let inputFile = directory.appendingPathComponent("stdin-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inputFile)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        try process.run()
        return CLIHarness.finish(process, out, err)
    }
}

@Suite("thanhtra batch — end to end")
struct BatchCLITests {
    func lines(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    @Test func eachLineGetsItsResultAndAFailedLineDoesNotStopTheOthers() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let input = """
            {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}

            {"argv": ["subject", "add", "--name", "No identifier"]}
            not json
            {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Again"]}
            {"argv": ["subject", "add", "--id-number", "001085012345", "--name", "Nguyễn Văn An"]}

            """
        let result = try cli.run(["batch"], stdin: input)

        #expect(result.status == 1)
        #expect(
            result.stdout == """
                {"line":1,"ok":true,"output":"registered subject #1: Công ty A (0101234567)\\n"}
                {"error":"error: give exactly one of --tax-code (an organization) or --id-number (a person)","line":3,"ok":false}
                {"error":"error: line 4 is not a JSON object with an \\"argv\\" array of strings\\n  help: write e.g. {\\"argv\\": [\\"subject\\", \\"add\\", \\"--tax-code\\", \\"0101234567\\", \\"--name\\", \\"Công ty A\\"]}","line":4,"ok":false}
                {"error":"error: subject with tax code 0101234567 is already registered as #1\\n  help: see `thanhtra subject show 1`","line":5,"ok":false}
                {"line":6,"ok":true,"output":"registered subject #2: Nguyễn Văn An (001085012345)\\n"}

                """)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "2\n")
    }

    @Test func linesReachTheirOwnDatabaseAndRunUnderThePackTheBatchRead() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let other = cli.directory.appendingPathComponent("other.sqlite").path
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("init", "--db", other).status == 0)
        // The batch keeps each database it opened and the pack it read for the lines after: a line naming the other
        // database still reaches it, and the lines that use the rules do not re-read them
        let input = """
            {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}
            {"argv": ["subject", "add", "--db", "\(other)", "--tax-code", "0309876543", "--name", "Công ty B"]}
            {"argv": ["case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-10-20", "--violation", "ND125-2020-D24-K4-b"]}
            {"argv": ["case", "open", "--subject", "1", "--record", "BB-2", "--record-on", "2026-10-21", "--violation", "ND125-2020-D24-K4-b"]}
            {"argv": ["subject", "list", "--db", "\(other)"]}

            """
        let result = try cli.run(["batch"], stdin: input)

        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let results = try lines(result.stdout)
        #expect(results.count == 5 && results.allSatisfy { $0["ok"] as? Bool == true }, "\(result.stdout)")
        #expect((results.last?["output"] as? String)?.contains("Công ty B") == true)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "1\n")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM penaltyCase") == "2\n")
        // Both cases journaled under the one pack the batch read, the pack `version` names
        let version = try cli.run("version", "--format", "json")
        let hash = (try JSONSerialization.jsonObject(with: Data(version.stdout.utf8)) as? [String: Any])?["rulePackHash"]
        #expect(
            try cli.sqlite("SELECT DISTINCT packHash FROM journal WHERE command = 'case open'")
                == "\(hash as? String ?? "?")\n")
    }

    @Test func allGoodLinesExitZeroAndReadCommandsReturnTheirOutput() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let result = try cli.run(
            ["batch"],
            stdin: """
                {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "A"]}
                {"argv": ["subject", "show", "1", "--format", "json"]}
                """)
        #expect(result.status == 0, "\(result.stderr)")
        let results = try lines(result.stdout)
        #expect(results.map { $0["ok"] as? Bool } == [true, true])
        #expect((results[1]["output"] as? String)?.contains("\"identifier\" : \"0101234567\"") == true)
    }

    @Test func atomicWithOneBadLineWritesNothing() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let before = try cli.sqlite("SELECT COUNT(*) FROM journal")
        let result = try cli.run(
            ["batch", "--atomic"],
            stdin: """
                {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "A"]}
                {"argv": ["subject", "add", "--id-number", "12", "--name", "B"]}
                {"argv": ["subject", "add", "--tax-code", "0107654321", "--name", "C"]}
                """)
        #expect(result.status == 1)
        let results = try lines(result.stdout)
        #expect(results.map { $0["ok"] as? Bool } == [false, false, false])
        #expect(results[0]["error"] as? String == "rolled back: the batch is atomic and line(s) 2 failed; nothing was written")
        #expect((results[1]["error"] as? String)?.hasPrefix("error: citizen ID number must be 12 digits") == true)
        #expect(results[2]["error"] as? String == "rolled back: the batch is atomic and line(s) 2 failed; nothing was written")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "0\n")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM journal") == before)
    }

    @Test func atomicCommitsEveryLineEachJournaledAsItWouldBeAlone() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let result = try cli.run(
            ["batch", "--atomic"],
            stdin: """
                {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "A"]}
                {"argv": ["subject", "add", "--id-number", "001085012345", "--name", "B"]}
                """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                {"line":1,"ok":true,"output":"registered subject #1: A (0101234567)\\n"}
                {"line":2,"ok":true,"output":"registered subject #2: B (001085012345)\\n"}

                """)
        #expect(try cli.sqlite("SELECT command FROM journal WHERE command LIKE 'subject%'") == "subject add\nsubject add\n")
        #expect(try cli.run("journal", "verify").status == 0)
    }

    /// A case from its record to its payment in one atomic batch: later lines see what earlier ones wrote.
    static let caseLines = """
        {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}
        {"argv": ["case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-10-20", "--violation", "ND125-2020-D24-K4-b"]}
        {"argv": ["case", "decide", "1", "--number", "QĐ-1", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so"]}
        {"argv": ["case", "deliver", "1", "--on", "2026-10-27"]}
        {"argv": ["case", "show", "1", "--format", "json"]}
        """

    @Test func atomicRunsCaseCommandsInOneTransaction() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let result = try cli.run(
            ["batch", "--atomic"],
            stdin: Self.caseLines + "\n" + #"{"argv": ["case", "pay", "1", "--amount", "6.000.000", "--on", "2026-11-01", "--receipt", "R-1"]}"#)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let results = try lines(result.stdout)
        #expect(results.map { $0["ok"] as? Bool } == Array(repeating: true, count: 6))
        #expect((results[4]["output"] as? String)?.contains("\"state\" : \"decided\"") == true, "line 5 sees lines 1–4")
        #expect(results[5]["output"] as? String == "recorded payment R-1 on case #1: 6.000.000 đ; outstanding fine 0 đ; now settled\n")
        #expect(
            try cli.sqlite("SELECT command FROM journal WHERE sequence > 2 ORDER BY sequence")
                == "subject add\ncase open\ncase decide\ncase deliver\ncase pay\n")
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func aFailingLastLineRollsBackEveryCaseCommandBeforeIt() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let before = try cli.sqlite("SELECT COUNT(*) FROM journal")
        // Given a batch whose last line overpays the fine
        let result = try cli.run(
            ["batch", "--atomic"],
            stdin: Self.caseLines + "\n" + #"{"argv": ["case", "pay", "1", "--amount", "6.000.001", "--on", "2026-11-01", "--receipt", "R-1"]}"#)

        // Then every line is refused, the last with its own error, and nothing is left in the database
        #expect(result.status == 1)
        let results = try lines(result.stdout)
        #expect(results.count == 6)
        #expect(results.dropLast().allSatisfy {
            $0["ok"] as? Bool == false
                && $0["error"] as? String == "rolled back: the batch is atomic and line(s) 6 failed; nothing was written"
        })
        #expect((results[5]["error"] as? String)?.hasPrefix("error: the payment of 6.000.001 đ is more than the 6.000.000 đ still owed on the fine") == true)
        for table in ["subject", "penaltyCase", "penaltyDecision", "payment"] {
            #expect(try cli.sqlite("SELECT COUNT(*) FROM \(table)") == "0\n", "\(table)")
        }
        #expect(try cli.sqlite("SELECT COUNT(*) FROM journal") == before)
        // And the database is free for the next command
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "A").status == 0)
    }

    @Test func atomicRefusesUpFrontACommandThatCannotJoinTheTransaction() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let result = try cli.run(
            ["batch", "--atomic"],
            stdin: """
                {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "A"]}
                {"argv": ["import", "subjects.csv", "--kind", "subjects"]}
                """)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                error: --atomic cannot run line 2, `import`: an import commits batches of its own, each journaled with the file's hash
                  help: run that command outside the batch, or run this batch without --atomic

                """)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "0\n")
        let report = try cli.run(["batch", "--atomic"], stdin: #"{"argv": ["report", "monthly", "2026-10", "-o", "r.html", "--format", "html"]}"#)
        #expect(report.stderr.hasPrefix("error: --atomic cannot run line 1, `report monthly`: it writes a file, which a rollback cannot take back\n"))
    }

    @Test func atomicDoesNotRunAnythingWhenALineDoesNotParse() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let result = try cli.run(
            ["batch", "--atomic"],
            stdin: """
                {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "A"]}
                {"argv": ["subject", "ad"]}
                """)
        #expect(result.status == 1)
        let results = try lines(result.stdout)
        #expect(results[0]["error"] as? String == "not run: the batch is atomic and line(s) 2 failed; nothing was written")
        #expect((results[1]["error"] as? String)?.hasPrefix("error: ") == true)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "0\n")
    }
}
