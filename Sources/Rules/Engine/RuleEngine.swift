import Casework
import LuaBridge

/// A loaded rule pack, ready to answer: one warm sandboxed Lua state with the pack's `init.lua` run and its
/// globals frozen.
///
/// A `RuleEngine` is not thread-safe and not `Sendable`: give it one owner. Batch work uses a
/// ``RuleEnginePool``, which keeps one engine per worker. Creating an engine costs a few hundred microseconds
/// plus the pack's own loading; a call costs about a microsecond, so never create one per case.
public final class RuleEngine {
    /// The pack this engine runs; every answer is traceable to ``RulePack/hash``.
    public let pack: RulePack
    /// What `init.lua` returned about the pack.
    public let manifest: PackManifest
    let runtime: LuaRuntime
    /// Entry points looked up once for calls in a tight loop (``fineAmount(_:)``), by dotted path.
    var prepared: [String: LuaPreparedFunction] = [:]
    /// `penalty.fine_amount`, kept apart from ``prepared`` so the hot loop does no dictionary lookup.
    var fineAmountFunction: LuaPreparedFunction?

    static let root = "pack"

    /// Loads `pack` into a fresh sandboxed state.
    ///
    /// - Parameter log: receives what rules `print`, one line a call.
    /// - Throws: ``RuleError`` when a file does not parse, `init.lua` fails or returns no pack table.
    public init(pack: RulePack, limits: RuleLimits = .init(), log: @escaping @Sendable (String) -> Void = { _ in })
        throws(RuleError)
    {
        self.pack = pack
        var modules: [String: LuaChunk] = [:]
        var entry: LuaChunk?
        for file in pack.luaFiles {
            let chunk = LuaChunk(name: RulePack.chunkName(for: file.path), source: file.bytes)
            if let module = RulePack.moduleName(for: file.path) {
                modules[module] = chunk
            } else {
                entry = chunk
            }
        }
        guard let entry else {
            throw RuleError(
                kind: .pack, message: "rule pack \(pack.directory) has no init.lua",
                hint: "a rule pack's entry point is init.lua at the top of its folder",
                vietnamese: RuleError.Words(
                    "bộ quy tắc \(pack.directory) không có init.lua", hint: "điểm vào của bộ quy tắc là init.lua ở gốc thư mục"))
        }
        do {
            let runtime = try LuaRuntime(limits: limits.lua, modules: modules, log: log)
            try HostFunctions.register(in: runtime)
            let results = try runtime.run(entry, keepResultAs: RuleEngine.root)
            try runtime.run(HostAdapters.chunk, keepResultAs: HostAdapters.root)
            try runtime.freezeGlobals()
            self.runtime = runtime
            self.manifest = try PackManifest(results.first ?? .nil, file: entry.name)
            if let asked = manifest.timeLimitMilliseconds, asked < runtime.limits.timeLimitMilliseconds {
                runtime.limits.timeLimitMilliseconds = asked
            }
        } catch let error as LuaError {
            throw RuleError(error).locatingUnknownKey(in: pack)
        } catch let error as RuleError {
            throw error.locatingUnknownKey(in: pack)
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", file: entry.name)
        }
    }

    /// Whether the pack defines the entry point `path` (e.g. `["fine"]`) as a function.
    public func defines(_ path: [String]) -> Bool { runtime.hasFunction(RuleEngine.root, path) }

    /// Calls the pack's entry point `path` with `arguments`, under the limits.
    ///
    /// - Throws: ``RuleError`` located at the rule file and line that failed.
    func call(_ path: [String], _ arguments: [LuaValue]) throws(RuleError) -> LuaCallResult {
        do {
            return try runtime.call(RuleEngine.root, path, arguments)
        } catch let error as LuaError {
            throw RuleError(error, rule: path.joined(separator: ".")).locatingUnknownKey(in: pack)
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: path.joined(separator: "."))
        }
    }

    /// The limits in force for every call; changing them applies to the next call.
    public var limits: RuleLimits {
        get { RuleLimits(runtime.limits) }
        set { runtime.limits = newValue.lua }
    }
}
