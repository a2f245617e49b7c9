import CLua
import LuaShim

/// A function of a kept chunk, looked up once, for calls in a tight loop: ``LuaRuntime/call(_:batch:results:)``
/// passes records of scalar arguments straight onto the Lua stack and reads scalar results straight off it, without
/// building ``LuaValue``s, tables or arrays.
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
        let definition = try exclusively { definitionSite(of: root, path, in: $0) }
        return LuaPreparedFunction(root: root, path: path, definition: definition)
    }
}
