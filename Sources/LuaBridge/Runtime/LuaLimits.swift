/// Resource limits applied to every chunk run and every call.
///
/// Both limits are enforced in C (LuaShim): a count hook charges instructions against the budget, and the state's
/// `lua_Alloc` refuses allocations past the memory limit. Exceeding either throws ``LuaError`` with kind
/// ``LuaError/Kind/instructionLimit`` or ``LuaError/Kind/memoryLimit``, after which the runtime rebuilds its state.
public struct LuaLimits: Sendable, Equatable {
    /// Lua VM instructions allowed per call (and per chunk run). Checked every 1 000 instructions. Default 50 000 000.
    public var instructionBudget: Int
    /// Bytes the whole state may hold, libraries and loaded rules included. Default 256 MiB.
    public var memoryLimit: Int

    /// Creates limits; the defaults suit rule evaluation (about a tenth of a second of Lua, 256 MiB).
    public init(instructionBudget: Int = 50_000_000, memoryLimit: Int = 256 << 20) {
        self.instructionBudget = instructionBudget
        self.memoryLimit = memoryLimit
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
