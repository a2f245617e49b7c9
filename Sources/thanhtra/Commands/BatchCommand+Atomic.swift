import ArgumentParser
import Casework
import Foundation
import Store

extension BatchCommand {
    /// `--atomic`: parses every line, checks every subject, then registers them all in one transaction with one
    /// journal entry `batch subject add`, or writes nothing and reports every line that failed.
    ///
    /// - Throws: ``CommandError`` when a line is not `subject add` (before anything is checked or written);
    ///   what the store throws for the final transaction.
    func runAtomically(_ lines: [Line], app: App) throws -> [LineResult] {
        var parsed: [(line: Line, command: SubjectAddCommand)] = []
        var errors: [Int: String] = [:]
        for line in lines {
            do {
                let (argv, command) = try parseLine(line)
                guard let add = command as? SubjectAddCommand else {
                    let name = Self.commandPath(argv).joined(separator: " ")
                    throw CommandError(
                        message: "--atomic runs only `subject add` lines; line \(line.number) is `\(name)`",
                        hint: "run this batch without --atomic, or put the other commands in a batch of their own")
                }
                parsed.append((line, add))
            } catch let error as CommandError where error.message.hasPrefix("--atomic") {
                throw error
            } catch {
                errors[line.number] = Self.describe(error)
            }
        }
        let store = try app.openStore()
        // Every subject is validated, and checked against the others and the register, before anything is written.
        var subjects: [NewSubject] = []
        var firstLine: [String: Int] = [:]
        for (line, add) in parsed {
            let new = NewSubject(
                kind: add.taxCode != nil ? .organization : .person, identifier: add.taxCode ?? add.idNumber ?? "",
                name: add.name, address: add.address)
            do {
                let valid = try new.validated()
                if let first = firstLine[valid.registerKey] {
                    errors[line.number] = "error: \(valid.kind.identifierLabel) \(valid.identifier) is already on line \(first)"
                } else {
                    firstLine[valid.registerKey] = line.number
                }
                subjects.append(valid)
            } catch {
                errors[line.number] = error.description
            }
        }
        for (key, id) in try store.registeredSubjects(among: subjects) {
            if let line = firstLine[key] {
                let subject = subjects.first { $0.registerKey == key }!
                errors[line] = Self.duplicateSubject(subject, existingID: id).description
            }
        }
        guard errors.isEmpty else {
            let failed = errors.keys.sorted().map(String.init).joined(separator: ", ")
            return lines.map { line in
                LineResult(
                    line: line.number, ok: false,
                    error: errors[line.number] ?? "not run: the batch is atomic and line(s) \(failed) failed; nothing was written")
            }
        }
        let pack = try app.loadPack(recordedIn: store)
        let stored = try store.addSubjects(
            subjects, command: "batch subject add", context: try app.context(pack: pack, store: store)
        ) { stored in ["subjects": stored] }
        return zip(parsed, stored).map { entry, subject in
            LineResult(
                line: entry.line.number, ok: true, output: "registered subject #\(subject.id): \(subject.name) (\(subject.identifier))\n")
        }
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

    /// The store's message for a subject registered already.
    private static func duplicateSubject(_ subject: NewSubject, existingID: Subject.ID) -> CommandError {
        CommandError(
            message: "subject with \(subject.kind.identifierLabel) \(subject.identifier) is already registered as #\(existingID)",
            hint: "see `thanhtra subject show \(existingID)`")
    }
}
