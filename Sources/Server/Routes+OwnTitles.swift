import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The signed-in account's own legal titles and delegations (`GET /titles/mine`), and the form that lends a title it
/// holds (Luật XLVPHC Điều 54): the delegation use case lets an administrator record any delegation and the holder of
/// a title its own (``Inspectorate/Authorities/delegate(title:from:to:startsOn:endsOn:document:scope:titles:acting:)``),
/// so the delegation routes let every active account in and the use case decides; an account that is not an
/// administrator is refused another's delegations before anything is read (403), and its refusals and confirmations
/// come back to this page, never to another account's.
extension Routes {
    func registerOwnTitles(on router: Router<AppRequestContext>) {
        router.get("/titles/mine", use: protected(.ownTitles) { request, context in
            let notice = FormData.query(of: request)["done"].map { "done-\($0)" }
            return try await ownTitlesPage(problem: nil, notice: notice, context)
        })
    }

    /// Whether the signed-in account administers titles and delegations (the account pages are its).
    func administersTitles(_ context: AppRequestContext) -> Bool {
        context.account.map(ProtectedRoute.accountDetail.allows) ?? false
    }

    /// Where a delegation form of `delegator` goes back to: the account page for an administrator, else the
    /// account's own titles page.
    func delegationHome(_ delegator: String, _ context: AppRequestContext) -> String {
        administersTitles(context) ? "/accounts/\(delegator)" : "/titles/mine"
    }

    /// A delegation form's page shown again with a problem (or as typed): the account page for an administrator, the
    /// own titles page for the holder.
    func delegationPage(_ delegator: String, problem: Problem?, _ context: AppRequestContext) async throws -> Response {
        if administersTitles(context) {
            return try await accountDetailPage(delegator, problem: problem, notice: nil, context)
        }
        return try await ownTitlesPage(problem: problem, notice: nil, context)
    }

    /// `GET /titles/mine`: the account's titles, the delegations it lends and receives, the delegation form.
    func ownTitlesPage(problem: Problem?, notice: String?, _ context: AppRequestContext) async throws -> Response {
        guard let authorities = authorities(), let account = context.account else { return notAvailable(context) }
        let services = services
        let acting = services.acting(context)
        return try await services.pool.run { worker in
            let language = context.language
            let today = acting.today
            let names = try Self.signerTitleNames(worker, on: today)
            let titles = try authorities.titleAssignments(of: account.login, acting: acting)
            let delegations = try authorities.delegations(of: account.login, acting: acting)
            let typed = context.isPosted && context.path.contains("/delegations") ? context.form : [:]
            let held = Array(Set(titles.filter { $0.endsOn.map { today <= $0 } ?? true }.map(\.title))).sorted()
            var data: [String: Any] = [
                "login": account.login,
                "titles": titles.map { title -> [String: Any] in
                    [
                        "title": names[title.title] ?? title.title, "code": title.title,
                        "term": Self.term(title.startsOn, title.endsOn, language), "current": title.covers(today),
                    ]
                },
                "hasTitles": !titles.isEmpty,
                "lent": delegations.filter { $0.delegator == account.login }.map {
                    Self.delegationRow($0, names: names, today: today, language)
                },
                "received": delegations.filter { $0.delegate == account.login }.map {
                    Self.delegationRow($0, names: names, today: today, language)
                },
                "canDelegate": !held.isEmpty,
                "delegationTitles": held.map { code -> [String: Any] in
                    ["code": code, "name": names[code] ?? code, "chosen": typed["title"] == code]
                },
                "others": try services.accounts.store.accounts().filter { $0.login != account.login && $0.isActive }
                    .map { other -> [String: Any] in
                        ["login": other.login, "name": other.displayName, "chosen": typed["delegate"] == other.login]
                    },
                "delegationFrom": typed["from"] ?? "\(today)", "delegationTo": typed["to"] ?? "",
                "delegationDocument": typed["document"] ?? "", "delegationScope": typed["scope"] ?? "",
            ]
            if let problem { data["problem"] = problem.asData }
            if let notice { data["notice"] = Words.text(notice, language) }
            return Pages.render(
                "ownTitles", data, title: Words.text("myTitles", language),
                status: problem == nil ? .ok : .unprocessableContent, context: context)
        }
    }
}
