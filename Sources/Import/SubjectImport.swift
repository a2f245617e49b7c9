public import Casework
import Foundation

/// Imports a CSV file of subjects in two passes over the file, so nothing is written while any row is bad.
///
/// 1. ``check(store:onRow:progress:)`` reads every row, validates it (``NewSubject/validated()``), finds
///    duplicates within the file and against the register, hashes the file (SHA-256), and reports every rejected
///    row in line order.
/// 2. ``write(_:store:context:progress:)`` reads the file again and registers the rows that passed, ``batchSize``
///    at a time: each batch is one transaction with one journal entry `import subjects` whose payload
///    (``BatchPayload``) names the file, its SHA-256 and the batch's line range.
///
/// Memory: the reader streams the file; the check keeps one key per distinct subject of the file (to find
/// duplicates) and the line numbers of rejected rows, and holds at most ``batchSize`` rows at once.
public struct SubjectImport {
    /// A row refused by the check: its line, its fields as read, and why.
    public struct Rejected: Sendable, Equatable {
        /// Physical line where the row starts.
        public var line: Int
        /// The fields as read from the file.
        public var fields: [String]
        /// Why, naming the column: `Mã số thuế: tax code must be 10 digits…`.
        public var reason: String
    }

    /// What the check found.
    public struct Checked: Sendable {
        /// The header row.
        public var header: [String]
        /// Data rows read (the header excluded).
        public var rowsRead: Int
        /// Lines of the rejected rows.
        public var rejectedLines: Set<Int>
        /// Lowercase hex SHA-256 of the file's bytes.
        public var sha256: String
        /// Size of the file in bytes, to notice a file changed between the passes.
        public var byteCount: Int64
        /// Rows that will be imported.
        public var validCount: Int { rowsRead - rejectedLines.count }
    }

    /// The journal payload of one batch.
    public struct BatchPayload: Codable, Sendable, Equatable {
        /// The file as given on the command line.
        public var file: String
        /// Lowercase hex SHA-256 of the whole file.
        public var sha256: String
        /// 1 for the first batch of the file.
        public var batch: Int
        /// Physical lines of the batch's first and last rows (rejected rows between them are not imported).
        public var firstLine: Int
        public var lastLine: Int
        /// Rows registered by this batch.
        public var rows: Int
        /// IDs of the first and last subject registered.
        public var firstSubject: Subject.ID
        public var lastSubject: Subject.ID
    }

    /// What an import did.
    public struct Summary: Codable, Sendable, Equatable {
        public var file: String
        public var sha256: String
        public var rowsRead: Int
        public var imported: Int
        public var rejected: Int
        public var batches: Int
        public var firstSubject: Subject.ID?
        public var lastSubject: Subject.ID?
    }

    /// Where an import is: which pass, rows and bytes read so far, and the file's size.
    public struct Progress: Sendable {
        public enum Phase: String, Sendable { case checking, importing }
        public var phase: Phase
        public var rows: Int
        public var bytesRead: Int64
        public var byteCount: Int64
    }

    /// The journal command of each batch.
    public static let command = "import subjects"

    /// The file's path.
    public let path: String
    /// Rows per transaction (and journal entry).
    public let batchSize: Int

    /// An import of the file at `path`; `batchSize` rows per transaction, 10 000 unless given.
    public init(path: String, batchSize: Int = 10_000) {
        self.path = path
        self.batchSize = max(1, batchSize)
    }

    /// Errors that stop an import: the file cannot be read, is not CSV, or its header is wrong.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// The line, when the problem is in the file.
        public var line: Int?
        /// What to do.
        public var hint: String?

