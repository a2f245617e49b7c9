import CLua
import LuaShim

/// Pushes a direct call's arguments straight onto the Lua stack, without building ``LuaValue``s first.
///
/// Given to the `arguments` closure of ``LuaRuntime/call(_:_:arguments:results:)`` and valid only inside it. Every
/// value pushed at the top level is one argument. Tables are filled with raw sets (`lua_rawset`, `lua_rawseti`) on
/// tables just created, so no metamethod runs; allocation is lenient while the closure runs, so nothing here raises.
///
/// ```swift
/// try runtime.call("pack", ["penalty", "payment_due"]) { args in
///     args.pushTable(fieldCount: 2) {
///         args.set("violator", "individual")
///         args.set("received_on", "2026-03-15")
///     }
/// } results: { results in results.integer(1) }
/// ```
public struct LuaArgumentWriter {
    let L: OpaquePointer

    init(_ L: OpaquePointer) { self.L = L }

    /// Makes room for `count` more values. Stack: unchanged.
    ///
    /// - Throws: ``LuaError`` `.badValue` when the Lua stack cannot grow ("lua_checkstack ... returns false if it
    ///   cannot fulfill the request").
    public func reserve(_ count: Int) throws {
        guard lua_checkstack(L, Int32(clamping: count)) != 0 else {
            throw LuaError(kind: .badValue, message: "the arguments need more than the Lua stack can hold")
        }
    }

    /// Stack: [] → [nil].
    public func pushNil() { lua_pushnil(L) }
    /// Stack: [] → [integer].
    public func push(_ integer: Int64) { lua_pushinteger(L, integer) }
    /// Stack: [] → [boolean].
    public func push(_ flag: Bool) { lua_pushboolean(L, flag ? 1 : 0) }
    /// Stack: [] → [string]; the bytes are copied exactly (`lua_pushlstring`).
    public func push(_ text: String) { LuaValueWriter(L).pushString(text) }
    /// Stack: [] → [string] made of `bytes`.
    public func push(bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else {
            _ = lua_pushstring(L, "")
            return
        }
        _ = lua_pushlstring(L, base.assumingMemoryBound(to: CChar.self), bytes.count)
    }
    /// Stack: [] → [value], converted as ``LuaRuntime/call(_:_:_:)`` converts arguments.
    ///
    /// - Throws: ``LuaError`` `.badValue` for a value that cannot cross (a function marker, too deep a nesting).
    public func push(_ value: LuaValue) throws { try LuaValueWriter(L).push(value, as: "argument") }

    /// Pushes a new table sized for `arrayCount` elements and `fieldCount` fields, then runs `fill`, which sets
    /// them with the `set` and `setElement` functions.
    ///
    /// Stack: [] → [table].
    /// - Throws: What `fill` throws; ``LuaError`` `.badValue` when the stack cannot grow.
    public func pushTable(arrayCount: Int = 0, fieldCount: Int = 0, _ fill: () throws -> Void = {}) throws {
        try reserve(4)
        lua_createtable(L, Int32(clamping: arrayCount), Int32(clamping: fieldCount))
        try fill()
    }

    /// Sets field `key` of the table on top to what `value` pushes. Stack: [table] → [table].
    ///
    /// - Throws: What `value` throws; ``LuaError`` `.badValue` when the stack cannot grow.
    public func set(_ key: StaticString, _ value: () throws -> Void) throws {
        try reserve(3)
        pushKey(key)                 // table, key
        try value()                  // table, key, value
        lua_rawset(L, -3)            // table
    }

    /// `table.key = integer` on the table on top. Stack: [table] → [table].
    public func set(_ key: StaticString, _ integer: Int64) {
        pushKey(key)
        lua_pushinteger(L, integer)
        lua_rawset(L, -3)
    }

    /// `table.key = flag`. Stack: [table] → [table].
    public func set(_ key: StaticString, _ flag: Bool) {
        pushKey(key)
        lua_pushboolean(L, flag ? 1 : 0)
        lua_rawset(L, -3)
    }

    /// `table.key = text`; nothing when `text` is `nil` (the field stays absent). Stack: [table] → [table].
    public func set(_ key: StaticString, _ text: String?) {
        guard let text else { return }
        pushKey(key)
        LuaValueWriter(L).pushString(text)
        lua_rawset(L, -3)
    }

    /// `table.key = string made of bytes`. Stack: [table] → [table].
    public func set(_ key: StaticString, bytes: UnsafeRawBufferPointer) {
        pushKey(key)
        push(bytes: bytes)
        lua_rawset(L, -3)
    }

    /// `table[index] = what value pushes` (index from 1). Stack: [table] → [table].
    ///
    /// - Throws: What `value` throws; ``LuaError`` `.badValue` when the stack cannot grow.
    public func setElement(_ index: Int, _ value: () throws -> Void) throws {
        try reserve(2)
        try value()
        lua_rawseti(L, -2, lua_Integer(index))
    }

    /// `table[index] = text` (index from 1). Stack: [table] → [table].
    public func setElement(_ index: Int, _ text: String) {
        LuaValueWriter(L).pushString(text)
        lua_rawseti(L, -2, lua_Integer(index))
    }

    private func pushKey(_ key: StaticString) {
        _ = key.withUTF8Buffer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }
}

extension LuaArgumentWriter {
    /// Pushes the function kept at `root[path…]` (see ``LuaRuntime/run(_:keepResultAs:)``), found with raw lookups,
    /// so one kept function can be passed to another.
    ///
    /// Stack: [] → [function], or unchanged when returning false.
    /// - Returns: Whether `root[path…]` exists and is a function.
    public func pushFunction(_ root: String, _ path: [String]) throws -> Bool {
        try reserve(3)
        let top = lua_gettop(L)
        shim_push_roots(L)                               // roots
        var type = LUA_TTABLE
        for index in -1..<path.count {                   // the root, then each key of the path
            guard type == LUA_TTABLE else { break }
            LuaValueWriter(L).pushString(index < 0 ? root : path[index])   // container, key
            type = lua_rawget(L, -2)                     // container, value
            shim_remove(L, -2)                           // value
        }
        guard type == LUA_TFUNCTION else {
            lua_settop(L, top)
            return false
        }
        return true
    }
}
