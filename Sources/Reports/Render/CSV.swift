/// RFC 4180 text: fields separated by commas, records ended by CRLF; a field holding a comma, a double quote, CR
/// or LF is put in double quotes with its quotes doubled. Output is UTF-8 once written out.
enum CSV {
    /// The UTF-8 byte-order mark, which makes Excel read the file as UTF-8 rather than the ANSI code page.
    static let byteOrderMark = "\u{FEFF}"

    /// One field, quoted when it must be.
    static func field(_ text: String) -> String {
        // By scalars: "\r\n" is a single Character in Swift.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return text
        }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// Records joined, each ended by CRLF, with an optional BOM in front.
    static func document(_ records: [[String]], byteOrderMark: Bool) -> String {
        var out = byteOrderMark ? CSV.byteOrderMark : ""
        for record in records {
            out += record.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
