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
        guard let tools = Self.tools() else {
            let reason = "chromium, chromium-driver or poppler-utils is not installed (scripts/bootstrap.sh --test)"
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("BrowserTests cannot run in CI: \(reason)")
            } else {
                print("BrowserTests skipped: \(reason)")
            }
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let shots = ServeBinaryTests.repository.appendingPathComponent(".build/browser-screenshots/\(stamp)")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let downloads = scratch.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)

        // Given: a database with two subjects and one account per role, made by the built binary.
        let demo = DemoServer(directory: scratch)
        try demo.prepare()
        // and an inspection on site (#1) whose team is the team lead and the inspector, for its findings.
        try demo.thanhtra(
            ["inspection", "open", "--mode", "regular", "--category", "thanh_tra", "--level", "thanh_tra_tinh", "--content",
             "Việc chấp hành pháp luật về hóa đơn", "--lead-unit", "Phòng Thanh tra 2", "--subject", "1", "--as",
             "chanh_thanh_tra"])
        try demo.thanhtra(
            ["inspection", "decide", "1", "--number", "51/QĐ-TTr", "--on", Self.today, "--signer-title", "chanh_thanh_tra",
             "--signer", "Lê Văn Hùng", "--lead", "truong_doan", "--member", "thanh_tra_vien", "--as", "chanh_thanh_tra"])
        try demo.thanhtra(["inspection", "announce", "1", "--on", Self.today, "--as", "truong_doan"])
        let address = try demo.start()
        defer { demo.stop() }
        let driverPort = try FreePort.find()
        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: tools.driver)
        driver.arguments = ["--port=\(driverPort)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        defer {
            kill(driver.processIdentifier, SIGKILL)  // chromedriver does not always stop on SIGTERM
            driver.waitUntilExit()
        }
        let browser = try Self.connect(port: driverPort, chromium: tools.chromium, downloads: downloads, scratch: scratch)
        defer { browser.quit() }
        var count = 0
        func shot(_ name: String) throws {
            count += 1
            let file = shots.appendingPathComponent(String(format: "%02ld-", count) + name + ".png")
            try browser.screenshot().write(to: file)
            print("screenshot: \(file.path)")
        }
        func signIn(_ login: String) throws {
            try browser.go(address + "login")
            try browser.type("input[name=login]", login)
            try browser.type("input[name=password]", Self.password)
            try browser.click("form.login button[type=submit]")
            _ = try browser.currentURL { !$0.contains("/login") }
        }
        func signOut() throws {
            try browser.click("header form button")
            _ = try browser.currentURL { $0.contains("/login") }
        }

        // An inspector finds the subject with and without accents, and opens a case after its preview.
        try signIn("thanh_tra_vien")
        #expect(try browser.currentURL() == address + "work")
        try shot("viec-cua-toi")
        for query in ["Đông Hải", "dong hai"] {
            try browser.go(address + "cases")
            try browser.type("input[name=q]", query)
            try browser.click("form.filters button[type=submit]")
            #expect(try browser.source(containing: "Hợp tác xã Đông Hải").contains("Hợp tác xã Đông Hải"), "\(query) finds the subject")
        }
        try shot("tim-doi-tuong")
        try browser.click("a[href='/subjects/2']")
        try browser.click("a[href='/subjects/2/cases/new']")
        try browser.type("input[name=record]", "BB-77/2026")
        // The record's day is today by default; without a day of its own the violation is dated the record's day.
        try browser.type("input[name=v1code]", "ND125-2020-D24-K4-b")
        try shot("lap-vu-viec")
        try browser.click("#preview")
        var page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Xem trước — chưa ghi gì"), "the opening preview")
        #expect(page.contains("Nghị định"), "the legal basis")
        try shot("xem-truoc-lap-vu-viec")
        try browser.click("#confirm")
        let caseURL = try browser.currentURL { $0.range(of: #"/cases/[0-9]+$"#, options: .regularExpression) != nil }
        #expect(caseURL.hasPrefix(address + "cases/"))
        try shot("vu-viec")
        // The inspector records a finding of its team's inspection through its form, after the preview that gives
        // the pack's classification.
        try browser.go(address + "inspections/1")
        try browser.click("#new-finding")
        _ = try browser.source(containing: "id=\"result-form\"")
        try browser.type("input[name=description]", "Quyết toán sai khối lượng công trình")
        try browser.type("input[name=amount]", "150.000.000")
        try shot("ghi-phat-hien")
        try browser.click("#preview")
        page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Gợi ý kiến nghị thu hồi"), "the pack's suggestion")
        try shot("xem-truoc-phat-hien")
        try browser.click("#confirm")
        page = try browser.source(containing: "Quyết toán sai khối lượng công trình")
        #expect(try browser.currentURL() == address + "inspections/1")
        #expect(page.contains("Phát hiện (1)"))
        try shot("da-ghi-phat-hien")
        try signOut()

        // The chief: refused for a signer without competence, then decides as Chánh Thanh tra Sở.
        try signIn("chanh_thanh_tra")
        try browser.go(caseURL + "/decide")
        try browser.type("input[name=number]", "88/QĐ-XPHC")
        try browser.type("input[name=signerName]", "Nguyễn Văn Bình")
        try browser.click("select[name=signer] option[value=thanh_tra_vien]")
        try browser.click("#preview")
        page = try browser.source(containing: "Bộ quy tắc từ chối")
        #expect(page.contains("Bộ quy tắc từ chối"), "refused for thanh_tra_vien")
        #expect(page.contains("vượt thẩm quyền"), "the pack's reason in Vietnamese")
        #expect(!page.contains("id=\"confirm\""))
        try shot("tu-choi-tham-quyen")
        try browser.click("select[name=signer] option[value=chanh_thanh_tra_so]")
        try browser.click("#preview")
        page = try browser.source(containing: "có thẩm quyền")
        #expect(page.contains("có thẩm quyền"))
        try shot("xem-truoc-quyet-dinh")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0 == caseURL } == caseURL)
        #expect(try browser.source(containing: "88/QĐ-XPHC").contains("88/QĐ-XPHC"))
        try shot("da-quyet-dinh")
        // The chief records the day the decision was received (today, the form's default) after its preview: the
        // pack gives the last day to pay, which the case page shows once recorded.
        #expect(!(try browser.source().contains("Hạn nộp phạt")), "no payment deadline before the delivery")
        try browser.click("a[href$='/delivery']")
        #expect(try browser.currentURL { $0 == caseURL + "/delivery" } == caseURL + "/delivery")
        try shot("ghi-ngay-nhan")
        try browser.click("#preview")
        page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Xem trước — chưa ghi gì"), "the delivery's preview")
        #expect(page.contains("Hạn nộp phạt"), "the payment deadline the pack gives")
        try shot("xem-truoc-ngay-nhan")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0 == caseURL } == caseURL)
        #expect(try browser.source(containing: "Hạn nộp phạt").contains("Hạn nộp phạt"), "the payment deadline on the case page")
        try shot("da-ghi-ngay-nhan")
        try signOut()

        // Collections records a payment after its preview.
        try signIn("theo_doi_thu_nop")
        try browser.go(caseURL + "/payment")
        try browser.type("input[name=amount]", "1.000.000")
        try browser.type("input[name=receipt]", "BL-0099")
        try browser.click("main form button[type=submit]")
        #expect(try browser.source(containing: "Xem trước — chưa ghi gì").contains("Xem trước — chưa ghi gì"))
        try browser.click("main form button[type=submit]")
        #expect(try browser.currentURL { $0 == caseURL } == caseURL)
        #expect(try browser.source(containing: "BL-0099").contains("BL-0099"))
        try shot("da-nop-phat")
        try signOut()

        // Reporting: the month of the decision (the pack's cut-off puts 23/11 in December), its XLSX.
        try signIn("bao_cao")
        try browser.go(address + "reports?kind=monthly&spec=2026-12")
        page = try browser.source()
        #expect(page.contains("href=\"/reports/explain?figure=penalty.fines_imposed_vnd"), "the fines imposed, drillable")
        try shot("bao-cao-thang")
        try browser.click("a[href*='format=xlsx']")
        let workbook = try Self.waitForDownload(in: downloads, suffix: ".xlsx")
            ?? Self.fetch(address + "reports/download?kind=monthly&spec=2026-12&format=xlsx", cookies: browser.cookies())
        #expect(workbook.prefix(2) == Data("PK".utf8), "the XLSX is a zip workbook")
        print("downloaded: \(workbook.count) bytes of XLSX")

        // The decision printed to PDF by the browser and read back.
        try browser.go(caseURL + "/decision")
        try shot("quyet-dinh")
        let pdf = shots.appendingPathComponent("quyet-dinh.pdf")
        try browser.printPDF().write(to: pdf)
        print("printed: \(pdf.path)")
        let text = try Self.run(tools.pdftotext, ["-layout", pdf.path, "-"])
        #expect(text.contains("QUYẾT ĐỊNH"))
        #expect(text.contains("88/QĐ-XPHC"))
        #expect(text.contains("Hợp tác xã Đông Hải"))
        #expect(!text.contains("DỰ THẢO"), "a decided case prints no draft mark")
    }

    /// A WebDriver session, once chromedriver answers (it takes a moment to listen).
    static func connect(port: Int, chromium: String, downloads: URL, scratch: URL) throws -> WebDriver {
        var lastError: (any Error)?
        for _ in 0..<50 {
            do {
                return try WebDriver(
                    port: port, chromium: chromium, downloads: downloads, profile: scratch.appendingPathComponent("profile"))
            } catch {
                lastError = error
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        throw lastError ?? WebDriver.Failure(description: "chromedriver did not answer")
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

/// The built binary over a temporary demo database: `init`, two subjects, one account per role (login = the role's
/// name, password ``BrowserTests/password``), then `serve --port 0`.
final class DemoServer: @unchecked Sendable {
    // @unchecked Sendable: used by one test; `server` is set once by `start`.
    let directory: URL
    let environment: [String: String]
    var server: Process?

    init(directory: URL) {
        self.directory = directory
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": directory.path,
            "USER": "quantri", "THANHTRA_TODAY": BrowserTests.today,
            "THANHTRA_DB": directory.appendingPathComponent("demo.sqlite").path,
            "THANHTRA_RULES": ServeBinaryTests.repository.appendingPathComponent("rules").path,
        ]
    }

    @discardableResult
    func thanhtra(_ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = ServeBinaryTests.binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WebDriver.Failure(description: "thanhtra \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    func prepare() throws {
        try thanhtra(["init"])
        try thanhtra(["subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Minh Long", "--address", "Hà Nội"])
        try thanhtra(["subject", "add", "--tax-code", "0309876543", "--name", "Hợp tác xã Đông Hải", "--address", "Hải Phòng"])
        try thanhtra(
            ["account", "add", "quantri", "--name", "Quản trị", "--role", "quan_tri", "--password-stdin"],
            input: BrowserTests.password + "\n")
        for role in ["thanh_tra_vien", "truong_doan", "chanh_thanh_tra", "theo_doi_thu_nop", "bao_cao", "lanh_dao",
            "phap_che", "duyet_quy_tac"]
        {
            try thanhtra(
                ["account", "add", role, "--name", "Người \(role)", "--role", role, "--password-stdin", "--as", "quantri"],
                input: BrowserTests.password + "\n")
        }
        // The chief inspector holds the title the decision is signed under (docs/titles.md)
        try thanhtra(["title", "assign", "chanh_thanh_tra", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "quantri"])
        // and thanh tra viên too, so that the decision form (which offers only the titles the account holds) lets the
        // chief pick a title the pack refuses for the fine (its competence), as the browser test does
        try thanhtra(["title", "assign", "chanh_thanh_tra", "thanh_tra_vien", "--from", "2026-01-01", "--as", "quantri"])
    }

    /// Starts `serve --port 0` and returns its address (`http://127.0.0.1:PORT/`).
    func start() throws -> String {
        let process = Process()
        process.executableURL = ServeBinaryTests.binary
        process.arguments = ["serve", "--port", "0"]
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process
        var banner = ""
        while !banner.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        guard let address = banner.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines),
            address.hasPrefix("http://127.0.0.1:")
        else { throw WebDriver.Failure(description: "the server printed no address: \(banner)") }
        return address
    }

    func stop() {
        guard let server, server.isRunning else { return }
        server.terminate()
        server.waitUntilExit()
    }
}

/// A free TCP port on loopback, from the kernel (bind to port 0, read it back, close).
enum FreePort {
    static func find() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw WebDriver.Failure(description: "no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        guard bound == 0 else { throw WebDriver.Failure(description: "cannot bind") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { throw WebDriver.Failure(description: "no port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
