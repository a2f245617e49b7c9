import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// The team's steps of an inspection from its page: the form shows for the roles that take them, the confirmation
/// page says what the step would record and writes nothing, the confirmation writes one entry; a team lead on
/// another team's inspection is refused (403, in Vietnamese) with nothing written — the same answer as the CLI's
/// and the API's, from the same use case.
@Suite struct InspectionStepPagesTests {
    @Test func aTeamLeadTakesAStepOfItsOwnInspectionAndIsRefusedOnAnother() async throws {
        let bench = try ServerBench()
        let own = bench.inspectionID
        try APIInspectionTests.decide(bench, own, lead: "truong_doan", number: "51/QĐ-TTr")
        let other = try APIInspectionTests.otherInspection(bench, lead: "nguoi_khac", number: "52/QĐ-TTr")
        let expected = try bench.makeInspectorate().preview(
            .announce, of: own, on: CalendarDate("2026-11-23")!, acting: ServerBench.actingAs("truong_doan"))
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let lead = Browser(client)
            try await lead.signIn("truong_doan")
            let page = try await lead.get("/inspections/\(own.rawValue)")
            #expect(page.status == .ok)
            #expect(page.text.contains("action=\"/inspections/\(own.rawValue)/steps/preview\""))

            let preview = try await lead.post(
                "/inspections/\(own.rawValue)/steps/preview", ["step": "announce", "on": "2026-11-23"])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("Công bố quyết định thanh tra"))
            let due = try #require(expected.update.deadlines?.onsiteDueOn)
            #expect(preview.text.contains("\(due)"), "the on-site due date the pack computes")
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let refused = try await lead.post(
                "/inspections/\(other.rawValue)/steps/preview", ["step": "announce", "on": "2026-11-23"])
            #expect(refused.status == .forbidden, "\(refused.text)")
            #expect(refused.text.contains("không thuộc đoàn thanh tra của cuộc thanh tra #\(other.rawValue)"), "\(refused.text)")
            let refusedWrite = try await lead.post(
                "/inspections/\(other.rawValue)/steps", ["step": "announce", "on": "2026-11-23"])
            #expect(refusedWrite.status == .forbidden)
            #expect(try bench.journalCount() == before)

            let recorded = try await lead.post(
                "/inspections/\(own.rawValue)/steps", ["step": "announce", "on": "2026-11-23"])
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            #expect(recorded.headers[.location] == "/inspections/\(own.rawValue)")
            #expect(try bench.store.inspection(id: own)?.timeline.announcedOn == CalendarDate("2026-11-23"))
            #expect(try bench.store.inspection(id: other)?.timeline.announcedOn == nil)
            #expect(try bench.journalCount() == before + 1)

            // A step the state does not allow: refused as a page (422), nothing written.
            let again = try await lead.post("/inspections/\(own.rawValue)/steps", ["step": "announce", "on": "2026-11-23"])
            #expect(again.status == .unprocessableContent, "\(again.text)")
            #expect(try bench.journalCount() == before + 1)

            // An inspector reads the inspection without the form.
            let inspector = Browser(client)
            try await inspector.signIn("thanh_tra_vien")
            #expect(!(try await inspector.get("/inspections/\(own.rawValue)").text.contains("/steps/preview")))
        }
    }

    @Test func theChiefDecidesAndExtendsAnInspectionFromItsPageAndATeamLeadMayNot() async throws {
        let bench = try ServerBench()
        let id = bench.inspectionID
        let decision = [
            "step": "decide", "on": "2026-11-23", "number": "61/QĐ-TTr", "signerTitle": "chanh_thanh_tra",
            "signerName": "Lê Văn Hùng", "teamLead": "truong_doan", "members": "thanh_tra_vien",
        ]
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let lead = Browser(client)
            try await lead.signIn("truong_doan")
            #expect(!(try await lead.get("/inspections/\(id.rawValue)").text.contains("/chief-steps/preview")))
            let refused = try await lead.post("/inspections/\(id.rawValue)/chief-steps/preview", decision)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Không có quyền truy cập"))
            #expect(try await lead.post("/inspections/\(id.rawValue)/chief-steps", decision).status == .forbidden)
            #expect(try bench.journalCount() == before, "nothing written for a refused role")

            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            let page = try await chief.get("/inspections/\(id.rawValue)")
            #expect(page.text.contains("action=\"/inspections/\(id.rawValue)/chief-steps/preview\""))
            #expect(page.text.contains("Ra quyết định thanh tra"))
            let missing = try await chief.post(
                "/inspections/\(id.rawValue)/chief-steps/preview", decision.merging(["teamLead": " "]) { $1 })
            #expect(missing.status == .unprocessableContent, "the decision needs its team lead: \(missing.text)")
            let preview = try await chief.post("/inspections/\(id.rawValue)/chief-steps/preview", decision)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("61/QĐ-TTr") && preview.text.contains("truong_doan"))
            #expect(preview.text.contains("action=\"/inspections/\(id.rawValue)/chief-steps\""))
            #expect(try bench.journalCount() == before, "a preview writes nothing")
            let decided = try await chief.post("/inspections/\(id.rawValue)/chief-steps", decision)
            #expect(decided.status == .seeOther, "\(decided.text)")
            let stored = try #require(try bench.store.inspection(id: id)?.decision)
            #expect(stored.number == "61/QĐ-TTr" && stored.teamLead == "truong_doan" && stored.members == ["thanh_tra_vien"])
            #expect(try bench.journalCount() == before + 1)

            // Announced by the team lead (its own team now), then extended by the chief as the pack computes it.
            #expect(try await lead.post(
                "/inspections/\(id.rawValue)/steps", ["step": "announce", "on": "2026-11-23"]).status == .seeOther)
            let expected = try bench.makeInspectorate().preview(
                .extend(days: 10, reason: "nhiều hồ sơ"), of: id, on: CalendarDate("2026-11-23")!,
                acting: ServerBench.actingAs("chanh_thanh_tra"))
            let extend = ["step": "extend", "on": "2026-11-23", "days": "10", "reason": "nhiều hồ sơ"]
            let extendPreview = try await chief.post("/inspections/\(id.rawValue)/chief-steps/preview", extend)
            #expect(extendPreview.status == .ok, "\(extendPreview.text)")
            let due = try #require(expected.update.deadlines?.onsiteDueOn)
            #expect(extendPreview.text.contains("\(due)"), "the on-site due date the pack computes")
            #expect(try await chief.post("/inspections/\(id.rawValue)/chief-steps", extend).status == .seeOther)
            #expect(try bench.store.inspection(id: id)?.timeline.extensions.map(\.days) == [10])

            // Closing an inspection on site: refused with the state's words, nothing written; a team step is not a
            // chief's step.
            let close = try await chief.post(
                "/inspections/\(id.rawValue)/chief-steps/preview", ["step": "close", "on": "2026-11-23"])
            #expect(close.status == .unprocessableContent, "\(close.text)")
            #expect(close.text.contains("đang thanh tra trực tiếp"), "\(close.text)")
            let teamStep = try await chief.post(
                "/inspections/\(id.rawValue)/chief-steps/preview", ["step": "report", "on": "2026-11-23"])
            #expect(teamStep.status == .unprocessableContent)
        }
        #expect(try bench.journalCount() == before + 3)
    }
}
