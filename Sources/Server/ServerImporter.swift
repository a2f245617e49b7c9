public import Casework
public import Inspectorate

/// The CSV import of `thanhtra import`, as `POST /api/v1/imports/{kind}` runs it: a port, because the import (the
/// CSV reader, the per-kind checks, the scratch store of the two passes) belongs to the Import target, which the
/// server never imports. The CLI's composition root implements it over the same store and hands it over in
/// ``ServerServices/importer``; the server calls it on a worker thread, with that worker's warm rule engine.
///
/// One call checks every row of the file (pass 1) and, unless ``ServerImportRequest/preview``, writes the good rows
/// in batches, each one transaction and one journal entry `import <kind>` (pass 2), as the command does. A file with
/// a refused row writes nothing unless ``ServerImportRequest/skipBad`` (the command's `--skip-bad`).
public protocol ServerImporter: Sendable {
    /// Checks, and unless a preview imports, the CSV file of `request`, on the calling thread.
    ///
    /// - Parameters:
    ///   - policy: The calling worker's rule engine (the pack in force): the deadlines and codes the rows leave out.
    ///   - pack: The pack as the journal records it with each batch.
    /// - Returns: What was read, refused and written.
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)`` when no role of the acting account may
    ///   import the kind (nothing is read); ``ServerImportFailure`` when the file as a whole is refused (not CSV, no
    ///   header, an unknown column, dates month first) or a batch failed; what the store throws.
    func importFile(_ request: ServerImportRequest, policy: any InspectoratePolicy, pack: RulePackRecord) throws
        -> ServerImportOutcome
}

/// What a file of an import holds, as `thanhtra import --kind` names it.
public enum ServerImportKind: String, Sendable, CaseIterable {
    case subjects, inspections, cases, payments

    /// The use case whose roles may import the kind, as for the command: registering subjects, opening
    /// inspections, opening cases, recording payments.
    public var action: CaseworkAction {
        switch self {
        case .subjects: .addSubject
        case .inspections: .openInspection
        case .cases: .openCase
        case .payments: .recordPayment
        }
    }
}

/// One import asked of a ``ServerImporter``.
public struct ServerImportRequest: Sendable {
    /// What the file holds.
    public var kind: ServerImportKind
    /// The CSV file (the request's body, kept in a temporary file for the two passes).
    public var path: String
    /// Check every row and write nothing.
    public var preview: Bool
    /// Import the good rows when some are refused (the command's `--skip-bad`); else a refused row stops the import.
    public var skipBad: Bool
    /// Who imports, the business day, the journal's time.
    public var acting: Acting
    /// The file's name as the journal records it with the file's SHA-256: the name the browser gave it, or `upload`
    /// (never the temporary path, which means nothing once the import is over).
    public var fileName: String

    public init(
        kind: ServerImportKind, path: String, preview: Bool, skipBad: Bool, acting: Acting, fileName: String = "upload"
    ) {
        self.kind = kind
        self.fileName = fileName
        self.path = path
        self.preview = preview
        self.skipBad = skipBad
        self.acting = acting
    }
}

/// What an import read, refused and wrote.
public struct ServerImportOutcome: Sendable, Equatable {
    /// Refused rows listed at most (``refusedCount`` counts them all): the first ones, in line order.
    public static let refusalsListed = 1_000
    /// Rows to be written shown by a preview (``sample``): the first ones, in line order.
    public static let sampleListed = 20

    public var kind: ServerImportKind
    public var preview: Bool
    /// Data rows read (the header is not one).
    public var rowsRead: Int
    /// Rows written; 0 for a preview and for a file whose refused rows stopped the import.
    public var imported: Int
    /// Every refused row.
    public var refusedCount: Int
    /// The first ``refusalsListed`` refused rows.
    public var refused: [ServerImportRefusal]
    /// The file's SHA-256, as the journal records it.
    public var sha256: String
    /// A preview's header line and first ``sampleListed`` rows that would be written, as they are in the file.
    public var header: [String] = []
    public var sample: [ServerImportRow] = []
    /// Batches written, each one transaction and one journal entry.
    public var batches: Int = 0
    /// The first and last record created (subjects, inspections, cases), when there are.
    public var firstID: Int64?
    public var lastID: Int64?
    /// Payments: the sums paid towards fines and surcharges.
    public var amountVND: VND?
    public var surchargeVND: VND?
    /// The sequence numbers of the first and last journal entry the import wrote (other writers' entries may lie
    /// between them).
    public var journalFirst: Int64?
    public var journalLast: Int64?

    public init(
        kind: ServerImportKind, preview: Bool, rowsRead: Int, imported: Int, refusedCount: Int,
        refused: [ServerImportRefusal], sha256: String
    ) {
        self.kind = kind
        self.preview = preview
        self.rowsRead = rowsRead
        self.imported = imported
        self.refusedCount = refusedCount
        self.refused = refused
        self.sha256 = sha256
    }
}

/// A row of the file as it is written there: its line and its fields.
public struct ServerImportRow: Sendable, Equatable {
    /// The physical line where the row starts (the header is line 1).
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A refused row: its line and the command's reasons, in Vietnamese and in English.
public struct ServerImportRefusal: Sendable, Equatable {
    /// The physical line where the row starts (the header is line 1).
    public var line: Int
    /// The column of the first problem, as headed in the file; empty when it concerns the whole row.
    public var column: String
    /// What the row needs from outside the file (`registerSubjects`, `importCases`…), when it does.
    public var next: String?
    /// Every problem of the row, as `thanhtra import --lang vi` prints them (joined by ` | `).
    public var vi: String
    /// The same in English.
    public var en: String

    public init(line: Int, column: String, next: String?, vi: String, en: String) {
        self.line = line
        self.column = column
        self.next = next
        self.vi = vi
        self.en = en
    }
}

/// The file as a whole was refused, or a batch failed: the command's words in both languages.
public struct ServerImportFailure: Error, Sendable {
    /// `import.` and what stopped it: `empty`, `header`, `notCSV`, `dateOrder`, `cannotOpen`, `changed`, `stopped`.
    public var code: String
    public var vi: String
    public var en: String
    public var hintVI: String?
    public var hintEN: String?
    /// The line of the file, when the problem is at one.
    public var line: Int?
    /// A batch's failure: what stopped it (a store error), for the server to answer as it answers that error.
    public var cause: (any Error)?

    public init(
        code: String, vi: String, en: String, hintVI: String? = nil, hintEN: String? = nil, line: Int? = nil,
        cause: (any Error)? = nil
    ) {
        self.code = code
        self.vi = vi
        self.en = en
        self.hintVI = hintVI
        self.hintEN = hintEN
        self.line = line
        self.cause = cause
    }
}
