import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// Administration of accounts (the `quan_tri` role): add an account, disable it, reset its password, grant and revoke
/// roles. Each change is a form, then a confirmation page that writes nothing (the use case's checks run through
/// the `preview…` functions of the application layer), then the use case itself — one journaled transaction — and a
/// 303 back to the account. Refusals are worded from the structured errors (``ProblemWords``).
extension Routes {
    /// Registers the administration pages (accounts here; titles and delegations in `Routes+AdminTitles.swift`).
    func registerAdministration(on router: Router<AppRequestContext>) {
        router.get("/accounts/new", use: protected(.addAccount, addAccountForm))
        router.post("/accounts/preview", use: protected(.addAccount, addAccountPreview))
        router.post("/accounts", use: protected(.addAccount, addAccountRecord))
        router.get("/accounts/:login", use: protected(.accountDetail, accountPage))
        router.post("/accounts/:login/disable/preview", use: protected(.changeAccount, disablePreview))
        router.post("/accounts/:login/disable", use: protected(.changeAccount, disableRecord))
        router.post("/accounts/:login/password", use: protected(.changeAccount, passwordReset))
        router.post("/accounts/:login/roles/preview", use: protected(.changeRoles, rolesPreview))
        router.post("/accounts/:login/roles", use: protected(.changeRoles, rolesRecord))
        registerTitleAdministration(on: router)
    }

    // MARK: - Adding an account

    /// What the new-account form posts. The password is posted twice; it never goes back into a page.
    struct AccountFields: Sendable {
        var login: String
        var name: String
        var roles: [AccountRole]
        var password: String
        var repeated: String

        init(_ form: [String: String]) {
            login = (form["login"] ?? "").trimmedOfWhitespace
            name = form["name"] ?? ""
            roles = AccountRole.allCases.filter { form["role:\($0.rawValue)"] == "1" }
            password = form["password"] ?? ""
            repeated = form["repeat"] ?? ""
        }

        var asData: [String: Any] { ["login": login, "name": name] }
    }

