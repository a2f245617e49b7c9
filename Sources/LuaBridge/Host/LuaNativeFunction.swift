import CLua

/// A host function written in C against the Lua 5.4 API, for ``LuaRuntime/register(_:_:native:fallback:)``.
///
/// The function is a `lua_CFunction` that finds its host function's id in upvalue 1 and calls
/// `shim_host_trampoline` (LuaShim) for any arguments it does not answer itself, so that the Swift fallback reports
/// the error. It must not allocate without limit or loop: it runs inside the sandbox's limits but is not metered.
/// The bridge knows nothing of what it computes; the code that defines it (Rules' date helpers) does.
public struct LuaNativeFunction: @unchecked Sendable {
    let body: lua_CFunction

    /// Wraps a C function given as an opaque pointer (a C header that exposes no Lua type returns one).
    ///
    /// - Precondition: `pointer` is a `lua_CFunction` as described above.
    public init(_ pointer: UnsafeRawPointer) {
        body = unsafeBitCast(pointer, to: lua_CFunction.self)
    }
}
