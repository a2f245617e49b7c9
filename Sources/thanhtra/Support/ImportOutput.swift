import Casework
import Foundation

/// The CSV file of rejected rows: the imported file's header plus `line` and `reason`, then one row per reject.
///
/// The import ignores `line` and `reason` columns, so a corrected rejects file can be imported as it is.
struct RejectFile {
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

    mutating func write(line: Int, fields: [String], reason: String) throws {
        try writer.write(fields + ["\(line)", reason])
    }

    mutating func finish() throws { try writer.flush() }
}

/// A progress line on stderr, redrawn in place, only when stderr is a terminal:
/// `checking: 120000 rows, 45 %`, then `importing: …`.
final class ImportProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var drawn = false

    func show(phase: String, rows: Int, bytesRead: Int64, byteCount: Int64) {
        guard isTerminal else { return }
        let percent = byteCount > 0 ? Int(bytesRead * 100 / byteCount) : 0
        FileHandle.standardError.write(Data("\r\(phase): \(rows) rows, \(percent) %\u{1B}[K".utf8))
        drawn = true
    }

    func show(_ progress: SubjectImport.Progress) {
        show(
            phase: progress.phase.rawValue, rows: progress.rows, bytesRead: progress.bytesRead,
            byteCount: progress.byteCount)
    }

    func show(_ progress: ImportProgress) {
        show(
            phase: progress.phase.rawValue, rows: progress.rows, bytesRead: progress.bytesRead,
            byteCount: progress.byteCount)
    }

    func end() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }
}
