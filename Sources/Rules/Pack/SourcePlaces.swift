/// Where the pack's files write `code = "…"` (or `title = "…"`), so that a problem found in data the pack
/// returns can be shown at the line a legal officer edits.
///
/// Found by reading the texts, not by asking Lua: a catalog entry carries no line of its own. A value written
/// twice (two versions of one code) has several places; ``claim(_:_:)`` hands them out in order, so the k-th
/// entry with a code gets the k-th place it is written. A value built by code (`"D" .. n`) has no place, and
/// the problem is then reported without a line.
struct SourcePlaces {
    struct Place: Equatable {
        var file: String
        var line: Int
    }

    /// The keys recorded.
    static let keys = ["code", "title"]

    private var places: [String: [Place]] = [:]
    private var claimed: [String: Int] = [:]

    /// Scans every Lua file of `pack`, in path order.
    init(pack: RulePack) {
        for file in pack.luaFiles {
            let name = RulePack.chunkName(for: file.path)
            var line = 1
            var start = 0
            let bytes = file.bytes
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                for (key, value) in SourcePlaces.assignments(in: bytes[start..<index]) {
                    places["\(key)\u{0}\(value)", default: []].append(Place(file: name, line: line))
                }
                line += 1
                start = index + 1
            }
        }
    }

    /// The next place, not yet claimed, where `key = "value"` is written.
    mutating func claim(_ key: String, _ value: String) -> Place? {
        let id = "\(key)\u{0}\(value)"
        guard let list = places[id], !list.isEmpty else { return nil }
        let next = claimed[id, default: 0]
        claimed[id] = next + 1
        return list[min(next, list.count - 1)]
    }

    /// Every `key = "string"` (key one of ``keys``) on one line.
    static func assignments(in line: ArraySlice<UInt8>) -> [(String, String)] {
        var found: [(String, String)] = []
        var i = line.startIndex
        func isName(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a)
        }
        while i < line.endIndex {
            guard isName(line[i]), i == line.startIndex || !(isName(line[i - 1]) || line[i - 1] == UInt8(ascii: ".")) else {
                i += 1
                continue
            }
            var end = i
            while end < line.endIndex, isName(line[end]) { end += 1 }
            let word = String(decoding: line[i..<end], as: UTF8.self)
            i = end
            guard keys.contains(word) else { continue }
            var j = end
            while j < line.endIndex, line[j] == UInt8(ascii: " ") || line[j] == UInt8(ascii: "\t") { j += 1 }
            guard j < line.endIndex, line[j] == UInt8(ascii: "="), j + 1 < line.endIndex, line[j + 1] != UInt8(ascii: "=")
            else { continue }
            j += 1
            while j < line.endIndex, line[j] == UInt8(ascii: " ") || line[j] == UInt8(ascii: "\t") { j += 1 }
            guard j < line.endIndex, line[j] == UInt8(ascii: "\"") || line[j] == UInt8(ascii: "'") else { continue }
            let quote = line[j]
            var k = j + 1
            while k < line.endIndex, line[k] != quote { k += 1 }
            guard k < line.endIndex else { continue }
            found.append((word, String(decoding: line[(j + 1)..<k], as: UTF8.self)))
            i = k + 1
        }
        return found
    }
}
