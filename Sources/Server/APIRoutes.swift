import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate
import Logging
import NIOCore

/// The JSON API under `/api/v1` (docs/api.md; docs/openapi.yaml): the same use cases the pages call, on the same
/// worker pool, behind the same route × role table (``ProtectedRoute``, its `api…` cases).
///
/// Authentication: `Authorization: Bearer TOKEN`, the token from `POST /api/v1/session` (a session of the store:
/// kept only as its SHA-256, with the same expiry as a page's session, ended by `DELETE /api/v1/session`), or the
/// pages' session cookie. A bearer token is never sent by a browser on its own, so it needs no CSRF token; a request
/// authenticated by the cookie that changes anything must carry the session's CSRF token in `X-CSRF-Token`
/// (`GET /api/v1/session` gives it), so a page of another site cannot act with a signed-in browser's cookie.
///
/// Every answer is JSON; every refusal is ``APIProblem``'s body `{code, message, details}`, in Vietnamese or English
/// (`?lang=`, else `Accept-Language`, else the `lang` cookie, else Vietnamese).
struct APIRoutes {
    /// Where the API lives.
    static let prefix = "/api/v1"

    let services: ServerServices

    func register(on router: Router<AppRequestContext>) {
        let api = router.group(RouterPath(Self.prefix))
        api.post("session", use: anyone(signIn))
        api.get("session", use: signedIn(whoAmI))
        api.delete("session", use: signedIn(signOut, unsafe: true))
        api.get("cases", use: guarded(.apiCaseList, caseList))
        api.get("cases/:id", use: guarded(.apiCaseDetail, caseDetail))
        api.get("subjects", use: guarded(.apiSubjectSearch, subjectSearch))
        api.post("subjects/:id/cases", use: guarded(.apiOpenCase, openCase, unsafe: true))
        api.post("cases/:id/decision", use: guarded(.apiDecideCase, decideCase, unsafe: true))
        api.post("cases/:id/payments", use: guarded(.apiRecordPayment, recordPayment, unsafe: true))
        api.post("cases/:id/cancellation", use: guarded(.apiCancelCase, cancelCase, unsafe: true))
        api.get("reports", use: guarded(.apiPeriodReport, periodReport))
        api.get("reports/members", use: guarded(.apiPeriodReport, figureMembers))
        api.get("journal/head", use: guarded(.apiJournal, journalHead))
        api.get("journal/verify", use: guarded(.apiJournal, journalVerify))
        api.post("cases/:id/delivery", use: guarded(.apiDeliverCase, deliverCase, unsafe: true))
        api.post("cases/:id/extension", use: guarded(.apiExtendCase, extendCase, unsafe: true))
        api.post("cases/:id/installments", use: guarded(.apiApproveInstallments, approveInstallments, unsafe: true))
        api.post("cases/:id/postponement", use: guarded(.apiPostponeCase, postponeCase, unsafe: true))
        api.get("inspections", use: guarded(.apiInspectionList, inspectionList))
        api.get("inspections/:id", use: guarded(.apiInspectionDetail, inspectionDetail))
        api.post("inspections", use: guarded(.apiOpenInspection, openInspection, unsafe: true))
        api.post("inspections/:id/steps", use: guarded(.apiInspectionStep, inspectionStep, unsafe: true))
        api.get("plan", use: guarded(.apiPlan, plan))
        api.post("reports/filing", use: guarded(.apiFileReport, fileReport, unsafe: true))
        api.post("inspections/:id/findings", use: guarded(.apiAddFinding, addFinding, unsafe: true))
        api.post("inspections/:id/recommendations", use: guarded(.apiRecommend, recommend, unsafe: true))
        api.post(
            "inspections/:id/recommendations/:recommendationID/follow-ups",
            use: guarded(.apiRecordFollowUp, recordFollowUp, unsafe: true))
        api.post("plan", use: guarded(.apiLoadPlan, loadPlan, unsafe: true))
        api.get("accounts", use: guarded(.apiAccountList, accountList))
        api.post("accounts", use: guarded(.apiAddAccount, addAccount, unsafe: true))
        api.post("accounts/:login/disable", use: guarded(.apiDisableAccount, disableAccount, unsafe: true))
        api.post("accounts/:login/roles", use: guarded(.apiChangeRoles, changeRole, unsafe: true))
        api.post("accounts/:login/titles", use: guarded(.apiAssignTitle, assignTitle, unsafe: true))
        api.post("accounts/:login/delegations", use: guarded(.apiDelegateTitle, delegateTitle, unsafe: true))
        registerAuthority(on: api)
        registerImports(on: api)
    }

