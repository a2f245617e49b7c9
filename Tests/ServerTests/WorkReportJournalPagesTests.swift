import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import NIOCore
import Reports
import Server
import Store
import Testing

/// My work, the printable decision, the period report (drill-down, downloads, filing) and the journal pages.
@Suite struct WorkReportJournalPagesTests {
    @Test func myWorkListsTheOverdueFineForCollectionsAndTheDecisionsDueForInspectors() async throws {
        let bench = try ServerBench()
        let stored = try #require(try bench.store.penaltyCase(id: bench.caseID))
        let due = try #require(stored.decision?.paymentDueOn)
        let open = try bench.makeInspectorate().openCase(
            subject: bench.subjectID, record: ViolationRecord(number: "BB-50/2026", madeOn: CalendarDate("2026-11-20")!, place: ""),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-01")!,
                    endedOn: CalendarDate("2026-11-01")!, detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien")
        ).penaltyCase
        let today = CalendarDate("2026-11-23")!
        try await bench.makeApplication().test(.router) { client in
            let collections = Browser(client)
            let signedIn = try await collections.signIn("theo_doi_thu_nop")
            #expect(signedIn.headers[.location] == "/work", "my work is the first page")
            let work = try await collections.get("/work")
            #expect(work.status == .ok)
            #expect(work.text.contains("Tiền phạt quá hạn hoặc sắp đến hạn nộp (1)"))
            #expect(work.text.contains("href=\"/cases/\(bench.caseID.rawValue)\""))
            #expect(work.text.contains("<td>\(due)</td><td>\(due.days(to: today))</td>"), "days overdue")
            #expect(!work.text.contains("Vụ việc quá hạn hoặc sắp đến hạn ra quyết định"), "not collections' work")

            let inspector = Browser(client)
            try await inspector.signIn("thanh_tra_vien")
            let soon = open.decisionDueOn.days(to: today) * -1
            let within = try await inspector.get("/work?days=\(soon)")
            #expect(within.text.contains("href=\"/cases/\(open.id.rawValue)\""), "due within \(soon) days")
            let before = try await inspector.get("/work?days=\(soon - 1)")
            #expect(!before.text.contains("href=\"/cases/\(open.id.rawValue)\""), "not due within \(soon - 1) days")
        }
    }

    @Test func theDecisionPrintsWithItsStyleSheetAndADraftIsMarked() async throws {
        let bench = try ServerBench()
        let draft = try bench.makeInspectorate().openCase(
            subject: bench.subjectID, record: ViolationRecord(number: "BB-60/2026", madeOn: CalendarDate("2026-11-20")!, place: ""),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-01")!,
                    endedOn: CalendarDate("2026-11-01")!, detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien")
        ).penaltyCase.id
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("lanh_dao")
            let decided = try await browser.get("/cases/\(bench.caseID.rawValue)/decision")
            #expect(decided.status == .ok)
            #expect(decided.text.contains("QUYẾT ĐỊNH"))
            #expect(decided.text.contains("15/QĐ-XPHC"))
            #expect(decided.text.contains("<link rel=\"stylesheet\" href=\"/static/decision.css\">"))
            #expect(!decided.text.contains("<style"), "no inline style: the policy forbids it")
            #expect(!decided.text.contains("DỰ THẢO"))
            #expect(decided.headers[.contentSecurityPolicy]?.contains("style-src 'self'") == true)
            let css = try await browser.get("/static/decision.css")
            #expect(css.text.contains("size: A4 portrait"))
            let marked = try await browser.get("/cases/\(draft.rawValue)/decision?signer=chanh_thanh_tra_so")
            #expect(marked.status == .ok)
            #expect(marked.text.contains("DỰ THẢO"))
            if HeadlessChromiumProbe.isInstalled || ProcessInfo.processInfo.environment["CI"] != nil {
                let pdf = try await browser.get("/cases/\(bench.caseID.rawValue)/decision.pdf")
                #expect(pdf.status == .ok)
                #expect(pdf.headers[.contentType] == "application/pdf")
                #expect(String(buffer: pdf.body).hasPrefix("%PDF"))
            } else {
                print("WorkReportJournalPagesTests: chromium is not installed; the PDF download is not checked here")
            }
        }
    }

    @Test func theReportShowsFiguresDrillsDownDownloadsAndFilesThePeriod() async throws {
        let bench = try ServerBench()
        let result = try bench.makeInspectorate().periodReport(
            kind: "monthly", spec: "2026-11", language: .vi, live: true, acting: ServerBench.actingAs("bao_cao"))
        let fines = result.snapshot.figures.values[Figure.finesImposedVND] ?? 0
        #expect(fines > 0, "the bench's decision falls in the reporting month 2026-11")
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("bao_cao")
            let page = try await browser.get("/reports?kind=monthly&spec=2026-11")
            #expect(page.status == .ok)
            #expect(page.text.contains(result.period.label))
            #expect(page.text.contains(VND(rawValue: fines)!.formatted(symbol: "₫")))
            let explain = "/reports/explain?figure=penalty.fines_imposed_vnd&amp;kind=monthly&amp;spec=2026-11"
            #expect(page.text.contains("href=\"\(explain)\""))
            let members = try await browser.get(explain.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(members.status == .ok)
            #expect(members.text.contains("href=\"/cases/\(bench.caseID.rawValue)\""))
            let xlsx = try await browser.get("/reports/download?kind=monthly&spec=2026-11&format=xlsx")
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers[.contentDisposition]?.contains(".xlsx") == true)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8), "a zip: the workbook")
            for format in ["csv", "json", "html", "table", "text"] {
                let file = try await browser.get("/reports/download?kind=monthly&spec=2026-11&format=\(format)")
                #expect(file.status == .ok, "\(format)")
                #expect(file.body.readableBytes > 0, "\(format)")
            }
            #expect(try bench.journalCount() == before, "reading and downloading write nothing")
            #expect(page.text.contains("action=\"/reports/file\""))
            let filed = try await browser.post("/reports/file", ["kind": "monthly", "spec": "2026-11"])
            #expect(filed.status == .seeOther)
            let after = try await browser.get("/reports?kind=monthly&spec=2026-11")
            #expect(after.text.contains("Đã lưu báo cáo ngày 2026-11-23"))
            #expect(!after.text.contains("action=\"/reports/file\""))
            let current = try await browser.get("/reports?kind=monthly&spec=2026-12")
            #expect(!current.text.contains("action=\"/reports/file\""), "a period not ended cannot be filed")
        }
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "report file")
        #expect(entries.last?.actor == "bao_cao")
    }

    @Test func theJournalPageListsTheEntriesAndVerifiesTheChain() async throws {
        let bench = try ServerBench()
        let entries = try bench.store.journal(after: 0, limit: 1_000)
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("lanh_dao")
            let page = try await browser.get("/journal")
            #expect(page.status == .ok)
            for entry in entries.suffix(50) { #expect(page.text.contains(String(entry.hash.prefix(16)))) }
            #expect(page.text.contains("case decide"))
            let verify = try await browser.get("/journal/verify")
            #expect(verify.status == .ok)
            #expect(verify.text.contains("Nhật ký nguyên vẹn"))
            #expect(verify.text.contains(try #require(entries.last?.hash)))
        }
    }
}

/// Whether Debian's chromium is on `PATH` (the PDF download needs it).
enum HeadlessChromiumProbe {
    static var isInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/chromium")
        }
    }
}
