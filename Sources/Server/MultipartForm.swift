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
        ///
        /// Parameters are split outside quotes (a `;` inside a quoted file name is part of it); in a quoted value a
        /// backslash before `"` or `\` escapes it (RFC 2616's quoted-pair; any other backslash is kept); the `%22`
        /// browsers write for `"` in a file name (WHATWG HTML, "multipart/form-data encoding algorithm") is decoded; an
        /// RFC 5987 `filename*=UTF-8''…` is preferred to `filename` when both are sent.
        init?(headers: String) {
            var name: String?
            var plainFileName: String?
            var extendedFileName: String?
            for line in headers.components(separatedBy: "\r\n")
            where line.lowercased().hasPrefix("content-disposition:") {
                for (key, value, quoted) in Self.parameters(line.dropFirst("content-disposition:".count)) {
                    switch key {
                    case "name": name = value
                    case "filename": plainFileName = quoted ? Self.decodingBrowserEscapes(value) : value
                    case "filename*": extendedFileName = Self.extendedValue(value)
                    default: break
                    }
                }
            }
            guard let name else { return nil }
            self.name = name
            if let chosen = extendedFileName ?? plainFileName {
                let base = chosen.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? ""
                // No control character (a line break from `filename*`) reaches a page or the journal.
                fileName = String(
                    base.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
            }
        }

        /// The `key=value` parameters after the disposition type, keys lower-cased, values unquoted.
        static func parameters(_ text: Substring) -> [(key: String, value: String, quoted: Bool)] {
            var result: [(String, String, Bool)] = []
            var characters = text.makeIterator()
            var key = "", value = "", inKey = true, inQuotes = false, quoted = false, isFirst = true
            func finish() {
                let trimmedKey = key.trimmingCharacters(in: .whitespaces).lowercased()
                // The first segment is the disposition type (`form-data`), not a parameter.
                if !isFirst, !inKey, !trimmedKey.isEmpty {
                    result.append((trimmedKey, quoted ? value : value.trimmingCharacters(in: .whitespaces), quoted))
                }
                key = ""; value = ""; inKey = true; quoted = false; isFirst = false
            }
            while let character = characters.next() {
                if inQuotes {
                    switch character {
                    case "\\":
                        // `\"` and `\\` as RFC 2616's quoted-pair; any other backslash is the file's own (a Windows
                        // path, which browsers send as it is).
                        switch characters.next() {
                        case let next? where next == "\"" || next == "\\": value.append(next)
                        case let next?: value.append(character); value.append(next)
                        case nil: value.append(character)
                        }
                    case "\"": inQuotes = false
                    default: value.append(character)
                    }
                } else if character == ";" {
                    finish()
                } else if inKey {
                    if character == "=" { inKey = false } else { key.append(character) }
                } else if character == "\"" && value.allSatisfy(\.isWhitespace) {
                    value = ""; inQuotes = true; quoted = true
                } else if !quoted {
                    value.append(character)
                }
            }
            finish()
            return result
        }

        /// `%22` as a browser writes `"` in a quoted file name; its `%0D` and `%0A` (CR, LF) are left as they are, so
        /// that a file name never carries a line break into a page or the journal.
        static func decodingBrowserEscapes(_ value: String) -> String {
            value.contains("%22") ? value.replacingOccurrences(of: "%22", with: "\"") : value
        }

        /// An RFC 5987 value, `UTF-8'language'percent-encoded`; `nil` in any other charset or when malformed.
        static func extendedValue(_ value: String) -> String? {
            let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
            return String(parts[2]).removingPercentEncoding
        }
    }
}
