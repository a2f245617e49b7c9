import CLua
import LuaShim

/// Copies Lua values from the stack into ``LuaValue``s without running any Lua code.
///
/// Only raw access is used (`lua_next`, `lua_tolstring` on strings only, `lua_tointegerx`/`lua_tonumberx`), so no
/// metamethod runs and nothing can raise: this is safe to call from Swift on any stack, protected or not.
struct LuaValueReader {
    /// Deepest table nesting accepted; deeper structures are refused as ``LuaError/Kind/badValue``.
    static let maximumDepth = 100

    let L: OpaquePointer
    /// Tables on the path from the root value to the current one, for cycle detection.
    private var onPath: Set<UnsafeRawPointer> = []

    init(_ L: OpaquePointer) { self.L = L }

    /// Reads the value at `index`, describing it as `what` in errors ("result 1", "argument 2").
    ///
    /// Stack: [] → [] (balanced, also when throwing).
    /// - Throws: ``LuaError`` `.badValue` naming the offending key path.
    mutating func read(at index: Int32, as what: String) throws -> LuaValue {
        try read(at: lua_absindex(L, index), path: what, depth: 0)
    }

    private mutating func read(at index: Int32, path: String, depth: Int) throws -> LuaValue {
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            if shim_isinteger(L, index) != 0 { return .integer(lua_tointegerx(L, index, nil)) }
            return .number(lua_tonumberx(L, index, nil))
        case LUA_TSTRING:
            return .string(try string(at: index, path: path))
        case LUA_TFUNCTION:
            return .function
        case LUA_TTABLE:
            return .table(try table(at: index, path: path, depth: depth))
        default:
            let type = String(cString: lua_typename(L, lua_type(L, index)))
            throw LuaError(kind: .badValue, message: "\(path) is a \(type), which cannot leave Lua",
                           hint: "return only nil, booleans, numbers, strings and plain tables")
        }
    }

    /// The UTF-8 string at `index` (which must hold a string, so `lua_tolstring` converts nothing).
    private func string(at index: Int32, path: String) throws -> String {
        var length = 0
        guard let bytes = lua_tolstring(L, index, &length) else { return "" }
        let buffer = UnsafeRawBufferPointer(start: bytes, count: length)
        guard let text = String(validating: buffer, as: UTF8.self) else {
            throw LuaError(kind: .badValue, message: "\(path) is not valid UTF-8 text",
                           hint: "strings crossing to the host must be UTF-8")
        }
        return text
    }

    /// Stack: [] → [] (balanced, also when throwing).
    private mutating func table(at index: Int32, path: String, depth: Int) throws -> LuaTable {
        guard let identity = lua_topointer(L, index) else { return LuaTable() }
        guard depth < Self.maximumDepth else {
            throw LuaError(kind: .badValue, message: "\(path) is nested more than \(Self.maximumDepth) tables deep",
                           hint: "return flatter data")
        }
        guard !onPath.contains(identity) else {
            throw LuaError(kind: .badValue, message: "\(path) contains itself (a cycle)",
                           hint: "return a tree of tables without back references")
        }
        guard lua_checkstack(L, 3) != 0 else {
            throw LuaError(kind: .badValue, message: "\(path) is too deeply nested for the Lua stack")
        }
        onPath.insert(identity)
        defer { onPath.remove(identity) }
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }   // drops the key and value if a nested read throws
        var sequence: [Int64: LuaValue] = [:]
        var fields: [String: LuaValue] = [:]
        lua_pushnil(L)   // first key
        while lua_next(L, index) != 0 {   // [key, value]
            switch lua_type(L, -2) {
            case LUA_TSTRING:
                let key = try string(at: -2, path: path + " key")
                fields[key] = try read(at: lua_gettop(L), path: "\(path).\(key)", depth: depth + 1)
            case LUA_TNUMBER where shim_isinteger(L, -2) != 0:
                let key = lua_tointegerx(L, -2, nil)
                sequence[key] = try read(at: lua_gettop(L), path: "\(path)[\(key)]", depth: depth + 1)
            case LUA_TNUMBER:
                throw LuaError(kind: .badValue, message: "\(path) has the float key \(lua_tonumberx(L, -2, nil))",
                               hint: "use integer keys 1…n for lists and string keys for records")
            default:
                let type = String(cString: lua_typename(L, lua_type(L, -2)))
                throw LuaError(kind: .badValue, message: "\(path) has a key of type \(type)",
                               hint: "use integer keys 1…n for lists and string keys for records")
            }
            shim_pop(L, 1)   // value; the key stays for lua_next
        }
        var array: [LuaValue] = []
        array.reserveCapacity(sequence.count)
        var next: Int64 = 1
        while let value = sequence.removeValue(forKey: next) {
            array.append(value)
            next += 1
        }
        if let stray = sequence.keys.min() {
            throw LuaError(kind: .badValue,
                           message: "\(path) has the integer key \(stray) outside the sequence 1…\(array.count)",
                           hint: "lists must have keys 1…n without holes; use string keys for sparse data")
        }
        return LuaTable(array: array, fields: fields)
    }
}
