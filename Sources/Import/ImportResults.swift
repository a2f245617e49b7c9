public import Casework

/// A row refused by an import's check: its line, its fields as read, and why.
public struct ImportRejectedRow: Sendable, Equatable {
    /// Physical line where the row starts.
    public var line: Int
    /// The fields as read from the file.
    public var fields: [String]
    /// Why, naming the column: `ngay lap bien ban: "31/02/2026" is not a date; …`.
    public var reason: String

    /// Creates a rejected row.
    public init(line: Int, fields: [String], reason: String) {
        self.line = line
        self.fields = fields
        self.reason = reason
    }
}

/// What an import's check found.
public struct ImportCheck: Sendable {
    /// The header row.
    public var header: [String]
    /// Data rows read (the header excluded).
    public var rowsRead: Int
    /// Lines of the rejected rows.
    public var rejectedLines: LineSet
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Size of the file in bytes, to notice a file changed between the passes.
    public var byteCount: Int64
    /// Rows that will be imported.
    public var validCount: Int { rowsRead - rejectedLines.count }
}

/// What an import did.
public struct ImportSummary: Codable, Sendable, Equatable {
    /// `inspections`, `cases` or `payments`.
    public var kind: String
    public var file: String
    public var sha256: String
    public var rowsRead: Int
    public var imported: Int
    public var rejected: Int
    public var batches: Int
    /// IDs of the first and last record created, for kinds that create records.
    public var firstID: Int64?
    public var lastID: Int64?
    /// Payments: the sums paid towards fines and surcharges.
    public var amountVND: VND?
    public var surchargeVND: VND?

    /// Counts one more batch that wrote `result`.
    ///
    /// - Throws: ``AmountTotalError`` when the file's total of amounts does not fit in an `Int64`.
    mutating func add(_ result: ImportBatchResult) throws(AmountTotalError) {
        batches += 1
        imported += result.rows
        if firstID == nil { firstID = result.firstID }
        lastID = result.lastID ?? lastID
        // Checked, never clamped: many batches of amounts at the bound can exceed an Int64.
        if let amount = result.amountVND {
            var total = amountVND?.rawValue ?? 0
            try VND.accumulate(&total, amount.rawValue, into: "payments in \(file)", at: "batch \(batches)")
            amountVND = VND(total)
        }
        if let amount = result.surchargeVND {
            var total = surchargeVND?.rawValue ?? 0
            try VND.accumulate(&total, amount.rawValue, into: "surcharges in \(file)", at: "batch \(batches)")
            surchargeVND = VND(total)
        }
    }
}

/// Where an import is: which pass, rows and bytes read so far, and the file's size.
public struct ImportProgress: Sendable {
    /// The pass.
    public enum Phase: String, Sendable { case checking, importing }
    public var phase: Phase
    public var rows: Int
    public var bytesRead: Int64
    /// The file's size in bytes; -1 when unknown.
    public var byteCount: Int64

    /// Creates a progress report.
    public init(phase: Phase, rows: Int, bytesRead: Int64, byteCount: Int64) {
        self.phase = phase
        self.rows = rows
        self.bytesRead = bytesRead
        self.byteCount = byteCount
    }
}

/// An error that stops an import: the file cannot be read, is not CSV, has a bad header, or changed meanwhile.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// What is wrong, with `FILE:LINE:` when the problem is in the file.
    public var message: String
    /// The line, when the problem is in the file.
    public var line: Int?
    /// What to do.
    public var hint: String?

    /// Creates an import failure.
    public init(message: String, line: Int? = nil, hint: String? = nil) {
        self.message = message
        self.line = line
        self.hint = hint
    }

    public var description: String { message }
}

/// What an import had committed when an error stopped it part way (a full disk, a concurrent writer, a row that
/// no longer passes), worded so that a person can resume: which batches and lines are in, which are not, and how to
/// import the rest.
///
/// Every kind refuses a row whose key (identifier, record or decision number, receipt) is already recorded, so
/// importing the same file again with `--skip-bad` is safe: the committed rows come back as "already recorded"
/// rejects and the others are imported.
public struct ImportStop: Sendable, Equatable {
    /// The imported file.
    public var path: String
    /// Batches committed (each one transaction and one journal entry).
    public var batches: Int = 0
    /// Rows committed.
    public var rows: Int = 0
    /// First and last line of the committed batches; `nil` before the first commit.
    public var firstLine: Int?
    public var lastLine: Int?

    /// An import of `path` that has committed nothing yet.
    public init(path: String) { self.path = path }

    /// Counts one more committed batch of `rows` rows on lines `first…last`.
    public mutating func committed(rows count: Int, first: Int, last: Int) {
        batches += 1
        rows += count
        if firstLine == nil { firstLine = first }
        lastLine = last
    }

    /// The message and hint for `error`, which stopped the batch of lines `first…last`.
    public func failure(_ error: any Error, batchFirstLine first: Int, batchLastLine last: Int) -> (message: String, hint: String) {
        let reason: String
        if let store = error as? StoreError {
            reason = store.message
        } else {
            reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
        let stopped = "import of \(path) stopped in batch \(batches + 1) (lines \(first)–\(last)): \(reason)"
        let done: String
        if let firstLine, let lastLine {
            done = "; lines \(firstLine)–\(lastLine) were committed in \(batches) batch(es) (\(rows) row(s), each batch "
                + "journaled); nothing from line \(first) on was imported"
        } else {
            done = "; nothing was imported"
        }
        let hint: String
        if batches == 0 {
            hint = "fix the cause and import the file again"
        } else {
            hint = "fix the cause, then import the same file again with --skip-bad REJECTS.csv: the \(rows) committed "
                + "row(s) are refused as already recorded (and listed in REJECTS.csv), the rest are imported; or import "
                + "only the rest: (head -n 1 \(path); tail -n +\(first) \(path)) > rest.csv"
        }
        return (stopped + done, hint)
    }
}
