public import Casework
import Foundation

/// Imports a CSV file of one ``ImportKind`` (subjects, inspections, penalty cases, payments) in two passes, so
/// nothing is written while any row is bad.
///
/// 1. ``check(scratch:onHeader:onRow:progress:)`` reads every row, parses it, finds values repeated within the file
///    (through the ``ImportScratch``), checks the rows against the database a window of ``batchSize`` rows at a
///    time, hashes the file (SHA-256), and reports every rejected row in line order.
/// 2. ``write(_:progress:)`` reads the file again and writes the rows that passed, ``batchSize`` at a time: each
///    batch is one transaction with one journal entry `import <kind>` whose payload (``ImportBatchPayload``) names
///    the file, its SHA-256 and the batch's line range.
///
/// Memory does not grow with the file: the reader streams it, at most ``batchSize`` rows are held at once, unique
/// values and running totals live in the scratch, and the rejected lines are one bit per line (``LineSet``).
public struct FileImport<Kind: ImportKind> {
    /// The file's path.
    public let path: String
    /// The file as the journal's batch payloads and the summary name it: its path unless given (a server names an
    /// uploaded file by the name it was sent under, never by where it kept it).
    public let name: String
    /// Rows per transaction and journal entry, and per window of the check.
    public let batchSize: Int
    /// What the file holds.
    public var kind: Kind

    /// An import of the file at `path` as `kind`; `batchSize` rows per transaction, 10 000 unless given.
    public init(path: String, kind: Kind, batchSize: Int = 10_000, name: String? = nil) {
        self.path = path
        self.name = name ?? path
        self.kind = kind
        self.batchSize = max(1, batchSize)
    }

    // MARK: - Pass 1

