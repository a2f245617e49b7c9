import Casework
import Foundation
import LuaBridge
import Testing
@testable import Rules

/// Every table the pack or the host reads by key refuses a key it does not know, at the line where the key is
/// written, with the key it most likely meant (settings, plan entries, forms, circumstances); a catalog file not
/// listed in catalog/init.lua is named by the check; a pack test may expect a list to include an entry.
@Suite("Pack tables refuse unknown keys")
struct StrictPackTablesTests {
    /// The bundled pack with `file`'s text changed by `edit` (or added when absent).
    func edited(_ file: String, _ edit: (String) -> String) throws -> RulePack {
        let bundled = try PackFixture.bundled()
        var files = bundled.files
        if let index = files.firstIndex(where: { $0.path == file }) {
            files[index] = RulePack.File(path: file, bytes: Array(edit(String(decoding: files[index].bytes, as: UTF8.self)).utf8))
        } else {
            files.append(RulePack.File(path: file, bytes: Array(edit("").utf8)))
        }
        return RulePack(directory: "/fixture", files: files)
    }

    /// The 1-based line of the first line of `file` (in the bundled pack) containing `marker`.
    func line(of marker: String, in file: String) throws -> Int {
        let text = String(decoding: try #require(try PackFixture.bundled().files.first { $0.path == file }).bytes, as: UTF8.self)
        return try #require(text.components(separatedBy: "\n").firstIndex { $0.contains(marker) }) + 1
    }

    @Test func aMisspeltSettingIsRefusedAtItsOwnLineWithTheKeyItMeant() throws {
        let file = "penalty/settings.lua"
        let marker = "  one_circumstance = \"halfway\","
        let pack = try edited(file) { $0.replacingOccurrences(of: marker, with: "  one_circumstanse = \"halfway\",") }
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(error.file == "rules/penalty/settings.lua", "\(error)")
        #expect(error.line == (try line(of: marker, in: file)), "\(error)")
        #expect(error.message == "penalty settings has an unknown key \"one_circumstanse\" (did you mean \"one_circumstance\"?); fix the name or remove the key", "\(error)")
    }

    @Test func aMisspeltKeyInsideANestedSettingIsRefusedWithItsPath() throws {
        let file = "inspection/settings.lua"
        let marker = "onsite_day_count = { luat_2010 = \"working\","
        let pack = try edited(file) { $0.replacingOccurrences(of: marker, with: "onsite_day_count = { luat_201 = \"working\",") }
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(error.file == "rules/inspection/settings.lua", "\(error)")
        #expect(error.line == (try line(of: marker, in: file)), "\(error)")
        #expect(error.message.hasPrefix("inspection settings.onsite_day_count has an unknown key \"luat_201\" (did you mean \"luat_2010\"?)"), "\(error)")
    }

    @Test func aMisspeltPlanEntryKeyIsRefusedAtItsLine() throws {
        let file = "inspection/plans/2026.lua"
        let marker = "lead_unit = \"Phòng Thanh tra 2\""
        let pack = try edited(file) { $0.replacingOccurrences(of: marker, with: "lead_unti = \"Phòng Thanh tra 2\"") }
        let engine = try RuleEngine(pack: pack)
        let error = try #require(throws: RuleError.self) { try engine.plan(year: 2026, subjects: [], past: []) }
        #expect(error.file == "rules/inspection/plans/2026.lua", "\(error)")
        #expect(error.line == (try line(of: marker, in: file)), "\(error)")
        #expect(error.message == "plan entry 2026-02 has an unknown key \"lead_unti\" (did you mean \"lead_unit\"?); fix the name or remove the key", "\(error)")
        // rules check finds it too, without asking for a plan
        let report = pack.check(today: CalendarDate("2026-11-23"))
        #expect(report.diagnostics.contains { $0.error.message.contains("\"lead_unti\"") && $0.severity == .error })
    }

    @Test func aMisspeltFormKeyIsRefusedAtItsLine() throws {
        let file = "report/forms.lua"
        let marker = "  basis = \"Thông tư 01/2024/TT-TTCP\","
        // Only the first form's basis (01/TTr) is misspelt.
        let pack = try edited(file) { text in
            guard let range = text.range(of: marker) else { return text }
            return text.replacingCharacters(in: range, with: "  basys = \"Thông tư 01/2024/TT-TTCP\",")
        }
        let engine = try RuleEngine(pack: pack)
        let day = try #require(CalendarDate("2026-03-01"))
        let error = try #require(throws: RuleError.self) { try engine.reportForms(on: day) }
        #expect(error.file == "rules/report/forms.lua", "\(error)")
        #expect(error.line == (try line(of: marker, in: file)), "\(error)")
        #expect(error.message == "form 01/TTr has an unknown key \"basys\" (did you mean \"basis\"?); fix the name or remove the key", "\(error)")
    }

    @Test func aMisspeltCircumstanceKeyIsRefused() throws {
        let pack = try edited("penalty/circumstances.lua") {
            $0.replacingOccurrences(of: "citation = \"Điều 9 k3 Luật XLVPHC\"", with: "citaton = \"Điều 9 k3 Luật XLVPHC\"")
        }
        let engine = try RuleEngine(pack: pack)
        let error = try #require(throws: RuleError.self) { try engine.circumstances() }
        #expect(error.file == "rules/penalty/circumstances.lua", "\(error)")
        #expect(error.message == "circumstance bi_kich_dong has an unknown key \"citaton\" (did you mean \"citation\"?); fix the name or remove the key", "\(error)")
    }

    @Test func aCatalogFileNotListedInTheCatalogIndexIsNamedByTheCheck() throws {
        let pack = try edited("penalty/catalog/nd99_2026.lua") { _ in
            """
            local entry = require "penalty.catalog.entry"
            local e = entry.maker{ decree = "Nghị định 99/2026/NĐ-CP", sector = "hoa_don", stated_for = "organization", effective_from = "2026-06-01" }
            return { e{ code = "ND99-2026-D1-K1", article = 1, clause = 1, title = "t", frame_min_vnd = 1000000, frame_max_vnd = 2000000 } }

            """
        }
        let report = pack.check(today: CalendarDate("2026-11-23"))
        let found = try #require(report.diagnostics.first { $0.error.file == "rules/penalty/catalog/nd99_2026.lua" })
        #expect(found.severity == .error)
        #expect(found.error.message == "catalog file rules/penalty/catalog/nd99_2026.lua is not listed in rules/penalty/catalog/init.lua: its entries are not in the catalog")
        #expect(found.error.hint == "add \"penalty.catalog.nd99_2026\" to FILES in rules/penalty/catalog/init.lua")
        #expect(!report.isUsable)
    }

    @Test func theBundledPackHasNoUnknownKeyAndNoUnlistedCatalogFile() throws {
        let report = try PackFixture.bundled().check(today: CalendarDate("2026-11-23"))
        #expect(report.errorCount == 0, "\(report.diagnostics)")
    }

    @Test func anIncludesListMatchesWhateverElseTheListHolds() throws {
        let item: LuaValue = .table(LuaTable(fields: ["code": .string("B")]))
        let expect: LuaValue = .table(LuaTable(fields: ["*includes": .table(LuaTable(array: [item]))]))
        let list = { (codes: [String]) -> LuaValue in
            .table(LuaTable(array: codes.map { .table(LuaTable(fields: ["code": .string($0), "x": .integer(1)])) }))
        }
        var failures: [String] = []
        PackTestRunner.match(expect, list(["A", "B", "C"]), at: "entries", into: &failures)
        #expect(failures.isEmpty, "\(failures)")
        PackTestRunner.match(expect, list(["A", "C"]), at: "entries", into: &failures)
        #expect(failures == ["entries: expected an element matching item 1 of includes{…} (a table (0 element(s), 1 field(s))), found none among 2"])
    }
}
