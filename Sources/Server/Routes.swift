import Casework
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import Inspectorate
import Logging
import Reports

/// The routes of `thanhtra serve`. Each only decodes the request, runs a use case on the worker pool and renders
/// the page; the route × role check comes first (``ProtectedRoute``).
struct Routes {
    let services: ServerServices

    func register(on router: Router<AppRequestContext>) {
        router.get("/static/app.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Templates.styleSheet)))
        }
        router.get("/static/decision.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: DecisionDocument.printStyleSheet)))
        }
        router.get("/") { _, context in
            Pages.redirect(to: context.account.map(ProtectedRoute.home(for:)) ?? "/login")
        }
        router.get("/login") { _, context in
            if let account = context.account { return Pages.redirect(to: ProtectedRoute.home(for: account)) }
            return Pages.render("login", [:], title: Words.text("signIn", context.language), context: context)
        }
        router.post("/login") { _, context in try await signIn(context) }
        router.post("/logout") { _, context in try await signOut(context) }
        router.get("/welcome") { _, context in
            guard context.account != nil else { return Pages.redirect(to: "/login") }
            return Pages.message(status: .ok, title: "welcome", text: "welcomeText", context: context)
        }
        router.get("/cases", use: protected(.caseList, caseList))
        router.get("/cases/:id", use: protected(.caseDetail, caseDetail))
        router.get("/subjects/:id", use: protected(.subjectDetail, subjectDetail))
        router.get("/inspections", use: protected(.inspectionList, inspectionList))
        router.get("/inspections/:id", use: protected(.inspectionDetail, inspectionDetail))
        router.get("/accounts", use: protected(.accountList, accountList))
        router.get("/cases/:id/payment", use: protected(.recordPayment, paymentForm))
        router.post("/cases/:id/payment/preview", use: protected(.recordPayment, paymentPreview))
        router.post("/cases/:id/payment", use: protected(.recordPayment, paymentRecord))
        router.get("/subjects/:id/cases/new", use: protected(.openCase, openCaseForm))
        router.post("/subjects/:id/cases/preview", use: protected(.openCase, openCasePreview))
        router.post("/subjects/:id/cases", use: protected(.openCase, openCaseRecord))
        router.get("/cases/:id/decide", use: protected(.decideCase, decideForm))
        router.post("/cases/:id/decide/preview", use: protected(.decideCase, decidePreview))
        router.post("/cases/:id/decide", use: protected(.decideCase, decideRecord))
        router.get("/cases/:id/cancel", use: protected(.cancelCase, cancelForm))
        router.post("/cases/:id/cancel/preview", use: protected(.cancelCase, cancelPreview))
        router.post("/cases/:id/cancel", use: protected(.cancelCase, cancelRecord))
        router.get("/work", use: protected(.myWork, myWork))
        router.get("/cases/:id/decision", use: protected(.decisionDocument, decisionPage))
        router.get("/cases/:id/decision.pdf", use: protected(.decisionDocument, decisionPDF))
        router.get("/reports", use: protected(.periodReport, reportPage))
        router.get("/reports/download", use: protected(.periodReport, reportDownload))
        router.get("/reports/explain", use: protected(.periodReport, reportExplain))
        router.post("/reports/file", use: protected(.fileReport, reportFile))
        router.get("/journal", use: protected(.journal, journalPage))
        router.get("/journal/verify", use: protected(.journal, journalVerify))
        registerAdministration(on: router)
        registerRulePack(on: router)
        registerPlan(on: router)
        registerInspectionSteps(on: router)
        registerCaseSteps(on: router)
        registerInspectionResults(on: router)
        registerOwnTitles(on: router)
        registerImports(on: router)
        APIRoutes(services: services).register(on: router)
    }

    // MARK: - Guard

    typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response

    /// Signed out: to the sign-in page. Signed in without a role the route allows: 403 and a Vietnamese page, before
    /// anything is read or written.
    func protected(_ route: ProtectedRoute, _ handler: @escaping Handler) -> Handler {
        { request, context in
            guard let account = context.account else { return Pages.redirect(to: "/login") }
            guard route.allows(account) else {
                return Pages.message(
                    status: .forbidden, title: "forbidden", text: "forbiddenText", context: context)
            }
            return try await handler(request, context)
        }
    }

    // MARK: - Signing in and out

    func signIn(_ context: AppRequestContext) async throws -> Response {
        let login = context.form["login"] ?? ""
        let password = context.form["password"] ?? ""
        let accounts = services.accounts
        let now = services.now()
        do {
            let session = try await services.pool.run { _ -> SessionToken in
                let account = try accounts.authenticate(login: login, password: password, now: now)
                return try accounts.createSession(for: account.login, now: now)
            }
            let account = try await services.pool.run { _ in try accounts.resolveSession(session.token, now: now) }
            var response = Pages.redirect(to: account.map(ProtectedRoute.home(for:)) ?? "/login")
            response.setCookie(
                services.configuration.cookie(
                    SessionMiddleware.sessionCookie, session.token, maxAge: Int(accounts.sessionLifetime)))
            return response
        } catch let error as AccountError {
            let throttled: Bool
            if case .throttled = error { throttled = true } else { throttled = false }
            return Pages.render(
                "login",
                ["error": Words.text(throttled ? "throttled" : "badCredentials", context.language), "login": login],
                title: Words.text("signIn", context.language), status: throttled ? .tooManyRequests : .unauthorized,
                context: context)
        }
    }

    func signOut(_ context: AppRequestContext) async throws -> Response {
        if let token = context.sessionToken {
            let accounts = services.accounts
            let now = services.now()
            try await services.pool.run { _ in try accounts.endSession(token, now: now) }
        }
        var response = Pages.redirect(to: "/login")
        response.setCookie(services.configuration.cookie(SessionMiddleware.sessionCookie, "", maxAge: 0))
        return response
    }
}
