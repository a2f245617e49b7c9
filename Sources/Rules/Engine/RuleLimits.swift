import LuaBridge

/// How much work and memory one rule call may use. Both limits raise a ``RuleError`` naming the limit.
public struct RuleLimits: Sendable, Equatable {
    /// Lua VM instructions one call (or the pack's loading) may execute; an endless loop stops here.
    public var instructionBudget: Int
    /// Bytes the whole Lua state may hold, the pack's own data included.
    public var memoryLimit: Int

    /// 50 million instructions (a few tenths of a second) and 256 MiB.
    public init(instructionBudget: Int = 50_000_000, memoryLimit: Int = 256 << 20) {
        self.instructionBudget = instructionBudget
        self.memoryLimit = memoryLimit
    }

    var lua: LuaLimits { LuaLimits(instructionBudget: instructionBudget, memoryLimit: memoryLimit) }
}
