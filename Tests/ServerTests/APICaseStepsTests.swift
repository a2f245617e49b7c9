import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// The API's case steps after the decision — delivery, extension, installments, postponement: each preview answers
/// what the application layer's own preview gives and writes nothing, each command writes one journal entry under its
/// command, refusals keep their codes.
@Suite struct APICaseStepsTests {
    /// A case of `subject` (the bench's when `nil`) opened by the inspector on violation record `record` of
    /// 2026-11-18, one violation of catalog entry `code` committed on 2026-11-01.
    static func openCase(
        _ bench: ServerBench, record: String, subject: Subject.ID? = nil, code: String = "ND125-2020-D24-K4-b"
    ) throws -> PenaltyCase.ID {
        try bench.makeInspectorate().openCase(
            subject: subject ?? bench.subjectID,
            record: ViolationRecord(number: record, madeOn: CalendarDate("2026-11-18")!, place: ""),
            violations: [
                CaseViolation(
                    code: code, sector: "", committedOn: CalendarDate("2026-11-01")!,
                    endedOn: CalendarDate("2026-11-01")!, detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien")
        ).penaltyCase.id
    }

    /// A case opened by the inspector and decided by the chief on 2026-11-20, not delivered yet.
    static func decidedCase(_ bench: ServerBench) throws -> PenaltyCase.ID {
        let inspectorate = try bench.makeInspectorate()
        let id = try openCase(bench, record: "BB-70/2026")
        _ = try inspectorate.decideCase(
            id, number: "70/QĐ-XPHC", decidedOn: CalendarDate("2026-11-20")!, signerTitle: "chanh_thanh_tra_so",
            signerName: "", acting: ServerBench.actingAs("chanh_thanh_tra"))
        return id
    }

    @Test func anInspectorRecordsTheDeliveryAfterAPreviewThatWritesNothing() async throws {
        let bench = try ServerBench()
        let id = try Self.decidedCase(bench)
        let expected = try bench.makeInspectorate().preview(
            .deliver(receivedOn: CalendarDate("2026-11-21")!), of: id, acting: ServerBench.actingAs("thanh_tra_vien"))
        guard case .delivered(_, let paymentDueOn) = expected.update.event else {
            Issue.record("the application layer's preview is not a delivery: \(expected.update.event)")
            return
        }
        let before = try bench.journalCount()
        let uri = "/api/v1/cases/\(id.rawValue)/delivery"
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")
            let preview = try await api.post(uri, ["preview": true, "receivedOn": "2026-11-21"])
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json["preview"] as? Bool == true)
            #expect(preview.json.object("result")?.string("paymentDueOn") == "\(paymentDueOn)")
            #expect(preview.json.object("result")?.string("command") == "case deliver")
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let delivered = try await api.post(uri, ["receivedOn": "2026-11-21"])
            #expect(delivered.status == .ok, "\(delivered.text)")
            #expect(delivered.json["preview"] as? Bool == false)
            #expect(delivered.json.object("result")?.string("paymentDueOn") == "\(paymentDueOn)")
            #expect(try bench.store.penaltyCase(id: id)?.decision?.paymentDueOn == paymentDueOn)
            let entries = try bench.store.journal(ofCase: id)
            #expect(entries.map(\.command).suffix(1) == ["case deliver"])
            #expect(entries.last?.actor == "thanh_tra_vien")
            #expect(try bench.journalCount() == before + 1)

            // Delivered once: a second delivery is about the case's state, and is refused in preview too.
            let again = try await api.post(uri, ["preview": true, "receivedOn": "2026-11-22"])
            #expect(again.status == .conflict, "\(again.text)")
            #expect(again.code == "penaltyCase.state")
            // Collections may not record a delivery.
            let collections = APIClient(client)
            try await collections.signIn("theo_doi_thu_nop")
            #expect(try await collections.post(uri, ["preview": true]).status == .forbidden)
        }
        #expect(try bench.journalCount() == before + 1)
    }

