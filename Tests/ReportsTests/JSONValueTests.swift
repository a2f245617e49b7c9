import Testing

@testable import Reports

/// ``JSONValue/serialized(indent:)`` writes one byte buffer (docs/performance.md, "A month's report process"); it must
/// give exactly the text the former string-per-value serialiser gave, kept here as the reference.
@Suite struct JSONValueTests {
    static func reference(_ value: JSONValue, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1), closing = String(repeating: "  ", count: indent)
        switch value {
        case .string(let text): return referenceQuoted(text)
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + reference($0, indent: indent + 1) }.joined(separator: ",\n") + "\n\(closing)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let sorted = members.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            return "{\n"
                + sorted.map { pad + referenceQuoted($0.key) + ": " + reference($0.value, indent: indent + 1) }
                .joined(separator: ",\n") + "\n\(closing)}"
        }
    }

    static func referenceQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static let texts = [
        "", "a", "Thanh tra hành chính: Tổng số (23)", "quote \" and \\ back", "lines\nand\r\ntabs\t", "\u{0}\u{1}\u{1f}\u{7f}",
        "/ slash", "e\u{301} combining", "🇻🇳 flag", "\r\n", "Ư", "zz", "Z", "a\u{0}b",
    ]

    /// A value of every kind, nested: the same seed gives the same value.
    static func value(_ seed: inout UInt64, depth: Int) -> JSONValue {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let pick = Int(seed >> 33)
        switch depth > 3 ? pick % 4 : pick % 6 {
        case 0: return .string(texts[pick % texts.count])
        case 1: return .integer(Int64(truncatingIfNeeded: seed) >> Int64(pick % 60))
        case 2: return .bool(pick % 2 == 0)
        case 3: return .null
        case 4: return .array((0..<(pick % 4)).map { _ in value(&seed, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for index in 0..<(pick % 5) { members[texts[(pick + index * 7) % texts.count]] = value(&seed, depth: depth + 1) }
            return .object(members)
        }
    }

    @Test func serialisedAsTheReferenceDid() {
        var seed: UInt64 = 18
        var nonEmpty = 0
        for _ in 0..<500 {
            let value = Self.value(&seed, depth: 0)
            #expect(value.serialized() == Self.reference(value))
            #expect(value.serialized(indent: 2) == Self.reference(value, indent: 2))
            if Self.reference(value).count > 20 { nonEmpty += 1 }
        }
        #expect(nonEmpty > 100)
        for text in Self.texts { #expect(JSONValue.quoted(text) == Self.referenceQuoted(text)) }
        #expect(JSONValue.quoted("a\u{1}\"") == "\"a\\u0001\\\"\"")
    }
}
