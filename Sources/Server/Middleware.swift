import Casework
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import Inspectorate
import Logging

/// Security headers on every response: a Content-Security-Policy that allows no inline script (nor any script: the
/// pages have none), no framing, no sniffing, no referrer leaving the site; over TLS, `Strict-Transport-Security`
/// (browsers then never try plain HTTP to this host for a year).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    /// The server answers HTTPS itself (``ServerConfiguration/tls``).
    var overTLS = false

    static let strictTransportSecurity = "max-age=31536000"

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        + "base-uri 'none'"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicyField] = "no-referrer"
        response.headers[.xFrameOptionsField] = "DENY"
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        if overTLS { response.headers[.strictTransportSecurityField] = Self.strictTransportSecurity }
        return response
    }
}

/// One line per request through swift-log: method, path (without the query, which may hold a searched name),
/// status, milliseconds, and the account.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        func log(_ status: Int, _ account: String?) {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            logger.info(
                "\(request.method) \(request.uri.path) \(status)",
                metadata: [
                    "ms": .string(String(format: "%.1f", milliseconds)), "account": .string(account ?? "-"),
                ])
        }
        do {
            let response = try await next(request, context)
            log(response.status.code, context.account?.login)
            return response
        } catch let error as any HTTPResponseError {
            log(error.status.code, context.account?.login)
            throw error
        } catch WorkerPoolError.busy {
            log(503, context.account?.login)
            throw WorkerPoolError.busy
        } catch {
            log(500, context.account?.login)
            throw error
        }
    }
}

/// Resolves the session cookie to an account, picks the language, and sets the CSRF token forms must carry.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: ServerServices

    static let sessionCookie = "thanhtra_session"
    static let csrfCookie = "thanhtra_csrf"
    static let languageCookie = "lang"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.path = request.uri.path
        context.query = request.uri.query ?? ""
        if let chosen = FormData.query(of: request)["lang"].flatMap(Language.init(rawValue:)) {
            context.language = chosen
            context.chosenLanguage = chosen
        } else if let cookie = request.cookies[Self.languageCookie], let saved = Language(rawValue: cookie.value) {
            context.language = saved
        }
        if let token = request.cookies[Self.sessionCookie]?.value, Self.isToken(token) {
            let accounts = services.accounts
            let now = services.now()
            let account = try await services.pool.run { _ in try accounts.resolveSession(token, now: now) }
            if let account {
                context.account = account
                context.sessionToken = token
                context.csrfToken = Self.csrfToken(forSession: token)
            }
        }
        if context.account == nil && !request.uri.path.hasPrefix(APIRoutes.prefix + "/") {  // the API posts no forms
            if let cookie = request.cookies[Self.csrfCookie]?.value, Self.isToken(cookie) {
                context.csrfToken = cookie
            } else {
                let fresh = SessionTokenFactory.randomHex()
                context.csrfToken = fresh
                context.newCSRFCookie = fresh
            }
        }
        var response = try await next(request, context)
        if let fresh = context.newCSRFCookie {
            response.setCookie(services.configuration.cookie(Self.csrfCookie, fresh, maxAge: nil))
        }
        if let chosen = context.chosenLanguage {
            response.setCookie(services.configuration.cookie(Self.languageCookie, chosen.rawValue, maxAge: 365 * 86_400))
        }
        return response
    }

    /// Whether `text` is 64 lowercase hex digits (what the server hands out); anything else is ignored.
    static func isToken(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// The CSRF token of a session: derived from its secret token, so it is never stored and dies with the session.
    static func csrfToken(forSession token: String) -> String {
        SHA256.hex(utf8: "thanhtra-csrf-v1:" + token)
    }
}