    @Test func theChiefPostponesApprovesInstallmentsAndExtendsAsThePackAllows() async throws {
        let bench = try ServerBench()
        let decided = bench.caseID
        let open = try Self.openCase(bench, record: "BB-71/2026")
        let chief = ServerBench.actingAs("chanh_thanh_tra")
        let expectedExtension = try bench.makeInspectorate().preview(
            .extendDecisionDeadline(days: 30, reason: "vụ việc phức tạp"), of: open, acting: chief)
        let postponement = Postponement(
            fromOn: CalendarDate("2026-11-23")!, untilOn: CalendarDate("2026-12-23")!, reason: "khó khăn đặc biệt")
        // What the pack says of the postponement: allowed or refused, the API answers the same.
        let postponed = Result { try bench.makeInspectorate().preview(.postpone(postponement), of: decided, acting: chief) }
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("chanh_thanh_tra")

            let extendPreview = try await api.post(
                "/api/v1/cases/\(open.rawValue)/extension", ["preview": true, "days": 30, "reason": "vụ việc phức tạp"])
            #expect(extendPreview.status == .ok, "\(extendPreview.text)")
            guard case .decisionDeadlineExtended(let newDueOn, _, _) = expectedExtension.update.event else {
                Issue.record("not an extension: \(expectedExtension.update.event)")
                return
            }
            #expect(extendPreview.json.object("result")?.string("decisionDueOn") == "\(newDueOn)")
            #expect(extendPreview.json.object("result")?.int("extensionDays") == 30)
            let extended = try await api.post(
                "/api/v1/cases/\(open.rawValue)/extension", ["days": 30, "reason": "vụ việc phức tạp"])
            #expect(extended.status == .ok, "\(extended.text)")
            #expect(try bench.store.penaltyCase(id: open)?.decisionDueOn == newDueOn)
            #expect(try bench.store.journal(ofCase: open).last?.command == "case extend")
            let refused = try await api.post(
                "/api/v1/cases/\(open.rawValue)/extension", ["preview": true, "days": 0, "reason": "x"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.code == "input.invalid")

            let postponePreview = try await api.post(
                "/api/v1/cases/\(decided.rawValue)/postponement",
                ["preview": true, "fromOn": "2026-11-23", "untilOn": "2026-12-23", "reason": "khó khăn đặc biệt"])
            switch postponed {
            case .success(let outcome):
                #expect(postponePreview.status == .ok, "\(postponePreview.text)")
                #expect(postponePreview.json.object("result")?.object("postponement")?.string("untilOn") == "2026-12-23")
                #expect(outcome.update.newState.rawValue == postponePreview.json.object("result")?.string("newState"))
            case .failure(let error as PenaltyCaseError):
                #expect(postponePreview.status == .unprocessableContent, "\(postponePreview.text)")
                #expect(
                    postponePreview.details["problems"].map { "\($0)" }?.contains(error.problems.first?.code ?? "?") == true)
            case .failure(let error):
                Issue.record("unexpected refusal of the application layer: \(error)")
            }

            // Installments: the whole fine in two halves; the API answers what the use case answers.
            let total = try #require(try bench.store.penaltyCase(id: decided)?.decision?.totalFineVND.rawValue)
            let plan = [
                Installment(dueOn: CalendarDate("2026-12-15")!, amountVND: VND(total / 2)),
                Installment(dueOn: CalendarDate("2027-01-15")!, amountVND: VND(total - total / 2)),
            ]
            let expected = Result { try bench.makeInspectorate().preview(.approveInstallments(plan), of: decided, acting: chief) }
            let installments = try await api.post(
                "/api/v1/cases/\(decided.rawValue)/installments",
                [
                    "preview": true,
                    "installments": plan.map { ["dueOn": "\($0.dueOn)", "amountVND": $0.amountVND.rawValue] as [String: any Sendable] },
                ])
            switch expected {
            case .success:
                #expect(installments.status == .ok, "\(installments.text)")
                #expect(installments.json.object("result")?.objects("installments").count == 2)
            case .failure:
                #expect(installments.status == .unprocessableContent, "\(installments.text)")
            }

            // An inspector may deliver, not postpone.
            let inspector = APIClient(client)
            try await inspector.signIn("thanh_tra_vien")
            let forbidden = try await inspector.post(
                "/api/v1/cases/\(decided.rawValue)/postponement", ["preview": true, "untilOn": "2026-12-23", "reason": "x"])
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.code == "auth.forbidden")
        }
        #expect(try bench.journalCount() == before + 1, "only the extension was written")
    }
}