        public var description: String { message }
    }

    // MARK: - Pass 1

    /// Reads and validates every row; calls `onHeader` with the header row, then `onRow` for each rejected row, in
    /// line order.
    ///
    /// - Throws: ``Failure`` when the file cannot be opened, is not valid CSV, is empty or has a bad header;
    ///   ``StoreError`` from the store; what `onRow` throws.
    public func check(
        store: some SubjectImportStore, onHeader: ([String]) throws -> Void = { _ in },
        onRow: (Rejected) throws -> Void, progress: (Progress) -> Void = { _ in }
    ) throws -> Checked {
        let (handle, byteCount) = try open()
        defer { try? handle.close() }
        var hasher = SHA256.Hasher()
        var reader = CSVReader { () throws -> Data? in
            let data = try handle.read(upToCount: 64 * 1024)
            if let data { hasher.update(data) }
            return data
        }
        let columns = try readHeader(&reader)
        try onHeader(columns.header)
        // Line of each subject seen so far, by a compact key: a few dozen bytes per row, not a string each.
        var seen: [Int64: Int32] = [:]
        var rejected = Set<Int>()
        var rowsRead = 0
        // One window of rows: each is either rejected or a validated subject waiting for the register check.
        var window: [(record: CSVRecord, subject: NewSubject?, reason: String?)] = []

        func flush() throws {
            let candidates = window.compactMap(\.subject)
            let registered = candidates.isEmpty ? [:] : try store.registeredSubjects(among: candidates)
            for entry in window {
                var reason = entry.reason
                if let subject = entry.subject, let existing = registered[subject.registerKey] {
                    reason = "\(subject.kind.identifierLabel) \(subject.identifier) is already registered as #\(existing)"
                }
                if let reason {
                    rejected.insert(entry.record.line)
                    try onRow(Rejected(line: entry.record.line, fields: entry.record.fields, reason: reason))
                }
            }
            window.removeAll(keepingCapacity: true)
        }

        while let record = try readRecord(&reader) {
            rowsRead += 1
            do {
                let subject = try columns.subject(from: record.fields).validated()
                let key = Self.compactKey(subject)
                if let first = seen[key] {
                    window.append((record, nil, "\(subject.kind.identifierLabel) \(subject.identifier) is already on line \(first)"))
                } else {
                    seen[key] = Int32(truncatingIfNeeded: record.line)
                    window.append((record, subject, nil))
                }
            } catch {
                window.append((record, nil, "\(columns.column(for: error.field, in: record.fields)): \(error.message)"))
            }
            if window.count >= batchSize { try flush() }
            if rowsRead % 1000 == 0 {
                progress(Progress(phase: .checking, rows: rowsRead, bytesRead: reader.bytesRead, byteCount: byteCount))
            }
        }
        try flush()
        progress(Progress(phase: .checking, rows: rowsRead, bytesRead: reader.bytesRead, byteCount: byteCount))
        return Checked(
            header: columns.header, rowsRead: rowsRead, rejectedLines: rejected,
            sha256: SHA256.hexString(hasher.finalize()), byteCount: byteCount)
    }

    /// A validated subject's kind and identifier packed in 50 bits: the identifier's digits as a number (at most 13
    /// digits, below 2^44), their count (so leading zeros count) and whether a hyphen follows the 10th, and the kind.
    static func compactKey(_ subject: NewSubject) -> Int64 {
        var value: Int64 = 0
        var digits: Int64 = 0
        var hyphen: Int64 = 0
        for byte in subject.identifier.utf8 {
            if byte == UInt8(ascii: "-") {
                hyphen = 1
            } else {
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
            }
        }
        precondition(digits <= 13, "a validated identifier has at most 13 digits")
        return value << 6 | digits << 2 | hyphen << 1 | (subject.kind == .person ? 1 : 0)
    }

    // MARK: - Pass 2

    /// Reads the file again and registers every row the check accepted, ``batchSize`` per transaction.
    ///
    /// - Throws: ``Failure`` when the file changed since the check (batches already written stay written, each
    ///   journaled); ``StoreError`` when a batch fails (e.g. someone registered one of its subjects meanwhile), in
    ///   which case that batch and the later ones are not written.
    public func write(
        _ checked: Checked, store: some SubjectImportStore, context: CommandContext,
        progress: (Progress) -> Void = { _ in }
    ) throws -> Summary {
        let (handle, byteCount) = try open()
        defer { try? handle.close() }
        guard byteCount == checked.byteCount else { throw changedFailure(imported: 0, batches: 0) }
        var hasher = SHA256.Hasher()
        var reader = CSVReader { () throws -> Data? in
            let data = try handle.read(upToCount: 64 * 1024)
            if let data { hasher.update(data) }
            return data
        }
        let columns = try readHeader(&reader)
        var summary = Summary(
            file: path, sha256: checked.sha256, rowsRead: checked.rowsRead, imported: 0,
            rejected: checked.rejectedLines.count, batches: 0)
        var batch: [NewSubject] = []
        var firstLine = 0
        var lastLine = 0
        var rows = 0
        var stop = ImportStop(path: path)

        func commit() throws {
            guard !batch.isEmpty else { return }
            let number = summary.batches + 1
            let stored: [Subject]
            do {
                stored = try store.addSubjects(batch, command: Self.command, context: context) { stored in
                    BatchPayload(
                        file: path, sha256: checked.sha256, batch: number, firstLine: firstLine, lastLine: lastLine,
                        rows: stored.count, firstSubject: stored.first!.id, lastSubject: stored.last!.id)
                }
            } catch {
                let (message, hint) = stop.failure(error, batchFirstLine: firstLine, batchLastLine: lastLine)
                throw Failure(message: message, line: firstLine, hint: hint)
            }
            stop.committed(rows: stored.count, first: firstLine, last: lastLine)
            summary.batches = number
            summary.imported += stored.count
            if summary.firstSubject == nil { summary.firstSubject = stored.first?.id }
            summary.lastSubject = stored.last?.id
            batch.removeAll(keepingCapacity: true)
        }

        while let record = try readRecord(&reader) {
            rows += 1
            if rows % 1000 == 0 {
                progress(Progress(phase: .importing, rows: rows, bytesRead: reader.bytesRead, byteCount: byteCount))
            }
            guard !checked.rejectedLines.contains(record.line) else { continue }
            let subject: NewSubject
            do {
                subject = try columns.subject(from: record.fields).validated()
            } catch {
                throw changedFailure(imported: summary.imported, batches: summary.batches)
            }
            if batch.isEmpty { firstLine = record.line }
            lastLine = record.line
            batch.append(subject)
            if batch.count >= batchSize { try commit() }
        }
        guard rows == checked.rowsRead else { throw changedFailure(imported: summary.imported, batches: summary.batches) }
        try commit()
        progress(Progress(phase: .importing, rows: rows, bytesRead: reader.bytesRead, byteCount: byteCount))
        guard SHA256.hexString(hasher.finalize()) == checked.sha256 else {
            throw changedFailure(imported: summary.imported, batches: summary.batches)
        }
        return summary
    }

    // MARK: - Reading

    private func open() throws -> (FileHandle, Int64) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(message: "cannot open \(path) for reading", hint: "check the path and its permissions")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? -1
        return (handle, size)
    }

    private func readHeader(_ reader: inout CSVReader) throws -> SubjectColumns {
        guard let header = try readRecord(&reader) else {
            throw Failure(message: "\(path) is empty", hint: "the first line must be the header, e.g. loai,ma so thue,ten,dia chi")
        }
        do {
            return try SubjectColumns(header: header.fields)
        } catch {
            throw Failure(message: "\(path):\(header.line): \(error.message)", line: header.line, hint: error.hint)
        }
    }

    private func readRecord(_ reader: inout CSVReader) throws -> CSVRecord? {
        do {
            return try reader.next()
        } catch let error as CSVError {
            throw Failure(
                message: "\(path):\(error.line): \(error.message)", line: error.line,
                hint: "fix the file (see RFC 4180: quote fields with commas, quotes or line breaks; double inner quotes) and import it again")
        }
    }

    private func changedFailure(imported: Int, batches: Int) -> Failure {
        Failure(
            message: "\(path) changed while it was being imported; \(imported) row(s) were imported in \(batches) batch(es)",
            hint: "see `thanhtra journal show`; import the remaining rows from an unchanged copy of the file")
    }
}
