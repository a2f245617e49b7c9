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
    mutating func add(_ result: ImportBatchResult) {
        batches += 1
        imported += result.rows
        if firstID == nil { firstID = result.firstID }
        lastID = result.lastID ?? lastID
        // Sums of amounts already stored: they fit, or the store could not have added them up either.
        if let amount = result.amountVND { amountVND = (try? (amountVND ?? .zero).adding(amount)) ?? amountVND }
        if let amount = result.surchargeVND {
            surchargeVND = (try? (surchargeVND ?? .zero).adding(amount)) ?? surchargeVND
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
