import CLua
import LuaShim

/// A function of a kept chunk, looked up once, for calls in a tight loop: ``LuaRuntime/call(_:arguments:results:)``
/// pushes scalar arguments straight onto the Lua stack and reads scalar results straight off it, without building
/// ``LuaValue``s, tables or arrays.
///
/// The handle names the function by path; the runtime keeps its registry reference per state, so a handle stays
/// valid across the rebuild that follows a limit error.
public final class LuaPreparedFunction {
    let root: String
    let path: [String]
    let key: String
    /// The function's dotted name, for messages.
    public let name: String
    /// Where the function is defined, for errors about its results.
    public let definition: LuaSourceLocation?
    /// The serial of the state `cachedReference` belongs to (0: none): a hit skips the per-state dictionary.
    var cachedSerial: UInt64 = 0
    var cachedReference: Int32 = 0

    init(root: String, path: [String], definition: LuaSourceLocation?) {
        self.root = root
        self.path = path
        self.key = ([root] + path).joined(separator: "\u{0}")
        self.name = path.joined(separator: ".")
        self.definition = definition
    }
}

/// The arguments of a prepared call, pushed in order.
public struct LuaArguments {
    let L: OpaquePointer
    let capacity: Int32
    private(set) var count: Int32 = 0

    init(L: OpaquePointer, capacity: Int32) {
        self.L = L
        self.capacity = capacity
    }

    private mutating func claim() {
        precondition(count < capacity, "more arguments pushed than the call declared")
        count += 1
    }

    public mutating func push(_ value: Int64) {
        claim()
        lua_pushinteger(L, value)
    }

    public mutating func push(_ value: Bool) {
        claim()
        lua_pushboolean(L, value ? 1 : 0)
    }

    /// Pushes a literal string (a word the rules compare against, e.g. `"organization"`).
    public mutating func push(_ value: StaticString) {
        claim()
        value.withUTF8Buffer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }

    public mutating func push(_ value: String) {
        claim()
        var text = value
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }

    /// Pushes `value`, or `nil` when it is absent.
    public mutating func push(_ value: Int64?) {
        guard let value else {
            claim()
            lua_pushnil(L)
            return
        }
        push(value)
    }
}

/// The results of a prepared call, read by position (1-based, as in Lua).
public struct LuaResults {
    let L: OpaquePointer
    let first: Int32
    /// How many values the function returned.
    public let count: Int
    let unmanagedFunction: Unmanaged<LuaPreparedFunction>
    /// Only read on errors; unmanaged so the hot path does no reference counting (the caller keeps it alive).
    var function: LuaPreparedFunction { unmanagedFunction.takeUnretainedValue() }

    /// Result `position` as an integer: a Lua integer, or a float with an exact integer value is refused too, since
    /// money and counts must stay integers end to end.
    public func integer(_ position: Int) throws -> Int64 {
        let index = try slot(position)
        guard lua_type(L, index) == LUA_TNUMBER, shim_isinteger(L, index) != 0 else {
            throw mismatch(position, expected: "an integer")
        }
        return lua_tointegerx(L, index, nil)
    }

    /// Result `position` as a boolean (`nil` and `false` are false; anything but a boolean or nil is refused).
    public func boolean(_ position: Int) throws -> Bool {
        let index = try slot(position)
        switch lua_type(L, index) {
        case LUA_TBOOLEAN: return lua_toboolean(L, index) != 0
        case LUA_TNIL: return false
        default: throw mismatch(position, expected: "a boolean")
        }
    }

    private func slot(_ position: Int) throws -> Int32 {
        guard position >= 1, position <= count else {
            throw LuaError(
                kind: .badValue,
                message: "'\(function.name)' returned \(count) value(s); result \(position) is missing",
                location: function.definition, hint: "return every value the contract lists, in order")
        }
        return first + Int32(position - 1)
    }

    private func mismatch(_ position: Int, expected: String) -> LuaError {
        let index = first + Int32(position - 1)
        var shown = String(cString: lua_typename(L, lua_type(L, index)))
        if lua_type(L, index) == LUA_TNUMBER { shown = shim_isinteger(L, index) != 0 ? "an integer" : "a float" }
        return LuaError(
            kind: .badValue,
            message: "'\(function.name)' result \(position) must be \(expected), got \(shown)",
            location: function.definition,
            hint: "amounts are whole đồng: use // for division and math.tointeger where needed")
    }
}

