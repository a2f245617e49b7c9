import Foundation
import LuaBridge
import Testing
@testable import Rules

/// Every case of the bundled pack's tests/*.lua, each as its own test.
enum BundledPackCases {
    /// Loaded once at discovery; empty when the pack does not load (then `theBundledPackHasEnoughFineCases` fails).
    /// The bundled pack, read and hashed once for all cases.
    static let pack: RulePack? = try? PackFixture.bundled()

    static let all: [BundledCase] = {
        guard let pack = try? PackFixture.bundled(), let runner = try? PackTestRunner(pack: pack) else { return [] }
        return ((try? runner.cases()) ?? []).map(BundledCase.init)
    }()
}

/// A case named after its file and `name` in the test list.
struct BundledCase: Sendable, CustomTestStringConvertible {
    let testCase: PackTestCase
    var testDescription: String { "\(testCase.file.split(separator: "/").last ?? ""): \(testCase.name)" }
}

@Suite("Bundled rule pack test cases")
struct PackCasesTests {
    @Test(arguments: BundledPackCases.all)
    func bundledCasePasses(_ bundled: BundledCase) throws {
        let testCase = bundled.testCase
        let runner = try PackTestRunner(pack: try #require(BundledPackCases.pack))
        let result = runner.run(testCase)
        #expect(result.failures == [], "\(testCase.file):\(testCase.line ?? 0) \(testCase.name)")
        #expect(result.passed)
    }

    @Test func theBundledPackHasEnoughFineCases() throws {
        let runner = try PackTestRunner(pack: try PackFixture.bundled())
        let cases = try runner.cases()
        let fines = cases.filter { $0.file == "rules/tests/penalty_fines.lua" }
        #expect(fines.count >= 40)
        #expect(cases.contains { $0.file == "rules/tests/penalty_deadlines.lua" })
        #expect(fines.allSatisfy { $0.line != nil })
    }

    @Test func aWrongExpectationIsReportedWithExpectedAndActualValues() throws {
        let test = """
            return {
              { name = "wrong on purpose",
                call = "penalty.assess",
                input = { violator = "organization", record_on = "2026-03-10", decided_on = "2026-03-12",
                          today = "2026-03-12", mitigating = {}, aggravating = {},
                          violations = { { code = "ND125-2020-D24-K4-b", committed_on = "2026-01-05",
                                           ended_on = "2026-01-05", illegal_gain_vnd = 0 } } },
                expect = { total_fine_vnd = 5000000, lines = { { fine_vnd = 5000000, warning = true } },
                           problems = { { code = "decision_late" } } } },
            }
            """
        let bundled = try PackFixture.bundled()
        let files = bundled.files.filter { !$0.path.hasPrefix("tests/") }
            + [RulePack.File(path: "tests/wrong.lua", bytes: Array(test.utf8))]
        let runner = try PackTestRunner(pack: RulePack(directory: "/fixture", files: files))
        let results = try runner.run()
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(!result.passed)
        #expect(result.file == "rules/tests/wrong.lua")
        #expect(result.line == 2)
        #expect(result.failures == [
            "lines[1].fine_vnd: expected 5000000, got 6000000",
            "lines[1].warning: expected true, got false",
            "problems: expected 1 element(s), got 0",
            "total_fine_vnd: expected 5000000, got 6000000",
        ])
        #expect(PackTestRunner.summary(of: results) == "0 passed, 1 failed")
    }

    @Test func aFloatIsNotAnInteger() {
        var failures: [String] = []
        PackTestRunner.match(.table(LuaTable(fields: ["amount_vnd": .integer(3)])),
                             .table(LuaTable(fields: ["amount_vnd": .number(3)])), at: "", into: &failures)
        #expect(failures == ["amount_vnd: expected 3, got 3.0 (a float)"])
    }
}
