/// A Lua table with only sequence and string keys, copied out of or into a state.
///
/// Lua tables may have keys of any type; the bridge accepts only the two shapes rules exchange with the host:
/// the sequence `1...n` (``array``) and string keys (``fields``). Other keys are refused with ``LuaError/Kind/badValue``
/// when converting, naming the key, rather than silently dropped.
public struct LuaTable: Sendable, Hashable {
    /// Values at keys `1...array.count`, in order. Never contains `.nil` when read from Lua (a nil ends a sequence).
    public var array: [LuaValue]
    /// Values at string keys.
    public var fields: [String: LuaValue]

    /// Creates a table from a sequence part and string-keyed fields.
    public init(array: [LuaValue] = [], fields: [String: LuaValue] = [:]) {
        self.array = array
        self.fields = fields
    }

    /// The value at string key `key`, or `.nil` when absent.
    public subscript(_ key: String) -> LuaValue {
        fields[key] ?? .nil
    }
}
