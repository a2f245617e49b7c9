public import LuaBridge

/// One case of a pack's test file: call `call` with `input`, and expect `expect` as a subset of the result.
public struct PackTestCase: Sendable, Hashable {
    /// The case's `name`.
    public var name: String
    /// The test file, as Lua reports it: `rules/tests/penalty_fines.lua`.
    public var file: String
    /// The line of the case's `name` in the file, when found.
    public var line: Int?
    /// The entry point, dotted: `penalty.assess`.
    public var call: String
    /// The argument passed to the entry point.
    public var input: LuaValue
    /// What the result must contain (docs/rule-contract.md "Tests").
    public var expect: LuaValue
}

/// The outcome of one case.
public struct PackTestResult: Sendable, Hashable {
    public var name: String
    public var file: String
    public var line: Int?
    public var passed: Bool
    /// One line per mismatch: `lines[2].fine_vnd: expected 6000000, got 5000000`.
    public var failures: [String]
}

/// Runs the test files of a rule pack (`tests/*.lua`) through a ``RuleEngine``.
///
/// Each file returns a list of cases `{ name, call, input, expect }`. A case passes when the entry point's
/// result contains `expect`: every field given must be equal; arrays are compared element by element and must
/// have the same length (a list written `testing.includes{ … }` must only contain each item); fields not given are
/// not checked. Integers and floats are different values (money is
/// always an integer). Array positions in messages are 1-based, as in the Lua file.
public struct PackTestRunner {
    public let engine: RuleEngine

    /// Runs the tests of `engine`'s pack.
    public init(engine: RuleEngine) { self.engine = engine }

    /// Loads `pack` into a new engine.
    public init(pack: RulePack) throws(RuleError) { self.engine = try RuleEngine(pack: pack) }

    /// The pack's test files: `tests/<name>.lua`, sorted.
    public var testFiles: [RulePack.File] {
        engine.pack.luaFiles.filter { $0.path.hasPrefix("tests/") && !$0.path.dropFirst(6).contains("/") }
    }

    /// Every case of every test file, in file order.
    ///
    /// - Throws: ``RuleError`` when a file does not load or a case lacks `name`, `call` or `expect`.
    public func cases() throws(RuleError) -> [PackTestCase] {
        var all: [PackTestCase] = []
        for file in testFiles {
            guard let module = RulePack.moduleName(for: file.path) else { continue }
            let chunk = RulePack.chunkName(for: file.path)
            let text = String(decoding: file.bytes, as: UTF8.self)
            for (offset, value) in try engine.testCases(module: module).enumerated() {
                guard case .table(let table) = value, case .string(let name) = table["name"],
                    case .string(let call) = table["call"], table["expect"] != .nil
                else {
                    throw RuleError(
                        kind: .badResult, message: "case \(offset + 1) of \(chunk) needs name, call and expect",
                        file: chunk, hint: "write { name = \"…\", call = \"penalty.assess\", input = { … }, expect = { … } }")
                }
                all.append(
                    PackTestCase(
                        name: name, file: chunk, line: PackTestRunner.line(of: name, in: text), call: call,
                        input: table["input"], expect: table["expect"]))
            }
        }
        return all
    }

    /// Runs one case. A Lua error in the entry point is a failure of the case, with the error's text.
    public func run(_ testCase: PackTestCase) -> PackTestResult {
        var failures: [String] = []
        do {
            let path = testCase.call.split(separator: ".").map(String.init)
            let result = try engine.call(path, testCase.input == .nil ? [] : [testCase.input])
            PackTestRunner.match(testCase.expect, result.values.first ?? .nil, at: "", into: &failures)
        } catch {
            failures.append("error: \(error)")
        }
        return PackTestResult(
            name: testCase.name, file: testCase.file, line: testCase.line, passed: failures.isEmpty, failures: failures)
    }

    /// Runs every case of the pack.
    public func run() throws(RuleError) -> [PackTestResult] { try cases().map(run) }

    /// "N passed, N failed".
    public static func summary(of results: [PackTestResult]) -> String {
        let passed = results.filter(\.passed).count
        return "\(passed) passed, \(results.count - passed) failed"
    }

    // MARK: - Matching

    static func match(_ expected: LuaValue, _ actual: LuaValue, at path: String, into failures: inout [String]) {
        let label = path.isEmpty ? "result" : path
        guard case .table(let want) = expected else {
            if expected != actual {
                failures.append("\(label): expected \(describe(expected)), got \(describe(actual))")
            }
            return
        }
        guard case .table(let have) = actual else {
            failures.append("\(label): expected a table, got \(describe(actual))")
            return
        }
        // `testing.includes{ … }`: each item must match some element of the list, whatever else the list holds.
        if want.array.isEmpty, want.fields.count == 1, case .table(let items)? = want.fields[includesKey] {
            for (index, item) in items.array.enumerated() {
                let found = have.array.contains { element in
                    var misses: [String] = []
                    match(item, element, at: "", into: &misses)
                    return misses.isEmpty
                }
                if !found {
                    failures.append("\(label): expected an element matching item \(index + 1) of includes{…} (\(describe(item))), found none among \(have.array.count)")
                }
            }
            return
        }
        // An array part (or an empty table) in `expect` is compared as a whole list.
        if !want.array.isEmpty || want.fields.isEmpty {
            if want.array.count != have.array.count {
                failures.append("\(label): expected \(want.array.count) element(s), got \(have.array.count)")
            } else {
                for (index, element) in want.array.enumerated() {
                    match(element, have.array[index], at: "\(path)[\(index + 1)]", into: &failures)
                }
            }
        }
        for (key, wanted) in want.fields.sorted(by: { $0.key < $1.key }) {
            match(wanted, have[key], at: path.isEmpty ? key : "\(path).\(key)", into: &failures)
        }
    }

    /// The key `testing.includes` marks an expected list with (not a name a field can have).
    static let includesKey = "*includes"

    static func describe(_ value: LuaValue) -> String {
        switch value {
        case .nil: "nil"
        case .boolean(let b): "\(b)"
        case .integer(let i): "\(i)"
        case .number(let d): "\(d) (a float)"
        case .string(let s): "\"\(s)\""
        case .table(let t): "a table (\(t.array.count) element(s), \(t.fields.count) field(s))"
        case .function: "a function"
        }
    }

    /// The 1-based line where `name` appears as a quoted string in `text`, if any.
    static func line(of name: String, in text: String) -> Int? {
        for quote in ["\"", "'"] {
            let needle = quote + name + quote
            var number = 1
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.contains(needle) { return number }
                number += 1
            }
        }
        return nil
    }
}
