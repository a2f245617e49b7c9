import LuaBridge
import Testing
@testable import Rules

/// The bridge's own refusals a rule author meets — the sandbox's (io, os, …) and values that cannot cross to the
/// host — carry Vietnamese words beside the English, which stays as the bridge wrote it.
@Suite("Sandbox and bridge errors in Vietnamese")
struct VietnameseSandboxWordsTests {
    /// An engine over a pack of one module, `money.lua`, with `body` as its functions.
    func engine(_ body: String) throws -> RuleEngine {
        try RuleEngine(pack: PackFixture.pack(["money.lua": "local M = {}\n\(body)\nreturn M\n"]))
    }

    @Test func aRuleThatOpensAFileIsRefusedInVietnamese() throws {
        let engine = try engine("function M.read()\n  return io.open('/etc/passwd')\nend")
        let error = try #require(throws: RuleError.self) { try engine.call(["money", "read"], []) }
        #expect(error.kind == .sandbox, "\(error)")
        #expect(error.vietnamese?.message.hasPrefix("hộp cát: quy tắc không được dùng io") == true, "\(error)")
        #expect(error.vietnamese?.hint == "nhờ chương trình cung cấp một hàm cho việc cần làm")
        #expect(error.hint == "rules cannot use io; ask the host for a function instead", "the English stays")
        #expect(error.file == "rules/money.lua", "\(error)")
    }

    @Test func aRuleThatReadsTheClockIsRefusedInVietnamese() throws {
        let engine = try engine("function M.now()\n  return os.time()\nend")
        let error = try #require(throws: RuleError.self) { try engine.call(["money", "now"], []) }
        #expect(error.vietnamese?.message.hasPrefix("hộp cát: quy tắc không được dùng os") == true, "\(error)")
    }

    @Test func aTableContainingItselfReturnedToTheHostIsWordedInVietnamese() throws {
        let engine = try engine(
            """
            function M.loop()
              local t = {}
              t.self = t
              return t
            end
            """)
        let cycle = try #require(throws: RuleError.self) { try engine.call(["money", "loop"], []) }
        #expect(cycle.kind == .badResult, "\(cycle)")
        #expect(cycle.vietnamese?.message.contains("chứa chính nó (một vòng)") == true, "\(cycle)")
    }

    @Test func aBatchResultOfTheWrongTypeIsWordedInVietnamese() {
        // The message the batch path (rules diff, case recompute) writes for a record's result of the wrong type
        let error = RuleError(
            LuaError(
                kind: .badValue, message: "'fine' result 2 must be an integer, got a float (record 7 of the batch)",
                location: nil, hint: "use // for division and math.tointeger where a whole number is needed"))
        #expect(
            error.vietnamese?.message == "'fine' trả về kết quả thứ 2 là một số thực, cần một số nguyên (bản ghi 7 của lô)")
        #expect(error.vietnamese?.hint == "dùng // để chia và math.tointeger ở chỗ cần số nguyên")
        #expect(error.message == "'fine' result 2 must be an integer, got a float (record 7 of the batch)")
    }
}
