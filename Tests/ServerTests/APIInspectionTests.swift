import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// The API's inspections, plan and filing: the list and detail as the store has them; opening and every step with a
/// preview that writes nothing; a team lead acts only on an inspection whose decision names it in the team, the chief
/// on any; the plan as `plan show`; filing refused in preview exactly when the filing would be.
@Suite struct APIInspectionTests {
    /// Inspection `id` decided by the chief on the bench's day with `lead` leading and `thanh_tra_vien` a member.
    static func decide(_ bench: ServerBench, _ id: Inspection.ID, lead: String, number: String) throws {
        let decision = InspectionDecision(
            number: number, decidedOn: CalendarDate("2026-11-23")!, signerTitle: "chanh_thanh_tra",
            signerName: "Lê Văn Hùng", teamLead: lead, members: ["thanh_tra_vien"])
        _ = try bench.makeInspectorate().advance(
            id, .decide(decision, subjects: []), on: CalendarDate("2026-11-23")!,
            acting: ServerBench.actingAs("chanh_thanh_tra"))
    }

    /// A second inspection of the bench's subject, opened and decided by the chief with `lead` leading its team.
    static func otherInspection(_ bench: ServerBench, lead: String, number: String) throws -> Inspection.ID {
        let id = try bench.makeInspectorate().openInspection(
            InspectionOpening(
                mode: .regular, category: "thanh_tra", level: "thanh_tra_tinh", content: "Đất đai", field: "dat_dai",
                leadUnit: "Phòng Thanh tra 3", subjects: [bench.subjectID]),
            acting: ServerBench.actingAs("chanh_thanh_tra")
        ).inspection.id
        try decide(bench, id, lead: lead, number: number)
        return id
    }

