import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The pages in a real browser: Debian's `chromium` driven by `chromium-driver` over WebDriver, against the built
/// binary's `serve` on a loopback port over a temporary database with demo data and one account per role. Sign in,
/// find a subject with and without its accents, open a case (preview, confirm), decide it (refused for a signer
/// without competence, accepted for the chánh thanh tra), record the day it was received (preview, confirm), record
/// a payment, open the monthly report and download its XLSX, print the decision to PDF and read its text back with
/// `pdftotext`. Screenshots go to `.build/browser-screenshots/` (printed). Without chromium the test fails when `CI`
/// is set and is skipped, with its reason printed, otherwise.
@Suite(.serialized) struct BrowserTests {
    static let password = "mat-khau-demo-1234"
    static let today = "2026-11-23"

    /// The tools the test needs, or why it cannot run.
    static func tools() -> (chromium: String, driver: String, pdftotext: String)? {
        func find(_ name: String) -> String? {
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
                .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        guard let chromium = find("chromium"), let driver = find("chromedriver"), let text = find("pdftotext") else {
            return nil
        }
        return (chromium, driver, text)
    }

    @Test func aCaseGoesFromSearchToPrintedDecisionInChromium() throws {
        guard let session = try BrowserSession.open(suite: "BrowserTests") else { return }
        defer { session.close() }
        let demo = session.demo
        // Given: a database with two subjects and one account per role, made by the built binary.
        // and an inspection on site (#1) whose team is the team lead and the inspector, for its findings.
        try demo.thanhtra(
            ["inspection", "open", "--mode", "regular", "--category", "thanh_tra", "--level", "thanh_tra_tinh", "--content",
             "Việc chấp hành pháp luật về hóa đơn", "--lead-unit", "Phòng Thanh tra 2", "--subject", "1", "--as",
             "chanh_thanh_tra"])
        try demo.thanhtra(
            ["inspection", "decide", "1", "--number", "51/QĐ-TTr", "--on", Self.today, "--signer-title", "chanh_thanh_tra",
             "--signer", "Lê Văn Hùng", "--lead", "truong_doan", "--member", "thanh_tra_vien", "--as", "chanh_thanh_tra"])
        try demo.thanhtra(["inspection", "announce", "1", "--on", Self.today, "--as", "truong_doan"])
        try session.start()
        let browser = try session.browser
        let address = session.address

        // An inspector finds the subject with and without accents, and opens a case after its preview.
        try session.signIn("thanh_tra_vien")
        #expect(try browser.currentURL() == address + "work")
        try session.shot("viec-cua-toi")
        for query in ["Đông Hải", "dong hai"] {
            try browser.go(address + "cases")
            try browser.type("input[name=q]", query)
            try browser.click("form.filters button[type=submit]")
            #expect(try browser.source(containing: "Hợp tác xã Đông Hải").contains("Hợp tác xã Đông Hải"), "\(query) finds the subject")
        }
        try session.shot("tim-doi-tuong")
        try browser.click("a[href='/subjects/2']")
        try browser.click("a[href='/subjects/2/cases/new']")
        try browser.type("input[name=record]", "BB-77/2026")
        // The record's day is today by default; without a day of its own the violation is dated the record's day.
        try browser.type("input[name=v1code]", "ND125-2020-D24-K4-b")
        try session.shot("lap-vu-viec")
        try browser.click("#preview")
        var page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Xem trước — chưa ghi gì"), "the opening preview")
        #expect(page.contains("Nghị định"), "the legal basis")
        try session.shot("xem-truoc-lap-vu-viec")
        try browser.click("#confirm")
        let caseURL = try browser.currentURL { $0.range(of: #"/cases/[0-9]+$"#, options: .regularExpression) != nil }
        #expect(caseURL.hasPrefix(address + "cases/"))
        try session.shot("vu-viec")
        // The inspector records a finding of its team's inspection through its form, after the preview that gives
        // the pack's classification.
        try browser.go(address + "inspections/1")
        try browser.click("#new-finding")
        _ = try browser.source(containing: "id=\"result-form\"")
        try browser.type("input[name=description]", "Quyết toán sai khối lượng công trình")
        try browser.type("input[name=amount]", "150.000.000")
        try session.shot("ghi-phat-hien")
        try browser.click("#preview")
        page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Gợi ý kiến nghị thu hồi"), "the pack's suggestion")
        try session.shot("xem-truoc-phat-hien")
        try browser.click("#confirm")
        page = try browser.source(containing: "Quyết toán sai khối lượng công trình")
        #expect(try browser.currentURL() == address + "inspections/1")
        #expect(page.contains("Phát hiện (1)"))
        try session.shot("da-ghi-phat-hien")
        try session.signOut()

        // The chief: refused for a signer without competence, then decides as Chánh Thanh tra Sở.
        try session.signIn("chanh_thanh_tra")
        try browser.go(caseURL + "/decide")
        try browser.type("input[name=number]", "88/QĐ-XPHC")
        try browser.type("input[name=signerName]", "Nguyễn Văn Bình")
        try browser.click("select[name=signer] option[value=thanh_tra_vien]")
        try browser.click("#preview")
        page = try browser.source(containing: "Bộ quy tắc từ chối")
        #expect(page.contains("Bộ quy tắc từ chối"), "refused for thanh_tra_vien")
        #expect(page.contains("vượt thẩm quyền"), "the pack's reason in Vietnamese")
        #expect(!page.contains("id=\"confirm\""))
        try session.shot("tu-choi-tham-quyen")
        try browser.click("select[name=signer] option[value=chanh_thanh_tra_so]")
        try browser.click("#preview")
        page = try browser.source(containing: "có thẩm quyền")
        #expect(page.contains("có thẩm quyền"))
        try session.shot("xem-truoc-quyet-dinh")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0 == caseURL } == caseURL)
        #expect(try browser.source(containing: "88/QĐ-XPHC").contains("88/QĐ-XPHC"))
        try session.shot("da-quyet-dinh")
        // The chief records the day the decision was received (today, the form's default) after its preview: the
        // pack gives the last day to pay, which the case page shows once recorded.
        #expect(!(try browser.source().contains("Hạn nộp phạt")), "no payment deadline before the delivery")
        try browser.click("a[href$='/delivery']")
        #expect(try browser.currentURL { $0 == caseURL + "/delivery" } == caseURL + "/delivery")
        try session.shot("ghi-ngay-nhan")
        try browser.click("#preview")
        page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Xem trước — chưa ghi gì"), "the delivery's preview")
        #expect(page.contains("Hạn nộp phạt"), "the payment deadline the pack gives")
        try session.shot("xem-truoc-ngay-nhan")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0 == caseURL } == caseURL)
        #expect(try browser.source(containing: "Hạn nộp phạt").contains("Hạn nộp phạt"), "the payment deadline on the case page")
        try session.shot("da-ghi-ngay-nhan")
        try session.signOut()

