public import Casework

/// A row refused by an import's check: its line, its fields as read, and why.
public struct ImportRejectedRow: Sendable, Equatable {
    /// Physical line where the row starts.
    public var line: Int
    /// The fields as read from the file.
    public var fields: [String]
    /// Why, naming the column: `ngay lap bien ban: "31/02/2026" is not a date; …`.
    public var reason: ImportRowError

    /// Creates a rejected row.
    public init(line: Int, fields: [String], reason: ImportRowError) {
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

/// An error that stops an import: the file cannot be read, is not CSV, has a bad header, changed meanwhile, or a
/// batch failed part way. A value; each face words it (the CLI with `FILE:LINE:` and what to run next).
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// What stopped the import.
    public enum Reason: Sendable {
        /// The file cannot be opened for reading.
        case cannotOpen
        /// The file has no header row.
        case empty
        /// The header row names an unknown or repeated column, or misses a required one.
        case header(InputError)
        /// The file does not follow RFC 4180 (or is not UTF-8 text) at ``ImportFailure/line``.
        case notCSV(CSVError)
        /// Some dates of the file can only be read month first (`03/25/2026`): its other slashed dates would be
        /// misread, so nothing of it is read. ``DateOrder`` names the lines of each order.
        case dateOrder(DateOrder)
        /// The file changed between the passes, or during the second one, after `batches` batches of `imported` rows.
        case changed(imported: Int, batches: Int)
        /// `cause` (a store or rules error) stopped the batch of lines `batchFirstLine…batchLastLine`, after what
        /// `committed` records.
        case stopped(ImportStop, batchFirstLine: Int, batchLastLine: Int, cause: any Error)
    }

    /// The imported file, as given.
    public var file: String
    /// The kind of file (``ImportKind/name``): `subjects`, `cases`…
    public var kind: String
    /// What stopped the import.
    public var reason: Reason
    /// The line, when the problem is in the file (or the first line of the failed batch).
    public var line: Int?

    /// Creates an import failure.
    public init(file: String, kind: String, reason: Reason, line: Int? = nil) {
        self.file = file
        self.kind = kind
        self.reason = reason
        self.line = line
    }

    /// The file and what stopped the import, for logs; faces word it themselves.
    public var description: String { "import of \(file) failed: \(reason)" }
}

/// What an import had committed when an error stopped it part way (a full disk, a concurrent writer, a row that
/// no longer passes): which batches and lines are in, so that a face can say how to import the rest.
///
/// Every kind refuses a row whose key (identifier, record or decision number, receipt) is already recorded, so
/// importing the same file again keeping the bad rows aside is safe: the committed rows come back as "already
/// recorded" rejects and the others are imported.
public struct ImportStop: Sendable, Equatable {
    /// Batches committed (each one transaction and one journal entry).
    public var batches: Int = 0
    /// Rows committed.
    public var rows: Int = 0
    /// First and last line of the committed batches; `nil` before the first commit.
    public var firstLine: Int?
    public var lastLine: Int?

    /// An import that has committed nothing yet.
    public init() {}

    /// Counts one more committed batch of `rows` rows on lines `first…last`.
    public mutating func committed(rows count: Int, first: Int, last: Int) {
        batches += 1
        rows += count
        if firstLine == nil { firstLine = first }
        lastLine = last
    }
}
