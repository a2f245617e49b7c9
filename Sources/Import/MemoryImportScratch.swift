public import Casework

/// An ``ImportScratch`` in memory: one dictionary entry per unique value and per total.
public final class MemoryImportScratch: ImportScratch {
    private var claimed: [String: [String: Int]] = [:]
    private var sums: [String: [Int64: Int64]] = [:]

    /// An empty scratch.
    public init() {}

    public func claim(_ keys: [ImportKey]) throws -> [Int?] {
        keys.map { key in
            if let earlier = claimed[key.space]?[key.value] { return earlier }
            claimed[key.space, default: [:]][key.value] = key.line
            return nil
        }
    }

    public func totals(of ids: [Int64], in space: String) throws -> [Int64: Int64] {
        var found: [Int64: Int64] = [:]
        for id in ids { if let sum = sums[space]?[id] { found[id] = sum } }
        return found
    }

    public func add(_ amounts: [Int64: Int64], in space: String) throws {
        for (id, amount) in amounts { sums[space, default: [:]][id, default: 0] += amount }
    }
}

/// A set of line numbers as a bit per line: 125 KiB for a million lines, whatever how many are in the set.
public struct LineSet: Sendable, Equatable {
    private var words: [UInt64] = []
    /// How many lines are in the set.
    public private(set) var count = 0

    /// An empty set.
    public init() {}

    /// Adds `line` (1-based).
    public mutating func insert(_ line: Int) {
        precondition(line >= 0, "lines are numbered from 1")
        let word = line >> 6
        if word >= words.count { words += [UInt64](repeating: 0, count: word - words.count + 1) }
        let bit = UInt64(1) << UInt64(line & 63)
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    /// Whether `line` is in the set.
    public func contains(_ line: Int) -> Bool {
        let word = line >> 6
        return line >= 0 && word < words.count && words[word] & (UInt64(1) << UInt64(line & 63)) != 0
    }

    /// Whether the set is empty.
    public var isEmpty: Bool { count == 0 }
}
