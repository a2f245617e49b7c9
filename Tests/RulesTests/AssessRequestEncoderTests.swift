import Casework
import Foundation
import Testing
@testable import Rules

/// The assess request is encoded once (positional values through the host adapter) for the checked call and for
/// the figures of bulk work: the pack sees the same table either way, and a malformed answer is still located at
/// the pack's own `return`.
@Suite("The assess request: one encoder, the same table for both calls")
struct AssessRequestEncoderTests {
    /// A `penalty.assess` that echoes the request back as text in the title of its one line, and fines 1 000 đ per
    /// violation; the "broken" variant returns a float total on line 13.
    static let echo = """
        local M = {}
        local function show(r)
          local parts = { r.violator, tostring(r.minor), r.record_on, tostring(r.decided_on), r.today,
            tostring(r.complex), tostring(r.explanation_requested), tostring(r.extension_days), tostring(r.signer),
            tostring(r.quiet), table.concat(r.mitigating, "+"), table.concat(r.aggravating, "+") }
          for _, v in ipairs(r.violations) do
            parts[#parts + 1] = table.concat({ v.code, v.committed_on, tostring(v.ended_on), tostring(v.detected_on),
              tostring(v.illegal_gain_vnd) }, ",")
          end
          return table.concat(parts, "|")
        end
        function M.assess(r)
          if r.violator == "broken" then return { lines = {}, total_fine_vnd = 0.5 } end
          local lines = {}
          for i, v in ipairs(r.violations) do
            lines[i] = { code = v.code, title = show(r), basis = "", sector = "", frame_min_vnd = 0, frame_max_vnd = 0,
                         fine_vnd = 1000, warning = false, remedies = {}, steps = {} }
          end
          return { lines = lines, total_fine_vnd = 1000 * #lines, decision_due_on = r.record_on, steps = {},
                   problems = {} }
        end
        return M
        """

    func engine() throws -> RuleEngine {
        try RuleEngine(pack: PackFixture.pack([
            "init.lua": "return { name = 'test', version = '1', penalty = require 'penalty' }\n",
            "penalty.lua": Self.echo,
        ]))
    }

    func request(signer: String? = "chanh_thanh_tra") -> AssessmentRequest {
        AssessmentRequest(
            violator: .organization,
            facts: CaseFacts(isComplex: true, explanationRequested: false, isMinor: false, extensionDays: 7),
            recordOn: CalendarDate("2026-03-02")!, decidedOn: CalendarDate("2026-03-20")!, today: CalendarDate("2026-03-21")!,
            signer: signer, mitigating: ["tu_nguyen_khai_bao"], aggravating: ["tai_pham", "co_to_chuc"],
            violations: [
                CaseViolation(code: "A-1", sector: "", committedOn: CalendarDate("2026-01-05")!, endedOn: nil,
                              detectedOn: CalendarDate("2026-02-01")!, illegalGainVND: VND(12_345)),
                CaseViolation(code: "B-2", sector: "", committedOn: CalendarDate("2026-01-06")!,
                              endedOn: CalendarDate("2026-01-07")!, detectedOn: nil),
            ])
    }

    @Test func theCheckedCallSeesEveryFieldOfTheRequest() throws {
        let assessment = try engine().assess(request())
        #expect(assessment.lines.count == 2)
        #expect(
            assessment.lines[0].fine.title
                == "organization|false|2026-03-02|2026-03-20|2026-03-21|true|false|7|chanh_thanh_tra|nil|"
                + "tu_nguyen_khai_bao|tai_pham+co_to_chuc|A-1,2026-01-05,nil,2026-02-01,12345|B-2,2026-01-06,2026-01-07,nil,0")
        #expect(assessment.totalFineVND == VND(2_000))
    }

    @Test func noSignerAndNoCircumstancesCrossAsNilAndEmptyLists() throws {
        var plain = request(signer: nil)
        plain.mitigating = []
        plain.aggravating = []
        let title = try engine().assess(plain).lines[0].fine.title
        #expect(title.contains("|7|nil|nil|||A-1,"))
    }

    @Test func theFiguresCallAgreesWithTheCheckedCall() throws {
        let engine = try engine()
        let r = request()
        let snapshot = CaseSnapshot(
            id: PenaltyCase.ID(rawValue: 1), recordNumber: "BB-1", state: .open, violatorKind: r.violator,
            recordOn: r.recordOn, facts: r.facts, decisionDueOn: r.recordOn, mitigating: r.mitigating,
            aggravating: r.aggravating, violations: r.violations, decision: nil)
        let figures = try engine.assessFigures(snapshot, decidedOn: r.decidedOn, today: r.today)
        let assessment = try engine.assess(r)
        #expect(figures.lineFinesVND == assessment.lines.map(\.fine.fineVND))
        #expect(figures.totalFineVND == assessment.totalFineVND)
        #expect(figures.decisionDueOn == assessment.decisionDueOn)
    }

    @Test func aMalformedAnswerIsLocatedAtThePacksReturnNotAtTheAdapter() throws {
        let engine = try RuleEngine(pack: PackFixture.pack([
            "init.lua": "return { name = 'test', version = '1', penalty = require 'penalty' }\n",
            "penalty.lua": Self.echo.replacingOccurrences(of: "r.violator == \"broken\"", with: "true"),
        ]))
        let error = try #require(throws: RuleError.self) { try engine.assess(request()) }
        #expect(error.file == "rules/penalty.lua")
        #expect(error.line == 13)
        #expect(error.message.contains("0.5"))
    }
}
