import Casework
import Foundation
import LuaBridge
import Testing
@testable import Rules

/// Issue 17, the last English a Vietnamese reader met in a rule pack's errors: the pack's own `error(…)` texts
/// (lib/say.lua, lib/strict.lua) and the host's errors about the pack's answers, its files and its entry points
/// carry Vietnamese words beside the English, which stays as it was.
@Suite("Rule errors in Vietnamese")
struct VietnameseRuleErrorTests {
    @Test func aPacksTaggedErrorTextSplitsIntoItsLanguagesAndHints() {
        let text = RuleError.AuthorText("what\nvi: cái gì\nhelp: do this\ngợi ý: làm thế này")
        #expect([text.message, text.hint, text.vietnamese, text.vietnameseHint] == ["what", "do this", "cái gì", "làm thế này"])
        // Tags in another order, a hint without its Vietnamese, and Lua's own untagged messages
        let english = RuleError.AuthorText("what\nhelp: do this\nvi: cái gì")
        #expect([english.message, english.hint, english.vietnamese, english.vietnameseHint] == ["what", "do this", "cái gì", nil])
        #expect(RuleError.AuthorText("attempt to index a nil value").words == nil)
        #expect(RuleError.AuthorText("attempt to index a nil value").message == "attempt to index a nil value")
    }

    /// The bundled pack with `file`'s text changed by `edit`.
    func edited(_ file: String, _ edit: (String) -> String) throws -> RulePack {
        let bundled = try PackFixture.bundled()
        var files = bundled.files
        let index = try #require(files.firstIndex { $0.path == file })
        files[index] = RulePack.File(path: file, bytes: Array(edit(String(decoding: files[index].bytes, as: UTF8.self)).utf8))
        return RulePack(directory: "/fixture", files: files)
    }

