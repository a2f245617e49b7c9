public import Casework
public import Foundation

/// One record of a CSV file: its fields and the physical line (1-based) on which it starts.
public struct CSVRecord: Sendable, Equatable {
    /// The fields, unquoted, as UTF-8 text.
    public var fields: [String]
    /// The physical line where the record starts; a quoted field with line breaks makes a record span several.
    public var line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// A CSV file that does not follow RFC 4180, with the line where the problem is.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// The physical line (1-based) where the problem was found.
    public var line: Int

    /// Creates a CSV error.
    public init(_ message: String, line: Int) {
        self.message = message
        self.line = line
    }

    /// `line 12: a quoted field is never closed`.
    public var description: String { "line \(line): \(message)" }
}

/// A streaming RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends, UTF-8 with or without a BOM.
///
/// It reads its source in chunks (64 KiB by default) and keeps only the record being read, so memory does not
/// grow with the file:
///
/// ```swift
/// var reader = CSVReader(handle: FileHandle(forReadingAtPath: path)!)
/// while let record = try reader.next() { print(record.line, record.fields) }
/// ```
///
/// - Empty lines (no byte between two line ends) are skipped; a line with only a separator is a record of two
///   empty fields.
/// - A lone CR outside quotes ends a record too (old Mac files); inside quotes every byte is kept as is.
/// - A quote inside an unquoted field, or text after a closing quote, is an error, as is a quoted field still
///   open at the end of the file, text that is not UTF-8, and a field that ``TextInput`` refuses as multi-line
///   text (a NUL or another control character, more than 20 000 characters).
/// - A record longer than ``maximumRecordBytes`` is an error, so a missing closing quote cannot consume memory.
public struct CSVReader {
    /// The largest record accepted, in bytes: 1 MiB.
    public static let maximumRecordBytes = 1 << 20

    private let readChunk: () throws -> Data?
    private var chunk: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    private var isAtStart = true
    private let separator: UInt8

    /// The physical line of the byte being read.
    private var line = 1
    /// Bytes of the field being read, and the fields of the record so far.
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var recordBytes = 0

    /// Total bytes read from the source so far (the BOM included).
    public private(set) var bytesRead: Int64 = 0

    /// A reader over any source of chunks; `readChunk` returns `nil` or empty data at the end.
    ///
    /// - Parameter separator: The field separator, `,` unless given.
    public init(separator: UInt8 = UInt8(ascii: ","), readChunk: @escaping () throws -> Data?) {
        self.readChunk = readChunk
        self.separator = separator
    }

    /// A reader over a file handle, reading `chunkSize` bytes at a time.
    public init(handle: FileHandle, chunkSize: Int = 64 * 1024, separator: UInt8 = UInt8(ascii: ",")) {
        self.init(separator: separator) { try handle.read(upToCount: chunkSize) }
    }

    /// A reader over bytes in memory, for tests and small inputs.
    public init(data: Data, separator: UInt8 = UInt8(ascii: ",")) {
        var pending: Data? = data
        self.init(separator: separator) {
            defer { pending = nil }
            return pending
        }
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterCR }

