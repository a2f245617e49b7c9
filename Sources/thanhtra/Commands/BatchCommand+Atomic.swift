import ArgumentParser
import Casework
import Foundation

extension BatchCommand {
    /// `--atomic`: parses every line first; then runs them all, in order, inside one transaction of the database,
    /// and commits only if every line succeeded.
    ///
    /// Each line runs as it would alone — the same parser, the same checks, its own journal entry — but its store is
    /// the batch's (``App/atomicStore``), so its writes are a savepoint of the one transaction and later lines see
    /// them. A line that fails leaves nothing of itself; the lines after it still run, so that every failure is
    /// reported; then everything is rolled back.
    ///
    /// - Throws: ``CommandError`` before anything runs when a line is a command that cannot join the transaction
    ///   (naming the line); when the database does not exist; what the store throws to begin or end the
    ///   transaction.
    func runAtomically(_ lines: [Line], app: App) throws -> [LineResult] {
        var parsed: [(line: Line, command: any ParsableCommand)] = []
        var errors: [Int: String] = [:]
        for line in lines {
            let argv: [String]
            let command: any ParsableCommand
            do {
                (argv, command) = try inLanguage(of: line) { try parseLine(line) }
            } catch {
                errors[line.number] = inLanguage(of: line) { Self.describe(error) }
                continue
            }
            try Self.requireJoinable(argv, line: line.number)
            parsed.append((line, command))
        }
        guard errors.isEmpty else {
            let failed = errors.keys.sorted().map(String.init).joined(separator: ", ")
            return lines.map { line in
                LineResult(
                    line: line.number, ok: false,
                    error: errors[line.number]
                        ?? inLanguage(of: line) {
                            Wording.current(
                                "not run: the batch is atomic and line(s) \(failed) failed; nothing was written",
                                "không chạy: batch là nguyên khối và (các) dòng \(failed) lỗi; không có gì được ghi lại")
                        })
            }
        }
        return try app.inOneTransaction { store in
            let results = App.$atomicStore.withValue(store) {
                parsed.map { parsed in inLanguage(of: parsed.line) { run(parsed.command, line: parsed.line) } }
            }
            let failed = results.filter { !$0.ok }.map { String($0.line) }
            guard !failed.isEmpty else { return (result: results, commit: true) }
            let lines = failed.joined(separator: ", ")
            let rolledBack = zip(results, parsed).map { result, parsed in
                result.ok
                    ? LineResult(
                        line: result.line, ok: false,
                        error: inLanguage(of: parsed.line) {
                            Wording.current(
                                "rolled back: the batch is atomic and line(s) \(lines) failed; nothing was written",
                                "đã hoàn tác: batch là nguyên khối và (các) dòng \(lines) lỗi; không có gì được ghi lại")
                        })
                    : result
            }
            return (result: rolledBack, commit: false)
        }
    }

    /// Refuses, before anything runs, a line whose command cannot be part of one transaction of the batch's
    /// database.
    ///
    /// - Throws: ``CommandError`` naming the line and why.
    static func requireJoinable(_ argv: [String], line: Int) throws {
        let path = commandPath(argv)
        let name = path.joined(separator: " ")
        var reason: (String, String)?
        if argv.contains(where: { $0 == "--db" || $0.hasPrefix("--db=") }) {
            reason = (
                "it names its own database with --db; give --db to `batch` instead",
                "dòng này ghi cơ sở dữ liệu riêng bằng --db; hãy đưa --db cho `batch`"
            )
        } else if path.first == "init" {
            reason = ("it creates the database, outside any transaction", "lệnh tạo cơ sở dữ liệu, ngoài mọi giao dịch")
        } else if path.first == "import" {
            reason = (
                "an import commits batches of its own, each journaled with the file's hash",
                "lệnh nhập ghi các lô riêng, mỗi lô vào nhật ký cùng mã băm của tệp"
            )
        } else if path.first == "report", argv.contains(where: { $0 == "-o" || $0 == "--output" || $0.hasPrefix("--output=") }) {
            reason = ("it writes a file, which a rollback cannot take back", "lệnh ghi một tệp, việc hoàn tác không lấy lại được")
        }
        guard let reason else { return }
        let shown = name.isEmpty ? argv.joined(separator: " ") : name
        throw CommandError.said(
            ("--atomic cannot run line \(line), `\(shown)`: \(reason.0)", "--atomic không chạy được dòng \(line), `\(shown)`: \(reason.1)"),
            hint: (
                "run that command outside the batch, or run this batch without --atomic",
                "chạy lệnh đó ngoài batch, hoặc chạy batch này không có --atomic"
            ))
    }

    /// The subcommand words at the start of `argv`: `["case", "pay"]` for `case pay 1 --amount …`.
    static func commandPath(_ argv: [String]) -> [String] {
        var command: any ParsableCommand.Type = Thanhtra.self
        var path: [String] = []
        for word in argv {
            guard let sub = command.configuration.subcommands.first(where: { $0.configuration.commandName == word })
            else { break }
            path.append(word)
            command = sub
        }
        return path
    }
}
