import Foundation
import HTTPTypes

/// The header's switch to the other language. On a page read by GET it is a link to the same page and query with
/// `lang` changed. On a page that answers a posted form — a preview, a confirmation, a form shown again with its
/// problem — a link would GET a route that only takes posts, so it is a form that posts the same fields again (never
/// a password) to the route that shows them without writing anything: the preview route itself, or the preview of the
/// route that records (`…/x` → `…/x/preview`), with `?lang=` in its query (read by ``SessionMiddleware`` for every
/// method). A posted page without a preview (sign-in, a password reset, filing a report) links to its form's page.
enum LanguageSwitch {
    /// The fields a switch never posts again: the CSRF token (the page's own is added) and passwords.
    static let leftOut: Set<String> = ["csrf", "password", "repeat"]

    /// The layout's data: `switchForm` (its `action` and hidden `fields`) or `switchHref`. A posted form refused
    /// outright (403, 404, the CSRF check) switches on the home page: posting it again would be refused again.
    static func data(_ context: AppRequestContext, status: HTTPResponse.Status) -> [String: Any] {
        let other = context.language == .vi ? "en" : "vi"
        if context.isPosted, status != .ok, status != .unprocessableContent {
            return ["switchHref": "/?lang=\(other)"]
        }
        guard context.isPosted else {
            var pairs = FormData.parse(context.query).filter { $0.key != "lang" }.sorted { $0.key < $1.key }
                .map { "\(Routes.escapeQuery($0.key))=\(Routes.escapeQuery($0.value))" }
            pairs.append("lang=\(other)")
            return ["switchHref": context.path + "?" + pairs.joined(separator: "&")]
        }
        guard let target = previewRoute(forPost: context.path) else {
            return ["switchHref": formPage(forPost: context.path) + "?lang=\(other)"]
        }
        var fields = context.form.filter { !leftOut.contains($0.key) }.sorted { $0.key < $1.key }
            .map { ["name": $0.key, "value": $0.value] }
        // A form with a password cannot be previewed again without it: its form comes back, the password to retype.
        if context.form["password"] != nil && context.form[Routes.editField] == nil {
            fields.append(["name": Routes.editField, "value": "1"])
        }
        return ["switchForm": ["action": target + "?lang=\(other)", "fields": fields] as [String: Any]]
    }

    /// The route that shows a posted form again without writing: the preview itself, or the recording route's
    /// preview; `nil` for the posts that have none.
    static func previewRoute(forPost path: String) -> String? {
        if path.hasSuffix("/preview") { return path }
        if path == "/login" || path == "/logout" || path == "/reports/file" || path.hasSuffix("/password") { return nil }
        return path + "/preview"
    }

    /// The page of a posted form without a preview: the sign-in page, the report, the account.
    static func formPage(forPost path: String) -> String {
        if path == "/reports/file" { return "/reports" }
        if path.hasSuffix("/password") { return String(path.dropLast("/password".count)) }
        return path == "/logout" ? "/login" : path
    }
}
