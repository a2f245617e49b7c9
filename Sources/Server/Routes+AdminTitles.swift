import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// Administration of legal titles and delegations (the `quan_tri` role; docs/titles.md): assign a title for a term and
/// end it; record a delegation (Luật XLVPHC Điều 54: in writing, a scope and a term, no re-delegation) and end it
/// early. Each is a form on the account page, a confirmation that writes nothing (the use case's checks, Điều 54's
/// on the rows as stored), then the journaled use case and a 303 back to the account.
extension Routes {
    func registerTitleAdministration(on router: Router<AppRequestContext>) {
        router.get("/titles", use: protected(.titleList, titleListPage))
        router.post("/accounts/:login/titles/preview", use: protected(.assignTitle, assignTitlePreview))
        router.post("/accounts/:login/titles", use: protected(.assignTitle, assignTitleRecord))
        router.post("/titles/:id/end/preview", use: protected(.assignTitle, endTitlePreview))
        router.post("/titles/:id/end", use: protected(.assignTitle, endTitleRecord))
        router.post("/accounts/:login/delegations/preview", use: protected(.delegateTitle, delegatePreview))
        router.post("/accounts/:login/delegations", use: protected(.delegateTitle, delegateRecord))
        router.post("/delegations/:id/end/preview", use: protected(.delegateTitle, endDelegationPreview))
        router.post("/delegations/:id/end", use: protected(.delegateTitle, endDelegationRecord))
    }

