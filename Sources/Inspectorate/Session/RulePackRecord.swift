public import Casework

/// The rule pack in force as the journal needs it: its hash and files, and a way to read its name and version.
///
/// The manifest is read only when the store does not hold the pack yet, from the engine the command already
/// built when it has one, so a pack is recorded once and no second engine is made just to name it.
public struct RulePackRecord {
    /// The pack's content hash.
    public var hash: String
    /// The pack's files by path, as they are stored under the hash.
    public var files: [String: [UInt8]]
    /// The pack's name and version; `nil` when they cannot be read (the pack is then recorded without them).
    public var manifest: () -> (name: String, version: String)?

    public init(hash: String, files: [String: [UInt8]], manifest: @escaping () -> (name: String, version: String)?) {
        self.hash = hash
        self.files = files
        self.manifest = manifest
    }

    /// The journal context of a change made by `acting` under this pack; stores the pack's files under its hash the
    /// first time it is used, so `rules history` and later explanations can reach it.
    ///
    /// - Throws: ``StoreError``.
    public func context(for acting: Acting, in store: any RulePackStore) throws -> CommandContext {
        let context = CommandContext(actor: acting.account, timestamp: acting.recordedAt, packHash: hash)
        guard try !store.hasRulePack(hash: hash) else { return context }
        let named = manifest()
        try store.recordRulePack(
            StoredRulePack(
                hash: hash, name: named?.name ?? "", version: named?.version ?? "", recordedAt: context.timestamp,
                files: files),
            context: context)
        return context
    }
}
