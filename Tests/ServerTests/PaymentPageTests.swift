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

/// Recording a payment from the case page: a preview that writes nothing, then one `case pay` entry.
@Suite struct PaymentPageTests {
    @Test func aPreviewWritesNothingAndTheConfirmationRecordsOnePayment() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("theo_doi_thu_nop")
            let detail = try await browser.get("/cases/\(bench.caseID.rawValue)")
            #expect(detail.text.contains("href=\"/cases/\(bench.caseID.rawValue)/payment\""))
            let form = try await browser.get("/cases/\(bench.caseID.rawValue)/payment")
            #expect(form.text.contains("32.500.000 ₫"))
            let fields = ["amount": "10.000.000", "surcharge": "0", "paidOn": "2026-11-20", "receipt": "BL-0042"]
            let preview = try await browser.post("/cases/\(bench.caseID.rawValue)/payment/preview", fields)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Xem trước — chưa ghi gì"))
            #expect(preview.text.contains("22.500.000 ₫"), "outstanding after: 32.500.000 − 10.000.000")
            #expect(try bench.journalCount() == before, "a preview writes nothing")

            let tooMuch = try await browser.post(
                "/cases/\(bench.caseID.rawValue)/payment/preview", fields.merging(["amount": "99.000.000"]) { $1 })
            #expect(tooMuch.status == .unprocessableContent)
            #expect(tooMuch.text.contains("Không thể ghi nhận khoản nộp này"))
            #expect(tooMuch.text.contains("nộp tối đa số tiền còn nợ; ghi tiền chậm nộp riêng"), "the advice, worded")
            let notAnAmount = try await browser.post(
                "/cases/\(bench.caseID.rawValue)/payment/preview", fields.merging(["amount": "1,5"]) { $1 })
            #expect(notAnAmount.status == .unprocessableContent)
            #expect(try bench.journalCount() == before)

            browser.csrf = nil
            _ = try await browser.get("/cases/\(bench.caseID.rawValue)/payment")  // the confirm form's token
            let recorded = try await browser.post("/cases/\(bench.caseID.rawValue)/payment", fields)
            #expect(recorded.status == .seeOther)
            #expect(recorded.headers[.location] == "/cases/\(bench.caseID.rawValue)")
        }
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "case pay")
        #expect(entries.last?.actor == "theo_doi_thu_nop")
        let paid = try #require(try bench.store.penaltyCase(id: bench.caseID))
        #expect(paid.payments.map(\.receipt) == ["BL-0042"])
        #expect(paid.payments.first?.amountVND == VND(10_000_000))
        #expect(paid.outstandingVND == VND(22_500_000))
    }
}
