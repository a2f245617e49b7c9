import Foundation
import NIOCore

/// A `multipart/form-data` body (RFC 7578) as the import page posts it: text fields and at most one file, held as
/// slices of the received buffer (no copy). Only what a browser's form sends is understood: each part has a
/// `Content-Disposition: form-data; name="…"` header and, for the file, `filename="…"`.
struct MultipartForm: Sendable {
    /// A file part: the name the browser gave it (without any folder) and its bytes.
    struct File: Sendable {
        var field: String
        var fileName: String
        var bytes: ByteBuffer
    }

    /// The text fields, by name (a later field of the same name wins, as in ``FormData``).
    var fields: [String: String] = [:]
    /// The first file part, when there is one.
    var file: File?

    /// The largest text field kept; longer ones make the body refused (no form of the server posts one).
    static let maximumFieldBytes = 4 * 1024

    /// The boundary of a `multipart/form-data` content type, or `nil` for any other type.
    static func boundary(ofContentType value: String?) -> String? {
        guard let value else { return nil }
        let parameters = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parameters.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parameters.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let boundary = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(boundary.utf8.count) ? boundary : nil
        }
        return nil
    }

    /// The first part of `buffer`, when it has arrived in full: its field name and text (a file part is no answer:
    /// `nil`). `complete` is `false` while the part's end has not been received yet.
    static func firstField(of buffer: ByteBuffer, boundary: String) -> (complete: Bool, name: String?, value: String?) {
        let bytes = buffer.readableBytesView
        let opening = Array(("--" + boundary).utf8)
        let delimiter = Array(("\r\n--" + boundary).utf8)
        guard bytes.count >= opening.count + 2 else { return (false, nil, nil) }
        guard bytes.starts(with: opening) else { return (true, nil, nil) }
        let start = bytes.startIndex + opening.count + 2
        guard let end = search(delimiter, in: bytes, from: start) else { return (false, nil, nil) }
        guard let part = Part(bytes[start..<end]), part.fileName == nil else { return (true, nil, nil) }
        return (true, part.name, String(decoding: part.content, as: UTF8.self))
    }

    /// Parses the whole body; `nil` when it is not a well-formed `multipart/form-data` body of `boundary`.
    init?(_ buffer: ByteBuffer, boundary: String) {
        let bytes = buffer.readableBytesView
        let opening = Array(("--" + boundary).utf8)
        let delimiter = Array(("\r\n--" + boundary).utf8)
        guard bytes.starts(with: opening) else { return nil }
        var cursor = bytes.startIndex + opening.count
        while true {
            // After a delimiter: `--` ends the body, CRLF starts a part.
            let rest = bytes[cursor...]
            if rest.starts(with: [0x2D, 0x2D]) { return }
            guard rest.starts(with: [0x0D, 0x0A]) else { return nil }
            let start = cursor + 2
            guard let end = Self.search(delimiter, in: bytes, from: start), let part = Part(bytes[start..<end]) else {
                return nil
            }
            if let fileName = part.fileName {
                if file == nil {
                    let offset = buffer.readerIndex + (part.content.startIndex - bytes.startIndex)
                    guard let slice = buffer.getSlice(at: offset, length: part.content.count) else { return nil }
                    file = File(field: part.name, fileName: fileName, bytes: slice)
                }
            } else {
                guard part.content.count <= Self.maximumFieldBytes else { return nil }
                fields[part.name] = String(decoding: part.content, as: UTF8.self)
            }
            cursor = end + delimiter.count
        }
    }

    /// The index where `needle` starts in `bytes` at or after `from`.
    static func search(_ needle: [UInt8], in bytes: ByteBufferView, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.endIndex - from else { return nil }
        var index = from
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// One part: its headers (only `Content-Disposition` is read) and its content.
    struct Part {
        var name: String
        var fileName: String?
        var content: ByteBufferView.SubSequence

        init?(_ bytes: ByteBufferView.SubSequence) {
            let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
            var index = bytes.startIndex
            var found: Int?
            while index + separator.count <= bytes.endIndex {
                if bytes[index..<(index + separator.count)].elementsEqual(separator) {
                    found = index
                    break
                }
                index += 1
            }
            guard let found else { return nil }
            let headers = String(decoding: bytes[bytes.startIndex..<found], as: UTF8.self)
            content = bytes[(found + separator.count)...]
            var name: String?
            for line in headers.components(separatedBy: "\r\n")
            where line.lowercased().hasPrefix("content-disposition:") {
                for parameter in line.split(separator: ";").dropFirst() {
                    let pair = parameter.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                    guard pair.count == 2 else { continue }
                    let value = String(pair[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    switch pair[0].lowercased() {
                    case "name": name = value
                    // A browser sends the name only; an old one the whole path: the last component is kept.
                    case "filename":
                        fileName = String(value.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
                    default: break
                    }
                }
            }
            guard let name else { return nil }
            self.name = name
        }
    }
}
