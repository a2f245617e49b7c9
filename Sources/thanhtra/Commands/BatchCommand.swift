import ArgumentParser
import Casework
import Foundation

/// `thanhtra batch [--atomic]`: commands as JSON Lines on stdin, one result line each on stdout.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch", abstract: "Run commands given as JSON Lines on stdin.",
        discussion: """
            Each non-empty line of stdin is a JSON object {"argv": [...]}: the words after `thanhtra`, e.g.
              {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}
            It is parsed exactly as the command line is and run in this process; --db, --rules and --as given to
            `batch` apply to every line. For each line one JSON object is printed on stdout:
              {"line": 1, "ok": true, "output": "registered subject #1: Công ty A (0101234567)\\n"}
              {"line": 2, "ok": false, "error": "error: ..."}
            (`output`: what the command printed.) Lines run in order, each in its own transaction; a failed line
            does not stop the others. The exit status is 1 if any line failed.

            --atomic: every line must parse first; then all lines run, in order, inside one transaction: each is
            journaled as it would be alone, later lines see what earlier ones wrote, and nothing is written if any
            line fails (every failure is still reported). Commands that cannot join one transaction are refused
            before anything runs: init, import, a line with its own --db, report -o FILE.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "All lines or none: run every line inside one transaction, committed only if all succeed.")
    var atomic = false

    /// One line of input, numbered from 1 (empty lines are counted but not run).
    struct Line {
        var number: Int
        /// `nil` when the line is not valid UTF-8.
        var text: String?
    }

    /// One line of output.
    struct LineResult: Encodable {
        var line: Int
        var ok: Bool
        var output: String?
        var error: String?
    }

    func run() throws {
        try App.$warm.withValue(WarmResources()) { try runLines() }
    }

    /// Reads and runs the lines, each command reusing the store and rule engine the earlier ones opened.
    private func runLines() throws {
        let app = try App(options)
        var lines: [Line] = []
        var number = 0
        var failed = false
        var input = StandardInputLines()
        while let bytes = input.next() {
            number += 1
            // Text that is not UTF-8 is kept as nil and refused by parseLine, naming the line.
            let text = TextInput.decodeUTF8(bytes)
            guard text.map({ !$0.trimmedOfWhitespace.isEmpty }) ?? true else { continue }
            if atomic {
                lines.append(Line(number: number, text: text))
            } else {
                let result = runLine(Line(number: number, text: text))
                failed = failed || !result.ok
                try Self.emit(result)
            }
        }
        if atomic {
            let results = try runAtomically(lines, app: app)
            for result in results { try Self.emit(result) }
            failed = results.contains { !$0.ok }
        }
        if failed { throw ExitCode.failure }
    }

    /// The batch's own --db, --rules and --as, put before every line's words.
    private var prefix: [String] {
        var words: [String] = []
        if let db = options.db { words += ["--db", db] }
        if let rules = options.rules { words += ["--rules", rules] }
        if let actor = options.actor { words += ["--as", actor] }
        return words
    }

    /// Decodes and parses one line.
    func parseLine(_ line: Line) throws -> (argv: [String], command: any ParsableCommand) {
        struct Input: Decodable { var argv: [String] }
        guard let text = line.text else {
            throw CommandError(
                message: "line \(line.number) is not valid UTF-8", hint: "send the lines as UTF-8 JSON")
        }
        let argv: [String]
        do {
            argv = try JSONDecoder().decode(Input.self, from: Data(text.utf8)).argv
        } catch {
            throw CommandError(
                message: "line \(line.number) is not a JSON object with an \"argv\" array of strings",
                hint: #"write e.g. {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}"#)
        }
        do {
            try InputWords.check(argv)
        } catch let error as CommandError {
            throw CommandError(message: "line \(line.number): \(error.message)", hint: error.hint)
        }
        let command: any ParsableCommand
        do {
            command = try Thanhtra.parseAsRoot(prefix + argv)
        } catch {
            throw CommandError(message: Thanhtra.message(for: error), hint: nil)
        }
        guard !(command is BatchCommand) else {
            throw CommandError(message: "batch cannot run inside batch", hint: "put the lines in this batch")
        }
        return (argv, command)
    }

    /// Parses and runs one line, collecting what it prints.
    private func runLine(_ line: Line) -> LineResult {
        do {
            let (_, command) = try parseLine(line)
            return run(command, line: line)
        } catch {
            return LineResult(line: line.number, ok: false, error: Self.describe(error))
        }
    }

    /// Runs one parsed line; what it prints on standard output is collected through ``Output/sink`` (no file
    /// descriptor is redirected) and reported in the result.
    func run(_ parsed: any ParsableCommand, line: Line) -> LineResult {
        var command = parsed
        var thrown: (any Error)?
        let sink = OutputSink()
        Output.$sink.withValue(sink) {
            do { try command.run() } catch { thrown = error }
        }
        let output = sink.text
        guard let thrown else { return LineResult(line: line.number, ok: true, output: output) }
        return LineResult(
            line: line.number, ok: false, output: output.isEmpty ? nil : output, error: Self.describe(thrown))
    }

    /// Writes one result as a JSON object and a newline on standard output.
    static func emit(_ result: LineResult) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        Output.write(String(decoding: try encoder.encode(result), as: UTF8.self) + "\n")
    }

    /// The text `thanhtra` would print for an error (without ArgumentParser's usage lines).
    static func describe(_ error: any Error) -> String {
        if let code = error as? ExitCode { return "exit status \(code.rawValue)" }
        if let error = error as? StoreError { return error.commandDescription }
        if let worded = ErrorWording.describe(error) { return worded }
        return Thanhtra.message(for: error)
    }
}
