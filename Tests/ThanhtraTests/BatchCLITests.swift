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
        #expect(results[0]["error"] as? String == "not run: the batch is atomic and line(s) 2 failed; nothing was written")
        #expect((results[1]["error"] as? String)?.hasPrefix("error: citizen ID number must be 12 digits") == true)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "0\n")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM journal") == before)
    }

    @Test func atomicWritesAllLinesInOneJournalEntry() throws {
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
        #expect(try cli.sqlite("SELECT command FROM journal WHERE command LIKE 'batch%'") == "batch subject add\n")
    }

    @Test func atomicRefusesOtherCommands() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let result = try cli.run(
            ["batch", "--atomic"],
            stdin: """
                {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "A"]}
                {"argv": ["case", "pay", "1", "--amount", "100", "--on", "2026-11-01", "--receipt", "R1"]}
                """)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                error: --atomic runs only `subject add` lines; line 2 is `case pay`
                  help: run this batch without --atomic, or put the other commands in a batch of their own

                """)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "0\n")
    }
}
