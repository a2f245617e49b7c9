import LuaBridge

/// How much work, time, memory and output one rule call may use. Each limit raises a ``RuleError`` naming it.
public struct RuleLimits: Sendable, Equatable {
    /// The longest any call may run, whatever a caller or a pack asks: 10 s. A rule answers one legal question about
    /// one case; the bundled pack's slowest call (loading the pack) takes well under a second.
    public static let maximumTimeLimitMilliseconds = 10_000

    /// Lua VM instructions one call (or the pack's loading) may execute; an endless loop stops here.
    public var instructionBudget: Int
    /// Bytes the whole Lua state may hold, the pack's own data included.
    public var memoryLimit: Int
    /// Wall-clock milliseconds one call (or the pack's loading) may take, inside C library functions too; at most
    /// ``maximumTimeLimitMilliseconds``. A pack may ask for less with `time_limit_ms` in the table init.lua returns.
    public var timeLimitMilliseconds: Int
    /// Bytes of `print` output one call may write; what follows is counted and reported in one line.
    public var outputLimit: Int

    /// 50 million instructions (a few tenths of a second), 256 MiB, 2 s and 64 KiB of output.
    public init(
        instructionBudget: Int = 50_000_000, memoryLimit: Int = 256 << 20, timeLimitMilliseconds: Int = 2_000,
        outputLimit: Int = 64 << 10
    ) {
        self.instructionBudget = instructionBudget
        self.memoryLimit = memoryLimit
        self.timeLimitMilliseconds = min(max(1, timeLimitMilliseconds), Self.maximumTimeLimitMilliseconds)
        self.outputLimit = outputLimit
    }

    var lua: LuaLimits {
        LuaLimits(
            instructionBudget: instructionBudget, memoryLimit: memoryLimit,
            timeLimitMilliseconds: min(max(1, timeLimitMilliseconds), Self.maximumTimeLimitMilliseconds),
            outputLimit: outputLimit)
    }

    init(_ lua: LuaLimits) {
        self.init(
            instructionBudget: lua.instructionBudget, memoryLimit: lua.memoryLimit,
            timeLimitMilliseconds: lua.timeLimitMilliseconds, outputLimit: lua.outputLimit)
    }
}
