import CLua
import LuaShim

/// The Swift side of host functions and `print`: what the C trampoline and `sb_print` call back into.
///
/// It outlives every state the runtime builds (states are rebuilt after limit errors), so registered functions keep
/// their ids across rebuilds. The C side holds it as an unretained pointer in `ShimState.host_context`.
final class HostFunctions {
    typealias Body = ([LuaValue]) throws -> [LuaValue]

    /// Registered functions by id (their index), with the qualified name used in messages.
    private(set) var functions: [(name: String, body: Body)] = []
    let log: @Sendable (String) -> Void

    init(log: @escaping @Sendable (String) -> Void) { self.log = log }

    /// Adds a function and returns its id.
    func add(_ name: String, _ body: @escaping Body) -> Int {
        functions.append((name, body))
        return functions.count - 1
    }

    /// Runs function `id` on the arguments on the stack; called by the C trampoline in lenient allocation mode.
    ///
    /// Stack: [args…] → [args…, results…] returning their count, or [args…, message] returning `SHIM_HOST_ERROR`.
    func dispatch(_ L: OpaquePointer, id: Int) -> Int32 {
        let top = lua_gettop(L)
        guard functions.indices.contains(id) else { return fail(L, top, "host function #\(id) is not registered") }
        let (name, body) = functions[id]
        var reader = LuaValueReader(L)
        var arguments: [LuaValue] = []
        do {
            for index in 1...max(top, 1) where top > 0 {
                arguments.append(try reader.read(at: index, as: "argument \(index)"))
            }
        } catch let error as LuaError {
            return fail(L, top, "bad argument to '\(name)': \(error.message)")
        } catch {
            return fail(L, top, "bad argument to '\(name)'")
        }
        do {
            let results = try body(arguments)
            guard lua_checkstack(L, Int32(clamping: results.count + 1)) != 0 else {
                return fail(L, top, "'\(name)' returned too many values")
            }
            let writer = LuaValueWriter(L)
            for (offset, value) in results.enumerated() {
                try writer.push(value, as: "result \(offset + 1) of '\(name)'")
            }
            return Int32(results.count)
        } catch let error as LuaError {
            return fail(L, top, error.message)
        } catch {
            return fail(L, top, String(describing: error))
        }
    }

    /// Stack: [args…, anything…] → [args…, message]; returns the error sentinel.
    private func fail(_ L: OpaquePointer, _ top: Int32, _ message: String) -> Int32 {
        lua_settop(L, top)
        LuaValueWriter(L).pushString(message)
        return SHIM_HOST_ERROR
    }
}

/// `shim_dispatch_fn`: forwards the trampoline to the ``HostFunctions`` in `context`.
let hostDispatch: shim_dispatch_fn = { context, L, id in
    guard let context, let L else { return SHIM_HOST_ERROR }
    return Unmanaged<HostFunctions>.fromOpaque(context).takeUnretainedValue().dispatch(L, id: Int(id))
}

/// `shim_log_fn`: forwards one printed line to the log closure.
let hostLog: shim_log_fn = { context, text, length in
    guard let context, let text else { return }
    let bytes = UnsafeRawBufferPointer(start: text, count: length)
    Unmanaged<HostFunctions>.fromOpaque(context).takeUnretainedValue().log(String(decoding: bytes, as: UTF8.self))
}
