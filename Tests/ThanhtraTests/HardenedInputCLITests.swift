import Foundation
import Testing

/// Issue 12's money and bad-input failures, through the built binary: refused at the door with what/where/help, and
/// a database that already holds a bad row answers with an error naming the record, never a signal.
@Suite("Money bounds and bad input — end to end")
struct HardenedInputCLITests {
    static let caseHeader =
        "Số biên bản,Mã số thuế,Số định danh,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,"
        + "Ngày quyết định,Người ký,Tiền phạt,Khắc phục hậu quả,Ngày nhận quyết định\n"

    static func caseRow(_ number: Int, fine: String) -> String {
        "BB-\(number),0101234567,,2025-12-20,ND125-2020-D24-K4-b,2025-12-01,\(number)/QĐ,2025-12-25,"
            + "Nguyễn Văn Bình,\(fine),0,2025-12-27\n"
    }

    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        return cli
    }

    func write(_ text: String, to name: String, in cli: CLIHarness) throws -> String {
        let path = cli.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Two decided cases of December 2025 (reported in 2026-01), then case #1's fine set to Int64.max behind
    /// thanhtra's back.
    func tampered() throws -> CLIHarness {
        let cli = try prepared()
        let file = try write(Self.caseHeader + Self.caseRow(1, fine: "5000000") + Self.caseRow(2, fine: "5000000"),
            to: "ok.csv", in: cli)
        let imported = try cli.run("import", file, "--kind", "cases")
        #expect(imported.status == 0, "\(imported.stderr)")
        _ = try cli.sqlite(
            "UPDATE penaltyDecision SET totalFineVND = 9223372036854775807 WHERE caseId = 1; "
                + "UPDATE decisionLine SET fineVND = 9223372036854775807 WHERE caseId = 1;")
        #expect(try cli.sqlite("SELECT totalFineVND FROM penaltyDecision WHERE caseId = 1") == "9223372036854775807\n")
        return cli
    }

    // MARK: - Money

    @Test func importRefusesAFineAboveTheBoundNamingTheLineTheColumnAndTheBound() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            Self.caseHeader + Self.caseRow(1, fine: "1000000000000000") + Self.caseRow(2, fine: "9223372036854775807"),
            to: "big.csv", in: cli)
        let result = try cli.run("import", file, "--kind", "cases")
        #expect(result.status == 1 && !result.signaled)
        #expect(result.stderr.hasPrefix(
            "\(file):3: Tiền phạt: \"9223372036854775807\" is above the largest amount accepted, "
                + "1.000.000.000.000.000 đ (10^15 đồng); check for extra digits\n"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM penaltyCase") == "0\n")
    }

    @Test func anAmountOptionAboveTheBoundIsAUsageError() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let result = try cli.run("case", "pay", "1", "--amount", "1.000.000.000.000.001", "--on", "2026-01-02", "--receipt", "R")
        #expect(result.status == 64)
        #expect(result.stderr.contains(
            "1000000000000001 đồng is above the largest amount thanhtra accepts, 1.000.000.000.000.000 đ (10^15 đồng)"))
    }

    @Test func aStoredFineAboveTheBoundIsNamedByEveryReadNeverASignal() throws {
        let cli = try tampered()
        defer { cli.removeAll() }
        let named = "penalty case #1 holds 9223372036854775807 in penaltyDecision.totalFineVND, outside 0 … "
            + "1.000.000.000.000.000 đ (10^15 đồng), the bound of every amount; totals cannot be computed"
        for arguments in [["report", "monthly", "2026-01"], ["report", "annual", "2026"], ["report", "monthly", "2026-01", "--format", "json"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 1 && !result.signaled, "\(arguments)")
            #expect(result.stdout.isEmpty, "no clamped figure: \(result.stdout)")
            #expect(result.stderr.hasPrefix("error: \(named)\n  help: the database was changed outside thanhtra"), "\(result.stderr)")
        }
        let explain = try cli.run("report", "explain", "monthly", "2026-01", "penalty.fines_imposed_vnd")
        #expect(explain.status == 1 && !explain.signaled)
        #expect(explain.stderr.hasPrefix("error: \(named)\n"))
        let show = try cli.run("case", "show", "1")
        #expect(show.status == 1 && !show.signaled)
        #expect(show.stderr.hasPrefix("error: penalty case #1 has a value thanhtra cannot read in decisionLine.fineVND"))
        #expect(!show.stderr.contains("must not be negative"), "the rule is not blamed")
    }

    @Test func aStoredFindingAboveTheBoundIsNamedByTheAnnualReport() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            """
            Số quyết định,Ngày quyết định,Hình thức,Loại hình,Cấp,Nội dung,Đơn vị chủ trì,Mã số thuế,Ngày công bố,Ngày kết thúc trực tiếp,Số kết luận,Ngày kết luận,Tiền vi phạm,Trạng thái
            12/QĐ-TTr,01/08/2026,thường xuyên,thanh_tra,thanh_tra_tinh,Đất đai,Phòng 2,0101234567,05/08/2026,20/09/2026,KL-3/2026,10/10/2026,120.000.000,đã kết luận
            13/QĐ-TTr,02/08/2026,thường xuyên,thanh_tra,thanh_tra_tinh,Đất đai,Phòng 2,0101234567,05/08/2026,20/09/2026,KL-4/2026,11/10/2026,1.000.000.000.000.000,đã kết luận

            """, to: "tt.csv", in: cli)
        let imported = try cli.run("import", file, "--kind", "inspections")
        #expect(imported.status == 0, "\(imported.stderr)")
        let annual = try cli.run("report", "annual", "2026", "--format", "json")
        #expect(annual.status == 0, "two amounts at the bound still add up: \(annual.stderr)")
        _ = try cli.sqlite("UPDATE finding SET amountVND = 9223372036854775000 WHERE inspectionId = 2")
        let broken = try cli.run("report", "annual", "2026")
        #expect(broken.status == 1 && !broken.signaled)
        #expect(broken.stderr.hasPrefix("error: inspection #2 holds 9223372036854775000 in finding.amountVND, outside 0 … "),
            "\(broken.stderr)")
    }

    // MARK: - Text

    @Test func batchRefusesWhatImportRefuses() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        var input = Data(#"{"argv": ["subject", "add", "--tax-code", "0101234570", "--name", "A\u0000B"]}"#.utf8)
        input.append(0x0A)
        input.append(contentsOf: Array(#"{"argv": ["subject", "add", "--tax-code", "0101234571", "--name", ""#.utf8) + [0xFF, 0xFE]
            + Array("\"]}\n".utf8))
        input.append(contentsOf: Array(#"{"argv": ["subject", "add", "--tax-code", "0101234572", "--name", "\#(String(repeating: "a", count: 501))"]}"#.utf8) + [0x0A])
        input.append(contentsOf: Array(#"{"argv": ["subject", "add", "--tax-code", "0101234573", "--name", "Công ty B"]}"#.utf8) + [0x0A])
        let result = try runBatch(cli, input)
        #expect(result.status == 1 && !result.signaled)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].contains(#""error":"error: line 1: argument 6: a NUL character (U+0000) at character 2 is not allowed"#))
        #expect(lines[1].contains(#""error":"error: line 2 is not valid UTF-8"#))
        #expect(lines[2].contains("the value has 501 characters; at most 500 are allowed"))
        #expect(lines[3].contains(#""ok":true"#))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "2\n")
    }

    func runBatch(_ cli: CLIHarness, _ input: Data) throws -> CLIHarness.Run {
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.arguments = ["batch"]
        process.environment = cli.environment
        process.currentDirectoryURL = cli.directory
        let stdin = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        return CLIHarness.finish(process, out, err)
    }

    @Test func controlCharactersAreRefusedInArgumentsAndEscapedOnOutput() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let name = try cli.run("subject", "add", "--tax-code", "0101234568", "--name", "Evil\u{1B}]0;pwned\u{7}Co")
        #expect(name.status == 1)
        #expect(name.stderr == """
            error: argument 6: an escape character (U+001B) at character 5 is not allowed in a one-line value
              help: remove it; control characters cannot be stored (they would garble the terminal of whoever reads the value)

            """)
        // A line break is refused in a one-line value, allowed in prose (--reason, --description, --note).
        let address = try cli.run("subject", "add", "--tax-code", "0101234575", "--name", "A", "--address", "x\ny")
        #expect(address.status == 1)
        #expect(address.stderr.hasPrefix(
            "error: argument 8: a line break (U+000A) at character 2 is not allowed in a one-line value\n"))
        let reason = try cli.run("case", "cancel", "99", "--reason", "dòng 1\ndòng 2", "--on", "2026-01-02")
        #expect(reason.status == 1 || reason.status == 64)
        #expect(!reason.stderr.contains("line break"), "\(reason.stderr)")
        let actor = try cli.run("--as", "x\u{1B}[31m", "subject", "list")
        #expect(actor.status == 1 && actor.stderr.contains("an escape character (U+001B) at character 2"))
        let user = try cli.run(["subject", "list"], environment: ["USER": "bad\u{7}user"])
        #expect(user.status == 1 && user.stderr.contains("--> field USER"))

        // A name stored raw before the check (or behind thanhtra's back) comes out escaped.
        _ = try cli.sqlite(
            "INSERT INTO subject (kind, identifier, name, nameFolded, address) "
                + "VALUES ('organization', '0101234569', 'Raw' || char(27) || '[31mRed' || char(10) || 'x', 'raw', '')")
        let list = try cli.run("subject", "list")
        #expect(list.status == 0)
        #expect(!list.stdout.contains("\u{1B}"))
        #expect(list.stdout.contains(#"Raw\e[31mRed\nx"#))
        let json = try cli.run("subject", "list", "--format", "json")
        #expect(json.stdout.contains(#"Raw\u001b[31mRed\nx"#))
    }

    @Test func aFolderOrAMissingFileToImportIsExplained() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let folder = try cli.run("import", cli.directory.path, "--kind", "subjects")
        #expect(folder.status == 1)
        #expect(folder.stderr == """
            error: cannot import \(cli.directory.path): it is a folder, not a file
              help: give the CSV file inside it, e.g. \(cli.directory.path)/subjects.csv

            """)
        let missing = try cli.run("import", "nothere.csv", "--kind", "cases")
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("error: cannot import nothere.csv: No such file or directory\n"))
        #expect(!folder.stderr.contains("NSCocoaErrorDomain") && !missing.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func writesToAFullDeviceFailWithExitOne() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let report = try cli.run("report", "monthly", "2026-01", "-o", "/dev/full")
        #expect(report.status == 1)
        #expect(report.stderr == """
            error: cannot write /dev/full: No space left on device
              help: the disk is full; free some space or write elsewhere with -o

            """)
        let subjects = try write("ma so thue,ten\n0101234599,A\n0101234599,B\n", to: "s.csv", in: cli)
        let rejects = try cli.run("import", subjects, "--kind", "subjects", "--skip-bad", "/dev/full")
        #expect(rejects.status == 1)
        #expect(rejects.stderr.hasPrefix("error: cannot write /dev/full: No space left on device"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "1\n", "nothing imported when the rejects are lost")

        // stdout itself on a full device.
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.arguments = ["subject", "list"]
        process.environment = cli.environment
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.hasPrefix("error: cannot write standard output: No space left on device"))

        // CSV streamed to a full stdout (through Output, like every other output): the system's reason, not
        // Foundation's raw error text.
        let csv = Process()
        csv.executableURL = CLIHarness.binary
        csv.arguments = ["case", "recompute", "--format", "csv"]
        csv.environment = cli.environment
        csv.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let csvErr = Pipe()
        csv.standardError = csvErr
        try csv.run()
        let csvStderr = String(decoding: csvErr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        csv.waitUntilExit()
        #expect(csv.terminationStatus == 1)
        #expect(csvStderr.hasPrefix("error: cannot write standard output: No space left on device\n"))
        #expect(!csvStderr.contains("NSCocoaErrorDomain"))
    }

    // MARK: - An import stopped part way

    @Test func anImportStoppedPartWaySaysWhatWasCommittedAndResumingWithSkipBadImportsTheRest() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            "Loại,Mã số thuế,Tên\n" + (1...5).map { "tổ chức,010000000\($0),Công ty \($0)\n" }.joined(), to: "s.csv", in: cli)
        // A failure in the second batch (lines 4–5), standing in for a full disk or a concurrent writer.
        _ = try cli.sqlite(
            "CREATE TRIGGER failSecondBatch BEFORE INSERT ON subject WHEN NEW.identifier = '0100000003' "
                + "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;")
        let stopped = try cli.run("import", file, "--kind", "subjects", "--batch-size", "2")
        #expect(stopped.status == 1 && !stopped.signaled)
        #expect(stopped.stderr == """
            error: import of \(file) stopped in batch 2 (lines 4–5): refused by the database: simulated failure; lines 2–3 \
            were committed in 1 batch(es) (2 row(s), each batch journaled); nothing from line 4 on was imported
              help: fix the cause, then import the same file again with --skip-bad REJECTS.csv: the 2 committed row(s) \
            are refused as already recorded (and listed in REJECTS.csv), the rest are imported; or import only the \
            rest: (head -n 1 \(file); tail -n +4 \(file)) > rest.csv

            """)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "3\n")

        // The hint holds: the same file again with --skip-bad imports exactly the rest.
        _ = try cli.sqlite("DROP TRIGGER failSecondBatch")
        let rejects = cli.directory.appendingPathComponent("rejects.csv").path
        let resumed = try cli.run("import", file, "--kind", "subjects", "--batch-size", "2", "--skip-bad", rejects)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.hasPrefix("read 5 rows from \(file): imported 3, rejected 2 (written to \(rejects))"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "6\n")
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).contains("is already registered as #2"))
    }
}