extension LuaRuntime {
    /// Looks up `root[path…]` and returns a handle for fast calls.
    ///
    /// - Throws: ``LuaError`` `.notFound` when there is no such function.
    public func prepare(_ root: String, _ path: [String]) throws -> LuaPreparedFunction {
        guard hasFunction(root, path) else {
            let name = ([root] + path).joined(separator: ".")
            throw LuaError(kind: .notFound, message: "no function '\(name)'",
                           hint: "check that the chunk kept as '\(root)' defines '\(path.joined(separator: "."))'")
        }
        let definition = try exclusively { state -> LuaSourceLocation? in
            let L = state.L
            let top = lua_gettop(L)
            defer { lua_settop(L, top) }
            _ = state.withLenientAllocation { lookUp(root, path, in: state) }
            var info = lua_Debug()
            guard lua_getinfo(L, ">S", &info) != 0, info.linedefined > 0, let source = info.source else { return nil }
            var file = String(cString: source)
            if file.hasPrefix("@") || file.hasPrefix("=") { file.removeFirst() }
            return LuaSourceLocation(file: file, line: Int(info.linedefined))
        }
        return LuaPreparedFunction(root: root, path: path, definition: definition)
    }

    /// Calls a prepared function under the limits: `push` puts at most `arguments` scalars on the stack, `read`
    /// takes the results before they are popped.
    ///
    /// ```swift
    /// let fine = try runtime.prepare("pack", ["penalty", "fine_amount"])
    /// let amount = try runtime.call(fine, arguments: 2, push: { $0.push(Int64(100)); $0.push(Int64(300)) },
    ///                               read: { try $0.integer(1) })
    /// ```
    ///
    /// - Throws: ``LuaError`` as ``call(_:_:_:)`` does; a result of the wrong type is `.badValue` located at the
    ///   function's definition.
    public func call<T>(
        _ function: LuaPreparedFunction, arguments: Int, push: (inout LuaArguments) -> Void,
        read: (LuaResults) throws -> T
    ) throws -> T {
        try exclusively { state in
            let L = state.L
            let base = lua_gettop(L)
            defer { lua_settop(L, base) }
            guard lua_checkstack(L, Int32(clamping: arguments + 2)) != 0 else {
                throw LuaError(kind: .badValue, message: "too many arguments (\(arguments))")
            }
            lua_pushcclosure(L, shim_message_handler, 0)                 // base + 1: message handler
            let pushed = state.withLenientAllocation { () -> Int32 in
                if function.cachedSerial == state.serial {
                    lua_rawgeti(L, shim_registryindex(), lua_Integer(function.cachedReference))   // base + 2: function
                } else if let reference = state.preparedReferences[function.key] {
                    lua_rawgeti(L, shim_registryindex(), lua_Integer(reference))
                    function.cachedSerial = state.serial
                    function.cachedReference = reference
                } else {
                    _ = lookUp(function.root, function.path, in: state)
                    lua_pushvalue(L, -1)
                    let reference = luaL_ref(L, shim_registryindex())
                    state.preparedReferences[function.key] = reference
                    function.cachedSerial = state.serial
                    function.cachedReference = reference
                }
                var writer = LuaArguments(L: L, capacity: Int32(arguments))
                push(&writer)
                return writer.count
            }
            guard pushed.withinLimit else { throw memoryLimitError(location: nil) }
            guard lua_type(L, base + 2) == LUA_TFUNCTION else {
                throw LuaError(kind: .notFound, message: "no function '\(function.name)'")
            }
            shim_begin_fast_call(L)
            let status = shim_pcall(L, pushed.value, LUA_MULTRET, base + 1)
            guard status == LUA_OK else { throw error(status: status, in: state, chunk: nil) }
            let results = LuaResults(
                L: L, first: base + 2, count: Int(lua_gettop(L) - base - 1),
                unmanagedFunction: .passUnretained(function))
            return try read(results)
        }
    }
}
