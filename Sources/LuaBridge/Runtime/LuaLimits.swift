/// Resource limits applied to every chunk run and every call.
///
/// All are enforced in C (LuaShim): a count hook charges instructions against the budget and checks the clock; the
/// C functions that work without running Lua instructions (pattern matching, `table.move`, `table.sort`, large
/// allocations) charge the budget and check the clock themselves; the state's `lua_Alloc` refuses allocations past
/// the memory limit; `print` stops writing past the output limit. Exceeding the budget, the time or the memory throws
/// ``LuaError`` with kind ``LuaError/Kind/instructionLimit``, ``LuaError/Kind/timeLimit`` or
/// ``LuaError/Kind/memoryLimit``, after which the runtime rebuilds its state.
public struct LuaLimits: Sendable, Equatable {
    /// Lua VM instructions allowed per call (and per chunk run). Checked every 1 000 instructions. Default 50 000 000.
    public var instructionBudget: Int
    /// Bytes the whole state may hold, libraries and loaded rules included. Default 256 MiB.
    public var memoryLimit: Int
    /// Wall-clock milliseconds one call (or chunk run) may take; 0 for none. Default 2 000.
    ///
    /// Checked every 1 000 instructions, every 4 096 steps of a pattern match and at every allocation of 4 KiB or
    /// more; a watchdog thread makes the call stop at its next instruction once the deadline has passed. The records
    /// of one batch (``LuaRuntime/call(_:batch:results:)``) share one deadline.
    public var timeLimitMilliseconds: Int
    /// Bytes `print` may write per operation (a call, a chunk run, a batch); 0 for no limit. Default 64 KiB. Lines
    /// past it are counted and reported in one line at the end of the operation.
    public var outputLimit: Int

    /// Creates limits; the defaults suit rule evaluation (about a tenth of a second of Lua, 256 MiB, 2 s, 64 KiB).
    public init(
        instructionBudget: Int = 50_000_000, memoryLimit: Int = 256 << 20, timeLimitMilliseconds: Int = 2_000,
        outputLimit: Int = 64 << 10
    ) {
        self.instructionBudget = instructionBudget
        self.memoryLimit = memoryLimit
        self.timeLimitMilliseconds = timeLimitMilliseconds
        self.outputLimit = outputLimit
    }
}

extension LuaLimits {
    /// The memory limit for messages: "256 MiB" or "64 KiB" when whole, otherwise "1000 bytes".
    var memoryLimitDescription: String {
        if memoryLimit >= 1 << 20 && memoryLimit % (1 << 20) == 0 { return "\(memoryLimit >> 20) MiB" }
        if memoryLimit >= 1 << 10 && memoryLimit % (1 << 10) == 0 { return "\(memoryLimit >> 10) KiB" }
        return "\(memoryLimit) bytes"
    }
}
