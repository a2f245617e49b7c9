import Casework
import LuaBridge

/// Reads a rule's result with the type checks the contract demands; every mistake becomes a ``RuleError`` that
/// names the field (`lines[2].fine_vnd`), the entry point and the `return` that produced it.
struct ResultReader {
    let value: LuaValue
    /// Where in the result this value sits, for messages: `lines[2].fine_vnd`.
    let path: String
    let rule: String
    let site: LuaSourceLocation?

    init(_ result: LuaCallResult, rule: String) {
        self.init(value: result.values.first ?? .nil, path: "result", rule: rule, site: result.returnSite)
    }

    init(value: LuaValue, path: String, rule: String, site: LuaSourceLocation?) {
        self.value = value
        self.path = path
        self.rule = rule
        self.site = site
    }

    /// The error for a value that is not what the contract asks: `expected` says what it should be, in English and
    /// in Vietnamese (`"a table"`, `"một bảng"`).
    func failure(_ expected: String, vi vietnamese: String) -> RuleError {
        RuleError(
            kind: .badResult, message: "\(rule) returned \(path) = \(value.shortDescription); expected \(expected)",
            file: site?.file, line: site?.line, rule: rule,
            hint: "see docs/rule-contract.md for the shape of \(rule)'s result",
            vietnamese: RuleError.Words(
                "\(rule) trả về \(path) = \(value.vietnameseDescription); cần \(vietnamese)",
                hint: "xem hình dạng kết quả của \(rule) trong docs/rule-contract.md"))
    }

    subscript(_ key: String) -> ResultReader {
        guard case .table(let table) = value else {
            return ResultReader(value: .nil, path: path == "result" ? key : "\(path).\(key)", rule: rule, site: site)
        }
        return ResultReader(value: table[key], path: path == "result" ? key : "\(path).\(key)", rule: rule, site: site)
    }

    var isNil: Bool { if case .nil = value { true } else { false } }

    func table() throws(RuleError) -> LuaTable {
        guard case .table(let table) = value else { throw failure("a table", vi: "một bảng") }
        return table
    }

    /// The array part; `nil` reads as an empty list.
    func list() throws(RuleError) -> [ResultReader] {
        if isNil { return [] }
        let table = try table()
        guard table.fields.isEmpty else { throw failure("a list", vi: "một danh sách") }
        return table.array.enumerated().map {
            ResultReader(value: $0.element, path: "\(path)[\($0.offset + 1)]", rule: rule, site: site)
        }
    }

    func string() throws(RuleError) -> String {
        guard case .string(let text) = value else { throw failure("a string", vi: "một chuỗi") }
        return text
    }

    func optionalString() throws(RuleError) -> String? { isNil ? nil : try string() }

    func date() throws(RuleError) -> CalendarDate {
        guard case .string(let text) = value, let date = CalendarDate(text) else { throw failure("a date \"YYYY-MM-DD\"", vi: "một ngày \"YYYY-MM-DD\"") }
        return date
    }

    func optionalDate() throws(RuleError) -> CalendarDate? { isNil ? nil : try date() }

    func money() throws(RuleError) -> VND { try value.money(field: path, rule: rule, site: site) }

    func optionalMoney() throws(RuleError) -> VND { isNil ? .zero : try money() }

    func bool(default fallback: Bool = false) throws(RuleError) -> Bool {
        switch value {
        case .nil: return fallback
        case .boolean(let flag): return flag
        default: throw failure("true or false", vi: "true hoặc false")
        }
    }

    func integer() throws(RuleError) -> Int {
        guard case .integer(let number) = value, let result = Int(exactly: number) else { throw failure("an integer", vi: "một số nguyên") }
        return result
    }

    /// A non-negative whole number (a count, square decimetres); `nil` reads as 0.
    func quantity() throws(RuleError) -> Int64 {
        if isNil { return 0 }
        guard case .integer(let number) = value, number >= 0 else { throw failure("a whole number, not negative", vi: "một số nguyên không âm") }
        return number
    }

    func steps() throws(RuleError) -> [ExplanationStep] {
        var steps: [ExplanationStep] = []
        for step in try list() {
            steps.append(ExplanationStep(text: try step["text"].string(), citation: try step["citation"].optionalString() ?? ""))
        }
        return steps
    }

    func problems() throws(RuleError) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        for problem in try list() {
            problems.append(
                PolicyProblem(
                    code: try problem["code"].string(), message: try problem["message"].string(),
                    hint: try problem["hint"].optionalString()))
        }
        return problems
    }
}

extension LuaValue {
    static func date(_ date: CalendarDate) -> LuaValue { .string(date.description) }
    static func optionalDate(_ date: CalendarDate?) -> LuaValue { date.map { .string($0.description) } ?? .nil }
    static func money(_ amount: VND) -> LuaValue { .integer(amount.rawValue) }
    static func strings(_ items: [String]) -> LuaValue { .table(LuaTable(array: items.map { .string($0) })) }
    static func list(_ items: [LuaValue]) -> LuaValue { .table(LuaTable(array: items)) }
    static func record(_ fields: [String: LuaValue]) -> LuaValue { .table(LuaTable(fields: fields.filter { $0.value != .nil })) }
}

extension Subject.Kind {
    /// The word rules use: `"organization"`, `"individual"`, `"household"`, `"family"` or `"community"`; the pack
    /// decides which frame a household business, a family household or a residential community is fined under
    /// (`rules/penalty/violators.lua`, `penalty.settings.fined_as`).
    var ruleWord: String { ruleLiteral.description }

    /// ``ruleWord`` as a literal, for the batches of the bulk paths (`LuaBatch` keeps static strings only).
    var ruleLiteral: StaticString {
        switch self {
        case .organization: "organization"
        case .person: "individual"
        case .household: "household"
        case .family: "family"
        case .community: "community"
        }
    }
}
