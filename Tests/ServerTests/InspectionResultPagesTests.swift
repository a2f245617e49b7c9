import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// An inspection's findings, recommendations and follow-ups from its page: the forms are linked only for the roles,
/// the team and the states that allow them; each confirmation page says what the application layer's preview gives
/// and writes nothing; "Sửa lại" brings the typed values back; a confirmation writes one journal entry; refusals
/// are worded (403 for another team's inspection, 422 for what the use case refuses) with nothing written.
@Suite struct InspectionResultPagesTests {
    static let finding = ["description": "Quyết toán sai khối lượng", "amount": "150.000.000", "land": ""]

    @Test func theTeamRecordsAFindingAndARecommendationThroughTheirForms() async throws {
        let bench = try ServerBench()
        let id = try APIResultsTests.onsite(bench)
        let other = try APIInspectionTests.otherInspection(bench, lead: "nguoi_khac", number: "72/QĐ-TTr")
        let expected = try bench.makeInspectorate().previewFinding(
            to: id, subject: bench.subjectID, description: "Quyết toán sai khối lượng", category: nil,
            amountVND: VND(150_000_000), landArea: .zero, acting: ServerBench.actingAs("thanh_tra_vien"))
        let finding = Self.finding.merging(["subject": "\(bench.subjectID.rawValue)"]) { $1 }
        let base = "/inspections/\(id.rawValue)"
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let inspector = Browser(client)
            try await inspector.signIn("thanh_tra_vien")
            let page = try await inspector.get(base)
            #expect(page.text.contains("href=\"\(base)/findings/new\""), "linked for a member of the team")
            #expect(page.text.contains("href=\"\(base)/recommendations/new\""))
            let form = try await inspector.get(base + "/findings/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("Ghi phát hiện sai phạm"))
            #expect(form.text.contains("<option value=\"\(expected.finding.category)\""), "the pack's categories")

            let preview = try await inspector.post(base + "/findings/preview", finding)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains(expected.categoryTitle), "the pack's classification")
            #expect(preview.text.contains(expected.suggestion.recoveryVND.formatted(symbol: "₫")), "the pack's suggestion")
            #expect(preview.text.contains("action=\"\(base)/findings\""))
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            // "Sửa lại" posts the values back and the form shows them.
            #expect(preview.text.contains("formaction=\"\(base)/findings/preview\" formnovalidate name=\"edit\" value=\"1\""))
            let edit = try await inspector.post(base + "/findings/preview", finding.merging(["edit": "1"]) { $1 })
            #expect(edit.status == .ok)
            #expect(edit.text.contains("id=\"result-form\""))
            #expect(edit.text.contains("value=\"Quyết toán sai khối lượng\"") && edit.text.contains("value=\"150.000.000\""))
            #expect(edit.text.contains("<option value=\"\(bench.subjectID.rawValue)\" selected>"))

            // Another team's inspection (the team lead leads this one, not the other): refused in Vietnamese, nothing
            // written; a bad amount names its field.
            let lead = Browser(client)
            try await lead.signIn("truong_doan")
            #expect(!(try await lead.get("/inspections/\(other.rawValue)").text.contains("/findings/new")))
            let refused = try await lead.post("/inspections/\(other.rawValue)/findings/preview", finding)
            #expect(refused.status == .forbidden, "\(refused.text)")
            #expect(refused.text.contains("không thuộc đoàn thanh tra"), "\(refused.text)")
            #expect(try await lead.post("/inspections/\(other.rawValue)/findings", finding).status == .forbidden)
            let badAmount = try await inspector.post(base + "/findings/preview", finding.merging(["amount": "1,5"]) { $1 })
            #expect(badAmount.status == .unprocessableContent)
            #expect(badAmount.text.contains("Giá trị không hợp lệ ở mục “Số tiền”"))
            #expect(badAmount.text.contains("value=\"Quyết toán sai khối lượng\""), "the form keeps what was typed")

            let recorded = try await inspector.post(base + "/findings", finding)
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            #expect(recorded.headers[.location] == base)
            let stored = try #require(try bench.store.inspection(id: id)?.findings.first)
            #expect(stored.amountVND == VND(150_000_000) && stored.category == expected.finding.category)
            #expect(try bench.journalCount() == before + 1)
            #expect(try bench.store.journal(after: 0, limit: 10_000).last?.command == "finding add")

            let recommendation = [
                "kind": "recovery", "finding": "\(stored.id.rawValue)", "subject": "\(bench.subjectID.rawValue)",
                "description": "Thu hồi về ngân sách", "amount": "80.000.000",
            ]
            let recommendPreview = try await inspector.post(base + "/recommendations/preview", recommendation)
            #expect(recommendPreview.status == .ok, "\(recommendPreview.text)")
            #expect(recommendPreview.text.contains("Thu hồi về ngân sách nhà nước"))
            #expect(recommendPreview.text.contains(VND(80_000_000).formatted(symbol: "₫")))
            // A policy recommendation with money: refused by the use case (422), the form kept.
            let wrongFigures = try await inspector.post(
                base + "/recommendations/preview", recommendation.merging(["kind": "policy"]) { $1 })
            #expect(wrongFigures.status == .unprocessableContent, "\(wrongFigures.text)")
            #expect(wrongFigures.text.contains("value=\"Thu hồi về ngân sách\""))
            #expect(try bench.journalCount() == before + 1)
            #expect(try await inspector.post(base + "/recommendations", recommendation).status == .seeOther)
            #expect(try bench.store.inspection(id: id)?.recommendations.map(\.description) == ["Thu hồi về ngân sách"])

            let after = try await inspector.get(base)
            #expect(after.text.contains("Quyết toán sai khối lượng") && after.text.contains("Thu hồi về ngân sách"))
            #expect(after.text.contains("Phát hiện (1)") && after.text.contains("Kiến nghị (1)"))

            // A reader without the role sees the results and no form.
            let reporting = Browser(client)
            try await reporting.signIn("bao_cao")
            let read = try await reporting.get(base)
            #expect(read.text.contains("Quyết toán sai khối lượng") && !read.text.contains("/findings/new"))
            #expect(try await reporting.get(base + "/findings/new").status == .forbidden)
        }
        #expect(try bench.journalCount() == before + 2)
    }

    @Test func collectionsRecordsAFollowUpOfAConcludedInspectionAndMoreThanRecommendedIsRefused() async throws {
        let bench = try ServerBench()
        let id = try APIResultsTests.onsite(bench)
        let chief = ServerBench.actingAs("chanh_thanh_tra")
        let inspectorate = try bench.makeInspectorate()
        let recommendation = try inspectorate.recommend(
            NewRecommendation(
                kind: .recovery, subjectID: bench.subjectID, description: "Thu hồi về ngân sách",
                figures: RecommendationFigures(amountVND: VND(80_000_000))),
            on: id, acting: chief)
        let base = "/inspections/\(id.rawValue)"
        let path = "\(base)/recommendations/\(recommendation.id.rawValue)/follow-ups"
        let followUp = ["doneOn": "2026-11-23", "amount": "50.000.000", "receipt": "BL-77", "note": "nộp lần 1"]
        try await bench.makeApplication().test(.router) { client in
            let collections = Browser(client)
            try await collections.signIn("theo_doi_thu_nop")
            // Not concluded yet: no link, and the form says the state takes no follow-up.
            #expect(!(try await collections.get(base).text.contains("/follow-ups/new")))
            #expect(try await collections.get(path + "/new").text.contains("không nhận mục này"))
            for step in [InspectionStep.endOnsite, .report, .draft, .conclude(number: "12/KL-TTr")] {
                _ = try bench.makeInspectorate().advance(id, step, on: CalendarDate("2026-11-23")!, acting: chief)
            }
            let before = try bench.journalCount()
            #expect(try await collections.get(base).text.contains("href=\"\(path)/new\""))
            let preview = try await collections.post(path + "/preview", followUp)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("BL-77") && preview.text.contains(VND(50_000_000).formatted(symbol: "₫")))
            #expect(preview.text.contains(VND(80_000_000).formatted(symbol: "₫")), "what was recommended")
            let over = try await collections.post(path + "/preview", followUp.merging(["amount": "90.000.000"]) { $1 })
            #expect(over.status == .unprocessableContent, "\(over.text)")
            #expect(over.text.contains("value=\"90.000.000\""))
            #expect(try bench.journalCount() == before, "previews and refusals write nothing")
            let unknown = try await collections.post("\(base)/recommendations/999/follow-ups/preview", followUp)
            #expect(unknown.status == .notFound)
            let recorded = try await collections.post(path, followUp)
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            let stored = try #require(try bench.store.inspection(id: id)?.recommendations.first?.followUps.first)
            #expect(stored.figures.amountVND == VND(50_000_000) && stored.receipt == "BL-77")
            #expect(try bench.journalCount() == before + 1)

            // An inspector may not record follow-ups.
            let inspector = Browser(client)
            try await inspector.signIn("thanh_tra_vien")
            #expect(!(try await inspector.get(base).text.contains("/follow-ups/new")))
            #expect(try await inspector.post(path + "/preview", followUp).status == .forbidden)
        }
    }
}
