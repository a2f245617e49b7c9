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

/// The case page's step forms — delivery, extension, installments, postponement: each form is offered to the roles
/// that take it and for the states that allow it, its preview shows what the application layer's own preview gives
/// and writes nothing, its confirmation writes one journal entry under its command, and a refusal is worded in
/// Vietnamese from the structured error with nothing written.
@Suite struct CaseStepFormsTests {
    /// A natural person's case on violation record `record` of 2026-11-18 (one violation of the individual frame
    /// 20–50 million đồng), decided by the chief on 2026-11-20 and not delivered: a fine the pack lets an
    /// individual pay in installments or postpone.
    static func personCase(_ bench: ServerBench, record: String) throws -> PenaltyCase.ID {
        let person = try bench.store.addSubject(
            NewSubject(kind: .person, identifier: "001088012345", name: "Trần Thị Hoa"),
            context: CommandContext(actor: "thanh_tra_vien", timestamp: ServerBench.acting.recordedAt)
        ).id
        let inspectorate = try bench.makeInspectorate()
        let id = try APICaseStepsTests.openCase(bench, record: record, subject: person, code: "ND125-2020-D22-K2")
        _ = try inspectorate.decideCase(
            id, number: "\(record)/QĐ", decidedOn: CalendarDate("2026-11-20")!, signerTitle: "chanh_thanh_tra_so",
            signerName: "Lê Văn Chánh", acting: ServerBench.actingAs("chanh_thanh_tra"))
        return id
    }

    @Test func anInspectorRecordsTheDeliveryAfterAPreviewWithThePacksPaymentDeadline() async throws {
        let bench = try ServerBench()
        let id = try APICaseStepsTests.decidedCase(bench)
        let expected = try bench.makeInspectorate().preview(
            .deliver(receivedOn: CalendarDate("2026-11-21")!), of: id, acting: ServerBench.actingAs("thanh_tra_vien"))
        guard case .delivered(_, let paymentDueOn) = expected.update.event else {
            Issue.record("the application layer's preview is not a delivery: \(expected.update.event)")
            return
        }
        let before = try bench.journalCount()
        let path = "/cases/\(id.rawValue)/delivery"
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            let detail = try await browser.get("/cases/\(id.rawValue)")
            #expect(detail.text.contains("href=\"\(path)\""), "the case page links the form")
            #expect(!detail.text.contains("/installments\""), "an inspector is not offered installments")
            let form = try await browser.get(path)
            #expect(form.status == .ok)
            #expect(form.text.contains("Ghi ngày nhận quyết định"))
            #expect(form.text.contains("action=\"\(path)/preview\""))

            let preview = try await browser.post(path + "/preview", ["receivedOn": "2026-11-21"])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("Xem trước — chưa ghi gì"))
            #expect(preview.text.contains("\(paymentDueOn)"), "the payment deadline the pack gives")
            #expect(preview.text.contains("action=\"\(path)\""), "the confirm button posts the step")
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let recorded = try await browser.post(path, ["receivedOn": "2026-11-21"])
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            #expect(recorded.headers[.location] == "/cases/\(id.rawValue)")
            #expect(try bench.store.penaltyCase(id: id)?.decision?.receivedOn == CalendarDate("2026-11-21"))
            #expect(try bench.store.penaltyCase(id: id)?.decision?.paymentDueOn == paymentDueOn)
            let entries = try bench.store.journal(ofCase: id)
            #expect(entries.last?.command == "case deliver")
            #expect(entries.last?.actor == "thanh_tra_vien")
            #expect(try bench.journalCount() == before + 1)

