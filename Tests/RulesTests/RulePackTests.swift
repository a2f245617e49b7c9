import Casework
import Foundation
import Testing
@testable import Rules

@Suite("Rule pack files and identity")
struct RulePackTests {
    @Test func theHashCoversPathsAndBytesAndNotTheFolder() throws {
        let a = PackFixture.pack(["money.lua": "return {}\n"])
        let b = PackFixture.pack(["money.lua": "return {}\n"])
        #expect(a.hash == b.hash)
        #expect(a.hash.count == 64)

        let changedByte = PackFixture.pack(["money.lua": "return {} \n"])
        #expect(changedByte.hash != a.hash)
        let renamed = PackFixture.pack(["money2.lua": "return {}\n"])
        #expect(renamed.hash != a.hash)
        // Moving bytes from one file's end to the next file's name must not collide (length prefix).
        let x = PackFixture.pack(["a.lua": "ab", "b.lua": ""])
        let y = PackFixture.pack(["a.lua": "a", "b.lua": "b"])
        #expect(x.hash != y.hash)
    }

    @Test func theHashIsTheDocumentedEncodingOfTheSortedFiles() throws {
        let pack = PackFixture.pack(["b.lua": "B", "init.lua": "I"])
        var expected: [UInt8] = []
        for (path, body) in [("b.lua", "B"), ("init.lua", "I")] {
            expected += Array(path.utf8) + [0] + [0, 0, 0, 0, 0, 0, 0, 1] + Array(body.utf8)
        }
        #expect(pack.hash == SHA256.hex(SHA256.hash(expected)))
    }

    @Test func moduleNamesFollowRequireConventions() {
        #expect(RulePack.moduleName(for: "init.lua") == nil)
        #expect(RulePack.moduleName(for: "money.lua") == "money")
        #expect(RulePack.moduleName(for: "penalty/catalog.lua") == "penalty.catalog")
        #expect(RulePack.moduleName(for: "penalty/init.lua") == "penalty")
        #expect(RulePack.moduleName(for: "README.md") == nil)
        #expect(RulePack.chunkName(for: "penalty/catalog.lua") == "rules/penalty/catalog.lua")
    }

    @Test func loadingAFolderIgnoresHiddenFilesAndRefusesLinks() throws {
        let root = try PackFixture.folder([
            "init.lua": "return { name = 'p', version = '1' }\n", "lib/x.lua": "return 1\n", ".git/HEAD": "x",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let pack = try RulePack.load(from: root.path)
        #expect(pack.files.map(\.path) == ["init.lua", "lib/x.lua"])

        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("lib/passwd.lua").path, withDestinationPath: "/etc/passwd")
        let error = try #require(throws: RuleError.self) { try RulePack.load(from: root.path) }
        #expect(error.message == "rules/lib/passwd.lua is a symbolic link; a rule pack holds only its own files")
    }

    @Test func aFolderWithoutInitIsRefused() throws {
        let root = try PackFixture.folder(["lib/x.lua": "return 1\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let error = try #require(throws: RuleError.self) { try RulePack.load(from: root.path) }
        #expect(error.message == "rule pack \(root.path) has no init.lua")
        #expect(error.hint == "a rule pack's entry point is init.lua at the top of its folder")
    }

    @Test func theBundledPackLoadsAndChecksClean() throws {
        let pack = try PackFixture.bundled()
        // On a day before NĐ 310/2025 ended three invoice codes (CatalogLintTests covers the warnings after it).
        // The warnings: the calendar has no announced days off for 2027 (the year after today), and household
        // businesses and the other kinds of NĐ 118/2021 Điều 5 k2 are fined as individuals by a setting.
        let report = pack.check(today: CalendarDate("2026-01-15")!)
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.description))")
        #expect(
            report.diagnostics.map(\.error.rule) == ["calendar.lint", "penalty.lint"],
            "\(report.diagnostics.map(\.description))")
        #expect(report.diagnostics.first?.error.message.hasPrefix("calendar: no announced days off for 2027;") == true)
        #expect(report.manifest?.name == "vn")
        #expect(report.manifest?.timeZone == "Asia/Ho_Chi_Minh")
    }

    @Test func initMustReturnATableWithNameAndVersion() {
        let pack = PackFixture.pack(["init.lua": "return { name = 'x' }\n"])
        let report = pack.check()
        #expect(!report.isUsable)
        #expect(report.diagnostics.first?.error.message == "the pack's `version` must be a non-empty string, got nil")
        #expect(report.diagnostics.first?.error.file == "rules/init.lua")
    }
}
