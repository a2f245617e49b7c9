import Foundation
import Testing

/// Administration in a real browser (the same tools and server as ``BrowserTests``): a deputy chief without a title
/// is offered nothing to sign under; the administrator assigns chánh thanh tra sở to it on its account page (form,
/// confirmation, notice); the deputy then decides the case under that title. Screenshots go to
/// `.build/browser-screenshots/` (printed).
@Suite(.serialized) struct BrowserAdminTests {
    @Test func aTitleGrantedOnTheAdminPageLetsTheAccountDecide() throws {
        guard let session = try BrowserSession.open(suite: "BrowserAdminTests", screenshots: "admin-") else { return }
        defer { session.close() }
        let demo = session.demo
        // Given: the demo database, a deputy chief without a title, and an open case.
        try demo.thanhtra(
            ["account", "add", "phochanh", "--name", "Phó Chánh Thanh tra", "--role", "chanh_thanh_tra", "--password-stdin",
             "--as", "quantri"],
            input: BrowserTests.password + "\n")
        try demo.thanhtra(
            ["case", "open", "--subject", "2", "--record", "BB-91/2026", "--record-on", "2026-11-20", "--violation",
             "ND125-2020-D24-K4-b", "--as", "thanh_tra_vien"])
        try session.start()
        let browser = try session.browser
        let address = session.address

        // The deputy holds no title: the decision form says so and offers nothing.
        try session.signIn("phochanh")
        try browser.go(address + "cases/1/decide")
        var page = try browser.source()
        #expect(page.contains("không giữ chức danh nào"), "no title held")
        #expect(!page.contains("<option value=\"chanh_thanh_tra_so\""))
        try session.shot("khong-co-chuc-danh")
        try session.signOut()

        // The administrator assigns chánh thanh tra sở from today on the deputy's page, after its confirmation.
        try session.signIn("quantri")
        try browser.go(address + "accounts")
        try browser.click("a[href='/accounts/phochanh']")
        try session.shot("tai-khoan")
        try browser.click("#assign-title select[name=title] option[value=chanh_thanh_tra_so]")
        try browser.click("#assign-title button[type=submit]")
        page = try browser.source(containing: "Xem trước — chưa ghi gì")
        #expect(page.contains("Xem trước — chưa ghi gì"))
        #expect(page.contains("Chánh Thanh tra Sở") || page.contains("chanh_thanh_tra_so"))
        try session.shot("xac-nhan-giao-chuc-danh")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0.hasSuffix("/accounts/phochanh?done=title") }.hasSuffix("/accounts/phochanh?done=title"))
        #expect(try browser.source(containing: "Đã giao chức danh.").contains("Đã giao chức danh."))
        try session.shot("da-giao-chuc-danh")
        try session.signOut()

        // The deputy now decides under it.
        try session.signIn("phochanh")
        try browser.go(address + "cases/1/decide")
        #expect(try browser.source().contains("<option value=\"chanh_thanh_tra_so\""))
        try browser.type("input[name=number]", "91/QĐ-XPHC")
        try browser.type("input[name=signerName]", "Phó Chánh Thanh tra")
        try browser.click("#preview")
        page = try browser.source(containing: "có thẩm quyền")
        #expect(page.contains("có thẩm quyền"))
        try session.shot("xem-truoc-quyet-dinh")
        try browser.click("#confirm")
        #expect(try browser.currentURL { $0 == address + "cases/1" } == address + "cases/1")
        #expect(try browser.source(containing: "91/QĐ-XPHC").contains("91/QĐ-XPHC"))
        try session.shot("da-quyet-dinh")
    }
}
