import Casework
import Foundation
import LuaBridge

/// A key a table of the pack may not have: the nearest known key (the "did you mean"), and the line where it is
/// written, so that a misspelt key is refused where a legal officer typed it instead of being silently ignored.
///
/// The pack's own tables refuse unknown keys in Lua (`rules/lib/strict.lua`), at the line of the table's
/// constructor; ``RuleError/locatingUnknownKey(in:)`` moves such an error to the key's own line. Tables the host
/// reads from an entry point's answer (plan entries, forms, circumstances, titles) are checked here with
/// ``ResultReader/refuseUnknownKeys(_:what:in:)``, located by where the key is written in the pack.
enum UnknownKey {
    /// The known key nearest to `key` when it is close enough to be a misspelling of it: at most 2 edits, or a
    /// quarter of the key's length (the same rule as `lib/strict.lua`'s `nearest`).
    static func nearest(_ key: String, in known: some Sequence<String>) -> String? {
        NearestWord.nearest(to: key, among: known, maxDistance: NearestWord.tolerance(for: key))
    }

    /// The 1-based lines of `text` where `key` is assigned (`key =`, not `key ==`), in order.
    static func lines(of key: String, in text: [UInt8]) -> [Int] {
        let name = Array(key.utf8)
        guard !name.isEmpty else { return [] }
        func isName(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a)
        }
        var found: [Int] = []
        var line = 1
        var i = 0
        while i < text.count {
            if text[i] == UInt8(ascii: "\n") {
                line += 1
                i += 1
                continue
            }
            if text[i] == name[0], i + name.count <= text.count, Array(text[i..<(i + name.count)]) == name,
                i == 0 || !(isName(text[i - 1]) || text[i - 1] == UInt8(ascii: "."))
            {
                var j = i + name.count
                if j < text.count, isName(text[j]) {
                    i += 1
                    continue
                }
                while j < text.count, text[j] == UInt8(ascii: " ") || text[j] == UInt8(ascii: "\t") { j += 1 }
                if j < text.count, text[j] == UInt8(ascii: "="), j + 1 >= text.count || text[j + 1] != UInt8(ascii: "=") {
                    if found.last != line { found.append(line) }
                }
                i += name.count
                continue
            }
            i += 1
        }
        return found
    }

    /// The first place in `pack` where `key` is assigned: `(rules/<file>, line)`.
    static func place(of key: String, in pack: RulePack) -> (file: String, line: Int)? {
        for file in pack.luaFiles where !file.path.hasPrefix("tests/") {
            if let line = lines(of: key, in: file.bytes).first { return (RulePack.chunkName(for: file.path), line) }
        }
        return nil
    }

    /// The key named by a message `… has an unknown key "KEY" …`.
    static func key(inMessage message: String) -> String? {
        guard let start = message.range(of: "has an unknown key \"") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}

extension RuleError {
    /// The same error, moved from the line of a table's constructor to the line where its unknown key is written
    /// (the first assignment of that key at or after the reported line in the same file, else the first anywhere in
    /// the pack); unchanged for any other error, or when the key cannot be found in the text.
    func locatingUnknownKey(in pack: RulePack) -> RuleError {
        guard let key = UnknownKey.key(inMessage: message) else { return self }
        var moved = self
        // An error raised again by another rule (`error(message, 0)`) carries its first place in its text.
        if let prefix = message.firstMatch(of: #/^(rules/[^:\s]+\.lua):(\d+): /#) {
            moved.file = String(prefix.1)
            moved.line = Int(prefix.2)
            moved.message = String(message[prefix.range.upperBound...])
        }
        if let file = moved.file, let source = pack.luaFiles.first(where: { RulePack.chunkName(for: $0.path) == file }) {
            let lines = UnknownKey.lines(of: key, in: source.bytes)
            if let found = lines.first(where: { $0 >= (moved.line ?? 0) }) ?? lines.first {
                moved.line = found
                return moved
            }
        }
        if let place = UnknownKey.place(of: key, in: pack) {
            moved.file = place.file
            moved.line = place.line
        }
        return moved
    }
}

extension ResultReader {
    /// Refuses a key of this table that `known` does not list, as the pack's own strict tables do: the message
    /// names `what`, the key and the key it most likely meant; the location is where the key is written in `pack`
    /// (else the entry point's `return`). A value that is not a table is left to the field readers.
    ///
    /// - Throws: ``RuleError`` of kind `.badResult`.
    func refuseUnknownKeys(_ known: Set<String>, what: String, in pack: RulePack) throws(RuleError) {
        guard case .table(let table) = value else { return }
        guard let key = table.fields.keys.filter({ !known.contains($0) }).sorted().first else { return }
        let near = UnknownKey.nearest(key, in: known.sorted())
        let place = UnknownKey.place(of: key, in: pack)
        throw RuleError(
            kind: .badResult,
            message: "\(what) has an unknown key \"\(key)\"" + (near.map { " (did you mean \"\($0)\"?)" } ?? "")
                + "; fix the name or remove the key",
            file: place?.file ?? site?.file, line: place?.line ?? site?.line, rule: rule,
            hint: "the keys it may have: " + known.sorted().joined(separator: ", "),
            vietnamese: RuleError.Words(
                "\(what) có khóa lạ \"\(key)\"" + (near.map { " (có phải ý bạn là \"\($0)\"?)" } ?? "")
                    + "; sửa tên hoặc bỏ khóa",
                hint: "các khóa được phép: " + known.sorted().joined(separator: ", ")))
    }
}
