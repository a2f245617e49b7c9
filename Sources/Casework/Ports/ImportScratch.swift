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
