import Foundation
import Testing

@Suite("thanhtra import — a large file")
struct LargeImportTests {
    static let rows = 200_000

    @Test func twoHundredThousandRowsImportWithModestMemory() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        // Given a 200 000-row file, written in pieces
        let path = cli.directory.appendingPathComponent("large.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data("loai,ma so,ten,dia chi\n".utf8))
        var chunk = ""
        for number in 1...Self.rows {
            chunk += "to chuc,\(String(format: "01%08d", number)),\"Công ty TNHH số \(number), chi nhánh\",Số \(number) Trần Hưng Đạo\n"
            if number % 10_000 == 0 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.close()
        let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0

        // When it is imported, under /usr/bin/time -v when available for the peak memory
        let timeTool = "/usr/bin/time"
        let hasTime = FileManager.default.isExecutableFile(atPath: timeTool)
        let started = Date()
        let result: CLIHarness.Run
        if hasTime {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: timeTool)
            process.arguments = ["-v", CLIHarness.binary.path, "import", path, "--kind", "subjects"]
            process.environment = cli.environment
            process.currentDirectoryURL = cli.directory
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            result = CLIHarness.finish(process, out, err)
        } else {
            result = try cli.run("import", path, "--kind", "subjects")
        }
        let seconds = Date().timeIntervalSince(started)

        // Then every row is imported in 20 batches, and the figures are printed
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read \(Self.rows) rows from \(path): imported \(Self.rows), rejected 0\n"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "\(Self.rows)\n")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM journal WHERE command = 'import subjects'") == "20\n")
        var peak = "not measured"
        if let line = result.stderr.split(separator: "\n").first(where: { $0.contains("Maximum resident set size") }),
            let kib = Int(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "")
        {
            peak = "\(kib / 1024) MiB"
            #expect(kib < 512 * 1024, "peak memory \(kib) KiB")
        }
        print(
            "large import: \(Self.rows) rows, \(bytes / 1_048_576) MiB in \(String(format: "%.1f", seconds)) s = "
                + "\(Int(Double(Self.rows) / seconds)) rows/s (debug build); peak RSS \(peak)")
    }
}
