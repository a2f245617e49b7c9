import ArgumentParser
import Casework
import Foundation
import Store

/// `thanhtra import FILE.csv --kind subjects`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import subjects from a CSV file (UTF-8, RFC 4180).",
        discussion: """
            The first line is the header; columns are matched without regard to case or accents, in Vietnamese or
            English: loai/kind (to chuc|organization, ca nhan|person), ma so thue/so dinh danh/identifier, ten/name,
            dia chi/address. See docs/import.md for every accepted header.

            Every row is checked first. If any row is bad, every bad row is listed (FILE:LINE: reason) and nothing is
            imported, unless --skip-bad FILE is given: then the bad rows are written there (with line and reason
            columns) and the others are imported. Rows are written in batches, each one transaction and one journal
            entry `import subjects` with the file's SHA-256 and the batch's line range.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case subjects, payments
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    @Option(help: "What the file holds: subjects (payments: not yet supported).")
    var kind: Kind

    @Option(name: .customLong("skip-bad"), help: ArgumentHelp("Import the good rows; write the bad ones to this CSV file.", valueName: "file.csv"))
    var skipBad: String?

    @Option(name: .customLong("batch-size"), help: "Rows per transaction and journal entry.")
    var batchSize: Int = 10_000

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        if let skipBad, skipBad == file { throw ValidationError("--skip-bad must name another file than the one imported") }
    }

    func run() throws {
        let app = try App(options)
        guard kind == .subjects else {
            throw CommandError(
                message: "import --kind payments is not yet supported",
                hint: "record payments with `thanhtra case pay`, or many at once with `thanhtra batch` lines")
        }
        let store = try app.openStore()
        let context = try app.context(pack: try app.loadPack(recordedIn: store), store: store)
        let importer = SubjectImport(path: file, batchSize: batchSize)
        let progress = ImportProgress()
        var rejects = try skipBad.map { try RejectFile(path: $0) }
        let checked: SubjectImport.Checked
        do {
            checked = try importer.check(
                store: store, onHeader: { header in try rejects?.start(header: header) },
                onRow: { row in
                    if rejects != nil { try rejects!.write(row) } else { Output.error("\(file):\(row.line): \(row.reason)") }
                }, progress: progress.show)
            try rejects?.finish()
        } catch let failure as SubjectImport.Failure {
            progress.end()
            throw CommandError(message: failure.message, hint: failure.hint)
        }
        progress.end()
        if !checked.rejectedLines.isEmpty, rejects == nil {
            throw CommandError(
                message: "\(checked.rejectedLines.count) of \(checked.rowsRead) rows of \(file) are bad (listed above); nothing was imported",
                hint: "fix them and import again, or pass --skip-bad FILE to import the good rows and write the bad ones to FILE")
        }
        let summary: SubjectImport.Summary
        do {
            summary = try importer.write(checked, store: store, context: context, progress: progress.show)
        } catch let failure as SubjectImport.Failure {
            progress.end()
            throw CommandError(message: failure.message, hint: failure.hint)
        }
        progress.end()
        switch app.configuration.format {
        case .json: try Output.json(summary)
        default:
            var line = "read \(summary.rowsRead) rows from \(file): imported \(summary.imported), rejected \(summary.rejected)"
            if let skipBad, summary.rejected > 0 { line += " (written to \(skipBad))" }
            Output.line(line)
            if let first = summary.firstSubject, let last = summary.lastSubject {
                Output.line("subjects #\(first)–#\(last) in \(summary.batches) batch(es), journaled with sha256 \(summary.sha256)")
            }
        }
    }
}

/// The CSV file of rejected rows: the imported file's header plus `line` and `reason`, then one row per reject.
private struct RejectFile {
    private var writer: CSVWriter

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw CommandError(message: "cannot create \(path)", hint: "check that the folder exists and is writable")
        }
        writer = CSVWriter(handle: handle)
    }

    mutating func start(header: [String]) throws { try writer.write(header + ["line", "reason"]) }

    mutating func write(_ row: SubjectImport.Rejected) throws { try writer.write(row.fields + ["\(row.line)", row.reason]) }

    mutating func finish() throws { try writer.flush() }
}

/// A progress line on stderr, redrawn in place, only when stderr is a terminal.
private final class ImportProgress {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var drawn = false

    func show(_ progress: SubjectImport.Progress) {
        guard isTerminal else { return }
        let percent = progress.byteCount > 0 ? Int(progress.bytesRead * 100 / progress.byteCount) : 0
        FileHandle.standardError.write(Data("\r\(progress.phase.rawValue): \(progress.rows) rows, \(percent) %\u{1B}[K".utf8))
        drawn = true
    }

    func end() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }
}