    /// Reads and checks every row; calls `onHeader` with the header row, then `onRow` for each rejected row, in
    /// line order.
    ///
    /// - Throws: ``ImportFailure`` when the file cannot be opened, is not valid CSV, is empty or has a bad header;
    ///   what the kind's check, the scratch or `onRow` throw.
    public mutating func check(
        scratch: any ImportScratch, onHeader: ([String]) throws -> Void = { _ in },
        onRow: (ImportRejectedRow) throws -> Void, progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportCheck {
        try checkDateOrder()
        let file = try ImportFile(path: path, kind: Kind.name)
        var reader = file.reader()
        let (header, columns) = try readHeader(&reader)
        try onHeader(header)
        var rejected = LineSet()
        var rowsRead = 0
        // One window of rows: each has its reason once refused, its parsed row while it may still be good.
        var window: [(record: CSVRecord, row: Kind.Row?, reason: ImportRowError?)] = []

        func flush() throws {
            // Values repeated within the file, claimed in line order.
            var keyed: [(entry: Int, label: ImportKeyLabel, key: ImportKey)] = []
            for (entry, item) in window.enumerated() {
                guard let row = item.row else { continue }
                for (key, label) in kind.uniqueKeys(of: row, line: item.record.line) {
                    keyed.append((entry, label, key))
                }
            }
            let earlier = try scratch.claim(keyed.map(\.key))
            for (claim, line) in zip(keyed, earlier) {
                guard let line, window[claim.entry].reason == nil else { continue }
                window[claim.entry].reason = .row(
                    "\(claim.label.en) is already on line \(line)", vi: "\(claim.label.vi) đã có ở dòng \(line)")
                window[claim.entry].row = nil
            }
            let candidates = window.indices.filter { window[$0].row != nil }
            let reasons = try kind.check(
                candidates.compactMap { entry in window[entry].row.map { ImportLine(line: window[entry].record.line, row: $0) } },
                scratch: scratch)
            for (entry, reason) in zip(candidates, reasons) where reason != nil { window[entry].reason = reason }
            for item in window {
                guard let reason = item.reason else { continue }
                rejected.insert(item.record.line)
                try onRow(ImportRejectedRow(line: item.record.line, fields: item.record.fields, reason: reason))
            }
            window.removeAll(keepingCapacity: true)
        }

        while let record = try readRecord(&reader) {
            rowsRead += 1
            do {
                window.append((record, try kind.parse(record.fields, line: record.line, columns: columns), nil))
            } catch {
                window.append((record, nil, error))
            }
            if window.count >= batchSize { try flush() }
            if rowsRead % 1000 == 0 {
                progress(
                    ImportProgress(
                        phase: .checking, rows: rowsRead, bytesRead: reader.bytesRead, byteCount: file.byteCount))
            }
        }
        try flush()
        progress(
            ImportProgress(phase: .checking, rows: rowsRead, bytesRead: reader.bytesRead, byteCount: file.byteCount))
        return ImportCheck(
            header: header, rowsRead: rowsRead, rejectedLines: rejected, sha256: file.sha256(),
            byteCount: file.byteCount)
    }

    // MARK: - Pass 2

    /// Reads the file again and writes every row the check accepted, ``batchSize`` per transaction.
    ///
    /// - Throws: ``ImportFailure`` when the file changed since the check (batches already written stay written, each
    ///   journaled); what the kind's write throws, in which case that batch and the later ones are not written.
    public mutating func write(
        _ checked: ImportCheck, progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportSummary {
        let file = try ImportFile(path: path, kind: Kind.name)
        var summary = ImportSummary(
            kind: Kind.name, file: name, sha256: checked.sha256, rowsRead: checked.rowsRead, imported: 0,
            rejected: checked.rejectedLines.count, batches: 0)
        guard file.byteCount == checked.byteCount else { throw changedFailure(summary) }
        var reader = file.reader()
        let (_, columns) = try readHeader(&reader)
        var batch: [ImportLine<Kind.Row>] = []
        var rows = 0
        var stop = ImportStop()

        func commit() throws {
            guard let first = batch.first, let last = batch.last else { return }
            let info = ImportBatchInfo(
                file: name, sha256: checked.sha256, batch: summary.batches + 1, firstLine: first.line,
                lastLine: last.line)
            let result: ImportBatchResult
            do {
                result = try kind.write(batch, batch: info)
            } catch {
                throw failure(.stopped(stop, batchFirstLine: first.line, batchLastLine: last.line, cause: error), line: first.line)
            }
            try summary.add(result)
            stop.committed(rows: result.rows, first: first.line, last: last.line)
            batch.removeAll(keepingCapacity: true)
        }

        while let record = try readRecord(&reader) {
            rows += 1
            if rows % 1000 == 0 {
                progress(
                    ImportProgress(
                        phase: .importing, rows: rows, bytesRead: reader.bytesRead, byteCount: file.byteCount))
            }
            guard !checked.rejectedLines.contains(record.line) else { continue }
            guard let row = try? kind.parse(record.fields, line: record.line, columns: columns) else {
                throw changedFailure(summary)
            }
            batch.append(ImportLine(line: record.line, row: row))
            if batch.count >= batchSize { try commit() }
        }
        guard rows == checked.rowsRead else { throw changedFailure(summary) }
        try commit()
        progress(ImportProgress(phase: .importing, rows: rows, bytesRead: reader.bytesRead, byteCount: file.byteCount))
        guard file.sha256() == checked.sha256 else { throw changedFailure(summary) }
        return summary
    }

    // MARK: - Reading

    /// Reads the file once for its slashed dates and refuses it when some can only be month first (``DateOrder``),
    /// before any row is checked: a US-order file would otherwise import its days ≤ 12 silently wrong.
    ///
    /// - Throws: ``ImportFailure`` `.dateOrder`, naming the lines; what reading the file throws.
    private func checkDateOrder() throws {
        let file = try ImportFile(path: path, kind: Kind.name)
        var reader = file.reader(hashing: false)
        var order = DateOrder()
        _ = try readRecord(&reader)   // the header
        while let record = try readRecord(&reader) { order.scan(record.fields, line: record.line) }
        if order.isRefused { throw failure(.dateOrder(order), line: order.monthFirstLines.first) }
    }

    private func failure(_ reason: ImportFailure.Reason, line: Int? = nil) -> ImportFailure {
        ImportFailure(file: path, kind: Kind.name, reason: reason, line: line)
    }

    private func readHeader(_ reader: inout CSVReader) throws -> ([String], Kind.Columns) {
        guard let header = try readRecord(&reader) else { throw failure(.empty) }
        do {
            return (header.fields, try Kind.columns(header: header.fields))
        } catch {
            throw failure(.header(error), line: header.line)
        }
    }

    private func readRecord(_ reader: inout CSVReader) throws -> CSVRecord? {
        do {
            return try reader.next()
        } catch let error as CSVError {
            throw failure(.notCSV(error), line: error.line)
        }
    }

    private func changedFailure(_ summary: ImportSummary) -> ImportFailure {
        failure(.changed(imported: summary.imported, batches: summary.batches))
    }
}

/// The imported file, opened for one pass: read in 64 KiB chunks and hashed as it is read.
private final class ImportFile {
    let handle: FileHandle
    let byteCount: Int64
    private var hasher = SHA256.Hasher()

    /// The field separator, found from the header line (``CSVDialect``).
    let separator: UInt8

    init(path: String, kind: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportFailure(file: path, kind: kind, reason: .cannotOpen)
        }
        self.handle = handle
        byteCount = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? -1
        // The header line decides the separator; read its bytes once, then start again from the first byte.
        let prefix = (try? handle.read(upToCount: 64 * 1024)) ?? nil
        separator = CSVDialect.separator(of: prefix ?? Data())
        try? handle.seek(toOffset: 0)
    }

    deinit { try? handle.close() }

    /// A reader from the first byte; `hashing` (unless false) feeds ``sha256()`` what it reads. Only the check and
    /// the write need the hash: the look at the dates' order reads without it.
    func reader(hashing: Bool = true) -> CSVReader {
        CSVReader(separator: separator) { [self] () throws -> Data? in
            let data = try handle.read(upToCount: 64 * 1024)
            if hashing, let data { hasher.update(data) }
            return data
        }
    }

    /// The SHA-256 of what was read so far (the whole file once the reader is at its end).
    func sha256() -> String { SHA256.hexString(hasher.finalize()) }
}
