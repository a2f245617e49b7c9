/// A JSON value with integers only (no floating point can be written), serialised with sorted keys.
enum JSONValue: Equatable {
    case string(String)
    case integer(Int64)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    /// Pretty text: two-space indent, `"key": value`, keys sorted by their UTF-8 bytes, `[]`/`{}` when empty,
    /// no trailing newline.
    func serialized(indent: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``serialized(indent:)``'s bytes to `out`: one buffer for the whole document (a report's JSON was
    /// built from a string per value, joined level by level: 3 % of a month's report process, docs/performance.md).
    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): JSONValue.appendQuoted(text, to: &out)
        case .integer(let value): out += String(value).utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            if items.isEmpty {
                out += "[]".utf8
                return
            }
            out += "[\n".utf8
            for (index, item) in items.enumerated() {
                if index > 0 { out += ",\n".utf8 }
                JSONValue.pad(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                out += "{}".utf8
                return
            }
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            out += "{\n".utf8
            for (index, member) in sorted.enumerated() {
                if index > 0 { out += ",\n".utf8 }
                JSONValue.pad(&out, indent + 1)
                JSONValue.appendQuoted(member.key, to: &out)
                out += ": ".utf8
                member.value.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Two spaces per level.
    private static func pad(_ out: inout [UInt8], _ indent: Int) {
        for _ in 0..<(indent * 2) { out.append(0x20) }
    }

    /// ``quoted(_:)``'s bytes appended to `out`.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case ..<0x20:
                // Bytes below 0x20 are whole scalars in UTF-8 (a multi-byte scalar's bytes are all 0x80 or more).
                let hex = String(byte, radix: 16)
                out += "\\u".utf8
                out += String(repeating: "0", count: 4 - hex.count).utf8
                out += hex.utf8
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t`, … or `\u00XX`; everything
    /// else (Vietnamese letters, `/`) as is, in UTF-8.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
