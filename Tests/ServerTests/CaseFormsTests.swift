import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import NIOCore
import Server
import Store
import Testing

/// Opening, deciding and cancelling a case from the pages: each preview writes nothing, each confirmation writes one
/// journal entry, and each refusal is worded in Vietnamese from the structured error (the pack's own reasons).
@Suite struct CaseFormsTests {
    /// The opening form's fields: one completed violation of the bundled catalog, committed before the record.
    static let opening = [
        "record": "BB-31/2026", "recordOn": "2026-11-20", "place": "Hải Phòng",
        "v1code": "ND125-2020-D24-K4-b", "v1committedOn": "2026-11-10", "m:tu_nguyen_khai_bao": "1",
    ]

    @Test func anInspectorOpensACaseAfterAPreviewThatWritesNothing() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let subject = bench.subjectID.rawValue
        // What the pack says of this violation today, as the preview must show it.
        let expected = try bench.makeInspectorate().previewOpening(
            subject: bench.subjectID, record: ViolationRecord(number: "BB-31/2026", madeOn: CalendarDate("2026-11-20")!, place: ""),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-10")!,
                    endedOn: CalendarDate("2026-11-10")!, detectedOn: nil)
            ],
            mitigating: ["tu_nguyen_khai_bao"], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien"))
        let line = try #require(expected.assessment.lines.first?.fine)
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            let subjectPage = try await browser.get("/subjects/\(subject)")
            #expect(subjectPage.text.contains("href=\"/subjects/\(subject)/cases/new\""))
            let form = try await browser.get("/subjects/\(subject)/cases/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("<option value=\"ND125-2020-D24-K4-b\">"), "the catalog as choices")
            #expect(form.text.contains("name=\"m:tu_nguyen_khai_bao\""), "the pack's circumstances as boxes")

            let preview = try await browser.post("/subjects/\(subject)/cases/preview", Self.opening)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Xem trước — chưa ghi gì"))
            #expect(preview.text.contains(line.legalBasis), "the legal basis the pack gives")
            #expect(preview.text.contains(line.fineVND.formatted(symbol: "₫")), "the fine the pack gives")
            #expect(preview.text.contains("\(expected.newCase.decisionDueOn)"), "the decision deadline")
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let opened = try await browser.post("/subjects/\(subject)/cases", Self.opening)
            #expect(opened.status == .seeOther)
            let location = try #require(opened.headers[.location])
            #expect(location.hasPrefix("/cases/"))
            let id = try #require(Int64(location.dropFirst("/cases/".count)))
            let stored = try #require(try bench.store.penaltyCase(id: PenaltyCase.ID(rawValue: id)))
            #expect(stored.record.number == "BB-31/2026")
            #expect(stored.violations.map(\.code) == ["ND125-2020-D24-K4-b"])
            #expect(stored.mitigating == ["tu_nguyen_khai_bao"])
            #expect(stored.state == .open)
        }
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "case open")
        #expect(entries.last?.actor == "thanh_tra_vien")
    }

    @Test func anOpeningTheRulesRefuseIsWordedInVietnameseAndWritesNothing() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("truong_doan")
            try await browser.get("/subjects/\(bench.subjectID.rawValue)/cases/new")
            var fields = Self.opening
            fields["v1code"] = "ND999-KHONG-CO"
            let refused = try await browser.post("/subjects/\(bench.subjectID.rawValue)/cases/preview", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Bộ quy tắc từ chối"))
            #expect(refused.text.contains("ND999-KHONG-CO"), "the pack's reason names the code")
            let noRecord = try await browser.post(
                "/subjects/\(bench.subjectID.rawValue)/cases", Self.opening.merging(["record": " "]) { $1 })
            #expect(noRecord.status == .unprocessableContent)
            #expect(noRecord.text.contains("Số biên bản"))
            #expect(noRecord.text.contains("ghi số biên bản như trên biên bản vi phạm hành chính"))
            let badDate = try await browser.post(
                "/subjects/\(bench.subjectID.rawValue)/cases/preview", Self.opening.merging(["recordOn": "20/13/2026"]) { $1 })
            #expect(badDate.status == .unprocessableContent)
        }
        #expect(try bench.journalCount() == before)
    }

    @Test func theChiefIsRefusedForASignerWithoutCompetenceAndDecidesAsChanhThanhTra() async throws {
        let bench = try ServerBench()
        let inspectorate = try bench.makeInspectorate()
        let open = try inspectorate.openCase(
            subject: bench.subjectID, record: ViolationRecord(number: "BB-40/2026", madeOn: CalendarDate("2026-11-18")!, place: ""),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-01")!,
                    endedOn: CalendarDate("2026-11-01")!, detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien")
        ).penaltyCase.id
        let refusedAssessment = try inspectorate.previewCase(
            open, decidedOn: CalendarDate("2026-11-23")!, signer: "thanh_tra_vien", acting: ServerBench.actingAs("chanh_thanh_tra"))
        let reason = try #require(refusedAssessment.problems.first { $0.code == "no_competence" }?.message)
        let allowed = try inspectorate.previewCase(
            open, decidedOn: CalendarDate("2026-11-23")!, signer: "chanh_thanh_tra_so", acting: ServerBench.actingAs("chanh_thanh_tra"))
        #expect(allowed.problems.isEmpty)
        let before = try bench.journalCount()
        let fields = ["number": "77/QĐ-XPHC", "decidedOn": "2026-11-23", "signerName": "Lê Văn Chánh"]
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("chanh_thanh_tra")
            let detail = try await browser.get("/cases/\(open.rawValue)")
            #expect(detail.text.contains("href=\"/cases/\(open.rawValue)/decide\""))
            let form = try await browser.get("/cases/\(open.rawValue)/decide")
            #expect(form.text.contains("<option value=\"chanh_thanh_tra_so\">"), "the pack's titles as choices")

            let refused = try await browser.post(
                "/cases/\(open.rawValue)/decide/preview", fields.merging(["signer": "thanh_tra_vien"]) { $1 })
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Bộ quy tắc từ chối"))
            #expect(refused.text.contains(Self.escaped(reason)), "the pack's reason, in Vietnamese")
            #expect(!refused.text.contains("action=\"/cases/\(open.rawValue)/decide\""), "no confirm button")
            let forced = try await browser.post(
                "/cases/\(open.rawValue)/decide", fields.merging(["signer": "thanh_tra_vien"]) { $1 })
            #expect(forced.status == .unprocessableContent, "posting the decision without the preview is refused too")
            // The account holds chánh thanh tra sở, not thanh tra viên: the signature is refused before the pack's
            // competence (issue 14: a title held on the day decides what an account signs)
            #expect(forced.text.contains("không giữ chức danh thanh_tra_vien"), "\(forced.text)")
            #expect(try bench.journalCount() == before)

            let preview = try await browser.post(
                "/cases/\(open.rawValue)/decide/preview", fields.merging(["signer": "chanh_thanh_tra_so"]) { $1 })
            #expect(preview.status == .ok)
            #expect(preview.text.contains(allowed.totalFineVND.formatted(symbol: "₫")))
            for line in allowed.lines { #expect(preview.text.contains(line.fine.legalBasis)) }
            #expect(preview.text.contains("có thẩm quyền"))
            #expect(try bench.journalCount() == before, "a preview writes nothing")
            let decided = try await browser.post(
                "/cases/\(open.rawValue)/decide", fields.merging(["signer": "chanh_thanh_tra_so"]) { $1 })
            #expect(decided.status == .seeOther)
            #expect(decided.headers[.location] == "/cases/\(open.rawValue)")
        }
        let stored = try #require(try bench.store.penaltyCase(id: open))
        #expect(stored.decision?.number == "77/QĐ-XPHC")
        #expect(stored.decision?.signerTitle == "chanh_thanh_tra_so")
        #expect(stored.decision?.totalFineVND == allowed.totalFineVND)
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "case decide")
        #expect(entries.last?.actor == "chanh_thanh_tra")
    }

    @Test func theChiefCancelsACaseAfterAPreviewAndAReasonIsRequired() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let id = bench.caseID.rawValue
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("chanh_thanh_tra")
            #expect(try await browser.get("/cases/\(id)").text.contains("href=\"/cases/\(id)/cancel\""))
            try await browser.get("/cases/\(id)/cancel")
            let noReason = try await browser.post(
                "/cases/\(id)/cancel/preview", ["cancelledOn": "2026-11-23", "reason": "  "])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("Lý do"))
            #expect(noReason.text.contains("ghi lý do hủy"))
            let fields = ["cancelledOn": "2026-11-23", "reason": "Quyết định hủy bỏ số 3/QĐ-HB"]
            let preview = try await browser.post("/cases/\(id)/cancel/preview", fields)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Đã hủy"))
            #expect(try bench.journalCount() == before)
            let cancelled = try await browser.post("/cases/\(id)/cancel", fields)
            #expect(cancelled.status == .seeOther)
            let again = try await browser.post("/cases/\(id)/cancel/preview", fields)
            #expect(again.status == .unprocessableContent, "a cancelled case cannot be cancelled again")
        }
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.state == .cancelled)
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "case cancel")
    }

    /// `text` as Mustache escapes it in a page.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
