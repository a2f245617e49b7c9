import Foundation
import Testing

/// The import page in a real browser (the same tools and server as ``BrowserTests``): an inspector chooses a small
/// CSV file of subjects in the page's file input (its path sent as keys, as WebDriver sets a file), sees the preview
/// (nothing written yet), confirms, and finds the new subject by search, with and without its accents. Screenshots
/// go to `.build/browser-screenshots/` (printed).
@Suite(.serialized) struct BrowserImportTests {
    @Test func aSubjectsFileIsPreviewedConfirmedAndFoundInChromium() throws {
        guard let tools = BrowserTests.tools() else {
            let reason = "chromium, chromium-driver or poppler-utils is not installed (scripts/bootstrap.sh --test)"
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("BrowserImportTests cannot run in CI: \(reason)")
            } else {
                print("BrowserImportTests skipped: \(reason)")
            }
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let shots = ServeBinaryTests.repository.appendingPathComponent(".build/browser-screenshots/import-\(stamp)")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let downloads = scratch.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)

        // Given: the demo database and a file of one new company.
        let demo = DemoServer(directory: scratch)
        try demo.prepare()
        let file = scratch.appendingPathComponent("doanh-nghiep-moi.csv")
        try Data("Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0105550001,Công ty TNHH Sao Mai,Đà Nẵng\n".utf8).write(to: file)
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

        // The inspector signs in and opens the import page from the navigation.
        try browser.go(address + "login")
        try browser.type("input[name=login]", "thanh_tra_vien")
        try browser.type("input[name=password]", BrowserTests.password)
        try browser.click("form.login button[type=submit]")
        _ = try browser.currentURL { !$0.contains("/login") }
        try browser.click("nav a[href='/imports']")
        _ = try browser.source(containing: "Nhập tệp CSV")
        try browser.sendKeys("#file-subjects", file.path)
        try shot("nhap-tep")
        try browser.click("#preview-subjects")
        var page = try browser.source(containing: "Xem trước tệp nhập")
        #expect(page.contains("doanh-nghiep-moi.csv"))
        #expect(page.contains("id=\"rows-to-write\">1<"), "one row to write")
        try shot("xem-truoc-nhap-tep")
        try browser.click("#confirm")
        page = try browser.source(containing: "Đã nhập tệp")
        #expect(page.contains("id=\"imported\">1<"))
        #expect(page.contains("id=\"journal-range\""))
        try shot("da-nhap-tep")
        for query in ["Sao Mai", "sao mai"] {
            try browser.go(address + "cases")
            try browser.type("input[name=q]", query)
            try browser.click("form.filters button[type=submit]")
            #expect(
                try browser.source(containing: "Công ty TNHH Sao Mai").contains("Công ty TNHH Sao Mai"),
                "\(query) finds the imported subject")
        }
        try shot("tim-doi-tuong-da-nhap")
    }
}
