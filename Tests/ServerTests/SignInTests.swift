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

/// Signing in and out, throttling, the CSRF check and the security headers.
@Suite struct SignInTests {
    @Test func aRightPasswordSignsInWithAStrictHttpOnlyCookieAndAWrongOneDoesNot() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            let wrong = try await browser.signIn("thanh_tra_vien", password: "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
            #expect(browser.cookies["thanhtra_session"] == nil)

            let right = try await browser.signIn("thanh_tra_vien")
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/work", "my work is the first page of a case reader")
            let cookie = try #require(right.headers[values: .setCookie].first { $0.hasPrefix("thanhtra_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))  // plain HTTP on loopback; --secure-cookies behind TLS
            let token = try #require(browser.cookies["thanhtra_session"])
            #expect(token.count == 64)
            // The store keeps the token's hash, never the token.
            #expect(try bench.store.sessionLogin(tokenHash: token, now: 1_795_000_000) == nil)
            #expect(try bench.store.sessionLogin(tokenHash: SessionToken.hash(of: token), now: 1_795_000_000) == "thanh_tra_vien")

            let list = try await browser.get("/cases")
            #expect(list.status == .ok)
            #expect(list.text.contains("Người thanh_tra_vien (thanh_tra_vien)"))
        }
    }

    @Test func signingOutEndsTheSessionInTheStore() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("lanh_dao")
            let token = try #require(browser.cookies["thanhtra_session"])
            try await browser.get("/cases")
            let out = try await browser.post("/logout", [:])
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login")
            #expect(try bench.store.sessionLogin(tokenHash: SessionToken.hash(of: token), now: 1_795_000_000) == nil)
            browser.cookies["thanhtra_session"] = token  // replaying the old cookie does not work either
            let after = try await browser.get("/cases")
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] == "/login")
        }
    }

    @Test func fiveFailuresThrottleTheLoginEvenForTheRightPasswordUntilTheWindowPasses() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            for _ in 1...5 {
                #expect(try await browser.signIn("bao_cao", password: "guess-guess-guess").status == .unauthorized)
            }
            let throttled = try await browser.signIn("bao_cao")
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.text.contains("Đăng nhập sai quá nhiều lần"))
            #expect(browser.cookies["thanhtra_session"] == nil)
            // Another login is not affected.
            #expect(try await Browser(client).signIn("lanh_dao").status == .seeOther)
            bench.advance(seconds: 15 * 60 + 1)
            #expect(try await browser.signIn("bao_cao").status == .seeOther)
        }
    }

    @Test func aDisabledAccountCannotSignInAndItsSessionStops() async throws {
        let bench = try ServerBench()
        let admin = Acting(account: "quantri", today: ServerBench.acting.today, recordedAt: ServerBench.acting.recordedAt)
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("lanh_dao")
            #expect(try await browser.get("/cases").status == .ok)
            try bench.accounts.disableAccount(login: "lanh_dao", acting: admin)
            #expect(try await browser.get("/cases").status == .seeOther)
            #expect(try await Browser(client).signIn("lanh_dao").status == .unauthorized)
        }
    }

    @Test func anUnsafeRequestWithoutTheRightCSRFTokenIsRefusedAndChangesNothing() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.get("/login")
            let noToken = try await browser.post(
                "/login", ["login": "lanh_dao", "password": ServerBench.password], csrf: .some(nil))
            #expect(noToken.status == .forbidden)
            #expect(noToken.text.contains("Biểu mẫu đã hết hạn hoặc không hợp lệ"))
            #expect(browser.cookies["thanhtra_session"] == nil)

            try await browser.signIn("lanh_dao")
            let token = try #require(browser.cookies["thanhtra_session"])
            let forged = try await browser.post("/logout", [:], csrf: .some(String(repeating: "0", count: 64)))
            #expect(forged.status == .forbidden)
            #expect(try bench.store.sessionLogin(tokenHash: SessionToken.hash(of: token), now: 1_795_000_000) == "lanh_dao")
            #expect(try await browser.get("/cases").status == .ok)
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            for uri in ["/login", "/cases", "/static/app.css", "/nowhere"] {
                let response = try await browser.get(uri)
                let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(policy.contains("default-src 'none'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(!policy.contains("script-src"))  // no script is allowed at all: default-src 'none'
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            }
            let page = try await browser.get("/login")
            #expect(!page.text.contains("<script"))
            #expect(!page.text.contains("style=\""))
        }
    }
}