        // Collections records a payment after its preview.
        try session.signIn("theo_doi_thu_nop")
        try browser.go(caseURL + "/payment")
        try browser.type("input[name=amount]", "1.000.000")
        try browser.type("input[name=receipt]", "BL-0099")
        try browser.click("main form button[type=submit]")
        #expect(try browser.source(containing: "Xem trước — chưa ghi gì").contains("Xem trước — chưa ghi gì"))
        try browser.click("main form button[type=submit]")
        #expect(try browser.currentURL { $0 == caseURL } == caseURL)
        #expect(try browser.source(containing: "BL-0099").contains("BL-0099"))
        try session.shot("da-nop-phat")
        try session.signOut()

        // Reporting: the month of the decision (the pack's cut-off puts 23/11 in December), its XLSX.
        try session.signIn("bao_cao")
        try browser.go(address + "reports?kind=monthly&spec=2026-12")
        page = try browser.source()
        #expect(page.contains("href=\"/reports/explain?figure=penalty.fines_imposed_vnd"), "the fines imposed, drillable")
        try session.shot("bao-cao-thang")
        try browser.click("a[href*='format=xlsx']")
        let workbook = try Self.waitForDownload(in: session.downloads, suffix: ".xlsx")
            ?? Self.fetch(address + "reports/download?kind=monthly&spec=2026-12&format=xlsx", cookies: browser.cookies())
        #expect(workbook.prefix(2) == Data("PK".utf8), "the XLSX is a zip workbook")
        print("downloaded: \(workbook.count) bytes of XLSX")

        // The decision printed to PDF by the browser and read back.
        try browser.go(caseURL + "/decision")
        try session.shot("quyet-dinh")
        let pdf = session.shots.appendingPathComponent("quyet-dinh.pdf")
        try browser.printPDF().write(to: pdf)
        print("printed: \(pdf.path)")
        let text = try Self.run(session.tools.pdftotext, ["-layout", pdf.path, "-"])
        #expect(text.contains("QUYẾT ĐỊNH"))
        #expect(text.contains("88/QĐ-XPHC"))
        #expect(text.contains("Hợp tác xã Đông Hải"))
        #expect(!text.contains("DỰ THẢO"), "a decided case prints no draft mark")
    }

    /// The file the browser downloaded into `folder`, waited for up to 10 seconds; `nil` when none came (headless
    /// downloads depend on the browser's version).
    static func waitForDownload(in folder: URL, suffix: String) -> Data? {
        for _ in 0..<50 {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if let name = names.first(where: { $0.hasSuffix(suffix) }) {
                return FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
        print("BrowserTests: the browser saved no download; fetching the link with its session cookie")
        return nil
    }

    /// The body of `url` fetched with the browser's cookies (the same signed-in session).
    static func fetch(_ url: String, cookies: [String: String]) throws -> Data {
        var request = URLRequest(url: URL(string: url)!)
        request.setValue(cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "), forHTTPHeaderField: "Cookie")
        let (data, status) = try HTTP.send(request)
        #expect(status == 200)
        return data
    }

    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
