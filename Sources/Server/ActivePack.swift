public import Casework
import Foundation

/// The active stored rule pack as a running server follows it (four-eyes, issue 14): the pack the store says is
/// active, loaded from the store (never a folder), with the engines built for it.
///
/// ``refreshedHash()`` asks the store which pack is active (one indexed read) and, when it changed, loads the new
/// pack before anyone uses it; workers compare it with their engine's hash before each job and rebuild
/// (``Worker/policy()``), so a request runs wholly under one pack, and the journal names that pack
/// (``identity(hash:)``). A store that cannot answer keeps the pack known last.
public final class ActivePack: @unchecked Sendable {
    // @unchecked Sendable: `active` and `known` are read and written only while `lock` is held; the closures are
    // @Sendable.
    private let lock = NSLock()
    private var active: PackIdentity
    private var known: [String: PackIdentity]
    private let readActiveHash: @Sendable () throws -> String
    private let load: @Sendable (String) throws -> PackIdentity
    /// Builds a rule engine of a pack; called on a worker thread.
    public let makePolicy: @Sendable (PackIdentity) throws -> any InspectoratePolicy

    /// - Parameters:
    ///   - initial: The pack active when the server starts.
    ///   - readActiveHash: The active pack's hash, as the store says now.
    ///   - load: The stored pack with that hash (checked against it).
    ///   - makePolicy: A rule engine of a pack.
    public init(
        initial: PackIdentity, readActiveHash: @escaping @Sendable () throws -> String,
        load: @escaping @Sendable (String) throws -> PackIdentity,
        makePolicy: @escaping @Sendable (PackIdentity) throws -> any InspectoratePolicy
    ) {
        active = initial
        known = [initial.hash: initial]
        self.readActiveHash = readActiveHash
        self.load = load
        self.makePolicy = makePolicy
    }

    /// The pack active as last seen.
    public var current: PackIdentity {
        lock.lock()
        defer { lock.unlock() }
        return active
    }

    /// The active pack's hash after asking the store; a newly active pack is loaded first, once (other workers
    /// wait for it rather than load it again).
    public func refreshedHash() -> String {
        guard let hash = try? readActiveHash() else { return current.hash }
        lock.lock()
        defer { lock.unlock() }
        if let pack = known[hash] {
            active = pack
            return hash
        }
        guard let pack = try? load(hash) else { return active.hash }
        known[hash] = pack
        active = pack
        return hash
    }

    /// A pack seen while the server runs, by hash.
    public func identity(hash: String) -> PackIdentity? {
        lock.lock()
        defer { lock.unlock() }
        return known[hash]
    }
}
