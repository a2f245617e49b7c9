import Foundation
import Testing

/// Shell completion (issue 17 item 9): the bash script `thanhtra --generate-completion-script bash` prints, sourced
/// in a real bash and asked as bash asks it (the `complete -F` function with the words typed so far), completes
/// violation codes, circumstances, tax codes and case numbers from the pack in force and the database.
@Suite("Shell completion from the pack and the database — end to end")
struct ShellCompletionCLITests {
    /// The words bash would offer after `line` (the word being completed is the last of `words`, possibly empty).
    func complete(_ words: [String], script: String, in cli: CLIHarness) throws -> [String] {
        let quoted = words.map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }
        let line = words.joined(separator: " ")
        let program = """
            source '\(script)'
            COMP_WORDS=(\(quoted.joined(separator: " ")))
            COMP_CWORD=\(words.count - 1)
            COMP_LINE=\("'" + line + "'")
            COMP_POINT=${#COMP_LINE}
            _thanhtra thanhtra \(quoted[words.count - 1]) \(quoted[words.count - 2])
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", program]
        process.environment = cli.environment
        process.currentDirectoryURL = cli.directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func codesCircumstancesTaxCodesAndCaseNumbersComplete() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty A").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0309876543", "--name", "Công ty B").status == 0)
        #expect(
            try cli.run(
                "case", "open", "--subject", "1", "--record", "BB-1", "--record-on", "2026-11-20", "--violation",
                "ND125-2020-D24-K4-b"
            ).status == 0)
        #expect(
            try cli.run(
                "case", "open", "--subject", "2", "--record", "BB-2", "--record-on", "2026-11-20", "--violation",
                "ND125-2020-D24-K4-b"
            ).status == 0)
        #expect(try cli.run("case", "cancel", "2", "--on", "2026-11-21", "--reason", "lập nhầm").status == 0)
        let generated = try cli.run("--generate-completion-script", "bash")
        #expect(generated.status == 0, "\(generated.stderr)")
        let script = cli.directory.appendingPathComponent("thanhtra.bash").path
        try Data(generated.stdout.utf8).write(to: URL(fileURLWithPath: script))
        let binary = CLIHarness.binary.path

        // Violation codes in force, by prefix
        let codes = try complete([binary, "case", "open", "--violation", "ND125-2020-D24-K4"], script: script, in: cli)
        #expect(codes.contains("ND125-2020-D24-K4-b"), "\(codes)")
        #expect(!codes.isEmpty && codes.allSatisfy { $0.hasPrefix("ND125-2020-D24-K4") }, "\(codes)")
        // Circumstances, as `rules circumstances` lists them
        let listed = try cli.run("rules", "circumstances", "--format", "json")
        let mitigatingCodes =
            ((try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])?["mitigating"]
            as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(try complete([binary, "case", "open", "--mitigating", ""], script: script, in: cli) == mitigatingCodes.sorted())
        // Tax codes of registered subjects
        #expect(try complete([binary, "case", "open", "--subject", "03"], script: script, in: cli) == ["0309876543"])
        // Case numbers still to act on: the open case, not the cancelled one
        #expect(try complete([binary, "case", "show", ""], script: script, in: cli) == ["1"])
        // A database that does not exist completes nothing, and says nothing
        #expect(
            try complete([binary, "case", "show", "--db", "missing.sqlite", ""], script: script, in: cli).isEmpty)
    }
}
