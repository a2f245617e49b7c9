/// A value that must be unique within an imported file, with the line that carries it.
public struct ImportKey: Hashable, Sendable {
    /// What kind of value: `record`, `decision`, `receipt`, … Values of different spaces never clash.
    public var space: String
    /// The value as it will be stored.
    public var value: String
    /// The physical line of the row.
    public var line: Int

    /// Creates a key.
    public init(space: String, value: String, line: Int) {
        self.space = space
        self.value = value
        self.line = line
    }
}

/// What an import remembers about the rows it has already checked: the first line of every unique value (to find
/// duplicates within the file) and running totals per record (payments against a case).
///
/// The store's implementation keeps them in a scratch SQLite file, so memory stays constant however large the
/// imported file; ``MemoryImportScratch`` keeps them in dictionaries, for tests and small inputs.
public protocol ImportScratch: AnyObject {
    /// Claims each key in order for its line. For each key: the line that claimed the same value earlier (in this
    /// call or an earlier one), or `nil` when it is claimed now.
    ///
    /// - Throws: What the scratch storage throws.
    func claim(_ keys: [ImportKey]) throws -> [Int?]

    /// The running totals of `ids` in `space`; an ID never added to is absent.
    func totals(of ids: [Int64], in space: String) throws -> [Int64: Int64]

    /// Adds `amounts` to the running totals of their IDs in `space`.
    func add(_ amounts: [Int64: Int64], in space: String) throws
}

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
