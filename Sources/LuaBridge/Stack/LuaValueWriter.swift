import CLua
import LuaShim

/// Pushes ``LuaValue``s onto a Lua stack.
///
/// Tables are built with `lua_createtable` and `lua_rawseti`/`lua_rawset`, so no metamethod runs. Callers must put
/// the state's allocator in lenient mode first (``LuaStateBox/withLenientAllocation(_:)``): "lua_createtable ... may
/// raise memory errors", and a raise from here would longjmp over Swift frames.
struct LuaValueWriter {
    let L: OpaquePointer

    init(_ L: OpaquePointer) { self.L = L }

    /// Pushes `value`, described as `what` in errors.
    ///
    /// Stack: [] → [value], or unchanged when throwing.
    /// - Throws: ``LuaError`` `.badValue` for a `.function` marker or nesting deeper than 100 tables.
    func push(_ value: LuaValue, as what: String) throws {
        let top = lua_gettop(L)
        do {
            try push(value, path: what, depth: 0)
        } catch {
            lua_settop(L, top)
            throw error
        }
    }

    private func push(_ value: LuaValue, path: String, depth: Int) throws {
        guard lua_checkstack(L, 3) != 0 else {
            throw LuaError(kind: .badValue, message: "\(path) is too deeply nested for the Lua stack")
        }
        switch value {
        case .nil:
            lua_pushnil(L)
        case .boolean(let flag):
            lua_pushboolean(L, flag ? 1 : 0)
        case .integer(let integer):
            lua_pushinteger(L, integer)
        case .number(let number):
            lua_pushnumber(L, number)
        case .string(let text):
            pushString(text)
        case .function:
            throw LuaError(kind: .badValue, message: "\(path) is a function marker, which cannot be passed to Lua")
        case .table(let table):
            guard depth < LuaValueReader.maximumDepth else {
                throw LuaError(kind: .badValue,
                               message: "\(path) is nested more than \(LuaValueReader.maximumDepth) tables deep")
            }
            lua_createtable(L, Int32(clamping: table.array.count), Int32(clamping: table.fields.count))
            for (offset, element) in table.array.enumerated() {
                try push(element, path: "\(path)[\(offset + 1)]", depth: depth + 1)
                lua_rawseti(L, -2, lua_Integer(offset + 1))
            }
            for (key, field) in table.fields {
                pushString(key)
                try push(field, path: "\(path).\(key)", depth: depth + 1)
                lua_rawset(L, -3)
            }
        }
    }

    /// Stack: [] → [string]. The bytes are copied exactly (`lua_pushlstring`), embedded zeros included.
    func pushString(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    lua_pushlstring(L, $0, bytes.count)
                }
            } else {
                _ = lua_pushstring(L, "")
            }
        }
    }
}
