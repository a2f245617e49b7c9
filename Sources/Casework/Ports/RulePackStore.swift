/// A version of the rule pack as the store keeps it: every file, by content hash, so an old decision can be
/// explained with the exact rules that made it even after `rules/` changed.
public struct StoredRulePack: Sendable, Equatable {
    public var hash: String
    public var name: String
    public var version: String
    /// The instant it was first recorded (ISO 8601, +07:00).
    public var recordedAt: String
    /// Path → bytes.
    public var files: [String: [UInt8]]
    public init(hash: String, name: String, version: String, recordedAt: String, files: [String: [UInt8]]) {
        self.hash = hash
        self.name = name
        self.version = version
        self.recordedAt = recordedAt
        self.files = files
    }
}

/// One row of `rules history`: a pack version and what it decided, by journal command.
public struct RulePackUse: Sendable, Codable, Equatable {
    public var hash: String
    public var name: String
    public var version: String
    public var recordedAt: String
    public var lastUsedAt: String?
    /// Journal command → number of entries made under this pack.
    public var commands: [String: Int]
    public init(hash: String, name: String, version: String, recordedAt: String, lastUsedAt: String?, commands: [String: Int]) {
        self.hash = hash
        self.name = name
        self.version = version
        self.recordedAt = recordedAt
        self.lastUsedAt = lastUsedAt
        self.commands = commands
    }
}

/// Rule pack versions in the store.
public protocol RulePackStore: Sendable {
    /// Stores the pack's files under its hash unless already there (journaled as `rules record` the first time).
    func recordRulePack(_ pack: StoredRulePack, context: CommandContext) throws
    /// Whether the version with `hash` is stored.
    func hasRulePack(hash: String) throws -> Bool
    /// A stored version's files, or `nil`.
    func rulePack(hash: String) throws -> StoredRulePack?
    /// Every stored version, oldest first, with what it decided.
    func rulePackHistory() throws -> [RulePackUse]
}
