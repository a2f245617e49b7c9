import CLua
import LuaShim

/// The arguments of many calls of one prepared function, record after record, each with the same number of scalar
/// arguments. Strings are words known at compile time (`StaticString`), so their bytes outlive the batch.
///
/// ```swift
/// var batch = LuaBatch(argumentCount: 2, records: 2)
/// batch.push(Int64(1)); batch.push(Int64(2))      // record 0
/// batch.push(Int64(40)); batch.push(Int64(2))     // record 1
/// let sums = try runtime.call(add, batch: batch, results: 1)
/// // try sums.integer(record: 1, position: 1) == 42
/// ```
public struct LuaBatch {
    public let argumentCount: Int
    var slots: [ShimScalar] = []

    public init(argumentCount: Int, records: Int = 0) {
        self.argumentCount = argumentCount
        slots.reserveCapacity(argumentCount * records)
    }

    /// Records pushed so far (complete ones).
    public var records: Int { argumentCount == 0 ? 0 : slots.count / argumentCount }

    public mutating func push(_ value: Int64) {
        slots.append(ShimScalar(type: Int32(SHIM_INTEGER), integer: value, string: nil, length: 0))
    }

    public mutating func push(_ value: Bool) {
        slots.append(ShimScalar(type: Int32(SHIM_BOOLEAN), integer: value ? 1 : 0, string: nil, length: 0))
    }

    public mutating func push(_ value: Int64?) {
        guard let value else {
            slots.append(ShimScalar(type: Int32(SHIM_NIL), integer: 0, string: nil, length: 0))
            return
        }
        push(value)
    }

    public mutating func push(_ value: StaticString) {
        let start = UnsafeRawPointer(value.utf8Start).assumingMemoryBound(to: CChar.self)
        slots.append(ShimScalar(type: Int32(SHIM_STRING), integer: 0, string: start, length: value.utf8CodeUnitCount))
    }

    public mutating func removeAll() { slots.removeAll(keepingCapacity: true) }
}

/// The results of a batch: `resultCount` scalars per record.
public struct LuaBatchResults {
    public let resultCount: Int
    let slots: [ShimScalar]
    let function: LuaPreparedFunction

    public var records: Int { resultCount == 0 ? 0 : slots.count / resultCount }

    /// Result `position` (1-based) of `record` (0-based) as an integer; floats and anything else are refused.
    public func integer(record: Int, position: Int) throws -> Int64 {
        let slot = slots[record * resultCount + position - 1]
        guard slot.type == Int32(SHIM_INTEGER) else { throw mismatch(slot, record, position, expected: "an integer") }
        return slot.integer
    }

    /// Result `position` of `record` as a boolean (nil is false).
    public func boolean(record: Int, position: Int) throws -> Bool {
        let slot = slots[record * resultCount + position - 1]
        switch Int(slot.type) {
        case Int(SHIM_BOOLEAN): return slot.integer != 0
        case Int(SHIM_NIL): return false
        default: throw mismatch(slot, record, position, expected: "a boolean")
        }
    }

    private func mismatch(_ slot: ShimScalar, _ record: Int, _ position: Int, expected: String) -> LuaError {
        let shown =
            switch Int(slot.type) {
            case Int(SHIM_NIL): "nil"
            case Int(SHIM_BOOLEAN): "a boolean"
            case Int(SHIM_INTEGER): "an integer"
            case Int(SHIM_FLOAT): "a float"
            case Int(SHIM_STRING): "a string"
            default: "a table or function"
            }
        return LuaError(
            kind: .badValue,
            message: "'\(function.name)' result \(position) must be \(expected), got \(shown) (record \(record + 1) of the batch)",
            location: function.definition,
            hint: "use // for division and math.tointeger where a whole number is needed")
    }
}

extension LuaRuntime {
    /// Calls a prepared function once per record of `batch`, in one crossing into C: each call has the full
    /// instruction budget and the memory limit, as ``call(_:_:_:)``.
    ///
    /// - Throws: ``LuaError`` of the first record that fails, its message prefixed with the record's number.
    public func call(_ function: LuaPreparedFunction, batch: LuaBatch, results resultCount: Int) throws -> LuaBatchResults {
        let records = batch.records
        var output = [ShimScalar](
            repeating: ShimScalar(type: 0, integer: 0, string: nil, length: 0), count: records * resultCount)
        try exclusively { state in
            let L = state.L
            let base = lua_gettop(L)
            defer { lua_settop(L, base) }
            guard lua_checkstack(L, Int32(clamping: batch.argumentCount + resultCount + 2)) != 0 else {
                throw LuaError(kind: .badValue, message: "too many arguments (\(batch.argumentCount))")
            }
            lua_pushcclosure(L, shim_message_handler, 0)   // base + 1: message handler
            let reference = try self.reference(of: function, in: state)
            var failed: Int32 = 0
            let status = batch.slots.withUnsafeBufferPointer { arguments in
                output.withUnsafeMutableBufferPointer { results in
                    shim_call_batch(
                        L, reference, base + 1, arguments.baseAddress, Int32(batch.argumentCount), results.baseAddress,
                        Int32(resultCount), Int32(records), &failed)
                }
            }
            if status == -1 { throw memoryLimitError(location: nil) }
            guard status == LUA_OK else {
                var error = error(status: status, in: state, chunk: nil)
                error.message = "record \(failed + 1) of the batch: " + error.message
                throw error
            }
        }
        return LuaBatchResults(resultCount: resultCount, slots: output, function: function)
    }

    /// The registry reference of `function` in `state`, looking it up on first use. Stack: [] → [].
    func reference(of function: LuaPreparedFunction, in state: LuaStateBox) throws -> Int32 {
        if function.cachedSerial == state.serial { return function.cachedReference }
        if let reference = state.preparedReferences[function.key] {
            function.cachedSerial = state.serial
            function.cachedReference = reference
            return reference
        }
        let L = state.L
        let found = state.withLenientAllocation { () -> Int32 in
            let type = lookUp(function.root, function.path, in: state)
            guard type == LUA_TFUNCTION else {
                shim_pop(L, 1)
                return LUA_NOREF
            }
            return luaL_ref(L, shim_registryindex())
        }.value
        guard found != LUA_NOREF else { throw LuaError(kind: .notFound, message: "no function '\(function.name)'") }
        state.preparedReferences[function.key] = found
        function.cachedSerial = state.serial
        function.cachedReference = found
        return found
    }
}