    // MARK: - Guards

    /// What an API handler gets: the request, the context (with the account), the language of the answer.
    typealias APIHandler = @Sendable (Request, AppRequestContext, Language) async throws -> Response

    /// A route open to anyone (signing in). Errors become JSON bodies.
    func anyone(_ handler: @escaping APIHandler) -> Routes.Handler {
        { request, context in
            let language = Self.language(request, context)
            return await Self.answering(language, context) { try await handler(request, context, language) }
        }
    }

    /// A route for any signed-in account (401 otherwise), whatever its roles.
    func signedIn(_ handler: @escaping APIHandler, unsafe: Bool = false) -> Routes.Handler {
        { [services] request, context in
            let language = Self.language(request, context)
            return await Self.answering(language, context) {
                let context = try await Self.authenticate(request, context, unsafe: unsafe, services, language)
                return try await handler(request, context, language)
            }
        }
    }

    /// A route of the route × role table: 401 when not signed in, 403 when no role of the account allows it (before
    /// anything is read or written), then the handler.
    func guarded(_ route: ProtectedRoute, _ handler: @escaping APIHandler, unsafe: Bool = false) -> Routes.Handler {
        { [services] request, context in
            let language = Self.language(request, context)
            return await Self.answering(language, context) {
                let context = try await Self.authenticate(request, context, unsafe: unsafe, services, language)
                guard let account = context.account, route.allows(account) else {
                    throw APIProblem.forbidden(route, language)
                }
                return try await handler(request, context, language)
            }
        }
    }