    /// `GET /accounts/new`: the form.
    func addAccountForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        newAccountPage(AccountFields([:]), problem: nil, context)
    }

    /// `POST /accounts/preview`: the checks of `account add`; nothing is written. The confirmation page asks for the
    /// password again (it is not carried in the page).
    func addAccountPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let fields = AccountFields(context.form)
        if context.form[Self.editField] != nil { return newAccountPage(fields, problem: nil, context) }  // "Sửa lại"
        if let problem = Self.passwordMismatch(fields, context.language) {
            return newAccountPage(fields, problem: problem, context)
        }
        let accounts = services.accounts
        let acting = services.acting(context)
        let outcome = try await attemptAccountAdd(fields.login, context) {
            try accounts.previewAddAccount(
                login: fields.login, displayName: fields.name, roles: fields.roles, password: fields.password,
                acting: acting)
        }
        switch outcome {
        case .failure(let problem): return newAccountPage(fields, problem: problem, context)
        case .success(let draft):
            let language = context.language
            var hidden = ["login": draft.login, "name": draft.displayName]
            for role in draft.roles { hidden["role:\(role.rawValue)"] = "1" }
            return confirmationPage(
                Confirmation(
                    heading: Words.text("addAccount", language), action: "/accounts",
                    facts: [
                        (Words.text("login", language), draft.login), (Words.text("name", language), draft.displayName),
                        (Words.text("roles", language), Self.roleList(draft.roles, language)),
                    ],
                    hidden: hidden, passwordAgain: true, button: Words.text("confirmAddAccount", language),
                    back: "/accounts/new", edit: "/accounts/preview"),
                context)
        }
    }

    /// `POST /accounts`: adds the account (`account add`) and goes to its page.
    func addAccountRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let fields = AccountFields(context.form)
        if let problem = Self.passwordMismatch(fields, context.language) {
            return newAccountPage(fields, problem: problem, context)
        }
        let accounts = services.accounts
        let acting = services.acting(context)
        let outcome = try await attemptAccountAdd(fields.login, context) {
            try accounts.addAccount(
                login: fields.login, displayName: fields.name, roles: fields.roles, password: fields.password,
                acting: acting)
        }
        switch outcome {
        case .failure(let problem): return newAccountPage(fields, problem: problem, context)
        case .success(let account): return Pages.redirect(to: "/accounts/\(account.login)")
        }
    }

    /// The two passwords differ (checked before anything else: the page cannot show them).
    static func passwordMismatch(_ fields: AccountFields, _ language: Language) -> Problem? {
        fields.password == fields.repeated ? nil : Problem(summary: Words.text("passwordMismatch", language))
    }

    /// Runs an account use case; a login already taken (the store's `.duplicate`) is worded too.
    private func attemptAccountAdd<T: Sendable>(
        _ login: String, _ context: AppRequestContext, _ body: @escaping @Sendable () throws -> T
    ) async throws -> Result<T, Problem> {
        let language = context.language
        let outcome = try await attempt(context) { _ -> Result<T, Problem> in
            do {
                return .success(try body())
            } catch let error as StoreError where error.kind == .duplicate {
                return .failure(
                    Problem(
                        summary: language == .vi
                            ? "Tên đăng nhập “\(login.lowercased())” đã có người dùng. Không có gì được ghi lại."
                            : "The login “\(login.lowercased())” is taken. Nothing was recorded."))
            }
        }
        return outcome.flatMap { $0 }
    }

    private func newAccountPage(_ fields: AccountFields, problem: Problem?, _ context: AppRequestContext) -> Response {
        let language = context.language
        var data = fields.asData
        data["roles"] = AccountRole.allCases.map { role -> [String: Any] in
            ["code": role.rawValue, "name": Words.text("role-\(role.rawValue)", language), "checked": fields.roles.contains(role)]
        }
        data["minimum"] = "\(Accounts.minimumPasswordLength)"
        if let problem { data["problem"] = problem.asData }
        return Pages.render(
            "newAccount", data, title: Words.text("addAccount", language),
            status: problem == nil ? .ok : .unprocessableContent, context: context)
    }

    // MARK: - One account

    /// `GET /accounts/:login`: the account, its roles, titles and delegations, with the forms that change them.
    func accountPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let login = context.parameters.get("login") ?? ""
        let notice = FormData.query(of: request)["done"].map { "done-\($0)" }
        return try await accountDetailPage(login, problem: nil, notice: notice, context)
    }

    /// The account page, with a refusal or a notice on top.
    func accountDetailPage(
        _ login: String, problem: Problem?, notice: String?, _ context: AppRequestContext
    ) async throws -> Response {
        let services = services
        let today = services.clock.today()
        return try await services.pool.run { worker in
            let language = context.language
            guard let account = try services.accounts.store.account(login: login.lowercased()) else {
                return Self.notFoundPage("accountNotFound", context)
            }
            let everyone = try services.accounts.store.accounts()
            let authority = services.store as? any AuthorityStore
            let titles = try authority?.titleAssignments(login: account.login) ?? []
            let delegations = try authority?.delegations(login: account.login) ?? []
            let known = try Self.glossary(worker)?.signerTitles(on: today) ?? []
            let names = Dictionary(known.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            // A form shown again ("Sửa lại", a refusal): what was typed in it, by the route it was posted to.
            func typed(_ part: String) -> [String: String] { context.isPosted && context.path.contains(part) ? context.form : [:] }
            let (rolesTyped, titleTyped, delegationTyped) = (typed("/roles"), typed("/titles"), typed("/delegations"))
            var data: [String: Any] = [
                "revokeChosen": rolesTyped["action"] == "revoke",
                "titleFrom": titleTyped["from"] ?? "\(today)", "titleTo": titleTyped["to"] ?? "",
                "delegationFrom": delegationTyped["from"] ?? "\(today)", "delegationTo": delegationTyped["to"] ?? "",
                "delegationDocument": delegationTyped["document"] ?? "", "delegationScope": delegationTyped["scope"] ?? "",
                "delegationTitles": known.map { title -> [String: Any] in
                    ["code": title.code, "name": title.name, "chosen": delegationTyped["title"] == title.code]
                },
                "login": account.login, "name": account.displayName,
                "active": Words.text(account.isActive ? "accountActive" : "accountDisabled", language),
                "isActive": account.isActive,
                "createdAt": account.createdAt, "roleList": Self.roleList(account.roles, language),
                "canDisable": account.isActive && account.login != context.account?.login,
                "isSelf": account.login == context.account?.login,
                "minimum": "\(Accounts.minimumPasswordLength)", "today": "\(today)",
                "roles": AccountRole.allCases.map { role -> [String: Any] in
                    [
                        "code": role.rawValue, "name": Words.text("role-\(role.rawValue)", language), "held": account.has(role),
                        "chosen": rolesTyped["role"] == role.rawValue,
                    ]
                },
                "titles": titles.map { title -> [String: Any] in
                    [
                        "id": "\(title.id.rawValue)", "title": names[title.title] ?? title.title, "code": title.title,
                        "term": Self.term(title.startsOn, title.endsOn, language),
                        "current": title.covers(today), "canEnd": title.endsOn.map { today < $0 } ?? true,
                    ]
                },
                "hasTitles": !titles.isEmpty,
                "delegations": delegations.map { Self.delegationRow($0, names: names, today: today, language) },
                "hasDelegations": !delegations.isEmpty,
                "knownTitles": known.map { title -> [String: Any] in
                    ["code": title.code, "name": title.name, "chosen": titleTyped["title"] == title.code]
                },
                "others": everyone.filter { $0.login != account.login && $0.isActive }.map { other -> [String: Any] in
                    ["login": other.login, "name": other.displayName, "chosen": delegationTyped["delegate"] == other.login]
                },
                "hasAuthority": authority != nil,
            ]
            if let problem { data["problem"] = problem.asData }
            if let notice { data["notice"] = Words.text(notice, language) }
            return Pages.render(
                "account", data, title: "\(Words.text("account", language)) \(account.login)",
                status: problem == nil ? .ok : .unprocessableContent, context: context)
        }
    }

    // MARK: - Disabling, passwords

    /// `POST /accounts/:login/disable/preview`: what disabling changes; nothing is written.
    func disablePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let login = context.parameters.get("login") ?? ""
        let accounts = services.accounts
        let acting = services.acting(context)
        let outcome = try await attempt(context) { _ in try accounts.previewDisableAccount(login: login, acting: acting) }
        switch outcome {
        case .failure(let problem): return try await accountDetailPage(login, problem: problem, notice: nil, context)
        case .success(let account):
            let language = context.language
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text("disableAccount", language)) \(account.login)",
                    action: "/accounts/\(account.login)/disable",
                    facts: [
                        (Words.text("login", language), account.login), (Words.text("name", language), account.displayName),
                        (Words.text("roles", language), Self.roleList(account.roles, language)),
                        (Words.text("effect", language), Words.text("disableEffect", language)),
                    ],
                    hidden: [:], button: Words.text("confirmDisable", language), back: "/accounts/\(account.login)"),
                context)
        }
    }

    /// `POST /accounts/:login/disable`: disables the account (`account disable`; its sessions end).
    func disableRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let login = context.parameters.get("login") ?? ""
        let accounts = services.accounts
        let acting = services.acting(context)
        let outcome = try await attempt(context) { _ in try accounts.disableAccount(login: login, acting: acting) }
        if case .failure(let problem) = outcome {
            return try await accountDetailPage(login, problem: problem, notice: nil, context)
        }
        return Pages.redirect(to: "/accounts/\(login.lowercased())?done=disabled")
    }

    /// `POST /accounts/:login/password`: sets a new password, typed twice (`account password`; the account's sessions
    /// end). The repetition is the confirmation: a password never goes back into a page.
    func passwordReset(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let login = context.parameters.get("login") ?? ""
        let password = context.form["password"] ?? ""
        guard password == context.form["repeat"] ?? "" else {
            return try await accountDetailPage(
                login, problem: Problem(summary: Words.text("passwordMismatch", context.language)), notice: nil, context)
        }
        let accounts = services.accounts
        let acting = services.acting(context)
        let outcome = try await attempt(context) { _ in
            try accounts.setPassword(login: login, password: password, acting: acting)
        }
        if case .failure(let problem) = outcome {
            return try await accountDetailPage(login, problem: problem, notice: nil, context)
        }
        return Pages.redirect(to: "/accounts/\(login.lowercased())?done=password")
    }

    // MARK: - Roles

    /// The role form's fields: the role and whether it is granted or revoked.
    private static func roleChange(_ form: [String: String]) -> (role: AccountRole, grant: Bool)? {
        guard let role = form["role"].flatMap(AccountRole.init(rawValue:)) else { return nil }
        switch form["action"] {
        case "grant": return (role, true)
        case "revoke": return (role, false)
        default: return nil
        }
    }

    /// `POST /accounts/:login/roles/preview`: the account's roles after the change; nothing is written.
    func rolesPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let login = context.parameters.get("login") ?? ""
        let language = context.language
        if context.form[Self.editField] != nil {  // "Sửa lại": the account page, the form as it was typed
            return try await accountDetailPage(login, problem: nil, notice: nil, context)
        }
        guard let change = Self.roleChange(context.form) else {
            return try await accountDetailPage(
                login, problem: Problem(summary: Words.text("chooseRole", language)), notice: nil, context)
        }
        guard let authorities = authorities() else { return notAvailable(context) }
        let acting = services.acting(context)
        let outcome = try await attempt(context) { _ in
            try authorities.previewRoleChange(change.role, grant: change.grant, login: login, acting: acting)
        }
        switch outcome {
        case .failure(let problem): return try await accountDetailPage(login, problem: problem, notice: nil, context)
        case .success(let after):
            let verb = Words.text(change.grant ? "grantRole" : "revokeRole", language)
            return confirmationPage(
                Confirmation(
                    heading: "\(verb) · \(after.login)", action: "/accounts/\(after.login)/roles",
                    facts: [
                        (Words.text("login", language), after.login),
                        (verb, ProblemWords.roleName(change.role, language)),
                        (Words.text("rolesAfter", language), Self.roleList(after.roles, language)),
                    ],
                    hidden: ["role": change.role.rawValue, "action": change.grant ? "grant" : "revoke"],
                    button: Words.text("confirm", language), back: "/accounts/\(after.login)",
                    edit: "/accounts/\(after.login)/roles/preview"),
                context)
        }
    }

    /// `POST /accounts/:login/roles`: grants or revokes the role (`role grant`, `role revoke`).
    func rolesRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let login = context.parameters.get("login") ?? ""
        guard let change = Self.roleChange(context.form) else {
            return try await accountDetailPage(
                login, problem: Problem(summary: Words.text("chooseRole", context.language)), notice: nil, context)
        }
        guard let authorities = authorities() else { return notAvailable(context) }
        let acting = services.acting(context)
        let outcome = try await attempt(context) { _ in
            try change.grant
                ? authorities.grantRole(change.role, to: login, acting: acting)
                : authorities.revokeRole(change.role, from: login, acting: acting)
        }
        if case .failure(let problem) = outcome {
            return try await accountDetailPage(login, problem: problem, notice: nil, context)
        }
        return Pages.redirect(to: "/accounts/\(login.lowercased())?done=roles")
    }

    // MARK: - Shared

    /// The role, title and delegation use cases over the store, when it keeps them (SQLite does).
    func authorities() -> Authorities? {
        guard let authority = services.store as? any AuthorityStore else { return nil }
        return Authorities(accounts: services.accounts.store, authority: authority)
    }

    /// This database keeps no titles or delegations (a store that does not implement them yet).
    func notAvailable(_ context: AppRequestContext) -> Response {
        Pages.message(status: .notImplemented, title: "notAvailable", text: "notAvailableText", context: context)
    }

    /// Roles in the page's words, comma-separated.
    static func roleList(_ roles: [AccountRole], _ language: Language) -> String {
        roles.map { ProblemWords.roleName($0, language) }.joined(separator: ", ")
    }

    /// A closed term: `2026-01-01 – 2026-12-31`, or without an end.
    static func term(_ from: CalendarDate, _ to: CalendarDate?, _ language: Language) -> String {
        "\(from) – \(to.map(\.description) ?? Words.text("noEnd", language))"
    }

    /// A delegation as a row of a table: who lends what to whom, the term, the written decision, the scope.
    static func delegationRow(
        _ delegation: Delegation, names: [String: String], today: CalendarDate, _ language: Language
    ) -> [String: Any] {
        [
            "id": "\(delegation.id.rawValue)", "delegator": delegation.delegator, "delegate": delegation.delegate,
            "title": names[delegation.title] ?? delegation.title, "code": delegation.title,
            "term": term(delegation.startsOn, delegation.endsOn, language), "document": delegation.document,
            "scope": delegation.scope, "current": delegation.covers(today), "canEnd": today < delegation.endsOn,
        ]
    }
}
