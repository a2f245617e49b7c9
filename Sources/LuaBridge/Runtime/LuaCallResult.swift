/// What a successful ``LuaRuntime/call(_:_:_:)`` returned.
public struct LuaCallResult: Sendable {
    /// The returned values, in order.
    public var values: [LuaValue]
    /// Where the called function returned: the chunk and line of the `return` statement that produced ``values``
    /// (for a tail call, of the function that finally returned). Falls back to the line where the function is defined
    /// when the return line is unknown; nil for a C function.
    ///
    /// Callers use it to locate complaints about a value: `rules/fine.lua:14: amount must be an integer, got 1.5`.
    public var returnSite: LuaSourceLocation?

    /// Creates a result.
    public init(values: [LuaValue], returnSite: LuaSourceLocation?) {
        self.values = values
        self.returnSite = returnSite
    }
}
