import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// The JSON API's commands: each preview writes nothing and answers what the pack says, each command writes one
/// journal entry, each refusal has its code and status, a role the table does not allow writes nothing, and a
/// cookie-authenticated command needs the session's CSRF token.
@Suite struct APIWriteTests {
    static let opening: [String: any Sendable] = [
        "record": ["number": "BB-31/2026", "madeOn": "2026-11-20", "place": "Hải Phòng"],
        "violations": [["code": "ND125-2020-D24-K4-b", "committedOn": "2026-11-10"]],
        "mitigating": ["tu_nguyen_khai_bao"],
    ]

    @Test func anInspectorOpensACaseAfterAPreviewThatWritesNothing() async throws {
        let bench = try ServerBench()
        let expected = try bench.makeInspectorate().previewOpening(
            subject: bench.subjectID,
            record: ViolationRecord(number: "BB-31/2026", madeOn: CalendarDate("2026-11-20")!, place: "Hải Phòng"),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-10")!,
                    endedOn: CalendarDate("2026-11-10")!, detectedOn: nil)
            ],
            mitigating: ["tu_nguyen_khai_bao"], aggravating: [], facts: CaseFacts(),
            acting: ServerBench.actingAs("thanh_tra_vien"))
        let before = try bench.journalCount()
        let uri = "/api/v1/subjects/\(bench.subjectID.rawValue)/cases"
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")
            let preview = try await api.post(uri, Self.opening.merging(["preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json["preview"] as? Bool == true)
            let result = try #require(preview.json.object("result"))
            #expect(result.string("decisionDueOn") == "\(expected.newCase.decisionDueOn)")
            let line = try #require(result.object("assessment")?.objects("lines").first)
            #expect(line.int("fineVND") == expected.assessment.lines.first?.fine.fineVND.rawValue)
            #expect(line.string("legalBasis") == expected.assessment.lines.first?.fine.legalBasis)
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let opened = try await api.post(uri, Self.opening)
            #expect(opened.status == .created, "\(opened.text)")
            let id = try #require(opened.json.object("case")?.int("id"))
            #expect(opened.headers[.location] == "/api/v1/cases/\(id)")
            #expect(opened.json.object("case")?.string("state") == "open")
            let stored = try #require(try bench.store.penaltyCase(id: PenaltyCase.ID(rawValue: id)))
            #expect(stored.record.number == "BB-31/2026")
            #expect(stored.record.place == "Hải Phòng")
            #expect(stored.mitigating == ["tu_nguyen_khai_bao"])
            #expect(stored.decisionDueOn == expected.newCase.decisionDueOn)

            let again = try await api.post(uri, Self.opening)
            #expect(again.status == .conflict)
            #expect(again.code == "store.duplicate")
            #expect(again.details.string("refusal") == "duplicateRecord")
            #expect(again.details.int("existingCaseID") == id)

            var unknownCode = Self.opening
            unknownCode["violations"] = [["code": "ND999-KHONG-CO", "committedOn": "2026-11-10"]]
            unknownCode["record"] = ["number": "BB-32/2026", "madeOn": "2026-11-20"]
            let refused = try await api.post(uri, unknownCode)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.code?.hasPrefix("penaltyCase.") == true, "\(refused.text)")
            #expect(refused.text.contains("ND999-KHONG-CO"), "the pack's reason names the code")

            var badDate = Self.opening
            badDate["record"] = ["number": "BB-33/2026", "madeOn": "20/11/2026"]
            let notADate = try await api.post(uri, badDate)
            #expect(notADate.status == .unprocessableContent)
            #expect(notADate.code == "input.invalid")
            #expect(notADate.details.string("field") == "record.madeOn")

            var missing = Self.opening
            missing["violations"] = nil
            let noViolations = try await api.post(uri, missing)
            #expect(noViolations.status == .unprocessableContent)
            #expect(noViolations.details.string("field") == "violations")

            let notJSON = try await api.send(uri, method: .post, body: Data("record=BB".utf8), contentType: "text/plain")
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.code == "request.malformed")

            let noSubject = try await api.post("/api/v1/subjects/999/cases", Self.opening)
            #expect(noSubject.status == .notFound)
            #expect(noSubject.code == "inspectorate.unknownSubject")
        }
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1, "one case opened, every refusal wrote nothing")
        #expect(entries.last?.command == "case open")
        #expect(entries.last?.actor == "thanh_tra_vien")
    }

    @Test func theChiefIsRefusedForASignerWithoutCompetenceAndThenDecides() async throws {
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
        let allowed = try inspectorate.previewCase(
            open, decidedOn: CalendarDate("2026-11-23")!, signer: "chanh_thanh_tra_so", acting: ServerBench.actingAs("chanh_thanh_tra"))
        let before = try bench.journalCount()
        let uri = "/api/v1/cases/\(open.rawValue)/decision"
        let fields: [String: any Sendable] = ["number": "77/QĐ-XPHC", "decidedOn": "2026-11-23", "signerName": "Lê Văn Chánh"]
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("chanh_thanh_tra")
            let refused = try await api.post(
                uri, fields.merging(["signerTitle": "thanh_tra_vien", "preview": true]) { $1 })
            #expect(refused.status == .unprocessableContent)
            #expect(refused.code == "penaltyCase.refused")
            let problems = (refused.details["problems"] as? [[String: Any]]) ?? []
            #expect(problems.contains { $0.string("code") == "no_competence" }, "the pack's code, as the CLI prints it")

            let forced = try await api.post(uri, fields.merging(["signerTitle": "thanh_tra_vien"]) { $1 })
            #expect(forced.status == .unprocessableContent)
            #expect(forced.code == "authority.titleNotHeld", "the account does not hold the title: \(forced.text)")
            #expect(forced.details.string("title") == "thanh_tra_vien")

            let preview = try await api.post(
                uri, fields.merging(["signerTitle": "chanh_thanh_tra_so", "preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            let assessment = try #require(preview.json.object("result")?.object("assessment"))
            #expect(assessment.int("totalFineVND") == allowed.totalFineVND.rawValue)
            #expect(assessment.object("competence")?["isAllowed"] as? Bool == true)
            #expect(try bench.journalCount() == before, "previews and refusals write nothing")

            let decided = try await api.post(uri, fields.merging(["signerTitle": "chanh_thanh_tra_so"]) { $1 })
            #expect(decided.status == .ok, "\(decided.text)")
            #expect(decided.json.object("case")?.string("state") == "decided")
            #expect(decided.json.object("result")?.object("decision")?.int("totalFineVND") == allowed.totalFineVND.rawValue)

            let twice = try await api.post(uri, fields.merging(["signerTitle": "chanh_thanh_tra_so", "number": "78/QĐ"]) { $1 })
            #expect(twice.status == .conflict, "\(twice.text)")
        }
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "case decide")
        #expect(try bench.store.penaltyCase(id: open)?.decision?.number == "77/QĐ-XPHC")
    }

    @Test func collectionsRecordsAPaymentAfterAPreviewAndEachRefusalHasItsCode() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let outstanding = try #require(try bench.store.penaltyCase(id: bench.caseID)).outstandingVND.rawValue
        let uri = "/api/v1/cases/\(bench.caseID.rawValue)/payments"
        let payment: [String: any Sendable] = ["amountVND": 10_000_000, "paidOn": "2026-11-20", "receipt": "BL-0042"]
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("theo_doi_thu_nop")
            let preview = try await api.post(uri, payment.merging(["preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            let result = try #require(preview.json.object("result"))
            #expect(result.int("outstandingBeforeVND") == outstanding)
            #expect(result.int("outstandingAfterVND") == outstanding - 10_000_000)
            #expect(result.string("newState") == "decided")
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let tooMuch = try await api.post(uri, payment.merging(["amountVND": outstanding + 1, "preview": true]) { $1 })
            #expect(tooMuch.status == .unprocessableContent)
            #expect(tooMuch.code == "penaltyCase.invalid")
            #expect(tooMuch.details.string("advice") == "payAtMostOutstanding")
            let negative = try await api.post(uri, payment.merging(["amountVND": -5]) { $1 })
            #expect(negative.status == .unprocessableContent)
            #expect(negative.details.string("field") == "amountVND")
            let fraction = try await api.post(uri, payment.merging(["amountVND": 1.5]) { $1 })
            #expect(fraction.status == .unprocessableContent, "đồng are whole: \(fraction.text)")
            #expect(fraction.details.string("field") == "amountVND")

            let paid = try await api.post(uri, payment)
            #expect(paid.status == .created, "\(paid.text)")
            #expect(paid.json.object("result")?.int("outstandingAfterVND") == outstanding - 10_000_000)
            #expect(paid.json.object("case")?.int("outstandingVND") == outstanding - 10_000_000)

            let twice = try await api.post(uri, payment.merging(["amountVND": 1_000]) { $1 })
            #expect(twice.status == .conflict)
            #expect(twice.code == "store.duplicate")
            #expect(twice.details.string("refusal") == "duplicateReceipt")

            let detail = try await api.get("/api/v1/cases/\(bench.caseID.rawValue)")
            #expect(detail.json.objects("payments").map { $0.string("receipt") } == ["BL-0042"])
            #expect(detail.json.objects("payments").first?.int("amountVND") == 10_000_000)
        }
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "case pay")
        #expect(entries.last?.actor == "theo_doi_thu_nop")
    }

    @Test func theChiefCancelsACaseAfterAPreview() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let uri = "/api/v1/cases/\(bench.caseID.rawValue)/cancellation"
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("chanh_thanh_tra")
            let preview = try await api.post(uri, ["cancelledOn": "2026-11-23", "reason": "Quyết định bị hủy", "preview": true])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json.object("case")?.string("state") == "decided", "as it stands")
            #expect(preview.json.object("result")?.string("newState") == "cancelled")
            #expect(try bench.journalCount() == before)
            let noReason = try await api.post(uri, ["cancelledOn": "2026-11-23", "reason": ""])
            #expect(noReason.status == .unprocessableContent, "\(noReason.text)")
            let cancelled = try await api.post(uri, ["cancelledOn": "2026-11-23", "reason": "Quyết định bị hủy"])
            #expect(cancelled.status == .ok, "\(cancelled.text)")
            #expect(cancelled.json.object("case")?.string("state") == "cancelled")
            let twice = try await api.post(uri, ["reason": "lần nữa"])
            #expect(twice.status == .conflict, "\(twice.text)")
        }
        #expect(try bench.journalCount() == before + 1)
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.state == .cancelled)
    }

    @Test func aRoleTheTableRefusesGets403AndWritesNothing() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")
            let refused = try await api.post(
                "/api/v1/cases/\(bench.caseID.rawValue)/payments",
                ["amountVND": 1_000_000, "paidOn": "2026-11-20", "receipt": "BL-77"])
            #expect(refused.status == .forbidden)
            #expect(refused.code == "auth.forbidden")
            #expect(refused.details.string("route") == "apiRecordPayment")
            #expect(refused.details["allowedRoles"] as? [String] == ["theo_doi_thu_nop"])
            #expect(!refused.text.contains("Minh Long"), "a refusal shows no data")
        }
        #expect(try bench.journalCount() == before)
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.payments.isEmpty == true)
    }

    @Test func theSessionCookieActsOnlyWithTheSessionsCSRFToken() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let uri = "/api/v1/cases/\(bench.caseID.rawValue)/payments"
        let payment: [String: any Sendable] = ["amountVND": 1_000_000, "paidOn": "2026-11-20", "receipt": "BL-0100"]
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("theo_doi_thu_nop")
            let cookie = browser.cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            let api = APIClient(client)
            api.headers[.cookie] = cookie
            let me = try await api.get("/api/v1/session")
            #expect(me.status == .ok)
            #expect(me.json.string("authenticatedBy") == "cookie")
            let token = try #require(me.json.string("csrfToken"))

            let forged = try await api.post(uri, payment)
            #expect(forged.status == .forbidden)
            #expect(forged.code == "auth.csrf")
            api.headers[.init("X-CSRF-Token")!] = String(repeating: "0", count: 64)
            #expect(try await api.post(uri, payment).code == "auth.csrf")
            #expect(try bench.journalCount() == before, "a request without the token writes nothing")

            api.headers[.init("X-CSRF-Token")!] = token
            let paid = try await api.post(uri, payment)
            #expect(paid.status == .created, "\(paid.text)")
        }
        #expect(try bench.journalCount() == before + 1)
    }
}
