import Casework
import Foundation
import Testing
@testable import Rules

/// The bundled pack with `penalty/catalog/nd12_2022.lua` replaced: the bundled loader (penalty/catalog) and
/// leniency rules over catalog entries a test writes. The entries are test data, not law.
enum VersionFixture {
    static let file = "rules/penalty/catalog/nd12_2022.lua"

    /// `body` goes between `return {` and `}`; line 1 of the file is `local e = …`, line 2 `return {`, so the
    /// k-th line of `body` is line k + 2.
    static func pack(_ body: String) throws -> RulePack {
        let bundled = try PackFixture.bundled()
        let text = """
            local e = require("penalty.catalog.entry").maker{ decree = "Nghị định mẫu (kiểm thử)", sector = "lao_dong", stated_for = "individual", effective_from = "2022-01-17" }
            return {
            \(body)
            }

            """
        let files = bundled.files.filter { $0.path != "penalty/catalog/nd12_2022.lua" }
            + [RulePack.File(path: "penalty/catalog/nd12_2022.lua", bytes: Array(text.utf8))]
        return RulePack(directory: "/fixture", files: files)
    }

    /// One violation by a person, committed and ended on `committed`, recorded and decided on `decided`.
    static func request(_ code: String, committed: String, decided: String?, today: String) -> AssessmentRequest {
        let day = CalendarDate(committed)!
        let decision = decided.map { CalendarDate($0)! }
        return AssessmentRequest(
            violator: .person, facts: CaseFacts(), recordOn: decision ?? CalendarDate(today)!, decidedOn: decision,
            today: CalendarDate(today)!, signer: nil, mitigating: [], aggravating: [],
            violations: [CaseViolation(code: code, sector: "", committedOn: day, endedOn: day, detectedOn: nil)])
    }
}