    /// `GET /titles`: every title assignment and delegation, with their terms.
    func titleListPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let authorities = authorities() else { return notAvailable(context) }
        let services = services
        let acting = services.acting(context)
        return try await services.pool.run { worker in
            let language = context.language
            let today = acting.today
            let names = try Self.signerTitleNames(worker, on: today)
            let titles = try authorities.titleAssignments(of: nil, acting: acting)
            let delegations = try authorities.delegations(of: nil, acting: acting)
            let data: [String: Any] = [
                "titles": titles.map { title -> [String: Any] in
                    [
                        "id": "\(title.id.rawValue)", "login": title.login, "title": names[title.title] ?? title.title,
                        "code": title.title, "term": Self.term(title.startsOn, title.endsOn, language),
                        "current": title.covers(today),
                    ]
                },
                "hasTitles": !titles.isEmpty,
                "delegations": delegations.map { Self.delegationRow($0, names: names, today: today, language) },
                "hasDelegations": !delegations.isEmpty,
            ]
            return Pages.render("titles", data, title: Words.text("titlesAndDelegations", language), context: context)
        }
    }

    // MARK: - Titles

    /// The title form's fields.
    private struct TitleFields: Sendable {
        var title: String
        var from: CalendarDate?
        var to: CalendarDate?
        /// The last day was given but is not a date.
        var badTo: Bool

        init(_ form: [String: String]) {
            title = (form["title"] ?? "").trimmedOfWhitespace
            from = CalendarDate((form["from"] ?? "").trimmedOfWhitespace)
            let last = (form["to"] ?? "").trimmedOfWhitespace
            to = CalendarDate(last)
            badTo = !last.isEmpty && to == nil
        }
    }

    /// `POST /accounts/:login/titles/preview`: the assignment as it would be recorded; nothing is written.
    func assignTitlePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await assignTitle(context, confirm: false)
    }

    /// `POST /accounts/:login/titles`: assigns the title (`title assign`).
    func assignTitleRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await assignTitle(context, confirm: true)
    }

    private func assignTitle(_ context: AppRequestContext, confirm: Bool) async throws -> Response {
        let login = context.parameters.get("login") ?? ""
        let language = context.language
        let fields = TitleFields(context.form)
        if !confirm, context.form[Self.editField] != nil {  // "Sửa lại": the account page, the form as it was typed
            return try await accountDetailPage(login, problem: nil, notice: nil, context)
        }
        guard let from = fields.from, !fields.badTo else {
            return try await accountDetailPage(login, problem: Self.badDay(language), notice: nil, context)
        }
        guard let authorities = authorities() else { return notAvailable(context) }
        let acting = services.acting(context)
        let outcome = try await attempt(context) { worker -> (NewTitleAssignment, String) in
            let titles = try Self.signerTitles(worker)
            let name = try Self.signerTitleNames(worker, on: from)[fields.title]
            if confirm {
                let stored = try authorities.assignTitle(
                    login: login, title: fields.title, from: from, to: fields.to, titles: titles, acting: acting)
                return (
                    NewTitleAssignment(login: stored.login, title: stored.title, startsOn: stored.startsOn, endsOn: stored.endsOn),
                    name ?? stored.title
                )
            }
            let draft = try authorities.previewTitleAssignment(
                login: login, title: fields.title, from: from, to: fields.to, titles: titles, acting: acting)
            return (draft, name ?? draft.title)
        }
        switch outcome {
        case .failure(let problem): return try await accountDetailPage(login, problem: problem, notice: nil, context)
        case .success(let (draft, name)):
            if confirm { return Pages.redirect(to: "/accounts/\(draft.login)?done=title") }
            var hidden = ["title": draft.title, "from": "\(draft.startsOn)"]
            if let to = draft.endsOn { hidden["to"] = "\(to)" }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text("assignTitle", language)) · \(draft.login)",
                    action: "/accounts/\(draft.login)/titles",
                    facts: [
                        (Words.text("account", language), draft.login), (Words.text("legalTitle", language), "\(name) (\(draft.title))"),
                        (Words.text("term", language), Self.term(draft.startsOn, draft.endsOn, language)),
                    ],
                    hidden: hidden, button: Words.text("confirmAssignTitle", language), back: "/accounts/\(draft.login)",
                    note: Words.text("titleNote", language), edit: "/accounts/\(draft.login)/titles/preview"),
                context)
        }
    }

    /// `POST /titles/:id/end/preview`: the assignment with its new last day; nothing is written.
    func endTitlePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await endTitle(context, confirm: false)
    }

    /// `POST /titles/:id/end`: ends the assignment (`title end`).
    func endTitleRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await endTitle(context, confirm: true)
    }

    private func endTitle(_ context: AppRequestContext, confirm: Bool) async throws -> Response {
        let language = context.language
        let back = (context.form["login"] ?? "").trimmedOfWhitespace
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("titleNotFound", context) }
        guard let lastDay = CalendarDate((context.form["lastDay"] ?? "").trimmedOfWhitespace) else {
            return try await delegationPage(back, problem: Self.badDay(language), context)
        }
        guard let authorities = authorities() else { return notAvailable(context) }
        let acting = services.acting(context)
        let id = TitleAssignment.ID(rawValue: number)
        let outcome = try await attempt(context) { _ in
            try confirm
                ? authorities.endTitle(id, lastDay: lastDay, acting: acting)
                : authorities.previewTitleEnd(id, lastDay: lastDay, acting: acting)
        }
        switch outcome {
        case .failure(let problem): return try await accountDetailPage(back, problem: problem, notice: nil, context)
        case .success(let ended):
            if confirm { return Pages.redirect(to: "/accounts/\(ended.login)?done=titleEnded") }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text("endTitle", language)) #\(number)", action: "/titles/\(number)/end",
                    facts: [
                        (Words.text("account", language), ended.login), (Words.text("legalTitle", language), ended.title),
                        (Words.text("term", language), Self.term(ended.startsOn, ended.endsOn, language)),
                    ],
                    hidden: ["lastDay": "\(lastDay)", "login": ended.login], button: Words.text("confirmEnd", language),
                    back: "/accounts/\(ended.login)"),
                context)
        }
    }

    // MARK: - Delegations

    /// The delegation form's fields (the delegator is the account of the page).
    private struct DelegationFields: Sendable {
        var delegate: String
        var title: String
        var from: CalendarDate?
        var to: CalendarDate?
        var document: String
        var scope: String

        init(_ form: [String: String]) {
            delegate = (form["delegate"] ?? "").trimmedOfWhitespace
            title = (form["title"] ?? "").trimmedOfWhitespace
            from = CalendarDate((form["from"] ?? "").trimmedOfWhitespace)
            to = CalendarDate((form["to"] ?? "").trimmedOfWhitespace)
            document = form["document"] ?? ""
            scope = form["scope"] ?? ""
        }
    }

    /// `POST /accounts/:login/delegations/preview`: the delegation as it would be recorded, after Điều 54's checks;
    /// nothing is written.
    func delegatePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await delegate(context, confirm: false)
    }

    /// `POST /accounts/:login/delegations`: records the delegation (`delegate`).
    func delegateRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await delegate(context, confirm: true)
    }

    private func delegate(_ context: AppRequestContext, confirm: Bool) async throws -> Response {
        let delegator = context.parameters.get("login") ?? ""
        let language = context.language
        let fields = DelegationFields(context.form)
        // Another account's delegation is an administrator's (the use case's rule): refused before anything is read.
        guard administersTitles(context) || delegator.lowercased() == context.account?.login else {
            return Pages.message(status: .forbidden, title: "forbidden", text: "forbiddenText", context: context)
        }
        if !confirm, context.form[Self.editField] != nil {  // "Sửa lại": the form again, as it was typed
            return try await delegationPage(delegator, problem: nil, context)
        }
        guard let from = fields.from, let to = fields.to else {
            return try await delegationPage(delegator, problem: Self.badDay(language), context)
        }
        guard let authorities = authorities() else { return notAvailable(context) }
        let acting = services.acting(context)
        let outcome = try await attempt(context) { worker -> (NewDelegation, String) in
            let titles = try Self.signerTitles(worker)
            let name = try Self.signerTitleNames(worker, on: from)[fields.title]
            if confirm {
                let stored = try authorities.delegate(
                    title: fields.title, from: delegator, to: fields.delegate, startsOn: from, endsOn: to,
                    document: fields.document, scope: fields.scope, titles: titles, acting: acting)
                return (
                    NewDelegation(
                        delegator: stored.delegator, delegate: stored.delegate, title: stored.title,
                        startsOn: stored.startsOn, endsOn: stored.endsOn, document: stored.document, scope: stored.scope),
                    name ?? stored.title
                )
            }
            let draft = try authorities.previewDelegation(
                title: fields.title, from: delegator, to: fields.delegate, startsOn: from, endsOn: to,
                document: fields.document, scope: fields.scope, titles: titles, acting: acting)
            return (draft, name ?? draft.title)
        }
        switch outcome {
        case .failure(let problem): return try await delegationPage(delegator, problem: problem, context)
        case .success(let (draft, name)):
            let home = delegationHome(draft.delegator, context)
            if confirm { return Pages.redirect(to: "\(home)?done=delegation") }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text("delegate", language)) · \(draft.delegator) → \(draft.delegate)",
                    action: "/accounts/\(draft.delegator)/delegations",
                    facts: [
                        (Words.text("delegator", language), draft.delegator),
                        (Words.text("delegateAccount", language), draft.delegate),
                        (Words.text("legalTitle", language), "\(name) (\(draft.title))"),
                        (Words.text("term", language), Self.term(draft.startsOn, draft.endsOn, language)),
                        (Words.text("document", language), draft.document),
                        (Words.text("scope", language), draft.scope.isEmpty ? Words.text("scopeAll", language) : draft.scope),
                    ],
                    hidden: [
                        "delegate": draft.delegate, "title": draft.title, "from": "\(draft.startsOn)", "to": "\(draft.endsOn)",
                        "document": draft.document, "scope": draft.scope,
                    ],
                    button: Words.text("confirmDelegate", language), back: home,
                    note: Words.text("delegationNote", language), edit: "/accounts/\(draft.delegator)/delegations/preview"),
                context)
        }
    }

    /// `POST /delegations/:id/end/preview`: the delegation with its new last day; nothing is written.
    func endDelegationPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await endDelegation(context, confirm: false)
    }

    /// `POST /delegations/:id/end`: ends the delegation early (`delegation end`).
    func endDelegationRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await endDelegation(context, confirm: true)
    }

    private func endDelegation(_ context: AppRequestContext, confirm: Bool) async throws -> Response {
        let language = context.language
        let back = (context.form["login"] ?? "").trimmedOfWhitespace
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("delegationNotFound", context)
        }
        guard let lastDay = CalendarDate((context.form["lastDay"] ?? "").trimmedOfWhitespace) else {
            return try await accountDetailPage(back, problem: Self.badDay(language), notice: nil, context)
        }
        guard let authorities = authorities() else { return notAvailable(context) }
        let acting = services.acting(context)
        let id = Delegation.ID(rawValue: number)
        let outcome = try await attempt(context) { _ in
            try confirm
                ? authorities.endDelegation(id, lastDay: lastDay, acting: acting)
                : authorities.previewDelegationEnd(id, lastDay: lastDay, acting: acting)
        }
        switch outcome {
        case .failure(let problem) where problem.isForbidden:  // another account's, by one who does not administer
            return Pages.refusal(problem, context: context)
        case .failure(let problem): return try await delegationPage(back, problem: problem, context)
        case .success(let ended):
            let home = delegationHome(ended.delegator, context)
            if confirm { return Pages.redirect(to: "\(home)?done=delegationEnded") }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text("endDelegation", language)) #\(number)", action: "/delegations/\(number)/end",
                    facts: [
                        (Words.text("delegator", language), ended.delegator),
                        (Words.text("delegateAccount", language), ended.delegate),
                        (Words.text("legalTitle", language), ended.title), (Words.text("document", language), ended.document),
                        (Words.text("term", language), Self.term(ended.startsOn, ended.endsOn, language)),
                    ],
                    hidden: ["lastDay": "\(lastDay)", "login": ended.delegator], button: Words.text("confirmEnd", language),
                    back: home),
                context)
        }
    }

    // MARK: - Helpers

    /// The pack's signer titles on `day`, code → name; empty when the worker's policy names none.
    static func signerTitleNames(_ worker: Worker, on day: CalendarDate) throws -> [String: String] {
        let known = try glossary(worker)?.signerTitles(on: day) ?? []
        return Dictionary(known.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The worker's rule engine as the titles' authority (the pack knows its signer titles).
    static func signerTitles(_ worker: Worker) throws -> any SignerTitlePolicy {
        guard let titles = try worker.policy() as? any SignerTitlePolicy else { throw NoSignerTitles() }
        return titles
    }

    /// The worker's policy knows no signer titles: a composition root that passed another policy (a bug: a 500 and
    /// a log line).
    struct NoSignerTitles: Error {}

    /// A day that is missing or not a date.
    static func badDay(_ language: Language) -> Problem {
        Problem(summary: Words.text("badTermDay", language))
    }
}
