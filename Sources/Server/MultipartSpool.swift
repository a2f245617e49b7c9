import Foundation
import NIOCore

/// A `multipart/form-data` body read as it arrives: the text fields kept (each at most
/// ``MultipartForm/maximumFieldBytes``), the first file part written to a file as its bytes come, so a request
/// holds at most a chunk and a delimiter's length in memory, never the file. Fed chunk by chunk by
/// ``CSRFMiddleware``, which checks the first field (the CSRF token) as soon as it is complete.
struct MultipartSpool {
    /// Why a body was refused.
    enum Failure: Error {
        /// Not a well-formed body of the boundary (or a field or headers too long).
        case malformed
        /// The file is larger than the limit.
        case tooLarge
        /// The first part is not the field that must come first.
        case firstField
    }

    /// The fields read so far, in order.
    private(set) var fields: [(name: String, value: String)] = []
    /// The file part, once its headers have been read: its field, the name the browser gave it, where it is
    /// written, and the bytes written so far.
    private(set) var file: MultipartForm.File?
    /// Whether the closing delimiter has been read.
    private(set) var isComplete = false

    private let firstField: String
    private var isFirstPart = true
    private let opening: [UInt8]
    private let delimiter: [UInt8]
    private let maximumFileBytes: Int
    private let makePath: () throws -> String
    private var pending = ByteBuffer()
    private var state = State.opening
    private var handle: FileHandle?

    private enum State {
        case opening, headers, afterDelimiter
        case field(name: String, bytes: [UInt8])
        case file
        case skipped
        case done
    }

    /// - Parameters:
    ///   - firstField: The text field the first part must be (``Failure/firstField`` otherwise, before anything of a
    ///     file is read or written).
    ///   - maximumFileBytes: The largest file taken (``Failure/tooLarge`` beyond).
    ///   - makePath: Where to write the file (a path in a private folder), asked when its part begins.
    init(boundary: String, firstField: String, maximumFileBytes: Int, makePath: @escaping () throws -> String) {
        self.firstField = firstField
        opening = Array(("--" + boundary).utf8)
        delimiter = Array(("\r\n--" + boundary).utf8)
        self.maximumFileBytes = maximumFileBytes
        self.makePath = makePath
    }

    /// Reads `chunk` as far as it can.
    mutating func feed(_ chunk: inout ByteBuffer) throws {
        pending.writeBuffer(&chunk)
        while try step() {}
        if case .done = state { return }
        // Whatever waits is a part's headers, or the end of its content that may hold the start of a delimiter.
        guard pending.readableBytes <= MultipartForm.maximumFieldBytes + delimiter.count + 4 else {
            throw Failure.malformed
        }
    }

    /// Ends the file (closing it); the body must have been complete.
    mutating func finish() throws {
        try? handle?.close()
        handle = nil
        guard isComplete else { throw Failure.malformed }
    }

    /// Closes and removes the file written, when the body is refused or not taken.
    mutating func discard() {
        try? handle?.close()
        handle = nil
        if let path = file?.path { try? FileManager.default.removeItem(atPath: path) }
    }

    /// One step of the reading; `false` when it needs more bytes.
    private mutating func step() throws -> Bool {
        let bytes = pending.readableBytesView
        switch state {
        case .opening:
            guard bytes.count >= opening.count else { return false }
            guard bytes.starts(with: opening) else { throw Failure.malformed }
            pending.moveReaderIndex(forwardBy: opening.count)
            state = .afterDelimiter
            return true
        case .afterDelimiter:
            guard bytes.count >= 2 else { return false }
            if bytes.starts(with: [0x2D, 0x2D]) {
                state = .done
                isComplete = true
                pending.clear()
                return false
            }
            guard bytes.starts(with: [0x0D, 0x0A]) else { throw Failure.malformed }
            pending.moveReaderIndex(forwardBy: 2)
            state = .headers
            return true
        case .headers:
            let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
            guard let end = MultipartForm.search(separator, in: bytes, from: bytes.startIndex) else { return false }
            let headers = String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
            pending.moveReaderIndex(forwardBy: end - bytes.startIndex + separator.count)
            guard let disposition = MultipartForm.Disposition(headers: headers) else { throw Failure.malformed }
            if isFirstPart {
                guard disposition.fileName == nil, disposition.name == firstField else { throw Failure.firstField }
                isFirstPart = false
            }
            if let fileName = disposition.fileName {
                guard file == nil else {
                    state = .skipped  // a second file: read past, never kept
                    return true
                }
                let path = try makePath()
                guard FileManager.default.createFile(atPath: path, contents: nil),
                    let opened = FileHandle(forWritingAtPath: path)
                else { throw Failure.malformed }
                handle = opened
                file = MultipartForm.File(field: disposition.name, fileName: fileName, path: path, byteCount: 0)
                state = .file
            } else {
                state = .field(name: disposition.name, bytes: [])
            }
            return true
        case .field, .file, .skipped:
            let found = MultipartForm.search(delimiter, in: bytes, from: bytes.startIndex)
            // Without a delimiter, all but what could be its beginning is content.
            let contentEnd = found ?? max(bytes.startIndex, bytes.endIndex - (delimiter.count - 1))
            try take(bytes[bytes.startIndex..<contentEnd])
            pending.moveReaderIndex(forwardBy: contentEnd - bytes.startIndex)
            guard found != nil else { return false }
            pending.moveReaderIndex(forwardBy: delimiter.count)
            if case .field(let name, let value) = state { fields.append((name, String(decoding: value, as: UTF8.self))) }
            if case .file = state {
                try? handle?.close()
                handle = nil
            }
            state = .afterDelimiter
            return true
        case .done:
            pending.clear()
            return false
        }
    }

    /// Content of the part being read.
    private mutating func take(_ content: ByteBufferView) throws {
        guard !content.isEmpty else { return }
        switch state {
        case .field(let name, var value):
            value.append(contentsOf: content)
            guard value.count <= MultipartForm.maximumFieldBytes else { throw Failure.malformed }
            state = .field(name: name, bytes: value)
        case .file:
            guard var current = file, let handle else { throw Failure.malformed }
            current.byteCount += content.count
            guard current.byteCount <= maximumFileBytes else { throw Failure.tooLarge }
            try handle.write(contentsOf: Data(content))
            file = current
        default:
            break
        }
    }
}
