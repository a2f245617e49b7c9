import CLua
import LuaShim
import Synchronization

/// Serial numbers of states, so a prepared function can tell its cached reference belongs to the live state
/// without holding a (weak) reference to it.
private let stateSerials = Atomic<UInt64>(0)

/// Owns one `lua_State` and its `ShimState` bookkeeping; closes the state when released.
///
/// A ``LuaRuntime`` replaces its box wholesale when it rebuilds after a limit error.
final class LuaStateBox {
    let L: OpaquePointer
    let shim: UnsafeMutablePointer<ShimState>
    /// Registry references of the functions ``LuaRuntime/prepare(_:_:)`` looked up in this state, by path.
    var preparedReferences: [String: Int32] = [:]
    /// Unique among the states of this process.
    let serial = stateSerials.add(1, ordering: .relaxed).newValue

    /// Opens a sandboxed state with the pack's modules.
    ///
    /// - Throws: ``LuaError`` `.memoryLimit` if the C allocator cannot even create the state.
    init(limits: LuaLimits, modules: [String: LuaChunk], host: HostFunctions) throws {
        shim = .allocate(capacity: 1)
        shim.initialize(to: ShimState())
        shim.pointee.host_context = Unmanaged.passUnretained(host).toOpaque()
        shim.pointee.dispatch = hostDispatch
        shim.pointee.log = hostLog
        Self.apply(limits, to: shim)
        guard let state = shim_newstate(shim) else {
            shim.deallocate()
            throw LuaError(kind: .memoryLimit, message: "cannot create a Lua state: out of memory")
        }
        L = state
        // Lenient (set by shim_newstate) while opening: none of these calls may raise.
        shim_open_sandbox(L)
        for (module, chunk) in modules.sorted(by: { $0.key < $1.key }) {
            chunk.source.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { source in
                    shim_add_module(L, module, chunk.name, source.baseAddress, source.count)
                }
            }
        }
        shim.pointee.lenient = 0
    }

    deinit {
        shim_watch_forget(L)
        shim_close(L)
        shim.deinitialize(count: 1)
        shim.deallocate()
    }

    /// Applies new limits; the budget takes effect at the next call.
    func apply(_ limits: LuaLimits) { Self.apply(limits, to: shim) }

    private static func apply(_ limits: LuaLimits, to shim: UnsafeMutablePointer<ShimState>) {
        shim.pointee.limit = limits.memoryLimit < 0 ? 0 : limits.memoryLimit
        shim.pointee.budget = Int64(limits.instructionBudget)
        let milliseconds = Int64(clamping: max(0, limits.timeLimitMilliseconds))
        shim.pointee.time_limit_ns = milliseconds.multipliedReportingOverflow(by: 1_000_000).overflow
            ? Int64.max / 2 : milliseconds * 1_000_000
        shim.pointee.output_limit = max(0, limits.outputLimit)
    }

    /// Starts an operation's output count (`print`'s cap applies per operation).
    func resetOutput() { shim_reset_output(L) }

    /// The line that says how much `print` output the operation dropped, or nil if it dropped nothing.
    func suppressedOutputNotice() -> String? {
        let lines = shim.pointee.output_suppressed_lines
        guard lines > 0 else { return nil }
        let bytes = shim.pointee.output_suppressed_bytes
        return "… \(lines) more line(s), \(bytes) bytes, printed by the rules were not shown: at most "
            + "\(shim.pointee.output_limit) bytes of output per call"
    }

    /// Runs `body` with allocation failures suspended, so pushes from Swift cannot raise (and longjmp).
    ///
    /// Returns false (after `body`) if the state is now over its memory limit; the caller then reports
    /// ``LuaError/Kind/memoryLimit`` itself.
    func withLenientAllocation<T>(_ body: () throws -> T) rethrows -> (value: T, withinLimit: Bool) {
        shim.pointee.lenient += 1
        defer { shim.pointee.lenient -= 1 }
        let value = try body()
        return (value, shim.pointee.used <= shim.pointee.limit)
    }
}

/// Reads a NUL-terminated C string stored in a fixed-size C array (imported as a tuple).
func string<Tuple>(fromCArray tuple: Tuple) -> String {
    withUnsafeBytes(of: tuple) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
    }
}
