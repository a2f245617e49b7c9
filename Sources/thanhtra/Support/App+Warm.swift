import Casework
import Foundation
import Rules

/// What a `batch` keeps open from one line to the next: the stores it opened (by database), the rule packs it read
/// (by folder) and the rule engines it built (by pack hash and limits). A line then costs its own work, not a
/// database open (SQLite parses the whole schema, triggers included, on every open), a pack's files read and hashed,
/// and a Lua pack load. So a batch runs under the pack as it was when its first line read it — every line journaled
/// with that hash; a pack edited during a batch applies from the next one. Each line's `--as` is still checked
/// against the accounts.
final class WarmResources: @unchecked Sendable {
    // One batch runs its lines one after another on one thread; nothing else touches these.
    private var stores: [String: any InspectorateStore] = [:]
    private var engines: [String: RuleEngine] = [:]
    private var packs: [String: RulePack] = [:]

    /// The pack read from `directory` by an earlier line, or the one `load` reads now (then kept).
    func pack(_ directory: String, _ load: () throws -> RulePack) rethrows -> RulePack {
        if let pack = packs[directory] { return pack }
        let pack = try load()
        packs[directory] = pack
        return pack
    }

    /// The store opened for `database` by an earlier line, or the one `open` opens now (then kept).
    func store(_ database: String, _ open: () throws -> any InspectorateStore) rethrows -> any InspectorateStore {
        if let store = stores[database] { return store }
        let store = try open()
        stores[database] = store
        return store
    }

    /// The engine built for `key` by an earlier line, or the one `build` builds now (then kept).
    func engine(_ key: String, _ build: () throws -> RuleEngine) rethrows -> RuleEngine {
        if let engine = engines[key] { return engine }
        let engine = try build()
        engines[key] = engine
        return engine
    }
}

extension App {
    /// The resources of the `batch` running this command, if any: while set, ``openStore(checkingActor:)`` and
    /// ``loadPack(recordedIn:)`` and ``makeEngine(_:)`` reuse what earlier lines opened. Bound by `batch` around its lines; nothing else sets it.
    @TaskLocal static var warm: WarmResources?
}
