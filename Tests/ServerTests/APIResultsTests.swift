import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// The API's results of an inspection — a finding, a recommendation, a follow-up — and the plan load: each preview
/// answers what the application layer's own preview gives and writes nothing, each command writes one journal entry
/// (201), and refusals keep the codes the CLI's errors have (a team member on another team's inspection, more than
/// recommended, a year without a plan).
@Suite struct APIResultsTests {
    /// The bench's inspection decided with the team lead's login in its team and announced: on site, where findings
    /// and recommendations are recorded.
    static func onsite(_ bench: ServerBench) throws -> Inspection.ID {
        try APIInspectionTests.decide(bench, bench.inspectionID, lead: "truong_doan", number: "71/QĐ-TTr")
        _ = try bench.makeInspectorate().advance(
            bench.inspectionID, .announce, on: CalendarDate("2026-11-23")!, acting: ServerBench.actingAs("chanh_thanh_tra"))
        return bench.inspectionID
    }

    static let finding: [String: any Sendable] = [
        "subjectID": 1, "description": "Quyết toán sai khối lượng", "amountVND": 150_000_000,
    ]

    @Test func theTeamRecordsAFindingAndARecommendationAfterPreviewsThatWriteNothing() async throws {
        let bench = try ServerBench()
        let id = try Self.onsite(bench)
        let other = try APIInspectionTests.otherInspection(bench, lead: "nguoi_khac", number: "72/QĐ-TTr")
        let expected = try bench.makeInspectorate().previewFinding(
            to: id, subject: bench.subjectID, description: "Quyết toán sai khối lượng", category: nil,
            amountVND: VND(150_000_000), landArea: .zero, acting: ServerBench.actingAs("truong_doan"))
        let before = try bench.journalCount()
        let base = "/api/v1/inspections/\(id.rawValue)"
        try await bench.makeApplication().test(.router) { client in
            let lead = APIClient(client)
            try await lead.signIn("truong_doan")
            var body = Self.finding
            body["subjectID"] = bench.subjectID.rawValue
            let preview = try await lead.post(base + "/findings", body.merging(["preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json["preview"] as? Bool == true)
            let previewed = try #require(preview.json.object("result"))
            #expect(previewed["id"] == nil, "nothing recorded: no id")
            #expect(previewed.string("category") == expected.finding.category, "the pack's classification")
            #expect(previewed.string("categoryTitle") == expected.categoryTitle)
            #expect(previewed.object("suggestion")?.int("recoveryVND") == expected.suggestion.recoveryVND.rawValue)
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let recorded = try await lead.post(base + "/findings", body)
            #expect(recorded.status == .created, "\(recorded.text)")
            let findingID = try #require(recorded.json.object("result")?.int("id"))
            let stored = try #require(try bench.store.inspection(id: id)?.findings.first)
            #expect(stored.id.rawValue == findingID && stored.amountVND == VND(150_000_000))
            #expect(try bench.store.journal(after: 0, limit: 10_000).last?.command == "finding add")

            // Another team's inspection: refused with the application layer's code, nothing written.
            let refused = try await lead.post(
                "/api/v1/inspections/\(other.rawValue)/findings", body.merging(["preview": true]) { $1 })
            #expect(refused.status == .forbidden, "\(refused.text)")
            #expect(refused.code == "inspectorate.notOnInspectionTeam")
            // A land area that is not a whole number names its field.
            let land = try await lead.post(base + "/findings", body.merging(["preview": true, "landAreaDM2": 1.5]) { $1 })
            #expect(land.status == .unprocessableContent)
            #expect(land.details["field"] as? String == "landAreaDM2")

            let recommendation: [String: any Sendable] = [
                "kind": "recovery", "findingID": findingID, "subjectID": bench.subjectID.rawValue,
                "description": "Thu hồi về ngân sách", "figures": ["amountVND": 80_000_000],
            ]
            let recommendPreview = try await lead.post(
                base + "/recommendations", recommendation.merging(["preview": true]) { $1 })
            #expect(recommendPreview.status == .ok, "\(recommendPreview.text)")
            #expect(recommendPreview.json.object("result")?.object("figures")?.int("amountVND") == 80_000_000)
            let badKind = try await lead.post(
                base + "/recommendations", recommendation.merging(["preview": true, "kind": "thu_hoi"]) { $1 })
            #expect(badKind.status == .unprocessableContent && badKind.details["field"] as? String == "kind")
            let notOfThis = try await lead.post(
                base + "/recommendations", recommendation.merging(["preview": true, "findingID": 999]) { $1 })
            #expect(notOfThis.status == .unprocessableContent, "\(notOfThis.text)")
            #expect(notOfThis.code == "inspection.refused")
            #expect(try bench.journalCount() == before + 1)
            let recommended = try await lead.post(base + "/recommendations", recommendation)
            #expect(recommended.status == .created, "\(recommended.text)")
            #expect(try bench.store.inspection(id: id)?.recommendations.map(\.description) == ["Thu hồi về ngân sách"])
        }
        #expect(try bench.journalCount() == before + 2)
    }

    @Test func collectionsRecordsAFollowUpOfAConcludedInspectionWithinTheRecommendation() async throws {
        let bench = try ServerBench()
        let id = try Self.onsite(bench)
        let chief = ServerBench.actingAs("chanh_thanh_tra")
        let inspectorate = try bench.makeInspectorate()
        let finding = try inspectorate.addFinding(
            to: id, subject: bench.subjectID, description: "Quyết toán sai khối lượng", category: nil,
            amountVND: VND(150_000_000), landArea: .zero, acting: chief)
        let recommendation = try inspectorate.recommend(
            NewRecommendation(
                kind: .recovery, findingID: finding.finding.id, subjectID: bench.subjectID,
                description: "Thu hồi về ngân sách", figures: RecommendationFigures(amountVND: VND(80_000_000))),
            on: id, acting: chief)
        let day = CalendarDate("2026-11-23")!
        for step in [InspectionStep.endOnsite, .report, .draft, .conclude(number: "12/KL-TTr")] {
            _ = try inspectorate.advance(id, step, on: day, acting: chief)
        }
        let before = try bench.journalCount()
        let path = "/api/v1/inspections/\(id.rawValue)/recommendations/\(recommendation.id.rawValue)/follow-ups"
        let body: [String: any Sendable] = [
            "doneOn": "2026-11-23", "figures": ["amountVND": 50_000_000], "receipt": "BL-77", "note": "nộp lần 1",
        ]
        try await bench.makeApplication().test(.router) { client in
            let collections = APIClient(client)
            try await collections.signIn("theo_doi_thu_nop")
            let preview = try await collections.post(path, body.merging(["preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json.object("result")?.string("receipt") == "BL-77")
            #expect(preview.json.object("result")?.int("recommendationID") == recommendation.id.rawValue)
            #expect(try bench.journalCount() == before)

            // More than recommended: refused in the table's words unless the reason is given.
            let over = body.merging(["preview": true, "figures": ["amountVND": 90_000_000], "receipt": "BL-78"]) { $1 }
            let refused = try await collections.post(path, over)
            #expect(refused.status == .unprocessableContent, "\(refused.text)")
            #expect(refused.code == "inspection.refused")
            #expect(refused.text.contains("vượt mức kiến nghị #\(recommendation.id.rawValue)"), "\(refused.text)")
            let allowed = try await collections.post(path, over.merging(["allowOver": "nộp thêm theo quyết định"]) { $1 })
            #expect(allowed.status == .ok, "\(allowed.text)")
            // A recommendation of another inspection (or none) under this one's path: 404.
            let elsewhere = try await collections.post(
                "/api/v1/inspections/\(id.rawValue)/recommendations/999/follow-ups", body.merging(["preview": true]) { $1 })
            #expect(elsewhere.status == .notFound, "\(elsewhere.text)")
            #expect(elsewhere.code == "store.notFound")

            let recorded = try await collections.post(path, body)
            #expect(recorded.status == .created, "\(recorded.text)")
            #expect(recorded.json.object("result")?.int("id") != nil)
            let stored = try #require(try bench.store.inspection(id: id)?.recommendations.first?.followUps)
            #expect(stored.map(\.receipt) == ["BL-77"])
            // The same receipt twice (within the recommendation): the store's refusal, with its code.
            let again = try await collections.post(path, body.merging(["figures": ["amountVND": 10_000_000]]) { $1 })
            #expect(again.status == .conflict, "\(again.text)")
            #expect(again.code == "store.duplicate")
        }
        #expect(try bench.journalCount() == before + 1)
    }

    @Test func theChiefLoadsTheYearsPlanAsThePreviewSaid() async throws {
        let bench = try ServerBench()
        let chief = ServerBench.actingAs("chanh_thanh_tra")
        let expected = try bench.makeInspectorate().previewPlanLoad(year: 2026, acting: chief)
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("chanh_thanh_tra")
            let preview = try await api.post("/api/v1/plan", ["preview": true, "year": 2026])
            #expect(preview.status == .ok, "\(preview.text)")
            let previewed = try #require(preview.json.object("result"))
            #expect(previewed["added"] as? [String] == expected.diff.added.map(\.key))
            #expect(previewed.objects("notices").count == expected.notices.count)
            #expect(previewed["applied"] as? Bool == false)
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let noPlan = try await api.post("/api/v1/plan", ["preview": true, "year": 2019])
            #expect(noPlan.status == .unprocessableContent, "\(noPlan.text)")
            #expect(noPlan.code == "inspectorate.noPlan")

            let loaded = try await api.post("/api/v1/plan", ["year": 2026])
            #expect(loaded.status == .created, "\(loaded.text)")
            let result = try #require(loaded.json.object("result"))
            #expect(result["applied"] as? Bool == true)
            #expect(result.objects("created").count == expected.diff.added.count)
            #expect(try Registry(store: bench.store).planProgress(year: 2026).count == expected.entries.count)

            // The team lead may not load a plan.
            let lead = APIClient(client)
            try await lead.signIn("truong_doan")
            #expect(try await lead.post("/api/v1/plan", ["preview": true, "year": 2026]).status == .forbidden)
        }
        #expect(try bench.journalCount() == before + 1)
    }
}
