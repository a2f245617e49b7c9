import CLua
import LuaShim

/// A value on the Lua stack during a direct call: an absolute stack index, valid only inside the `results` closure.
public struct LuaSlot: Sendable, Equatable {
    let index: Int32
}

/// Reads a direct call's results where they lie on the Lua stack, field by field, without copying whole tables
/// into ``LuaValue``s.
///
/// Given to the `results` closure of ``LuaRuntime/call(_:_:arguments:results:)`` and valid only inside it. Lookups
/// are raw (`lua_rawget`, `lua_rawgeti`), so no metamethod runs and nothing raises; the readers return `nil` for a
/// value of another type, so the caller can say what it expected. The stack is restored after the closure.
public struct LuaResultReader {
    let L: OpaquePointer
    let first: Int32
    /// How many values the function returned.
    public let count: Int
    let locateReturn: () -> LuaSourceLocation?

    /// Where the called function returned (see ``LuaCallResult/returnSite``); worked out when asked.
    public var returnSite: LuaSourceLocation? { locateReturn() }

    /// Result `number` (from 1); a result past ``count`` reads as nil.
    public func result(_ number: Int) -> LuaSlot {
        guard number >= 1, number <= count else { return LuaSlot(index: 0) }
        return LuaSlot(index: first + Int32(number) - 1)
    }

    /// Runs `body` with `table[key]` pushed (nil when `slot` is not a table), then pops it.
    ///
    /// Stack: [] → [] (the field is pushed for `body` and popped after).
    public func withField<T>(_ slot: LuaSlot, _ key: StaticString, _ body: (LuaSlot) throws -> T) rethrows -> T {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard lua_checkstack(L, 2) != 0, slot.index != 0, lua_type(L, slot.index) == LUA_TTABLE else {
            return try body(LuaSlot(index: 0))
        }
        _ = key.withUTF8Buffer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
        lua_rawget(L, slot.index)
        return try body(LuaSlot(index: lua_gettop(L)))
    }

    /// Runs `body` with `table[index]` pushed (nil when `slot` is not a table), then pops it. Stack: [] → [].
    public func withElement<T>(_ slot: LuaSlot, _ index: Int, _ body: (LuaSlot) throws -> T) rethrows -> T {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard lua_checkstack(L, 2) != 0, slot.index != 0, lua_type(L, slot.index) == LUA_TTABLE else {
            return try body(LuaSlot(index: 0))
        }
        lua_rawgeti(L, slot.index, lua_Integer(index))
        return try body(LuaSlot(index: lua_gettop(L)))
    }

    /// Whether the value is nil (or absent).
    public func isNil(_ slot: LuaSlot) -> Bool { slot.index == 0 || lua_type(L, slot.index) <= LUA_TNIL }

    /// Whether the value is a table.
    public func isTable(_ slot: LuaSlot) -> Bool { slot.index != 0 && lua_type(L, slot.index) == LUA_TTABLE }

    /// The length of a table's sequence (`lua_rawlen`: "for tables, this is the result of the length operator
    /// ('#') with no metamethods"); 0 for anything else.
    public func length(_ slot: LuaSlot) -> Int {
        guard isTable(slot) else { return 0 }
        return Int(lua_rawlen(L, slot.index))
    }

    /// The value if it is a number with the integer subtype; `nil` for a float, a string or anything else.
    public func integer(_ slot: LuaSlot) -> Int64? {
        guard slot.index != 0, lua_type(L, slot.index) == LUA_TNUMBER, shim_isinteger(L, slot.index) != 0 else {
            return nil
        }
        return lua_tointegerx(L, slot.index, nil)
    }

    /// The value if it is a boolean.
    public func boolean(_ slot: LuaSlot) -> Bool? {
        guard slot.index != 0, lua_type(L, slot.index) == LUA_TBOOLEAN else { return nil }
        return lua_toboolean(L, slot.index) != 0
    }

    /// Calls `body` with the bytes of a string value (no copy; valid only inside `body`); `nil` when the value is
    /// not a string.
    public func withBytes<T>(_ slot: LuaSlot, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T? {
        guard slot.index != 0, lua_type(L, slot.index) == LUA_TSTRING else { return nil }
        var length = 0
        guard let bytes = lua_tolstring(L, slot.index, &length) else { return nil }
        return try body(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    /// The value if it is a string of valid UTF-8.
    public func string(_ slot: LuaSlot) -> String? {
        withBytes(slot) { String(validating: $0, as: UTF8.self) } ?? nil
    }

    /// The whole value copied out, as ``LuaRuntime/call(_:_:_:)`` returns it (for messages and rare fields).
    ///
    /// - Throws: ``LuaError`` `.badValue` for a value that cannot leave Lua.
    public func value(_ slot: LuaSlot) throws -> LuaValue {
        guard slot.index != 0 else { return .nil }
        var reader = LuaValueReader(L)
        return try reader.read(at: slot.index, as: "result")
    }
}
