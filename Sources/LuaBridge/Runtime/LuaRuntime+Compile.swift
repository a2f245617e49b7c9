import CLua
import LuaShim

extension LuaRuntime {
    /// Parses `chunk` without running it: reports syntax errors and binary chunks, with file and line.
    ///
    /// Used to check every file of a rule pack, including modules nothing requires yet.
    ///
    /// Stack: [] → [] (the compiled function is pushed by `luaL_loadbufferx` and popped here).
    /// - Throws: ``LuaError`` `.syntax` located at the offending line, or `.sandbox` for a binary chunk.
    public func compile(_ chunk: LuaChunk) throws {
        let state = try liveState()
        let L = state.L
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        // "lua_load … runs in protected mode" and reports errors through its status: it never raises. Parsing is
        // metered like a call (large allocations are charged to the budget and check the clock).
        shim_begin_call(L)
        defer { shim_end_call(L) }
        let status = chunk.source.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { source in
                luaL_loadbufferx(L, source.baseAddress, source.count, "@" + chunk.name, "t")
            }
        }
        guard status == LUA_OK else { throw error(status: status, in: state, chunk: chunk.name) }
    }

    /// Parses `chunk` in a throwaway sandboxed state; see ``compile(_:)``.
    public static func compile(_ chunk: LuaChunk) throws {
        try LuaRuntime(limits: LuaLimits(instructionBudget: 1_000_000, memoryLimit: 64 << 20)).compile(chunk)
    }
}
