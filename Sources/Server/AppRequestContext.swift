public import Casework
public import Hummingbird
import HTTPTypes
import NIOCore

/// The request context of `thanhtra serve`: who is signed in (resolved by ``SessionMiddleware``), the language of
/// the page, the CSRF token a form must carry, and the fields of a posted form (read by ``CSRFMiddleware``).
public struct AppRequestContext: RequestContext, Sendable {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account, or `nil`.
    public var account: Account?
    /// The session's secret token from the cookie, when signed in.
    var sessionToken: String?
    /// The language of the pages: Vietnamese unless `?lang=en` or the `lang` cookie says English.
    public var language: Language = .vi
    /// The token every form of this page carries, checked on every unsafe request.
    var csrfToken = ""
    /// A new pre-session CSRF cookie to set on the response (the sign-in page's double-submit token).
    var newCSRFCookie: String?
    /// A language chosen by `?lang=` to remember in a cookie.
    var chosenLanguage: Language?
    /// The fields of a posted `application/x-www-form-urlencoded` body.
    var form: [String: String] = [:]
    /// The file of a posted `multipart/form-data` body (the import page's), read by ``CSRFMiddleware``.
    var upload: MultipartForm.File?
    /// The path and query of the request, for the language switch (``LanguageSwitch``).
    var path = "/"
    var query = ""
    /// Whether the page answers a posted form (its language switch posts the form again).
    var isPosted = false

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

/// The languages of the pages.
public enum Language: String, Sendable {
    case vi, en
}
