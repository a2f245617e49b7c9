import Casework
import Import
import Foundation

/// The CSV file of rejected rows: the imported file's header plus `line` and `reason`, then one row per reject.
///
/// The import ignores `line` and `reason` columns, so a corrected rejects file can be imported as it is.
///
/// Every write and the final close are checked (``OutputFile``): a rejects file on a full disk fails the import with
/// a message, never an exit 0 with rows silently lost.
struct RejectFile {
    private let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(path: String) throws {
        if isDirectory(path) {
            throw CommandError.said(
                ("cannot write the rejects file \(path): it is a folder", "không ghi được tệp dòng sai \(path): đó là một thư mục"),
                hint: (
                    "give a file name for --skip-bad, e.g. \(path)/rejects.csv",
                    "cho --skip-bad một tên tệp, ví dụ \(path)/rejects.csv"
                ))
        }
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let error = OutputFile.failure(path)
            throw CommandError(
                message: Wording.current("cannot create the rejects file: ", "không tạo được tệp dòng sai: ") + error.message,
                hint: error.hint, vietnamese: error.vietnamese)
        }
    }

    mutating func start(header: [String]) throws { try append(header + ["line", "reason"]) }

    mutating func write(line: Int, fields: [String], reason: String) throws {
        try append(fields + ["\(line)", reason])
    }

    /// Writes what is buffered, syncs and closes the file.
    mutating func finish() throws {
        try OutputFile.writeAll(buffer, to: descriptor, path: path, closing: true)
        buffer.removeAll()
    }

    private mutating func append(_ fields: [String]) throws {
        buffer += CSVWriter.line(fields).utf8
        if buffer.count >= 64 * 1024 {
            try OutputFile.writeAll(buffer, to: descriptor, path: path, closing: false)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}

/// Whether `path` names an existing folder.
func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
}

/// A progress line on stderr, redrawn in place, only when stderr is a terminal (nothing when piped): a bar of the
/// bytes read, the rows, the rate and the time left (``ProgressBar``), for the check and then the import.
final class ImportProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var drawn = false
    private var phase = ""
    private var started = ContinuousClock.now

    func show(phase: String, rows: Int, bytesRead: Int64, byteCount: Int64) {
        guard isTerminal else { return }
        if phase != self.phase {
            self.phase = phase
            started = .now
        }
        let elapsed = ContinuousClock.now - started
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        let text = ProgressBar.line(
            label: phase, done: bytesRead, total: byteCount, count: Int64(rows), unit: "rows", elapsedNanoseconds: nanoseconds)
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
        drawn = true
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

/// The summary of a subjects import as `--format json` has always printed it: the first and last subject by name.
struct SubjectImportSummary: Encodable {
    var file: String
    var sha256: String
    var rowsRead: Int
    var imported: Int
    var rejected: Int
    var batches: Int
    var firstSubject: Subject.ID?
    var lastSubject: Subject.ID?

    init(_ summary: ImportSummary) {
        file = summary.file
        sha256 = summary.sha256
        rowsRead = summary.rowsRead
        imported = summary.imported
        rejected = summary.rejected
        batches = summary.batches
        firstSubject = summary.firstID.map { Subject.ID(rawValue: $0) }
        lastSubject = summary.lastID.map { Subject.ID(rawValue: $0) }
    }
}
