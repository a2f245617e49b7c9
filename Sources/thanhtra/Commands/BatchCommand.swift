import ArgumentParser
import Casework
import Foundation
import Reports

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

    /// The batch's own --db, --rules, --as and --lang, put before every line's words (a line's own `--lang` comes
    /// after, and wins).
    private var prefix: [String] {
        var words: [String] = []
        if let db = options.db { words += ["--db", db] }
        if let rules = options.rules { words += ["--rules", rules] }
        if let actor = options.actor { words += ["--as", actor] }
        if let lang = options.lang { words += ["--lang", lang] }
        return words
    }

    /// The language a line's messages are in: its own `--lang`, else the batch's (``Wording/commandLine``).
    func language(of line: Line) -> Language {
        struct Input: Decodable { var argv: [String] }
        guard let text = line.text, let argv = try? JSONDecoder().decode(Input.self, from: Data(text.utf8)).argv,
            argv.contains(where: { $0 == "--lang" || $0.hasPrefix("--lang=") })
        else { return Wording.commandLine }
        return VietnameseErrors.language(arguments: argv, environment: ProcessInfo.processInfo.environment)
    }

    /// Runs `body` with ``Wording/commandLine`` answering the line's language, so that its errors and everything
    /// it words far from its configuration follow the line's `--lang`.
    func inLanguage<T>(of line: Line, _ body: () throws -> T) rethrows -> T {
        try Wording.$lineLanguage.withValue(language(of: line), operation: body)
    }

    /// Decodes and parses one line.
    func parseLine(_ line: Line) throws -> (argv: [String], command: any ParsableCommand) {
        struct Input: Decodable { var argv: [String] }
        guard let text = line.text else {
            throw CommandError.said(
                ("line \(line.number) is not valid UTF-8", "dòng \(line.number) không phải là UTF-8 hợp lệ"),
                hint: ("send the lines as UTF-8 JSON", "gửi các dòng dưới dạng JSON UTF-8"))
        }
        let argv: [String]
        do {
            argv = try JSONDecoder().decode(Input.self, from: Data(text.utf8)).argv
        } catch {
            let example = #"{"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}"#
            throw CommandError.said(
                (
                    "line \(line.number) is not a JSON object with an \"argv\" array of strings",
                    "dòng \(line.number) không phải là một đối tượng JSON có mảng chuỗi \"argv\""
                ),
                hint: ("write e.g. \(example)", "viết ví dụ \(example)"))
        }
        do {
            try InputWords.check(argv)
        } catch let error as CommandError {
            throw CommandError(
                message: Wording.current("line \(line.number): ", "dòng \(line.number): ") + error.message, hint: error.hint,
                vietnamese: error.vietnamese)
        }
        let command: any ParsableCommand
        do {
            command = try Self.parsedByItsCommand(argv, prefix: prefix) ?? Thanhtra.parseAsRoot(prefix + argv)
        } catch {
            let say = Wording.current
            let message = Thanhtra.message(for: error)
            throw CommandError(
                message: say.vietnamese ? HelpVietnamese.usageMessage(message) : message, hint: nil, vietnamese: say.vietnamese)
        }
        guard !(command is BatchCommand) else {
            throw CommandError.said(
                ("batch cannot run inside batch", "không chạy được batch bên trong batch"),
                hint: ("put the lines in this batch", "đưa các dòng vào batch này"))
        }
        return (argv, command)
    }

    /// The line parsed by the command its leading words name (`subject add …` by `SubjectAddCommand` alone), or nil
    /// when the line does not start with a whole command's words or that command refuses it.
    ///
    /// `Thanhtra.parseAsRoot` builds, by reflection, the arguments of the root and of every group on the way as well
    /// as the command's own, several times each: 5.3 of the 9.1 M instructions of a `subject add` line in a batch
    /// (docs/performance.md, "A batch line's parse"). The command's own parse decodes the same words into the same
    /// values (the root and the groups take none that a command does not: their `GlobalOptions` are every command's
    /// too). Whatever it does not accept — options before the command's words, a group without its subcommand,
    /// help, a mistake — goes through `parseAsRoot`, so that what is accepted and every message stay the root's.
    static func parsedByItsCommand(_ argv: [String], prefix: [String]) -> (any ParsableCommand)? {
        var command: any ParsableCommand.Type = Thanhtra.self
        var words = argv[...]
        while let word = words.first,
            let next = command.configuration.subcommands.first(where: {
                $0._commandName == word || $0.configuration.aliases.contains(word)
            })
        {
            command = next
            words = words.dropFirst()
        }
        guard command != Thanhtra.self, command.configuration.subcommands.isEmpty,
            let parsed = try? command.parseAsRoot(prefix + words), Swift.type(of: parsed) == command
        else { return nil }
        return parsed
    }

    /// Parses and runs one line, collecting what it prints.
    private func runLine(_ line: Line) -> LineResult {
        inLanguage(of: line) {
            do {
                let (_, command) = try parseLine(line)
                return run(command, line: line)
            } catch {
                return LineResult(line: line.number, ok: false, error: Self.describe(error))
            }
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

    /// The text `thanhtra` would print for an error (without ArgumentParser's usage lines), in the line's language
    /// (``ErrorText``, the same words as alone).
    static func describe(_ error: any Error) -> String {
        let say = Wording.current
        if let code = error as? ExitCode { return say("exit status \(code.rawValue)", "mã thoát \(code.rawValue)") }
        if let worded = ErrorText.describe(error, in: say.language) { return worded }
        let message = Thanhtra.message(for: error)
        return say.vietnamese ? HelpVietnamese.usageMessage(message) : message
    }
}
