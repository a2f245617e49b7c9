import CLua
import LuaShim

/// A sandboxed Lua 5.4 state that runs untrusted scripts under instruction and memory limits.
///
/// The sandbox opens only `base`, `table`, `string`, `math`, `utf8` and `coroutine`; `load` accepts text only,
/// `require` resolves only the modules given at creation, `print` goes to the log closure, and after
/// ``freezeGlobals()`` globals and library tables are read-only and reading an undefined global is an error.
///
/// Typical use: register host functions, run the pack's chunks keeping their results as roots, freeze, then call:
///
/// ```swift
/// let runtime = try LuaRuntime(modules: ["util.dates": dates])
/// try runtime.register("host", "today") { _ in [.string("2025-01-15")] }
/// try runtime.run(LuaChunk(name: "rules/late.lua", text: source), keepResultAs: "late")
/// try runtime.freezeGlobals()
/// let result = try runtime.call("late", ["evaluate"], [.integer(1_500_000)])
/// ```
///
/// After an instruction or memory limit error (or an error while handling an error) the runtime rebuilds a fresh
/// state by replaying its setup (registrations, runs, freeze) in order, so the next call works on clean state.
///
/// Thread safety: none. A runtime is not `Sendable`; give it a single owner. Calls are not reentrant: a host function
/// that calls back into its own runtime gets an error.
public final class LuaRuntime {
    /// A setup step, replayed in order when the state is rebuilt.
    private enum SetupStep {
        /// `native`: a C function in front of the Swift one (``LuaNativeFunction``), or nil.
        case register(table: String, name: String, id: Int, native: LuaNativeFunction?)
        case run(LuaChunk, root: String?)
        case freeze
    }

    /// The limits for the next run or call. Changing the memory limit takes effect immediately.
    public var limits: LuaLimits {
        didSet { state?.apply(limits) }
    }

    let modules: [String: LuaChunk]
    let host: HostFunctions
    /// The live state; nil only if a rebuild failed (the next operation retries it).
    var state: LuaStateBox?
    private var steps: [SetupStep] = []
    private var isFrozen = false
    private var isBusy = false

    /// Creates a sandboxed runtime.
    ///
    /// - Parameters:
    ///   - limits: Instruction budget per call and memory limit for the whole state.
    ///   - modules: What `require` may load: module name (`"penalty.catalog"`) → chunk. Loaded lazily, text only,
    ///     cached in a private table.
    ///   - log: Receives each line the scripts `print`.
    /// - Throws: ``LuaError`` `.memoryLimit` if the state cannot be created.
    public init(
        limits: LuaLimits = .init(), modules: [String: LuaChunk] = [:],
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.limits = limits
        self.modules = modules
        self.host = HostFunctions(log: log)
        self.state = try LuaStateBox(limits: limits, modules: modules, host: host)
    }

    /// The number of values on the Lua stack; 0 between operations (bridge tests check it).
    public var stackDepth: Int {
        guard let state else { return 0 }
        return Int(lua_gettop(state.L))
    }

    /// Bytes currently allocated by the Lua state.
    public var memoryInUse: Int {
        state.map { Int($0.shim.pointee.used) } ?? 0
    }

    // MARK: - Setup

    /// Registers a Swift function as `<table>.<name>`, creating the global table if needed (e.g. `"host"`).
    ///
    /// Arguments arrive converted to ``LuaValue``s; the returned values are pushed as the Lua results. An error the
    /// body throws becomes a Lua error raised at the Lua call site: `rules/x.lua:12: <message>` (for a ``LuaError``,
    /// its ``LuaError/message``; otherwise the error's description). The body runs with memory limits suspended and
    /// must not call back into this runtime.
    ///
    /// - Throws: ``LuaError`` `.sandbox` after ``freezeGlobals()``; `.badValue` if the global exists and is not a table.
    public func register(
        _ table: String, _ name: String, _ body: @escaping (_ arguments: [LuaValue]) throws -> [LuaValue]
    ) throws {
        try register(table, name, native: nil, body)
    }

    /// Registers a function implemented in C as `<table>.<name>`, with `fallback` behind it.
    ///
    /// The C function answers the arguments it understands without leaving Lua, which makes a helper called many
    /// times per rule about as cheap as a Lua function call; it hands any other arguments to `fallback`, registered
    /// as ``register(_:_:_:)`` would, so errors keep the host's own messages.
    ///
    /// - Throws: As ``register(_:_:_:)``.
    public func register(
        _ table: String, _ name: String, native: LuaNativeFunction,
        fallback: @escaping (_ arguments: [LuaValue]) throws -> [LuaValue]
    ) throws {
        try register(table, name, native: Optional(native), fallback)
    }

    private func register(
        _ table: String, _ name: String, native: LuaNativeFunction?, _ body: @escaping ([LuaValue]) throws -> [LuaValue]
    ) throws {
        guard !isFrozen else {
            throw LuaError(kind: .sandbox, message: "cannot register '\(table).\(name)' after the globals are frozen",
                           hint: "register host functions before calling freezeGlobals()")
        }
        let id = host.add("\(table).\(name)", body)
        let step = SetupStep.register(table: table, name: name, id: id, native: native)
        try install(step, in: try liveState())
        steps.append(step)
    }