    /// The next record, or `nil` at the end of the source.
    ///
    /// - Throws: ``CSVError`` for malformed CSV; what the source throws.
    public mutating func next() throws -> CSVRecord? {
        var state = State.fieldStart
        var startLine = line
        var hasContent = false
        field.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        recordBytes = 0
        while true {
            if position == chunk.count {
                guard try refill() else { break }
            }
            let byte = chunk[position]
            position += 1
            recordBytes += 1
            if recordBytes > Self.maximumRecordBytes {
                throw CSVError("a record is longer than \(Self.maximumRecordBytes) bytes; is a closing quote missing?", line: startLine)
            }
            switch state {
            case .afterCR:
                // A CR ended the record: swallow the LF of a CRLF, otherwise give the byte back.
                if byte != 0x0A { position -= 1 }
                return try finishRecord(startLine)
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                    try takeRun(quoted: true, startLine: startLine)
                }
            case .quoteInQuoted:
                if byte == 0x22 {
                    field.append(0x22)
                    state = .quoted
                } else if byte == separator {
                    try endField(startLine)
                    state = .fieldStart
                } else if byte == 0x0A {
                    line += 1
                    return try finishRecord(startLine)
                } else if byte == 0x0D {
                    line += 1
                    state = .afterCR
                } else {
                    throw CSVError("text after a closing quote; write a quote inside a quoted field as \"\"", line: line)
                }
            case .fieldStart, .unquoted:
                if byte == separator {
                    hasContent = true
                    try endField(startLine)
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    line += 1
                    if !hasContent && fields.isEmpty && field.isEmpty {
                        // An empty line: skip it, and its LF if it ended with CRLF.
                        if byte == 0x0D { skipLF() }
                        startLine = line
                        recordBytes = 0
                        continue
                    }
                    if byte == 0x0D { state = .afterCR; continue }
                    return try finishRecord(startLine)
                } else if byte == 0x22 {
                    guard state == .fieldStart else {
                        throw CSVError("a quote inside an unquoted field; quote the whole field and double the quote", line: line)
                    }
                    hasContent = true
                    state = .quoted
                } else {
                    hasContent = true
                    field.append(byte)
                    state = .unquoted
                    try takeRun(quoted: false, startLine: startLine)
                }
            }
        }
        // End of the source.
        switch state {
        case .quoted:
            throw CSVError("a quoted field is never closed", line: startLine)
        case .afterCR, .quoteInQuoted, .unquoted:
            return try finishRecord(startLine)
        case .fieldStart:
            return hasContent ? try finishRecord(startLine) : nil
        }
    }

    /// Takes the bytes that follow in the chunk up to the next one the state machine must look at (a quote, and
    /// outside quotes the separator or a line end) into the field at once, as the byte-by-byte loop would take them
    /// one at a time: counting the record's bytes and, inside quotes, the lines.
    ///
    /// - Throws: ``CSVError`` when the record grows past ``maximumRecordBytes``.
    private mutating func takeRun(quoted: Bool, startLine: Int) throws {
        let separator = self.separator
        let start = position
        var lines = 0
        let end = chunk.withUnsafeBufferPointer { bytes -> Int in
            var index = start
            if quoted {
                while index < bytes.count, bytes[index] != 0x22 {
                    if bytes[index] == 0x0A { lines += 1 }
                    index += 1
                }
            } else {
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == separator || byte == 0x0A || byte == 0x0D || byte == 0x22 { break }
                    index += 1
                }
            }
            return index
        }
        guard end > start else { return }
        field.append(contentsOf: chunk[start..<end])
        line += lines
        position = end
        recordBytes += end - start
        if recordBytes > Self.maximumRecordBytes {
            throw CSVError("a record is longer than \(Self.maximumRecordBytes) bytes; is a closing quote missing?", line: startLine)
        }
    }

    /// Skips one LF if it is the next byte (reading the next chunk if needed).
    private mutating func skipLF() {
        if position == chunk.count { _ = try? refill() }
        if position < chunk.count, chunk[position] == 0x0A { position += 1 }
    }

    /// Reads the next chunk; `false` at the end. Skips a UTF-8 BOM at the start of the source.
    private mutating func refill() throws -> Bool {
        guard !isAtEnd else { return false }
        guard let data = try readChunk(), !data.isEmpty else {
            isAtEnd = true
            return false
        }
        bytesRead += Int64(data.count)
        chunk = [UInt8](data)
        position = 0
        if isAtStart {
            // Gather at least three bytes (or the whole source) to recognise the BOM whatever the chunk size.
            while chunk.count < 3, let more = try readChunk(), !more.isEmpty {
                bytesRead += Int64(more.count)
                chunk += more
            }
            isAtStart = false
            if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
            if position == chunk.count { return try refill() }
        }
        return true
    }

    /// Ends the field being read; a decoding error names the record's first line.
    private mutating func endField(_ recordLine: Int) throws {
        guard let text = Self.utf8Text(field) else {
            throw CSVError("text that is not UTF-8; save the file as UTF-8 (CSV UTF-8 in Excel)", line: recordLine)
        }
        do {
            try TextInput.validate(text, field: "", kind: .multiline)
        } catch {
            throw CSVError("field \(fields.count + 1): \(error.message); \(error.hint ?? "")", line: recordLine)
        }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
    }

    /// The text of `bytes` when they are valid UTF-8, else `nil`. `String(decoding:as:)` is specialised and copies
    /// and validates in one pass, putting U+FFFD where a sequence is invalid; its result is always valid UTF-8, so
    /// it equals `bytes` exactly when they were. `String(validating:as:)` gives the same answer through an
    /// unspecialised generic that looked up type metadata several times a field (docs/performance.md, "The import's
    /// per-row work").
    static func utf8Text(_ bytes: [UInt8]) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let same = text.withUTF8 { copy in
            bytes.withUnsafeBufferPointer { original in
                copy.count == original.count
                    && (copy.isEmpty || memcmp(copy.baseAddress!, original.baseAddress!, copy.count) == 0)
            }
        }
        return same ? text : nil
    }

    private mutating func finishRecord(_ startLine: Int) throws -> CSVRecord {
        try endField(startLine)
        return CSVRecord(fields: fields, line: startLine)
    }
}
