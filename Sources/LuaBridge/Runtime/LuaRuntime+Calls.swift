import CLua
import LuaShim

extension LuaRuntime {
    /// Loads and runs `chunk` on `state`, keeping its first result under `root`.
    ///
    /// Stack: [] → [].
    func run(_ chunk: LuaChunk, keepResultAs root: String?, in state: LuaStateBox) throws -> [LuaValue] {
        let L = state.L
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        lua_pushcclosure(L, shim_message_handler, 0)   // base + 1: message handler
        shim_begin_call(L)
        // "mode ... "t" (only text chunks)": a binary chunk is refused with LUA_ERRSYNTAX (manual, lua_load).
        let status = chunk.source.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { source in
                luaL_loadbufferx(L, source.baseAddress, source.count, "@" + chunk.name, "t")
            }
        }
        guard status == LUA_OK else { throw error(status: status, in: state, chunk: chunk.name) }
        // base + 2: the chunk
        let callStatus = shim_pcall(L, 0, LUA_MULTRET, base + 1)
        guard callStatus == LUA_OK else { throw error(status: callStatus, in: state, chunk: chunk.name) }
        let values = try results(from: base + 2, in: state, site: nil)
        if let root {
            let kept = state.withLenientAllocation {
                shim_push_roots(L)                           // roots
                LuaValueWriter(L).pushString(root)           // roots, name
                lua_pushvalue(L, base + 2)                   // roots, name, first result (nil if none)
                lua_rawset(L, -3)                            // roots
                shim_pop(L, 1)                               // roots
            }
            guard kept.withinLimit else { throw memoryLimitError(location: nil) }
        }
        return values
    }

    /// Calls `root[path…]` on `state`.
    ///
    /// Stack: [] → [].
    func call(_ root: String, _ path: [String], _ arguments: [LuaValue], in state: LuaStateBox) throws
        -> LuaCallResult
    {
        let L = state.L
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        lua_pushcclosure(L, shim_message_handler, 0)       // base + 1: message handler
        let pushed = try state.withLenientAllocation { () throws -> Bool in
            guard lookUp(root, path, in: state) == LUA_TFUNCTION else { return false }   // base + 2: function
            guard lua_checkstack(L, Int32(clamping: arguments.count + 1)) != 0 else {
                throw LuaError(kind: .badValue, message: "too many arguments (\(arguments.count))")
            }
            let writer = LuaValueWriter(L)
            for (offset, argument) in arguments.enumerated() {   // base + 3…: arguments
                try writer.push(argument, as: "argument \(offset + 1)")
            }
            return true
        }
        guard pushed.value else {
            let name = ([root] + path).joined(separator: ".")
            throw LuaError(kind: .notFound, message: "no function '\(name)'",
                           hint: "check that the chunk kept as '\(root)' defines '\(path.joined(separator: "."))'")
        }
        guard pushed.withinLimit else { throw memoryLimitError(location: nil) }
        shim_begin_call(L)
        let status = shim_pcall(L, Int32(arguments.count), LUA_MULTRET, base + 1)
        guard status == LUA_OK else { throw error(status: status, in: state, chunk: nil) }
        let site = returnSite(in: state) ?? definitionSite(of: root, path, in: state)
        return LuaCallResult(values: try results(from: base + 2, in: state, site: site), returnSite: site)
    }

    /// Pushes `roots[root][path[0]]…` using raw lookups only; nil when any step is missing or not a table.
    ///
    /// Stack: [] → [value]. Returns the value's Lua type. Call in lenient allocation mode (pushes strings).
    func lookUp(_ root: String, _ path: [String], in state: LuaStateBox) -> Int32 {
        let L = state.L
        shim_push_roots(L)                               // roots
        let writer = LuaValueWriter(L)
        var type = LUA_TTABLE
        for index in -1..<path.count {                   // the root, then each key of the path
            guard type == LUA_TTABLE else {
                shim_pop(L, 1)                           // non-table
                lua_pushnil(L)
                return LUA_TNIL
            }
            writer.pushString(index < 0 ? root : path[index])   // container, key
            type = lua_rawget(L, -2)                     // container, value
            shim_remove(L, -2)                           // value
        }
        return type
    }

    /// Copies the values from `first` to the top of the stack.
    ///
    /// Stack: unchanged. - Throws: ``LuaError`` `.badValue`, located at `site`.
    func results(from first: Int32, in state: LuaStateBox, site: LuaSourceLocation?) throws -> [LuaValue] {
        let top = lua_gettop(state.L)
        guard first <= top else { return [] }
        var reader = LuaValueReader(state.L)
        var values: [LuaValue] = []
        values.reserveCapacity(Int(top - first + 1))
        do {
            for index in first...top {
                values.append(try reader.read(at: index, as: "result \(index - first + 1)"))
            }
        } catch var error as LuaError {
            error.location = error.location ?? site
            throw error
        }
        return values
    }

    /// Where the entry function returned, as recorded by the return hook.
    func returnSite(in state: LuaStateBox) -> LuaSourceLocation? {
        let line = state.shim.pointee.ret_line
        guard line > 0 else { return nil }
        return LuaSourceLocation(file: string(fromCArray: state.shim.pointee.ret_source), line: Int(line))
    }

    /// Fallback return site: the line where the called function is defined (`lua_getinfo` ">S": "linedefined").
    ///
    /// Stack: [] → [].
    func definitionSite(of root: String, _ path: [String], in state: LuaStateBox) -> LuaSourceLocation? {
        let L = state.L
        let found = state.withLenientAllocation { lookUp(root, path, in: state) }.value
        guard found == LUA_TFUNCTION else {
            shim_pop(L, 1)   // lookup result
            return nil
        }
        var info = lua_Debug()
        guard lua_getinfo(L, ">S", &info) != 0, info.linedefined > 0, let source = info.source else { return nil }
        var file = String(cString: source)
        if file.hasPrefix("@") || file.hasPrefix("=") { file.removeFirst() }
        return LuaSourceLocation(file: file, line: Int(info.linedefined))
    }
}
