import Foundation
import Testing

@Suite("thanhtra import — memory does not grow with a legacy file")
struct LargeLegacyImportTests {
    /// Runs `thanhtra arguments…` under `/usr/bin/time -v`; returns the run and its peak resident set in KiB.
    func measured(_ cli: CLIHarness, _ arguments: [String]) throws -> (CLIHarness.Run, Int?) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-v", CLIHarness.binary.path] + arguments
        process.environment = cli.environment
        process.currentDirectoryURL = cli.directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let run = CLIHarness.finish(process, out, err)
        let line = run.stderr.split(separator: "\n").first { $0.contains("Maximum resident set size") }
        return (run, line.flatMap { Int($0.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") })
    }

    /// `count` payments of 1.000 đ each, spread over the 40 decided cases of `cases.csv`, receipts numbered from
    /// `first`.
    func writePayments(_ count: Int, first: Int, to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        var chunk = "so quyet dinh,ngay nop,so tien,so bien lai\n"
        for number in 0..<count {
            let decided = (number % 40) / 4 * 5 + (number % 4) + 1  // the cases whose number is not a multiple of 5
            chunk += String(format: "QĐ-%07d/XPHC,2026-11-20,1.000,R-%08d\n", decided, first + number)
            if chunk.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
        try handle.close()
    }

    @Test func tenTimesMorePaymentsNeedNoMoreMemory() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        // Given 50 subjects and 50 cases (40 decided, fines of 4–23 million đ) from the generator
        let script = CLIHarness.repository.appendingPathComponent("scripts/legacy-csv.sh").path
        for kind in ["subjects", "cases"] {
            let path = cli.directory.appendingPathComponent("\(kind).csv").path
            let generator = Process()
            generator.executableURL = URL(fileURLWithPath: "/bin/sh")
            generator.arguments = [script, kind, "50"]
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            generator.standardOutput = FileHandle(forWritingAtPath: path)
            try generator.run()
            generator.waitUntilExit()
            #expect(try cli.run("import", path, "--kind", kind).status == 0)
        }
        let small = cli.directory.appendingPathComponent("small.csv").path
        let large = cli.directory.appendingPathComponent("large.csv").path
        try writePayments(4_000, first: 0, to: small)
        try writePayments(40_000, first: 4_000, to: large)

        // When 4 000, then 40 000 payments are imported
        let (smallRun, smallPeak) = try measured(cli, ["import", small, "--kind", "payments"])
        let started = Date()
        let (largeRun, largePeak) = try measured(cli, ["import", large, "--kind", "payments"])
        let seconds = Date().timeIntervalSince(started)

        // Then both are imported, and the peak memory of the larger differs by little more than a batch of rows
        #expect(smallRun.status == 0, "\(smallRun.stderr)")
        #expect(largeRun.status == 0, "\(largeRun.stderr)")
        #expect(largeRun.stdout.hasPrefix("read 40000 rows from \(large): imported 40000, rejected 0\n"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM payment") == "44000\n")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM journal WHERE command = 'import payments'") == "5\n")
        let small_ = try #require(smallPeak)
        let large_ = try #require(largePeak)
        #expect(large_ - small_ < 16 * 1024, "peak RSS \(small_) KiB for 4 000 rows, \(large_) KiB for 40 000")
        print(
            "legacy payments: 40 000 rows in \(String(format: "%.1f", seconds)) s (debug build); peak RSS \(small_ / 1024) MiB for 4 000 rows, \(large_ / 1024) MiB for 40 000"
        )
    }
}
