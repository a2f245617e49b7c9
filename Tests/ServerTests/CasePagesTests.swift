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

/// The case list (search, filters), the case detail with its real data, the subject and inspection pages.
@Suite struct CasePagesTests {
    @Test func theCaseDetailShowsTheStoredCaseItsDecisionAmountsSurchargeAndTimeline() async throws {
        let bench = try ServerBench()
        let stored = try #require(try bench.store.penaltyCase(id: bench.caseID))
        let decision = try #require(stored.decision)
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("chanh_thanh_tra")
            let page = try await browser.get("/cases/\(bench.caseID.rawValue)")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<html lang=\"vi\">"))
            #expect(html.contains("Công ty TNHH Minh Long"))
            #expect(html.contains("0101234567"))
            #expect(html.contains(stored.record.number))
            #expect(html.contains("Hà Nội"))
            for violation in stored.violations { #expect(html.contains(violation.code)) }
            #expect(html.contains(decision.number))
            #expect(html.contains(decision.totalFineVND.formatted(symbol: "₫")))
            #expect(html.contains("Nguyễn Văn Bình"))
            #expect(html.contains("Hạn ra quyết định"))
            #expect(html.contains("\(stored.decisionDueOn)"))
            #expect(html.contains("Tiền chậm nộp đến hôm nay"))
            let due = try #require(decision.paymentDueOn)
            #expect(html.contains("Hạn nộp phạt</dt><dd>\(due)"))
            #expect(due < CalendarDate(year: 2026, month: 11, day: 23)!, "overdue today, so a surcharge accrues")
            #expect(!html.contains("Số ngày chậm nộp: 0)"))
            #expect(html.contains("case deliver"))
            // The timeline: who and when, from the journal.
            #expect(html.contains("case open"))
            #expect(html.contains("case decide"))
            #expect(html.contains("thanh.nguyen"))
            #expect(html.contains("2026-11-23T16:05:09+07:00"))
            #expect(decision.totalFineVND == VND(32_500_000))
            #expect(html.contains("32.500.000 ₫"))
        }
    }

    @Test func searchFindsACaseByNameWithoutAccentsOrCaseAndByTaxCode() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            let link = "href=\"/cases/\(bench.caseID.rawValue)\""
            for query in ["minh+long", "C%C3%B4ng+ty+TNHH+Minh+Long", "cong+ty+tnhh", "MINH", "0101234567"] {
                let page = try await browser.get("/cases?q=\(query)")
                #expect(page.status == .ok, "\(query)")
                #expect(page.text.contains(link), "\(query) finds the case")
            }
            for query in ["dong+hai", "khong+co+ai", "0309876543"] {
                let page = try await browser.get("/cases?q=\(query)")
                #expect(!page.text.contains(link), "\(query) does not find it")
                #expect(page.text.contains("Không có kết quả."), "\(query)")
            }
            // Filters: the case is decided, with the fine outstanding.
            #expect(try await browser.get("/cases?state=decided&unpaid=1").text.contains(link))
            #expect(!(try await browser.get("/cases?state=open").text.contains(link)))
            #expect(!(try await browser.get("/cases?q=minh&state=settled").text.contains(link)))
        }
    }

    @Test func theEnglishSwitchIsRememberedInACookie() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("lanh_dao")
            let english = try await browser.get("/cases?lang=en")
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("Penalty cases"))
            #expect(browser.cookies["lang"] == "en")
            let next = try await browser.get("/cases/\(bench.caseID.rawValue)")
            #expect(next.text.contains("Timeline (from the journal)"))
            #expect(try await browser.get("/cases?lang=vi").text.contains("Vụ việc xử phạt"))
        }
    }

    @Test func theSubjectAndInspectionPagesShowTheirRecordsAndUnknownOnesAre404() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("truong_doan")
            let subject = try await browser.get("/subjects/\(bench.subjectID.rawValue)")
            #expect(subject.text.contains("Công ty TNHH Minh Long"))
            #expect(subject.text.contains("href=\"/cases/\(bench.caseID.rawValue)\""))
            #expect(subject.text.contains("href=\"/inspections/\(bench.inspectionID.rawValue)\""))
            let list = try await browser.get("/inspections")
            #expect(list.text.contains("Việc chấp hành pháp luật về hóa đơn, chứng từ"))
            let inspection = try await browser.get("/inspections/\(bench.inspectionID.rawValue)")
            #expect(inspection.text.contains("Phòng Thanh tra 2"))
            #expect(inspection.text.contains("Công ty TNHH Minh Long"))
            #expect(try await browser.get("/cases/999").status == .notFound)
            #expect(try await browser.get("/subjects/999").status == .notFound)
            #expect(try await browser.get("/inspections/999").status == .notFound)
        }
    }

    @Test func aNameWithMarkupIsEscapedOnEveryPage() async throws {
        let bench = try ServerBench()
        let hostile = try bench.store.addSubject(
            NewSubject(kind: .organization, identifier: "0312345678", name: "<script>alert(1)</script> Công ty"),
            context: CommandContext(actor: "thanh.nguyen", timestamp: "2026-11-23T16:05:09+07:00"))
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("lanh_dao")
            let page = try await browser.get("/subjects/\(hostile.id.rawValue)")
            #expect(!page.text.contains("<script>"))
            #expect(page.text.contains("&lt;script&gt;"))
        }
    }
}
