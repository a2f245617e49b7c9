import CLua
import LuaShim

extension LuaRuntime {
    /// Calls `root[path…]` under the limits, pushing the arguments and reading the results directly on the Lua stack:
    /// the bulk form of ``call(_:_:_:)`` for hot loops, where building and copying ``LuaValue`` trees would cost
    /// more than the rule itself.
    ///
    /// `arguments` pushes each argument with the ``LuaArgumentWriter`` (allocation is lenient meanwhile, as for
    /// ``call(_:_:_:)``). `results` reads what it needs through the ``LuaResultReader`` and returns a Swift value;
    /// what it does not read is never converted.
    ///
    /// Stack: [] → [] (everything pushed here is popped, also when throwing).
    /// - Returns: What `results` returns.
    /// - Throws: ``LuaError``: `.notFound` naming the path; `.runtime`, `.instructionLimit`, `.memoryLimit` from the
    ///   call; what `arguments` or `results` throw, unchanged.
    public func call<T>(
        _ root: String, _ path: [String], arguments: (LuaArgumentWriter) throws -> Void,
        results: (LuaResultReader) throws -> T
    ) throws -> T {
        try exclusively { state in
            let L = state.L
            let base = lua_gettop(L)
            defer { lua_settop(L, base) }
            try pushCall(root, path, arguments: arguments, in: state)
            // Count hook only: the return hook would run on every return inside the rules. A complaint is located at
            // the function's definition here; callers that need the `return` line ask again through call(_:_:_:).
            shim_begin_fast_call(L)
            let status = shim_pcall(L, lua_gettop(L) - base - 2, LUA_MULTRET, base + 1)
            guard status == LUA_OK else { throw error(status: status, in: state, chunk: nil) }
            let count = Int(lua_gettop(L) - base - 1)
            // The return site is worked out only if the reader asks (to locate a complaint), not on every call.
            return try results(
                LuaResultReader(L: L, first: base + 2, count: count) {
                    self.returnSite(in: state) ?? self.definitionSite(of: root, path, in: state)
                })
        }
    }

    /// Calls `root[path…]` with arguments pushed by `arguments` and returns every result as ``LuaValue``s with the
    /// return site, as ``call(_:_:_:)`` does: the checked form of ``call(_:_:arguments:results:)``, for a host
    /// adapter that builds a request from positional values and tail-calls the function that answers it. A proper
    /// tail call ("return f(args)", manual §3.4.10) replaces the adapter's frame, so the return site recorded is the
    /// answering function's `return`, not the adapter's.
    ///
    /// - Parameter locatedAt: The function whose definition locates a complaint when no return site was recorded
    ///   (default: the called function).
    /// - Throws: as ``call(_:_:_:)``; what `arguments` throws, unchanged.
    public func call(
        _ root: String, _ path: [String], arguments: (LuaArgumentWriter) throws -> Void,
        locatedAt: (root: String, path: [String])? = nil
    ) throws -> LuaCallResult {
        try exclusively { state in
            let L = state.L
            let base = lua_gettop(L)
            defer { lua_settop(L, base) }
            try pushCall(root, path, arguments: arguments, in: state)
            shim_begin_call(L)
            let status = shim_pcall(L, lua_gettop(L) - base - 2, LUA_MULTRET, base + 1)
            guard status == LUA_OK else { throw error(status: status, in: state, chunk: nil) }
            let fallback = locatedAt ?? (root, path)
            let site = returnSite(in: state) ?? definitionSite(of: fallback.root, fallback.path, in: state)
            return LuaCallResult(values: try results(from: base + 2, in: state, site: site), returnSite: site)
        }
    }

    /// Pushes the message handler, `root[path…]` and the arguments `arguments` writes (allocation lenient
    /// meanwhile).
    ///
    /// Stack: [] → [handler, function, arguments…]; the caller restores the top.
    /// - Throws: ``LuaError`` `.notFound` naming the path, `.memoryLimit`; what `arguments` throws.
    func pushCall(
        _ root: String, _ path: [String], arguments: (LuaArgumentWriter) throws -> Void, in state: LuaStateBox
    ) throws {
        let L = state.L
        lua_pushcclosure(L, shim_message_handler, 0)       // base + 1: message handler
        let pushed = try state.withLenientAllocation { () throws -> Bool in
            guard lookUp(root, path, in: state) == LUA_TFUNCTION else { return false }   // base + 2: function
            try arguments(LuaArgumentWriter(L))                                          // base + 3…: arguments
            return true
        }
        guard pushed.value else {
            let name = ([root] + path).joined(separator: ".")
            throw LuaError(kind: .notFound, message: "no function '\(name)'",
                           hint: "check that the chunk kept as '\(root)' defines '\(path.joined(separator: "."))'")
        }
        guard pushed.withinLimit else { throw memoryLimitError(location: nil) }
    }
}