    @Test func aMisspeltSettingIsRefusedInTheLanguagesOfThePack() throws {
        let pack = try edited("penalty/settings.lua") {
            $0.replacingOccurrences(of: "  one_circumstance = \"halfway\",", with: "  one_circumstanse = \"halfway\",")
        }
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(error.file == "rules/penalty/settings.lua", "\(error)")
        #expect(
            error.message == "penalty settings has an unknown key \"one_circumstanse\" (did you mean \"one_circumstance\"?); fix the name or remove the key")
        #expect(
            error.vietnamese?.message
                == "thiết lập xử phạt có khóa lạ \"one_circumstanse\" (có phải ý bạn là \"one_circumstance\"?); sửa tên hoặc bỏ khóa")
        #expect(!error.description.contains("vi:"), "the English text carries no Vietnamese line: \(error.description)")
    }

    @Test func aNestedKeyAndAPlanEntryNameTheirTableInVietnamese() throws {
        let pack = try edited("inspection/settings.lua") {
            $0.replacingOccurrences(of: "onsite_day_count = { luat_2010 = \"working\",", with: "onsite_day_count = { luat_201 = \"working\",")
        }
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(
            error.vietnamese?.message.hasPrefix(
                "thiết lập thanh tra.onsite_day_count có khóa lạ \"luat_201\" (có phải ý bạn là \"luat_2010\"?)") == true,
            "\(String(describing: error.vietnamese))")
    }

    @Test func aBadSettingValueRaisedByThePackIsWordedInVietnamese() throws {
        let pack = try edited("penalty/settings.lua") { text in
            guard let range = text.firstRange(of: #/household = "individual"/#) else { return text }
            return text.replacingCharacters(in: range, with: "household = \"organisation\"")
        }
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(error.message.contains("must be \"individual\" or \"organization\", got organisation"), "\(error)")
        #expect(
            error.vietnamese?.message
                == "penalty.settings.fined_as.household phải là \"individual\" hoặc \"organization\", không phải organisation",
            "\(String(describing: error.vietnamese))")
        #expect(error.file == "rules/penalty/violators.lua")
    }

    @Test func aFloatANegativeAndAnOverflowingAmountAreWordedInVietnameseWithTheirPlace() throws {
        let site = LuaSourceLocation(file: "rules/penalty/amount.lua", line: 9)
        let float = try #require(throws: RuleError.self) {
            try LuaValue.number(1_500_000.5).money(field: "fine_vnd", rule: "penalty.assess", site: site)
        }
        #expect(float.location == "rules/penalty/amount.lua:9")
        #expect(float.vietnamese?.message == "fine_vnd phải là một số nguyên đồng, nhận được 1500000.5 (số thực)")
        #expect(float.vietnamese?.hint?.hasPrefix("dùng phép chia nguyên (//)") == true)
        #expect(float.message == "fine_vnd must be a whole number of đồng, got 1500000.5 (a float)")
        let negative = try #require(throws: RuleError.self) {
            try LuaValue.integer(-5).money(field: "fine_vnd", rule: "penalty.assess", site: site)
        }
        #expect(negative.vietnamese?.message == "fine_vnd không được âm, nhận được -5")
        let huge = try #require(throws: RuleError.self) {
            try LuaValue.integer(Int64.max).money(field: "fine_vnd", rule: "penalty.assess", site: site)
        }
        #expect(huge.vietnamese?.message.hasPrefix("fine_vnd là \(Int64.max) đồng, vượt số tiền lớn nhất được nhận") == true)
    }

    @Test func aResultOfTheWrongShapeIsWordedInVietnamese() throws {
        let reader = ResultReader(value: .integer(3), path: "decision_due_on", rule: "penalty.assess", site: nil)
        let error = try #require(throws: RuleError.self) { try reader.date() }
        #expect(error.message == "penalty.assess returned decision_due_on = 3; expected a date \"YYYY-MM-DD\"")
        #expect(error.vietnamese?.message == "penalty.assess trả về decision_due_on = 3; cần một ngày \"YYYY-MM-DD\"")
        #expect(error.vietnamese?.hint == "xem hình dạng kết quả của penalty.assess trong docs/rule-contract.md")
        let table = ResultReader(value: .table(LuaTable()), path: "lines", rule: "penalty.assess", site: nil)
        let notText = try #require(throws: RuleError.self) { try table.string() }
        #expect(notText.vietnamese?.message == "penalty.assess trả về lines = một bảng; cần một chuỗi")
    }

    @Test func aMissingEntryPointIsWordedInVietnamese() throws {
        let engine = try RuleEngine(pack: PackFixture.bundled())
        let error = try #require(throws: RuleError.self) { try engine.call(["penalty", "no_such_rule"], []) }
        #expect(error.kind == .contract)
        #expect(error.vietnamese?.message.hasPrefix("bộ quy tắc không có hàm '") == true, "\(error)")
        #expect(error.vietnamese?.message.hasSuffix("penalty.no_such_rule'") == true, "\(error)")
        #expect(error.vietnamese?.hint?.hasPrefix("kiểm tra bộ quy tắc có định nghĩa '") == true, "\(error)")
    }

    @Test func aHostFunctionsRefusalIsWordedInVietnameseAtTheRulesLine() throws {
        let module = "local M = {}\nfunction M.later(day)\n  return thanhtra.add_days(day, 1)\nend\nreturn M\n"
        let engine = try RuleEngine(pack: PackFixture.pack(["money.lua": module]))
        let error = try #require(throws: RuleError.self) { try engine.call(["money", "later"], [.string("2026-02-30")]) }
        #expect(error.message.contains("thanhtra.add_days: argument 1 must be a date \"YYYY-MM-DD\", got \"2026-02-30\""), "\(error)")
        #expect(
            error.vietnamese?.message
                == "thanhtra.add_days: đối số thứ 1 phải là một ngày \"YYYY-MM-DD\", nhận được \"2026-02-30\"",
            "\(String(describing: error.vietnamese))")
        #expect(!error.message.contains("\nvi: "), "the English message carries no Vietnamese line")
        #expect(error.file == "rules/money.lua" && error.line == 3)
    }

    /// A pack folder on disk: the bundled pack's files, copied.
    func folder() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("vi-pack-\(UUID().uuidString)")
        for file in try PackFixture.bundled().files {
            let url = copy.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        return copy
    }

    @Test func aSymbolicLinkAndAnOversizedFileAreRefusedInVietnamese() throws {
        let pack = try folder()
        defer { try? FileManager.default.removeItem(at: pack) }
        try FileManager.default.createSymbolicLink(
            at: pack.appendingPathComponent("linked.lua"), withDestinationURL: pack.appendingPathComponent("init.lua"))
        let linked = try #require(throws: RuleError.self) { try RulePack.load(from: pack.path) }
        #expect(linked.vietnamese?.message == "rules/linked.lua là một liên kết tượng trưng; bộ quy tắc chỉ chứa tệp của chính nó")
        #expect(linked.vietnamese?.hint == "chép tệp vào bộ quy tắc thay vì liên kết tới nó")
        try FileManager.default.removeItem(at: pack.appendingPathComponent("linked.lua"))

        try Data(repeating: UInt8(ascii: "-"), count: RulePack.maximumFileSize + 1).write(to: pack.appendingPathComponent("big.lua"))
        let big = try #require(throws: RuleError.self) { try RulePack.load(from: pack.path) }
        #expect(
            big.vietnamese?.message
                == "rules/big.lua có \(RulePack.maximumFileSize + 1) byte; một tệp quy tắc tối đa \(RulePack.maximumFileSize) byte")
    }

    @Test func theReloaderRefusesAFolderGoneBadInVietnamese() throws {
        let pack = try folder()
        defer { try? FileManager.default.removeItem(at: pack) }
        let reloader = try RulePackReloader(directory: pack.path, workers: 1)
        try FileManager.default.createSymbolicLink(
            at: pack.appendingPathComponent("linked.lua"), withDestinationURL: pack.appendingPathComponent("init.lua"))
        guard case .refused(let errors, _) = reloader.reload() else {
            Issue.record("a folder with a symbolic link is not put in force")
            return
        }
        #expect(errors.first?.error.vietnamese?.message.hasSuffix("là một liên kết tượng trưng; bộ quy tắc chỉ chứa tệp của chính nó") == true)
        #expect(RuleError.unreadable(CocoaError(.fileReadNoPermission)).vietnamese?.message.hasPrefix("không nạp được bộ quy tắc: ") == true)
    }
}
