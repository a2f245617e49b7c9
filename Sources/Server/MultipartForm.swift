import Foundation
import NIOCore

/// `multipart/form-data` (RFC 7578) as the import page posts it, read as it arrives by ``MultipartSpool``: the
/// boundary of the content type, the parts' dispositions, the search for a delimiter. Only what a browser's form
/// sends is understood: each part has a `Content-Disposition: form-data; name="…"` header and, for a file,
/// `filename="…"`.
enum MultipartForm {
    /// A posted file, written by ``MultipartSpool`` to a private folder: its field, the name the browser gave it
    /// (without any folder), where it is and its size.
    struct File: Sendable {
        var field: String
        var fileName: String
        var path: String
        var byteCount: Int
    }

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

    /// A part's `Content-Disposition: form-data; name="…"; filename="…"` header.
    struct Disposition {
        var name: String
        /// The file's name without any folder (an old browser sends the whole path), when the part is a file.
        var fileName: String?

        /// The disposition among a part's `headers` (CRLF-separated); `nil` without one or without a name.
        init?(headers: String) {
            var name: String?
            for line in headers.components(separatedBy: "\r\n")
            where line.lowercased().hasPrefix("content-disposition:") {
                for parameter in line.split(separator: ";").dropFirst() {
                    let pair = parameter.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                    guard pair.count == 2 else { continue }
                    let value = String(pair[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    switch pair[0].lowercased() {
                    case "name": name = value
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
