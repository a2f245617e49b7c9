import CLua
import LuaShim

extension LuaError {
    /// Whether the state must be rebuilt after this error: a limit was hit mid-call, or Lua failed while handling
    /// an error, so module-level data may be half-updated.
    var spoilsState: Bool {
        kind == .instructionLimit || kind == .timeLimit || kind == .memoryLimit || isHandlerFailure
    }

    /// Set for `LUA_ERRERR`.
    var isHandlerFailure: Bool { message.hasPrefix("error while handling an error") }
}

extension LuaRuntime {
    /// Builds the ``LuaError`` for a failed `lua_load`/`lua_pcall`, from the error object on top of the stack and what
    /// the allocator, hook and message handler recorded in `ShimState`.
    ///
    /// Stack: [error object] → [error object] (the caller restores the top).
    func error(status: Int32, in state: LuaStateBox, chunk: String?) -> LuaError {
        let L = state.L
        let shim = state.shim.pointee
        var raw = "(error object is not a string)"
        if lua_type(L, -1) == LUA_TSTRING {
            var length = 0
            if let bytes = lua_tolstring(L, -1, &length) {
                raw = String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
            }
        }
        shim_take_traceback(L)
        let traceback = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, nil).map { String(cString: $0) } : nil
        shim_pop(L, 1)   // traceback or nil

        let frame: LuaSourceLocation? =
            shim.err_line > 0 ? LuaSourceLocation(file: string(fromCArray: shim.err_source), line: Int(shim.err_line))
            : nil
        if shim.timed_out != 0 {
            return LuaError(kind: .timeLimit,
                            message: "time limit of \(limits.timeLimitMilliseconds) ms exceeded", location: frame,
                            traceback: traceback,
                            hint: "the script does too much work in one call: look for a loop, a pattern that "
                                + "backtracks (many '.-' or '.*'), or a search over a very long string")
        }
        if shim.exhausted != 0 {
            return LuaError(kind: .instructionLimit,
                            message: "instruction budget of \(limits.instructionBudget) exceeded", location: frame,
                            traceback: traceback, hint: "the script probably loops forever; check loop conditions")
        }
        if status == LUA_ERRMEM || (shim.limit_hit != 0 && (raw == "not enough memory" || status == LUA_ERRERR)) {
            return memoryLimitError(location: frame, traceback: traceback)
        }
        if status == LUA_ERRERR {
            return LuaError(kind: .runtime, message: "error while handling an error (\(raw))", location: frame,
                            traceback: traceback, hint: "an error handler itself failed; simplify the error handling")
        }
        let (prefix, message) = Self.splitLocation(raw, shortSource: string(fromCArray: shim.err_short), frame: frame)
        let kind: LuaError.Kind = status == LUA_ERRSYNTAX ? .syntax : .runtime
        var result = LuaError(kind: kind, message: message, location: prefix ?? frame, traceback: traceback)
        if let chunk, kind == .syntax, message.hasPrefix("attempt to load a binary chunk") {
            result.location = LuaSourceLocation(file: chunk, line: 1)
        }
        Self.classify(&result)
        return result
    }

    /// The error for an exceeded memory limit.
    func memoryLimitError(location: LuaSourceLocation?, traceback: String? = nil) -> LuaError {
        LuaError(kind: .memoryLimit, message: "memory limit of \(limits.memoryLimitDescription) exceeded",
                 location: location, traceback: traceback, hint: "the script builds too much data")
    }

    /// Splits Lua's `"file:line: message"` into a location and the bare message.
    ///
    /// `file` is the `short_src` of a chunk (the chunk name for names under 60 bytes); when it is the short source of
    /// the recorded frame, the frame's full name is used. Messages without such a prefix are returned unchanged.
    static func splitLocation(_ raw: String, shortSource: String, frame: LuaSourceLocation?)
        -> (LuaSourceLocation?, String)
    {
        let firstLine = raw.prefix(while: { $0 != "\n" })
        var searchStart = firstLine.startIndex
        while let colon = firstLine[searchStart...].firstIndex(of: ":") {
            let afterColon = firstLine.index(after: colon)
            let digits = firstLine[afterColon...].prefix(while: \.isASCIIDigit)
            let afterDigits = digits.endIndex
            if !digits.isEmpty, firstLine[afterDigits...].hasPrefix(": "), let line = Int(digits) {
                var file = String(raw[..<colon])
                if file == shortSource, let frame { file = frame.file }
                let message = String(raw[raw.index(afterDigits, offsetBy: 2)...])
                return (LuaSourceLocation(file: file, line: line), message)
            }
            searchStart = afterColon
        }
        return (nil, raw)
    }

    /// Sandbox refusals: (text in the message, hint). Matching errors get kind ``LuaError/Kind/sandbox``.
    private static let sandboxMessages: [(String, String)] = [
        ("undefined global 'io'", "rules cannot use io; ask the host for a function instead"),
        ("undefined global 'os'", "rules cannot use os; dates and times come from host functions"),
        ("undefined global 'debug'", "rules cannot use the debug library"),
        ("undefined global 'package'", "modules come only from the rule pack; use require"),
        ("undefined global 'dofile'", "use require with a module of the rule pack"),
        ("undefined global 'loadfile'", "use require with a module of the rule pack"),
        ("(global 'io')", "rules cannot use io; ask the host for a function instead"),
        ("(global 'os')", "rules cannot use os; dates and times come from host functions"),
        ("(global 'debug')", "rules cannot use the debug library"),
        ("(global 'package')", "modules come only from the rule pack; use require"),
        ("(field 'dump')", "string.dump is not available: rules are loaded as source text only"),
        ("not found in the rule pack", "require only finds modules of the rule pack; io, os, debug are not available"),
        ("attempt to load a binary chunk", "only Lua source text can be loaded, never precompiled bytecode"),
        ("are not allowed in rules", "finalizers would run outside the limits; close resources explicitly"),
        ("is not allowed in rules", "the sandbox refuses this to keep the limits enforceable"),
        ("read-only", "globals and library tables are frozen once the pack is loaded; use local variables"),
        ("cannot change a protected metatable", "globals and library tables are frozen; use your own tables"),
    ]

    /// Moves sandbox refusals to `.sandbox` and adds hints for common mistakes.
    static func classify(_ error: inout LuaError) {
        if let (_, hint) = sandboxMessages.first(where: { error.message.contains($0.0) }) {
            error.kind = .sandbox
            error.hint = hint
        } else if error.message.hasPrefix("undefined global") {
            error.hint = "declare it with 'local', or check the spelling"
        } else if error.kind == .syntax {
            error.hint = "Lua reports where it noticed the problem; the mistake may be just before"
        } else if error.message.contains("stack overflow") {
            error.hint = "the script probably recurses forever; check the recursion's base case"
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
