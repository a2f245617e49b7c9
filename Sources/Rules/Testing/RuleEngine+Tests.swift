import LuaBridge

extension RuleEngine {
    /// The cases of the pack's test module `module` (`tests.penalty_fines`), as the file returns them.
    ///
    /// Calls the pack's `tests.load(name)` entry (rules/lib/testing.lua), which `require`s the module inside
    /// the sandbox, so a test file runs under the same limits and with the same modules as the rules.
    ///
    /// - Throws: ``RuleError`` when the module does not load or does not return a list of tables.
    func testCases(module: String) throws(RuleError) -> [LuaValue] {
        let result = try call(["tests", "load"], [.string(module)])
        guard case .table(let table) = result.values.first ?? .nil else {
            throw RuleError(
                kind: .badResult, message: "test module \(module) must return a list of cases",
                file: result.returnSite?.file, line: result.returnSite?.line, rule: "tests.load",
                hint: "end the file with `return { { name = …, call = …, input = …, expect = … }, … }`",
                vietnamese: RuleError.Words(
                    "mô-đun kiểm thử \(module) phải trả về một danh sách các trường hợp",
                    hint: "kết thúc tệp bằng `return { { name = …, call = …, input = …, expect = … }, … }`"))
        }
        return table.array
    }
}