            // Delivered once: posted again (a stale page), it is refused with the state's Vietnamese words.
            let again = try await browser.post(path + "/preview", ["receivedOn": "2026-11-22"])
            #expect(again.status == .unprocessableContent, "\(again.text)")
            #expect(again.text.contains("đã được giao ngày 2026-11-21"), "\(again.text)")
            #expect(!(try await browser.get("/cases/\(id.rawValue)").text.contains("href=\"\(path)\"")), "no longer offered")
            // A day that is not a date names its field.
            let badDay = try await browser.post(path + "/preview", ["receivedOn": "21/11/2026"])
            #expect(badDay.status == .unprocessableContent)
            #expect(badDay.text.contains("Ngày nhận quyết định"))
        }
        #expect(try bench.journalCount() == before + 1)
    }

    @Test func theChiefExtendsTheDecisionDeadlineAsThePackComputesIt() async throws {
        let bench = try ServerBench()
        let open = try APICaseStepsTests.openCase(bench, record: "BB-81/2026")
        let expected = try bench.makeInspectorate().preview(
            .extendDecisionDeadline(days: 30, reason: "vụ việc phức tạp"), of: open,
            acting: ServerBench.actingAs("chanh_thanh_tra"))
        guard case .decisionDeadlineExtended(let newDueOn, _, _) = expected.update.event else {
            Issue.record("not an extension: \(expected.update.event)")
            return
        }
        let before = try bench.journalCount()
        let path = "/cases/\(open.rawValue)/extension"
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("chanh_thanh_tra")
            #expect(try await browser.get("/cases/\(open.rawValue)").text.contains("href=\"\(path)\""))
            #expect(try await browser.get(path).status == .ok)
            let notANumber = try await browser.post(path + "/preview", ["days": "ba mươi", "reason": "phức tạp"])
            #expect(notANumber.status == .unprocessableContent)
            #expect(notANumber.text.contains("Số ngày gia hạn"))
            let noReason = try await browser.post(path + "/preview", ["days": "30", "reason": " "])
            #expect(noReason.status == .unprocessableContent, "the use case's refusal: \(noReason.text)")

            let preview = try await browser.post(path + "/preview", ["days": "30", "reason": "vụ việc phức tạp"])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("Hạn ra quyết định mới"))
            #expect(preview.text.contains("\(newDueOn)"), "the new deadline the pack computes")
            #expect(try bench.journalCount() == before)

            let recorded = try await browser.post(path, ["days": "30", "reason": "vụ việc phức tạp"])
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            #expect(try bench.store.penaltyCase(id: open)?.decisionDueOn == newDueOn)
            #expect(try bench.store.journal(ofCase: open).last?.command == "case extend")
        }
        #expect(try bench.journalCount() == before + 1)
    }

    @Test func installmentsTheRulesRefuseAreWordedAndThoseTheyAllowAreRecorded() async throws {
        let bench = try ServerBench()
        let chief = ServerBench.actingAs("chanh_thanh_tra")
        // The bench's organization's fine: what the pack says of two halves, refused or not, the page says too.
        let orgTotal = try #require(try bench.store.penaltyCase(id: bench.caseID)?.decision?.totalFineVND.rawValue)
        let orgPlan = [
            Installment(dueOn: CalendarDate("2026-12-15")!, amountVND: VND(orgTotal - orgTotal / 2)),
            Installment(dueOn: CalendarDate("2027-01-15")!, amountVND: VND(orgTotal / 2)),
        ]
        let orgAnswer = Result { try bench.makeInspectorate().preview(.approveInstallments(orgPlan), of: bench.caseID, acting: chief) }
        // A person's fine of the individual frame, in two installments within six months.
        let person = try Self.personCase(bench, record: "BB-82/2026")
        let total = try #require(try bench.store.penaltyCase(id: person)?.decision?.totalFineVND.rawValue)
        let plan = [
            Installment(dueOn: CalendarDate("2026-12-20")!, amountVND: VND(total - total / 2)),
            Installment(dueOn: CalendarDate("2027-02-20")!, amountVND: VND(total / 2)),
        ]
        _ = try bench.makeInspectorate().preview(.approveInstallments(plan), of: person, acting: chief)  // allowed
        @Sendable func fields(_ plan: [Installment]) -> [String: String] {
            var fields: [String: String] = [:]
            for (index, item) in plan.enumerated() {
                fields["i\(index + 1)dueOn"] = "\(item.dueOn)"
                fields["i\(index + 1)amount"] = item.amountVND.formatted()
            }
            return fields
        }
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("chanh_thanh_tra")
            let form = try await browser.get("/cases/\(bench.caseID.rawValue)/installments")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"i1dueOn\"") && form.text.contains("name=\"i4amount\""))

            let orgPreview = try await browser.post("/cases/\(bench.caseID.rawValue)/installments/preview", fields(orgPlan))
            switch orgAnswer {
            case .success:
                #expect(orgPreview.status == .ok, "\(orgPreview.text)")
            case .failure(let error as PenaltyCaseError):
                #expect(orgPreview.status == .unprocessableContent, "\(orgPreview.text)")
                #expect(orgPreview.text.contains("Bộ quy tắc từ chối"))
                for problem in error.problems {
                    #expect(orgPreview.text.contains(Self.escaped(problem.message)), "the pack's reason: \(problem.message)")
                }
            case .failure(let error):
                Issue.record("unexpected refusal of the application layer: \(error)")
            }
            let none = try await browser.post("/cases/\(person.rawValue)/installments/preview", [:])
            #expect(none.status == .unprocessableContent)
            #expect(none.text.contains("Các lần nộp"))

            let path = "/cases/\(person.rawValue)/installments"
            let preview = try await browser.post(path + "/preview", fields(plan))
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("2026-12-20: \(VND(total - total / 2).formatted(symbol: "₫"))"))
            #expect(preview.text.contains("2027-02-20: \(VND(total / 2).formatted(symbol: "₫"))"))
            #expect(try bench.journalCount() == before)

            let recorded = try await browser.post(path, fields(plan))
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            #expect(try bench.store.penaltyCase(id: person)?.installments == plan)
            #expect(try bench.store.journal(ofCase: person).last?.command == "case installments")

            // Approved once: the second plan is refused in the table's words.
            let again = try await browser.post(path + "/preview", fields(plan))
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("đã được cho nộp tiền phạt nhiều lần"), "\(again.text)")
        }
        #expect(try bench.journalCount() == before + 1)
    }

    @Test func theChiefPostponesAPersonsFineAndCollectionsMayNot() async throws {
        let bench = try ServerBench()
        let person = try Self.personCase(bench, record: "BB-83/2026")
        let postponement = Postponement(
            fromOn: CalendarDate("2026-11-23")!, untilOn: CalendarDate("2027-01-23")!, reason: "bệnh hiểm nghèo")
        let expected = try bench.makeInspectorate().preview(
            .postpone(postponement), of: person, acting: ServerBench.actingAs("chanh_thanh_tra"))
        let path = "/cases/\(person.rawValue)/postponement"
        let fields = ["fromOn": "2026-11-23", "untilOn": "2027-01-23", "reason": "bệnh hiểm nghèo"]
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let collections = Browser(client)
            try await collections.signIn("theo_doi_thu_nop")
            try await collections.get("/cases/\(person.rawValue)")
            #expect(try await collections.get(path).status == .forbidden)
            let refused = try await collections.post(path, fields)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Không có quyền truy cập"))

            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            #expect(try await chief.get(path).status == .ok)
            let preview = try await chief.post(path + "/preview", fields)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("2027-01-23"))
            #expect(preview.text.contains("bệnh hiểm nghèo"))
            #expect(expected.update.newState == .decided, "a postponement leaves the case decided")
            #expect(try bench.journalCount() == before)
            let recorded = try await chief.post(path, fields)
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            #expect(try bench.store.journal(ofCase: person).last?.command == "case postpone")
        }
        #expect(try bench.journalCount() == before + 1)
    }

    /// `text` as the pages escape it (Mustache's `{{…}}`).
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