    /// Loads `chunk` (text only) and runs it under the limits.
    ///
    /// Stack: [] → [] (the chunk's results are copied out and popped).
    /// - Parameter root: If given, the chunk's first result is kept in a private registry table under this name, so
    ///   ``call(_:_:_:)`` can reach functions inside it later.
    /// - Returns: The chunk's results.
    /// - Throws: ``LuaError``: `.syntax` (with file and line), `.sandbox` for a binary chunk, `.runtime`,
    ///   `.instructionLimit`, `.memoryLimit`, or `.badValue` if a result cannot be converted (the root is then not kept).
    @discardableResult
    public func run(_ chunk: LuaChunk, keepResultAs root: String? = nil) throws -> [LuaValue] {
        let values = try exclusively { try run(chunk, keepResultAs: root, in: $0) }
        steps.append(.run(chunk, root: root))
        return values
    }

    /// Makes globals, every table-valued global (standard libraries, registered tables, tables the scripts defined)
    /// and the string metatable read-only.
    ///
    /// Afterwards assigning a global, `rawset` or `setmetatable` on those tables raise runtime errors, and reading
    /// an undefined global raises `undefined global 'x'`. Tables are frozen one level deep. Idempotent.
    public func freezeGlobals() throws {
        try install(.freeze, in: try liveState())
        if !isFrozen { steps.append(.freeze) }
        isFrozen = true
    }

    // MARK: - Calls

    /// Calls `root[path[0]][path[1]]…` with `arguments` under the limits. Lookups are raw (no metamethods).
    ///
    /// Stack: [] → [] (handler, function, arguments and results are pushed and popped here).
    /// - Returns: The values and where the function returned (``LuaCallResult/returnSite``).
    /// - Throws: ``LuaError``: `.notFound` naming the path; `.runtime`, `.instructionLimit`, `.memoryLimit` from the
    ///   call; `.badValue` for an argument or result that cannot cross (located at the return site).
    public func call(_ root: String, _ path: [String], _ arguments: [LuaValue]) throws -> LuaCallResult {
        try exclusively { try call(root, path, arguments, in: $0) }
    }

    /// Whether `root[path…]` exists and is a function (raw lookups). Stack: [] → [].
    public func hasFunction(_ root: String, _ path: [String]) -> Bool {
        guard !isBusy, let state = try? liveState() else { return false }
        let top = lua_gettop(state.L)
        defer { lua_settop(state.L, top) }
        return state.withLenientAllocation { lookUp(root, path, in: state) }.value == LUA_TFUNCTION
    }

    // MARK: - State management

    /// The live state, rebuilding it first if an earlier rebuild failed.
    func liveState() throws -> LuaStateBox {
        if let state { return state }
        try rebuild()
        guard let state else { throw LuaError(kind: .runtime, message: "the Lua state could not be rebuilt") }
        return state
    }

    /// Runs `body` on the live state, refusing reentrant use; rebuilds the state after errors that spoil it.
    func exclusively<T>(_ body: (LuaStateBox) throws -> T) throws -> T {
        guard !isBusy else {
            throw LuaError(kind: .runtime, message: "the Lua runtime is already running a call",
                           hint: "host functions must not call back into their own runtime")
        }
        let state = try liveState()
        isBusy = true
        state.resetOutput()
        defer {
            shim_end_call(state.L)
            if let notice = state.suppressedOutputNotice() { host.log(notice) }
            isBusy = false
        }
        do {
            return try body(state)
        } catch let error as LuaError where error.spoilsState {
            self.state = nil
            try? rebuild()   // on failure, the next operation retries
            throw error
        }
    }

    /// Replaces the state with a fresh one and replays the recorded setup steps in order.
    private func rebuild() throws {
        state = nil
        let fresh = try LuaStateBox(limits: limits, modules: modules, host: host)
        // Replaying runs chunks (each starts a clock and arms the watchdog); outside `exclusively` nothing else would
        // end the last one's watch.
        defer { shim_end_call(fresh.L) }
        for step in steps {
            switch step {
            case .register, .freeze:
                try install(step, in: fresh)
            case .run(let chunk, let root):
                _ = try run(chunk, keepResultAs: root, in: fresh)
            }
        }
        state = fresh
    }

    /// Applies a registration or freeze step. Stack: [] → [].
    private func install(_ step: SetupStep, in state: LuaStateBox) throws {
        switch step {
        case .register(let table, let name, let id, let native):
            let status = state.withLenientAllocation {
                if let native {
                    shim_register_function(state.L, table, name, Int32(id), native.body)
                } else {
                    shim_register(state.L, table, name, Int32(id))
                }
            }.value
            guard status == 0 else {
                throw LuaError(kind: .badValue, message: "cannot register '\(table).\(name)': global '\(table)' is "
                               + "not a table", hint: "choose a table name no script uses as a global")
            }
        case .freeze:
            _ = state.withLenientAllocation { shim_freeze(state.L) }
        case .run:
            break
        }
    }
}