    /// The account of the request: the bearer token's session, else the cookie's (with the CSRF header on an unsafe
    /// request). A bearer token that is not a live session is refused, never replaced by the cookie.
    static func authenticate(
        _ request: Request, _ context: AppRequestContext, unsafe: Bool, _ services: ServerServices,
        _ language: Language
    ) async throws -> AppRequestContext {
        var context = context
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw APIProblem.unauthenticated(language) }
            let token = String(parts[1]).trimmingCharacters(in: .whitespaces)
            guard SessionMiddleware.isToken(token) else { throw APIProblem.unauthenticated(language) }
            let accounts = services.accounts
            let now = services.now()
            guard let account = try await services.pool.run({ _ in try accounts.resolveSession(token, now: now) }) else {
                throw APIProblem.unauthenticated(language)
            }
            context.account = account
            context.sessionToken = token
            context.csrfToken = ""  // a bearer request needs none, and gets none
            return context
        }
        guard context.account != nil, context.sessionToken != nil else { throw APIProblem.unauthenticated(language) }
        if unsafe {
            guard let sent = request.headers[.csrfToken], !context.csrfToken.isEmpty,
                CSRFMiddleware.constantTimeEqual(sent, context.csrfToken)
            else { throw APIProblem.csrf(language) }
        }
        return context
    }

    /// Runs `body`; a refusal becomes its JSON body, anything else a logged 500 in JSON.
    static func answering(
        _ language: Language, _ context: AppRequestContext, _ body: () async throws -> Response
    ) async -> Response {
        do {
            return try await body()
        } catch {
            if let problem = APIProblem.from(error, language) { return problem.response }
            context.logger.error("API request failed", metadata: ["error": .string("\(error)")])
            return APIProblem.internalError(language).response
        }
    }

    /// The language of the answer: `?lang=vi|en`, else the first of `Accept-Language` that is Vietnamese or
    /// English (by its `q`), else the page's (the `lang` cookie, else Vietnamese).
    static func language(_ request: Request, _ context: AppRequestContext) -> Language {
        if let chosen = FormData.query(of: request)["lang"].flatMap(Language.init(rawValue:)) { return chosen }
        if let header = request.headers[.acceptLanguage] {
            let ranked = header.split(separator: ",").enumerated().compactMap {
                index, item -> (language: Language, q: Double, index: Int)? in
                let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                guard let tag = parts.first?.lowercased() else { return nil }
                let primary = tag.split(separator: "-").first.map(String.init) ?? tag
                guard let language = Language(rawValue: primary) else { return nil }
                let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
                return q > 0 ? (language, q, index) : nil
            }
            if let best = ranked.min(by: { $0.q != $1.q ? $0.q > $1.q : $0.index < $1.index }) { return best.language }
        }
        return context.language
    }

    // MARK: - Reading requests

    /// The request's JSON body as `T`: 400 when it is not JSON, 422 naming the field when a field is missing or of
    /// the wrong type.
    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ language: Language) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: 64 * 1024)
        let data = Data(buffer.readableBytesView)
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "\($0)" } ?? $0.stringValue }.joined(separator: ".")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw APIProblem.malformed(language)
        } catch DecodingError.keyNotFound(let key, let context) {
            throw APIProblem.invalidField(path(context.codingPath + [key]), expected: expected(nil, language), language)
        } catch DecodingError.typeMismatch(let type, let context) {
            throw APIProblem.invalidField(path(context.codingPath), expected: expected(type, language), language)
        } catch DecodingError.valueNotFound(let type, let context) {
            throw APIProblem.invalidField(path(context.codingPath), expected: expected(type, language), language)
        } catch DecodingError.dataCorrupted(let context) {
            throw APIProblem.invalidField(path(context.codingPath), expected: expected(nil, language), language)
        }
    }

    /// What a field of `type` holds, in words.
    private static func expected(_ type: Any.Type?, _ language: Language) -> String {
        let vi = language == .vi
        guard let type else { return vi ? "một giá trị" : "a value" }
        if type is Int64.Type || type is Int.Type { return vi ? "một số nguyên (đồng)" : "a whole number" }
        if type is Bool.Type { return "true / false" }
        if type is String.Type { return vi ? "một chuỗi ký tự" : "a string" }
        return vi ? "một giá trị" : "a value"
    }

    /// A date field `YYYY-MM-DD`, or `fallback` when absent; 422 naming the field otherwise.
    static func date(_ text: String?, field: String, default fallback: CalendarDate?, _ language: Language) throws
        -> CalendarDate?
    {
        guard let text = text?.trimmedOfWhitespace, !text.isEmpty else { return fallback }
        guard let day = CalendarDate(text) else {
            throw APIProblem.invalidField(field, expected: language == .vi ? "ngày YYYY-MM-DD" : "a date YYYY-MM-DD", language)
        }
        return day
    }

    /// An amount field in đồng: 0 … ``Casework/VND/maximum``; 422 naming the field otherwise.
    static func money(_ value: Int64, field: String, _ language: Language) throws -> VND {
        guard let amount = VND(rawValue: value), amount <= VND.maximum else {
            throw APIProblem.invalidField(
                field, expected: language == .vi ? "số đồng nguyên, từ 0 đến 10^18" : "whole đồng from 0 to 10^18",
                language)
        }
        return amount
    }

    /// The `:id` of the path; 404 when it is not a number.
    static func id(_ context: AppRequestContext, _ language: Language) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw APIProblem.notFound(language) }
        return id
    }
}

extension ProtectedRoute {
    /// Whether the route is one of the JSON API's (`/api/v1/…`), which answer 401 and 403 in JSON.
    public var isAPI: Bool { rawValue.hasPrefix("api") }
}

/// The method and path of every route registered under `/api/v1` (`GET /api/v1/cases/{id}`), as the server's router
/// has them: docs/openapi.yaml must list exactly these (`OpenAPIContractTests`).
public func apiRouteDescriptions(services: ServerServices) -> [String] {
    let router = Router(context: AppRequestContext.self)
    Routes(services: services).register(on: router)
    return router.routes.filter { "\($0.path)".hasPrefix(APIRoutes.prefix + "/") }.map { "\($0.method) \($0.path)" }
        .sorted()
}

extension HTTPField.Name {
    /// The CSRF token of a cookie-authenticated unsafe API request. A valid token, so the fallback never happens.
    static let csrfToken = HTTPField.Name("X-CSRF-Token") ?? .authorization
}
