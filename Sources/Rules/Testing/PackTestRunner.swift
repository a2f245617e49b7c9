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
    public var failures: [String] { problems.map(\.description) }
    /// The mismatches as values, for a face to word in its reader's language.
    public var problems: [PackTestFailure]
}

/// Why a case of a pack's tests failed: one mismatch between `expect` and the result, or the entry point's error.
/// ``description`` is the English line `thanhtra rules test` prints; the values let a face word it otherwise.
public enum PackTestFailure: Sendable, Hashable, CustomStringConvertible {
    /// At `path` (`result`, `lines[2].fine_vnd`) the result holds `actual` where `expected` was expected.
    case mismatch(path: String, expected: Shown, actual: Shown)
    /// At `path` a table was expected.
    case notATable(path: String, actual: Shown)
    /// Item `item` (1-based) of `testing.includes{…}`, shown, matches none of the list's `count` elements.
    case notIncluded(path: String, item: Int, described: Shown, count: Int)
    /// The list at `path` has `actual` elements where `expected` were expected.
    case count(path: String, expected: Int, actual: Int)
    /// The entry point raised an error.
    case error(RuleError)

    /// The English line: `lines[2].fine_vnd: expected 6000000, got 5000000`.
    public var description: String {
        switch self {
        case let .mismatch(path, expected, actual): "\(path): expected \(expected), got \(actual)"
        case let .notATable(path, actual): "\(path): expected a table, got \(actual)"
        case let .notIncluded(path, item, described, count):
            "\(path): expected an element matching item \(item) of includes{…} (\(described)), found none among \(count)"
        case let .count(path, expected, actual): "\(path): expected \(expected) element(s), got \(actual)"
        case .error(let error): "error: \(error)"
        }
    }

    /// A Lua value as a failure shows it: a scalar as Lua writes it, a table by its size.
    public enum Shown: Sendable, Hashable, CustomStringConvertible {
        /// `nil`, `true`, `5`, `"text"`: the value as written in Lua.
        case literal(String)
        /// A Lua number that is not an integer, as Swift writes it.
        case float(String)
        /// A table with `elements` array elements and `fields` named fields.
        case table(elements: Int, fields: Int)
        case function

        /// `5`, `1.5 (a float)`, `a table (2 element(s), 1 field(s))`, `a function`.
        public var description: String {
            switch self {
            case .literal(let text): text
            case .float(let text): "\(text) (a float)"
            case let .table(elements, fields): "a table (\(elements) element(s), \(fields) field(s))"
            case .function: "a function"
            }
        }
    }
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
                        file: chunk, hint: "write { name = \"…\", call = \"penalty.assess\", input = { … }, expect = { … } }",
                        vietnamese: RuleError.Words(
                            "trường hợp \(offset + 1) của \(chunk) cần name, call và expect",
                            hint: "viết { name = \"…\", call = \"penalty.assess\", input = { … }, expect = { … } }"))
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
        var failures: [PackTestFailure] = []
        do {
            let path = testCase.call.split(separator: ".").map(String.init)
            let result = try engine.call(path, testCase.input == .nil ? [] : [testCase.input])
            PackTestRunner.match(testCase.expect, result.values.first ?? .nil, at: "", into: &failures)
        } catch {
            failures.append(.error(error))
        }
        return PackTestResult(
            name: testCase.name, file: testCase.file, line: testCase.line, passed: failures.isEmpty, problems: failures)
    }

    /// Runs every case of the pack.
    public func run() throws(RuleError) -> [PackTestResult] { try cases().map(run) }

    /// "N passed, N failed".
    public static func summary(of results: [PackTestResult]) -> String {
        let passed = results.filter(\.passed).count
        return "\(passed) passed, \(results.count - passed) failed"
    }

    // MARK: - Matching

    /// The mismatches of `actual` against `expected`, as English lines.
    static func match(_ expected: LuaValue, _ actual: LuaValue, at path: String, into failures: inout [String]) {
        var found: [PackTestFailure] = []
        match(expected, actual, at: path, into: &found)
        failures += found.map(\.description)
    }

    static func match(_ expected: LuaValue, _ actual: LuaValue, at path: String, into failures: inout [PackTestFailure]) {
        let label = path.isEmpty ? "result" : path
        guard case .table(let want) = expected else {
            if expected != actual {
                failures.append(.mismatch(path: label, expected: describe(expected), actual: describe(actual)))
            }
            return
        }
        guard case .table(let have) = actual else {
            failures.append(.notATable(path: label, actual: describe(actual)))
            return
        }
        // `testing.includes{ … }`: each item must match some element of the list, whatever else the list holds.
        if want.array.isEmpty, want.fields.count == 1, case .table(let items)? = want.fields[includesKey] {
            for (index, item) in items.array.enumerated() {
                let found = have.array.contains { element in
                    var misses: [PackTestFailure] = []
                    match(item, element, at: "", into: &misses)
                    return misses.isEmpty
                }
                if !found {
                    failures.append(.notIncluded(path: label, item: index + 1, described: describe(item), count: have.array.count))
                }
            }
            return
        }
        // An array part (or an empty table) in `expect` is compared as a whole list.
        if !want.array.isEmpty || want.fields.isEmpty {
            if want.array.count != have.array.count {
                failures.append(.count(path: label, expected: want.array.count, actual: have.array.count))
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

    static func describe(_ value: LuaValue) -> PackTestFailure.Shown {
        switch value {
        case .nil: .literal("nil")
        case .boolean(let b): .literal("\(b)")
        case .integer(let i): .literal("\(i)")
        case .number(let d): .float("\(d)")
        case .string(let s): .literal("\"\(s)\"")
        case .table(let t): .table(elements: t.array.count, fields: t.fields.count)
        case .function: .function
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