@Suite("Catalog versions and leniency")
struct CatalogVersionTests {
    @Test func overlappingVersionsRefuseToLoadNamingBothEntriesByFileAndLine() throws {
        let pack = try VersionFixture.pack(
            """
              e{ code = "V-1", article = 9, clause = 2, title = "Hành vi mẫu", frame_min_vnd = 20000000, frame_max_vnd = 25000000 },
              e{ code = "V-1", article = 9, clause = 2, title = "Hành vi mẫu", frame_min_vnd = 10000000, frame_max_vnd = 15000000,
                 effective_from = "2025-07-01" },
            """)
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(error.file == VersionFixture.file && error.line == 4)
        #expect(
            error.description == """
                error: catalog code V-1 is defined twice for the same days: from 2025-07-01 to (no end) (this entry) and from 2022-01-17 to (no end) (the entry at rules/penalty/catalog/nd12_2022.lua:3)
                  --> rules/penalty/catalog/nd12_2022.lua:4
                  help: a code has one version a day: end the earlier version the day before the later one starts (effective_to = "2025-06-30"), or give the new text its own code
                """)
        // rules check shows the same error, and nothing else (the catalog cannot be read).
        let report = pack.check(today: CalendarDate("2026-11-23")!)
        #expect(report.diagnostics.map(\.description) == [error.description])
    }

    @Test func anEntryWrittenWithoutTheMakerIsNamedByItsNumberInItsFile() throws {
        let pack = try VersionFixture.pack(
            """
              e{ code = "V-2", article = 9, clause = 2, title = "Hành vi mẫu", frame_min_vnd = 1000000, frame_max_vnd = 2000000,
                 effective_to = "2025-06-30" },
              { code = "V-2", decree = "Nghị định mẫu (kiểm thử)", article = 9, clause = 2, title = "Hành vi mẫu", sector = "lao_dong",
                stated_for = "individual", frame_min_vnd = 1000000, frame_max_vnd = 2000000, effective_from = "2025-06-30",
                warning_allowed = false, remedies = {} },
            """)
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(
            error.message
                == "catalog code V-2 is defined twice for the same days: from 2025-06-30 to (no end) (this entry) and from 2022-01-17 to 2025-06-30 (the entry at rules/penalty/catalog/nd12_2022.lua:3) (entry #2 of rules/penalty/catalog/nd12_2022.lua)")
        #expect(error.hint?.hasPrefix("a code has one version a day: end the earlier version the day before the later one starts (effective_to = \"2025-06-29\")") == true)
    }

    @Test func theAssessmentStepsNameTheVersionAppliedAndWhy() throws {
        // Given a real pair: NĐ 125 Điều 26 k4 before and after NĐ 102/2021 (same frame).
        let engine = try RuleEngine(pack: try PackFixture.bundled())
        var request = VersionFixture.request("ND125-2020-D26-K4", committed: "2021-06-01", decided: "2022-02-01", today: "2022-02-01")
        request.violator = .organization
        // When a case of 2021 is decided in 2022
        let assessment = try engine.assess(request)
        // Then the 2021 text applies, and the steps say which texts were compared and why.
        let line = try #require(assessment.lines.first).fine
        #expect(assessment.problems == [])
        #expect(line.fineVND == VND(7_500_000))
        #expect(line.title.contains("đã khai, nộp thuế"))
        #expect(
            Array(line.steps[1...3]) == [
                ExplanationStep(
                    text: "Ngày vi phạm 2021-06-01: văn bản có hiệu lực là khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP (hiệu lực từ 2020-12-05 đến 2021-12-31); theo văn bản này: khung 5.000.000 đ–10.000.000 đ, mức phạt 7.500.000 đ",
                    citation: "khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP"),
                ExplanationStep(
                    text: "Ngày ra quyết định 2022-02-01: văn bản có hiệu lực là khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP (hiệu lực từ 2022-01-01); theo văn bản này: khung 5.000.000 đ–10.000.000 đ, mức phạt 7.500.000 đ",
                    citation: "khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP"),
                ExplanationStep(
                    text: "Văn bản mới không có lợi hơn cho người vi phạm (mức phạt cho vụ việc này 7.500.000 đ bằng mức theo văn bản có hiệu lực vào ngày vi phạm): áp dụng văn bản có hiệu lực vào ngày vi phạm, khoản 4 Điều 26 Nghị định 125/2020/NĐ-CP",
                    citation: "khoản 1 Điều 156 Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13"),
            ])
    }

    @Test func aLighterVersionOnTheDecisionDateAppliesAndTheStepCitesTheLaw() throws {
        let pack = try VersionFixture.pack(
            """
              e{ code = "V-3", article = 9, clause = 2, title = "Hành vi mẫu", frame_min_vnd = 20000000, frame_max_vnd = 25000000,
                 effective_to = "2025-06-30" },
              e{ code = "V-3", article = 4, clause = 1, title = "Hành vi mẫu", frame_min_vnd = 10000000, frame_max_vnd = 15000000,
                 effective_from = "2025-07-01" },
            """)
        let engine = try RuleEngine(pack: pack)
        let assessment = try engine.assess(
            VersionFixture.request("V-3", committed: "2025-06-01", decided: "2025-07-10", today: "2025-07-10"))
        let line = try #require(assessment.lines.first).fine
        #expect(line.fineVND == VND(12_500_000))
        #expect(line.legalBasis == "khoản 1 Điều 4 Nghị định mẫu (kiểm thử)")
        #expect(
            line.steps[3]
                == ExplanationStep(
                    text: "Văn bản mới có lợi hơn cho người vi phạm (mức phạt cho vụ việc này 12.500.000 đ thấp hơn 22.500.000 đ): áp dụng khoản 1 Điều 4 Nghị định mẫu (kiểm thử) cho hành vi xảy ra trước ngày văn bản có hiệu lực",
                    citation: "Chương VI Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (nguyên tắc áp dụng văn bản; số điều chưa xác minh)"))
        // A preview before the new text took effect keeps the old one.
        let early = try engine.assess(VersionFixture.request("V-3", committed: "2025-06-01", decided: nil, today: "2025-06-20"))
        #expect(early.lines.first?.fine.fineVND == VND(22_500_000))
        #expect(early.lines.first?.fine.steps[1].text.hasSuffix("có hiệu lực cả vào ngày vi phạm 2025-06-01 và ngày xem xét 2025-06-20") == true)
    }

    @Test func aRepealedActIsNotFinedAndTheDecisionIsRefused() throws {
        let pack = try VersionFixture.pack(
            """
              e{ code = "V-4", article = 9, clause = 2, title = "Hành vi mẫu", frame_min_vnd = 20000000, frame_max_vnd = 25000000,
                 effective_to = "2025-06-30" },
              require("penalty.catalog.entry").repeal{ code = "V-4", decree = "Nghị định bãi bỏ (kiểm thử)", article = 1,
                 effective_from = "2025-07-01" },
            """)
        let engine = try RuleEngine(pack: pack)
        let assessment = try engine.assess(
            VersionFixture.request("V-4", committed: "2025-06-01", decided: "2025-07-10", today: "2025-07-10"))
        #expect(assessment.totalFineVND == .zero)
        #expect(assessment.lines.first?.fine.isWarning == false)
        #expect(assessment.problems.map(\.code) == ["no_longer_sanctioned"])
        #expect(
            assessment.lines.first?.fine.steps.last
                == ExplanationStep(
                    text: "Không xử phạt: Điều 1 Nghị định bãi bỏ (kiểm thử) không còn quy định hành vi này là vi phạm từ ngày 2025-07-01",
                    citation: "Chương VI Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (nguyên tắc áp dụng văn bản; số điều chưa xác minh)"))
        // The listing: every version without a date, only what fines with one.
        let all = try engine.catalog(on: nil, sector: nil).filter { $0.code == "V-4" }
        #expect(all.map(\.isSanctioned) == [true, false])
        #expect(all.map(\.title) == ["Hành vi mẫu", "Hành vi mẫu"], "a repeal keeps the act's title")
        #expect(try engine.catalog(on: CalendarDate("2025-07-01")!, sector: nil).contains { $0.code == "V-4" } == false)
    }

    @Test func theCatalogListsOneRowPerVersionAndOnADayTheVersionInForce() throws {
        let engine = try RuleEngine(pack: try PackFixture.bundled())
        let all = try engine.catalog(on: nil, sector: nil).filter { $0.code == "ND125-2020-D26-K4" }
        #expect(all.map(\.effectiveFrom) == [CalendarDate("2020-12-05"), CalendarDate("2022-01-01")])
        #expect(all.map(\.effectiveTo) == [CalendarDate("2021-12-31"), nil])
        let in2021 = try engine.catalog(on: CalendarDate("2021-06-01")!, sector: "hoa_don").filter { $0.code == "ND125-2020-D26-K4" }
        #expect(in2021.count == 1 && in2021.first?.title.contains("đã khai, nộp thuế") == true)
        let codes = try engine.catalog(on: CalendarDate("2022-06-01")!, sector: nil).map(\.code)
        #expect(codes.count == Set(codes).count, "one version per code on a day")
    }

    @Test func aRenumberedCodeIsListedWithTheCodeItSucceeds() throws {
        let pack = try VersionFixture.pack(
            """
              e{ code = "V-OLD", article = 9, clause = 2, title = "Hành vi mẫu", frame_min_vnd = 20000000, frame_max_vnd = 25000000,
                 effective_to = "2025-06-30" },
              e{ code = "V-NEW", article = 3, clause = 1, title = "Hành vi mẫu", frame_min_vnd = 10000000, frame_max_vnd = 15000000,
                 effective_from = "2025-07-01", succeeds = "V-OLD" },
            """)
        let engine = try RuleEngine(pack: pack)
        #expect(try engine.catalog(on: nil, sector: nil).first { $0.code == "V-NEW" }?.succeeds == ["V-OLD"])
        let assessment = try engine.assess(
            VersionFixture.request("V-OLD", committed: "2025-06-01", decided: "2025-07-10", today: "2025-07-10"))
        #expect(assessment.lines.first?.fine.code == "V-NEW")
        #expect(assessment.lines.first?.fine.fineVND == VND(12_500_000))
        let diagnostics = pack.check(today: CalendarDate("2026-11-23")!).diagnostics.map(\.description)
        #expect(diagnostics.filter { $0.contains("V-OLD") } == [], "a succeeded code is not stale")
    }
}
