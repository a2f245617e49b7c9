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
                (argv, command) = try parseLine(line)
            } catch {
                errors[line.number] = Self.describe(error)
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
                    error: errors[line.number] ?? "not run: the batch is atomic and line(s) \(failed) failed; nothing was written")
            }
        }
        return try app.inOneTransaction { store in
            let results = App.$atomicStore.withValue(store) {
                parsed.map { run($0.command, line: $0.line) }
            }
            let failed = results.filter { !$0.ok }.map { String($0.line) }
            guard !failed.isEmpty else { return (result: results, commit: true) }
            let rolledBack = results.map { result in
                result.ok
                    ? LineResult(
                        line: result.line, ok: false,
                        error: "rolled back: the batch is atomic and line(s) \(failed.joined(separator: ", ")) failed; nothing was written")
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
        var reason: String?
        if argv.contains(where: { $0 == "--db" || $0.hasPrefix("--db=") }) {
            reason = "it names its own database with --db; give --db to `batch` instead"
        } else if path.first == "init" {
            reason = "it creates the database, outside any transaction"
        } else if path.first == "import" {
            reason = "an import commits batches of its own, each journaled with the file's hash"
        } else if path.first == "report", argv.contains(where: { $0 == "-o" || $0 == "--output" || $0.hasPrefix("--output=") }) {
            reason = "it writes a file, which a rollback cannot take back"
        }
        guard let reason else { return }
        throw CommandError(
            message: "--atomic cannot run line \(line), `\(name.isEmpty ? argv.joined(separator: " ") : name)`: \(reason)",
            hint: "run that command outside the batch, or run this batch without --atomic")
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
