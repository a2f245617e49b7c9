import Casework
import Hummingbird
import HTTPTypes
import NIOCore
import Mustache

/// Renders a page: the template's body inside the layout, with the words of the page's language, the account and
/// its navigation, and the CSRF token for the forms.
enum Pages {
    static func render(
        _ template: String, _ data: [String: Any], title: String, status: HTTPResponse.Status = .ok,
        context: AppRequestContext
    ) -> Response {
        let words = Words.table(context.language)
        var page = data
        page["t"] = words
        page["csrf"] = context.csrfToken
        let body = Templates.library.render(page, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "t": words, "title": title, "body": body, "csrf": context.csrfToken, "lang": context.language.rawValue,
            "otherLang": context.language == .vi ? "en" : "vi",
        ].merging(LanguageSwitch.data(context, status: status)) { _, switching in switching }
        if let account = context.account {
            var nav: [[String: Any]] = []
            if ProtectedRoute.myWork.allows(account) { nav.append(["href": "/work", "label": words["myWork"] ?? ""]) }
            if ProtectedRoute.caseList.allows(account) { nav.append(["href": "/cases", "label": words["cases"] ?? ""]) }
            if ProtectedRoute.inspectionList.allows(account) {
                nav.append(["href": "/inspections", "label": words["inspections"] ?? ""])
            }
            if ProtectedRoute.periodReport.allows(account) {
                nav.append(["href": "/reports", "label": words["reports"] ?? ""])
            }
            if ProtectedRoute.journal.allows(account) { nav.append(["href": "/journal", "label": words["journal"] ?? ""]) }
            if ProtectedRoute.accountList.allows(account) {
                nav.append(["href": "/accounts", "label": words["accounts"] ?? ""])
            }
            if ProtectedRoute.plan.allows(account) { nav.append(["href": "/plan", "label": words["plan"] ?? ""]) }
            if ProtectedRoute.titleList.allows(account) {
                nav.append(["href": "/titles", "label": words["titlesAndDelegations"] ?? ""])
            }
            if ProtectedRoute.importFile.allows(account) {
                nav.append(["href": "/imports", "label": words["imports"] ?? ""])
            }
            if ProtectedRoute.rulePack.allows(account) { nav.append(["href": "/rules", "label": words["rulePack"] ?? ""]) }
            if ProtectedRoute.ownTitles.allows(account) && !ProtectedRoute.titleList.allows(account) {
                nav.append(["href": "/titles/mine", "label": words["myTitles"] ?? ""])
            }
            layout["account"] = ["displayName": account.displayName, "login": account.login, "nav": nav]
        }
        let html = Templates.library.render(layout, withTemplate: "layout") ?? ""
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A page with a heading and one sentence, both by key of ``Words``.
    static func message(
        status: HTTPResponse.Status, title: String, text: String, context: AppRequestContext
    ) -> Response {
        render(
            "message",
            ["heading": Words.text(title, context.language), "text": Words.text(text, context.language)],
            title: Words.text(title, context.language), status: status, context: context)
    }

    /// 403 for a use case's refusal of the acting account itself (``Problem/isForbidden``): the access-denied heading,
    /// the refusal's own sentence and what to do, and nothing of the page that was asked for.
    static func refusal(_ problem: Problem, context: AppRequestContext) -> Response {
        let title = Words.text("forbidden", context.language)
        let text = [problem.summary, problem.hint].compactMap { $0 }.joined(separator: " ")
        return render("message", ["heading": title, "text": text], title: title, status: .forbidden, context: context)
    }

    /// A redirect after a form (303: the browser follows with GET, so reloading does not post again).
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func money(_ amount: VND) -> String { amount.formatted(symbol: "₫") }
}