    @Test func theListAndTheDetailAreTheStoredInspections() async throws {
        let bench = try ServerBench()
        let stored = try #require(try bench.store.inspection(id: bench.inspectionID))
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("lanh_dao")
            let list = try await api.get("/api/v1/inspections")
            #expect(list.status == .ok, "\(list.text)")
            let item = try #require(list.json.objects("items").first)
            #expect(item.int("id") == bench.inspectionID.rawValue)
            #expect(item.string("content") == stored.content)
            #expect(item.string("state") == stored.state.rawValue)
            let detail = try await api.get("/api/v1/inspections/\(bench.inspectionID.rawValue)")
            #expect(detail.status == .ok, "\(detail.text)")
            #expect(detail.json.objects("subjects").map { $0.int("id") } == stored.subjects.map { $0.rawValue })
            #expect(detail.json.object("inspection")?.string("openedOn") == "\(stored.openedOn)")
            #expect(try await api.get("/api/v1/inspections/999").code == "inspectorate.unknownInspection")
        }
    }

    @Test func theChiefOpensAnInspectionAfterAPreviewThatWritesNothing() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let body: [String: any Sendable] = [
            "mode": "regular", "category": "thanh_tra", "level": "thanh_tra_tinh", "content": "Thu, nộp thuế",
            "field": "thue", "leadUnit": "Phòng Thanh tra 1", "subjects": [bench.subjectID.rawValue],
            "openedOn": "2026-11-22",
        ]
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("chanh_thanh_tra")
            let preview = try await api.post("/api/v1/inspections", body.merging(["preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json.object("result")?.string("openedOn") == "2026-11-22")
            #expect(try bench.journalCount() == before)
            let opened = try await api.post("/api/v1/inspections", body)
            #expect(opened.status == .created, "\(opened.text)")
            let id = try #require(opened.json.object("inspection")?.object("inspection")?.int("id"))
            #expect(opened.headers[.location] == "/api/v1/inspections/\(id)")
            #expect(try bench.store.inspection(id: Inspection.ID(rawValue: id))?.content == "Thu, nộp thuế")
            #expect(try bench.journalCount() == before + 1)
            let unknown = try await api.post("/api/v1/inspections", body.merging(["preview": true, "category": "x"]) { $1 })
            #expect(unknown.code == "inspectorate.unknownInspectionCategory", "\(unknown.text)")
        }
    }

    @Test func aTeamLeadTakesTheTeamsStepsOnItsOwnInspectionOnly() async throws {
        let bench = try ServerBench()
        let own = bench.inspectionID
        try Self.decide(bench, own, lead: "truong_doan", number: "31/QĐ-TTr")
        let other = try Self.otherInspection(bench, lead: "mot_truong_doan_khac", number: "32/QĐ-TTr")
        let expected = try bench.makeInspectorate().preview(
            .announce, of: own, on: CalendarDate("2026-11-23")!, acting: ServerBench.actingAs("truong_doan"))
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let lead = APIClient(client)
            try await lead.signIn("truong_doan")
            let preview = try await lead.post(
                "/api/v1/inspections/\(own.rawValue)/steps", ["preview": true, "step": "announce", "on": "2026-11-23"])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json.object("result")?.string("newState") == expected.update.newState.rawValue)
            #expect(
                preview.json.object("result")?.object("deadlines")?.string("onsiteDueOn")
                    == expected.update.deadlines?.onsiteDueOn.map(\.description))
            #expect(try bench.journalCount() == before)

            // Another team's inspection: refused before anything is read or written, in preview and for good.
            for body: [String: any Sendable] in [["preview": true, "step": "announce"], ["step": "announce"]] {
                let refused = try await lead.post("/api/v1/inspections/\(other.rawValue)/steps", body)
                #expect(refused.status == .forbidden, "\(refused.text)")
                #expect(refused.code == "inspectorate.notOnInspectionTeam")
                #expect(refused.details.int("inspectionID") == other.rawValue)
            }
            // The decider's steps are the chief's, even on its own inspection.
            let close = try await lead.post("/api/v1/inspections/\(own.rawValue)/steps", ["preview": true, "step": "close"])
            #expect(close.status == .forbidden)
            #expect(close.code == "inspectorate.actionNotAllowed")

            let announced = try await lead.post(
                "/api/v1/inspections/\(own.rawValue)/steps", ["step": "announce", "on": "2026-11-23"])
            #expect(announced.status == .ok, "\(announced.text)")
            #expect(try bench.store.inspection(id: own)?.timeline.announcedOn == CalendarDate("2026-11-23"))
            #expect(try bench.journalCount() == before + 1)

            // The chief takes the team's steps on any inspection.
            let chief = APIClient(client)
            try await chief.signIn("chanh_thanh_tra")
            let byChief = try await chief.post(
                "/api/v1/inspections/\(other.rawValue)/steps", ["preview": true, "step": "announce"])
            #expect(byChief.status == .ok, "\(byChief.text)")
            let unknownStep = try await chief.post("/api/v1/inspections/\(other.rawValue)/steps", ["step": "dance"])
            #expect(unknownStep.code == "input.invalid")
        }
        #expect(try bench.journalCount() == before + 1)
    }

    @Test func thePlanIsPlanShowsAndFilingIsRefusedInPreviewAsItWouldBe() async throws {
        let bench = try ServerBench()
        let progress = try Registry(store: bench.store).planProgress(year: 2026)
        try await bench.makeApplication().test(.router) { client in
            let reader = APIClient(client)
            try await reader.signIn("thanh_tra_vien")
            let plan = try await reader.get("/api/v1/plan?year=2026")
            #expect(plan.status == .ok, "\(plan.text)")
            #expect(plan.json.int("year") == 2026)
            #expect(plan.json.objects("entries").count == progress.count)
            #expect(plan.json.int("planned") == Int64(PlanProgress.totals(progress).planned))
            #expect(try await reader.get("/api/v1/plan?year=abc").code == "input.invalid")

            let reporting = APIClient(client)
            try await reporting.signIn("bao_cao")
            let before = try bench.journalCount()
            let running = try await reporting.post("/api/v1/reports/filing", ["preview": true, "spec": "2026-12"])
            #expect(running.status == .conflict, "\(running.text)")
            #expect(running.code == "inspectorate.periodNotEnded")
            let preview = try await reporting.post("/api/v1/reports/filing", ["preview": true, "spec": "2026-10"])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json.object("result")?.string("hash") == nil)
            #expect(try bench.journalCount() == before)
            let filed = try await reporting.post("/api/v1/reports/filing", ["spec": "2026-10"])
            #expect(filed.status == .created, "\(filed.text)")
            let hash = try #require(filed.json.object("result")?.string("hash"))
            let label = try #require(filed.json.object("result")?.string("period"))
            #expect(try bench.store.filedReport(kind: "monthly", label: label)?.hash == hash)
            #expect(try bench.journalCount() == before + 1)
            let again = try await reporting.post("/api/v1/reports/filing", ["preview": true, "spec": "2026-10"])
            #expect(again.status == .conflict)
            #expect(again.code == "inspectorate.periodAlreadyFiled")
            #expect(again.details.string("hash") == hash)
        }
    }
}
