import Foundation
import Testing

/// The import page in a real browser (the same tools and server as ``BrowserTests``): an inspector chooses a small
/// CSV file of subjects in the page's file input (its path sent as keys, as WebDriver sets a file), sees the preview
/// (nothing written yet), confirms, and finds the new subject by search, with and without its accents. Screenshots
/// go to `.build/browser-screenshots/` (printed).
@Suite(.serialized) struct BrowserImportTests {
    @Test func aSubjectsFileIsPreviewedConfirmedAndFoundInChromium() throws {
        guard let session = try BrowserSession.open(suite: "BrowserImportTests", screenshots: "import-") else { return }
        defer { session.close() }
        // Given: the demo database and a file of one new company.
        let file = session.scratch.appendingPathComponent("doanh-nghiep-moi.csv")
        try Data("Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0105550001,Công ty TNHH Sao Mai,Đà Nẵng\n".utf8).write(to: file)
        try session.start()
        let browser = try session.browser
        let address = session.address

        // The inspector signs in and opens the import page from the navigation.
        try browser.go(address + "login")
        try browser.type("input[name=login]", "thanh_tra_vien")
        try browser.type("input[name=password]", BrowserTests.password)
        try browser.click("form.login button[type=submit]")
        _ = try browser.currentURL { !$0.contains("/login") }
        try browser.click("nav a[href='/imports']")
        _ = try browser.source(containing: "Nhập tệp CSV")
        try browser.sendKeys("#file-subjects", file.path)
        try session.shot("nhap-tep")
        try browser.click("#preview-subjects")
        var page = try browser.source(containing: "Xem trước tệp nhập")
        #expect(page.contains("doanh-nghiep-moi.csv"))
        #expect(page.contains("id=\"rows-to-write\">1<"), "one row to write")
        try session.shot("xem-truoc-nhap-tep")
        try browser.click("#confirm")
        page = try browser.source(containing: "Đã nhập tệp")
        #expect(page.contains("id=\"imported\">1<"))
        #expect(page.contains("id=\"journal-range\""))
        try session.shot("da-nhap-tep")
        for query in ["Sao Mai", "sao mai"] {
            try browser.go(address + "cases")
            try browser.type("input[name=q]", query)
            try browser.click("form.filters button[type=submit]")
            #expect(
                try browser.source(containing: "Công ty TNHH Sao Mai").contains("Công ty TNHH Sao Mai"),
                "\(query) finds the imported subject")
        }
        try session.shot("tim-doi-tuong-da-nhap")
    }
}
