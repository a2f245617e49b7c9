/// A place in a Lua chunk: the chunk name (without Lua's leading `@`) and a line.
///
/// Its description is the `file:line` form Lua itself uses in error messages, e.g. `rules/late_payment.lua:9`.
public struct LuaSourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The chunk name, e.g. `rules/late_payment.lua`.
    public var file: String
    /// The 1-based line number.
    public var line: Int

    /// Creates a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`.
    public var description: String { "\(file):\(line)" }
}
