/// An error raised while loading or running Lua, or while converting values across the bridge.
///
/// Every error says what went wrong (``message``), where (``location``, the innermost Lua frame) and, when there is
/// something useful to say, what to do next (``hint``). ``description`` renders the house three-line format:
///
/// ```
/// error: undefined global 'totl'
///   --> rules/late_payment.lua:9
///   help: declare it with 'local', or check the spelling
/// ```
public struct LuaError: Error, Sendable, CustomStringConvertible {
    /// What class of failure this is; callers switch on it.
    public enum Kind: Sendable, Equatable {
        /// The chunk does not compile (`LUA_ERRSYNTAX`).
        case syntax
        /// The script raised an error or hit a Lua runtime check (`LUA_ERRRUN`, `LUA_ERRERR`).
        case runtime
        /// The call ran more instructions than ``LuaLimits/instructionBudget``.
        case instructionLimit
        /// The call ran longer than ``LuaLimits/timeLimitMilliseconds`` (in Lua or inside a C library function).
        case timeLimit
        /// The state would have grown past ``LuaLimits/memoryLimit`` bytes (`LUA_ERRMEM`).
        case memoryLimit
        /// A value could not cross the bridge (a float or boolean table key, a cycle, userdata, ...).
        case badValue
        /// The script tried something the sandbox forbids (io, os, debug, bytecode, writing frozen tables, ...).
        case sandbox
        /// The requested root or function does not exist.
        case notFound
    }

    /// What class of failure this is.
    public var kind: Kind
    /// What went wrong, without Lua's `file:line:` prefix.
    public var message: String
    /// The innermost Lua frame at the time of the error (C frames skipped), when known.
    public var location: LuaSourceLocation?
    /// A Lua traceback (`luaL_traceback` format), when the message handler ran.
    public var traceback: String?
    /// What to do next, when there is something specific to say.
    public var hint: String?

    /// Creates an error.
    public init(
        kind: Kind, message: String, location: LuaSourceLocation? = nil, traceback: String? = nil, hint: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.location = location
        self.traceback = traceback
        self.hint = hint
    }

    /// The three-line format: `error: …`, then `  --> file:line` and `  help: …` when known.
    public var description: String {
        var lines = ["error: \(message)"]
        if let location { lines.append("  --> \(location)") }
        if let hint { lines.append("  help: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
