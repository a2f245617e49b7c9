import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// The header's language switch and "Sửa lại" on the pages that answer a posted form: the switch posts the same
/// fields again to the route that shows them without writing (a link would GET a route that only takes posts), and
/// "Sửa lại" brings the form back with what was typed instead of an empty one.
@Suite struct PreviewLanguageAndEditTests {
    @Test func aConfirmationSwitchesLanguageByPostingItsFieldsToItsPreview() async throws {
        let bench = try ServerBench()
        let undelivered = try APICaseStepsTests.decidedCase(bench).rawValue
        let expected = try bench.makeInspectorate().preview(
            .deliver(receivedOn: CalendarDate("2026-11-21")!), of: PenaltyCase.ID(rawValue: undelivered),
            acting: ServerBench.actingAs("chanh_thanh_tra"))
        guard case .delivered(_, let paymentDue) = expected.update.event else {
            Issue.record("a delivery's preview is a delivery: \(expected.update.event)")
            return
        }
        let before = try bench.journalCount()
        let path = "/cases/\(undelivered)/delivery"
        try await bench.makeApplication().test(.router) { client in
            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            // A page read by GET: the link keeps its query.
            let list = try await chief.get("/cases?q=minh&page=1")
            #expect(list.text.contains("href=\"/cases?page=1&amp;q=minh&amp;lang=en\""), "\(list.text)")

            let preview = try await chief.post(path + "/preview", ["receivedOn": "2026-11-21"])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("<form method=\"post\" action=\"\(path)/preview?lang=en\""))
            #expect(preview.text.contains("<input type=\"hidden\" name=\"receivedOn\" value=\"2026-11-21\">"))
            let english = try await chief.post(path + "/preview?lang=en", ["receivedOn": "2026-11-21"])
            #expect(english.status == .ok, "\(english.text)")
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("Record the day the decision was received"))
            #expect(english.text.contains("\(paymentDue)"), "the same preview, in English")
            #expect(english.text.contains("action=\"\(path)/preview?lang=vi\""))

            // "Sửa lại": the form with the day typed; a record refused shows its form, whose switch previews.
            let edit = try await chief.post(path + "/preview", ["receivedOn": "2026-11-21", "edit": "1"])
            #expect(edit.status == .ok)
            #expect(edit.text.contains("name=\"receivedOn\" type=\"date\" value=\"2026-11-21\""), "\(edit.text)")
            let refused = try await chief.post(path, ["receivedOn": "2027-01-30"])
            #expect(refused.status == .unprocessableContent, "\(refused.text)")
            #expect(refused.text.contains("action=\"\(path)/preview?lang=vi\""), "never a GET on a post-only route")
            #expect(try bench.journalCount() == before, "switching and editing write nothing")
        }
    }

    @Test func changingAFormBringsBackWhatWasTyped() async throws {
        let bench = try ServerBench()
        let open = try APICaseStepsTests.openCase(bench, record: "BB-81/2026").rawValue
        let decision = ["number": "81/QĐ-XPHC", "decidedOn": "2026-11-23", "signer": "chanh_thanh_tra_so", "signerName": "Lê Văn Hùng"]
        try await bench.makeApplication().test(.router) { client in
            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            try await chief.get("/cases/\(open)/decide")  // a signed-in page: its forms carry the session's CSRF token
            let preview = try await chief.post("/cases/\(open)/decide/preview", decision)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("id=\"change\""))
            let edit = try await chief.post("/cases/\(open)/decide/preview", decision.merging(["edit": "1"]) { $1 })
            #expect(edit.text.contains("name=\"number\" required value=\"81/QĐ-XPHC\""), "\(edit.text)")
            #expect(edit.text.contains("value=\"Lê Văn Hùng\""))
            #expect(!edit.text.contains("id=\"confirm\""), "the form, not the preview")

            // An account's form: the password is never posted again; its switch shows the form back.
            let admin = Browser(client)
            try await admin.signIn("quantri")
            try await admin.get("/accounts/new")
            let account = ["login": "moi", "name": "Người Mới", "role:bao_cao": "1", "password": "mat-khau-du-dai", "repeat": "mat-khau-du-dai"]
            let confirm = try await admin.post("/accounts/preview", account)
            #expect(confirm.status == .ok, "\(confirm.text)")
            #expect(confirm.text.contains("action=\"/accounts/preview?lang=en\""))
            #expect(!confirm.text.contains("value=\"mat-khau-du-dai\""), "no password in a page")
            let back = try await admin.post("/accounts/preview", ["login": "moi", "name": "Người Mới", "role:bao_cao": "1", "edit": "1"])
            #expect(back.status == .ok)
            #expect(back.text.contains("value=\"Người Mới\"") && back.text.contains("name=\"role:bao_cao\" value=\"1\" checked"))

            // The chief's inspection step: "Sửa lại" shows the inspection page with the step's fields typed.
            let step = [
                "step": "decide", "on": "2026-11-23", "number": "64/QĐ-TTr", "signerTitle": "chanh_thanh_tra",
                "signerName": "Lê Văn Hùng", "teamLead": "truong_doan",
            ]
            let inspection = bench.inspectionID.rawValue
            let stepPreview = try await chief.post("/inspections/\(inspection)/chief-steps/preview", step)
            #expect(stepPreview.status == .ok, "\(stepPreview.text)")
            #expect(stepPreview.text.contains("action=\"/inspections/\(inspection)/chief-steps/preview\""))
            let stepBack = try await chief.post(
                "/inspections/\(inspection)/chief-steps/preview", step.merging(["edit": "1"]) { $1 })
            #expect(stepBack.text.contains("name=\"number\" type=\"text\" value=\"64/QĐ-TTr\""), "\(stepBack.text)")
            #expect(stepBack.text.contains("name=\"teamLead\" type=\"text\" value=\"truong_doan\""))
        }
        #expect(try bench.store.account(login: "moi") == nil)
    }
}
