/// A Lua value copied out of (or into) a Lua state.
///
/// Values are plain Swift data: converting never keeps a reference into the state, so a `LuaValue` outlives the
/// call that produced it. Integers and floats stay distinct, as Lua 5.4 keeps them (manual §2.1: "The type number uses
/// two internal representations ... integer and float"), so callers can reject a float where only a whole number makes
/// sense instead of truncating it.
///
/// ```swift
/// let result = try runtime.call("rule", ["evaluate"], [.integer(1_500_000)])
/// guard case .integer(let amount) = result.values.first else { … }
/// ```
public enum LuaValue: Sendable, Hashable {
    /// `nil`, or an absent value.
    case `nil`
    /// `true` or `false`.
    case boolean(Bool)
    /// A number with the integer subtype (`math.type(x) == "integer"`).
    case integer(Int64)
    /// A number with the float subtype (`math.type(x) == "float"`), including `1.0`, `2^63`, `inf` and `nan`.
    case number(Double)
    /// A string, valid UTF-8. Bytes are preserved exactly in both directions.
    case string(String)
    /// A plain table: a sequence part and string-keyed fields.
    case table(LuaTable)
    /// A Lua function was there. Functions cannot leave the state; this marker only says one exists.
    case function
}

extension LuaValue {
    /// The Lua type name of the value, as `type()` would report it ("nil", "boolean", "number", ...).
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        case .function: "function"
        }
    }
}