/// Every unsafe request (anything but GET, HEAD, OPTIONS) must post a form whose `csrf` field is the page's token;
/// otherwise 403 and nothing happens. The parsed form is left in the context for the handler.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: ServerServices

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        switch request.method {
        case .get, .head, .options: return try await next(request, context)
        default: break
        }
        // The JSON API checks its own: a bearer token needs none, the cookie needs `X-CSRF-Token` (APIRoutes).
        if request.uri.path.hasPrefix(APIRoutes.prefix + "/") { return try await next(request, context) }
        var request = request
        var context = context
        if let boundary = MultipartForm.boundary(ofContentType: request.headers[.contentType]) {
            return try await handleMultipart(request, context: context, boundary: boundary, next: next)
        }
        let body = try await request.collectBody(upTo: 64 * 1024)
        context.form = FormData.parse(String(buffer: body))
        context.isPosted = true
        guard let sent = context.form["csrf"], !context.csrfToken.isEmpty,
            Self.constantTimeEqual(sent, context.csrfToken)
        else {
            return Pages.message(
                status: .forbidden, title: "forbidden", text: "csrf", context: context)
        }
        return try await next(request, context)
    }

    /// The bytes a `multipart/form-data` body may have beyond its file: the boundaries, the parts' headers and the
    /// text fields. The CSRF field must be the first part and end within them.
    static let multipartOverhead = 64 * 1024

    /// A posted file (the import page's `multipart/form-data`): taken only from a signed-in session, refused on its
    /// declared length above ``ServerConfiguration/maximumImportBytes`` and ``multipartOverhead`` before a byte is
    /// read. The body is read as it arrives (``MultipartSpool``): its first part must be the `csrf` field, checked as
    /// soon as it is complete, before anything of the file is read; the file is written to the uploads' private folder
    /// as it comes (413 above the limit), never held in memory. The fields and the file are left in the context; the
    /// file is removed after the response unless the route kept it (``ImportUploads/adopt(_:kind:owner:now:)``).
    private func handleMultipart(
        _ request: Request, context: Context, boundary: String,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.isPosted = true
        func refused() -> Response {
            Pages.message(status: .forbidden, title: "forbidden", text: "csrf", context: context)
        }
        guard context.account != nil, !context.csrfToken.isEmpty else { return refused() }
        let maximum = services.configuration.maximumImportBytes
        let tooLarge = Routes.tooLargePage(maximum, context: context)
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maximum + Self.multipartOverhead {
            return tooLarge
        }
        let uploads = services.uploads
        var spool = MultipartSpool(
            boundary: boundary, firstField: "csrf", maximumFileBytes: maximum, makePath: { try uploads.spoolPath() })
        defer { spool.discard() }  // a file kept by the route has been moved away: nothing to remove then
        var isChecked = false
        do {
            for try await var chunk in request.body {
                try spool.feed(&chunk)
                if !isChecked, let first = spool.fields.first {
                    guard Self.constantTimeEqual(first.value, context.csrfToken) else { return refused() }
                    isChecked = true
                }
            }
            try spool.finish()
        } catch MultipartSpool.Failure.tooLarge {
            return tooLarge
        } catch MultipartSpool.Failure.firstField {
            return refused()
        } catch MultipartSpool.Failure.malformed {
            return Pages.message(status: .badRequest, title: "error", text: "badForm", context: context)
        }
        guard isChecked else { return refused() }
        context.form = Dictionary(spool.fields.map { ($0.name, $0.value) }) { _, later in later }
        context.upload = spool.file
        return try await next(request, context)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

/// `application/x-www-form-urlencoded` bodies and query strings (where `+` is a space, as a form sends it).
enum FormData {
    /// The fields of the request's query string.
    static func query(of request: Request) -> [String: String] {
        parse(request.uri.query ?? "")
    }

    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}

/// Fresh random tokens for cookies.
enum SessionTokenFactory {
    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return SHA256.hexString((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}

extension HTTPField.Name {
    // The names are valid tokens, so the initializer never fails; the fallback only avoids a force unwrap.
    static let referrerPolicyField = HTTPField.Name("Referrer-Policy") ?? .contentSecurityPolicy
    static let xFrameOptionsField = HTTPField.Name("X-Frame-Options") ?? .contentSecurityPolicy
    static let strictTransportSecurityField = HTTPField.Name("Strict-Transport-Security") ?? .contentSecurityPolicy
}
