import Foundation
import Testing

/// Administration in a real browser (the same tools and server as ``BrowserTests``): a deputy chief without a title
/// is offered nothing to sign under; the administrator assigns chánh thanh tra sở to it on its account page (form,
/// confirmation, notice); the deputy then decides the case under that title. Screenshots go to
/// `.build/browser-screenshots/` (printed).
@Suite(.serialized) struct BrowserAdminTests {
    @Test func aTitleGrantedOnTheAdminPageLetsTheAccountDecide() throws {
        guard let tools = BrowserTests.tools() else {
            let reason = "chromium, chromium-driver or poppler-utils is not installed (scripts/bootstrap.sh --test)"
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("BrowserAdminTests cannot run in CI: \(reason)")
            } else {
                print("BrowserAdminTests skipped: \(reason)")
            }
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let shots = ServeBinaryTests.repository.appendingPathComponent(".build/browser-screenshots/admin-\(stamp)")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let downloads = scratch.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)

        // Given: the demo database, a deputy chief without a title, and an open case.
        let demo = DemoServer(directory: scratch)
        try demo.prepare()
        try demo.thanhtra(
            ["account", "add", "phochanh", "--name", "Phó Chánh Thanh tra", "--role", "chanh_thanh_tra", "--password-stdin",
             "--as", "quantri"],
            input: BrowserTests.password + "\n")
        try demo.thanhtra(
            ["case", "open", "--subject", "2", "--record", "BB-91/2026", "--record-on", "2026-11-20", "--violation",
             "ND125-2020-D24-K4-b", "--as", "thanh_tra_vien"])
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
        let browser = try BrowserTests.connect(
            port: driverPort, chromium: tools.chromium, downloads: downloads, scratch: scratch)
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
            try browser.type("input[name=password]", BrowserTests.password)
            try browser.click("form.login button[type=submit]")
            _ = try browser.currentURL { !$0.contains("/login") }
        }
        func signOut() throws {
            try browser.click("header form button")
            _ = try browser.currentURL { $0.contains("/login") }
        }

        // The deputy holds no title: the decision form says so and offers nothing.
        try signIn("phochanh")
        try browser.go(address + "cases/1/decide")
        var page = try browser.source()
        #expect(page.contains("không giữ chức danh nào"), "no title held")
        #expect(!page.contains("<option value=\"chanh_thanh_tra_so\""))
        try shot("khong-co-chuc-danh")
        try signOut()

        // The administrator assigns chánh thanh tra sở from today on the deputy's page, after its confirmation.
        try signIn("quantri")
        try browser.go(address + "accounts")
        try browser.click("a[href='/accounts/phochanh']")
        try shot("tai-khoan")
        try browser.click("#assign-title select[name=title] option[value=chanh_thanh_tra_so]")
        try browser.click("#assign-title button[type=submit]")
        page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Xem trước — chưa ghi gì"))
        #expect(page.contains("Chánh Thanh tra Sở") || page.contains("chanh_thanh_tra_so"))
        try shot("xac-nhan-giao-chuc-danh")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0.hasSuffix("/accounts/phochanh?done=title") }.hasSuffix("/accounts/phochanh?done=title"))
        #expect(try browser.source(containing: "Đã giao chức danh.").contains("Đã giao chức danh."))
        try shot("da-giao-chuc-danh")
        try signOut()

        // The deputy now decides under it.
        try signIn("phochanh")
        try browser.go(address + "cases/1/decide")
        #expect(try browser.source().contains("<option value=\"chanh_thanh_tra_so\""))
        try browser.type("input[name=number]", "91/QĐ-XPHC")
        try browser.type("input[name=signerName]", "Phó Chánh Thanh tra")
        try browser.click("#preview")
        page = try browser.source(containing: "có thẩm quyền")
        #expect(page.contains("có thẩm quyền"))
        try shot("xem-truoc-quyet-dinh")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0 == address + "cases/1" } == address + "cases/1")
        #expect(try browser.source(containing: "91/QĐ-XPHC").contains("91/QĐ-XPHC"))
        try shot("da-quyet-dinh")
    }
}
