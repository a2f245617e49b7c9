import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate

/// The API's administration — accounts (list, add, disable), roles (grant, revoke), legal titles (assign) and
/// delegations (Điều 54 Luật XLVPHC) — for administrators (the route × role table), and a delegation also for the
/// holder of the title it lends (the use case's rule); the use cases the CLI's
/// `account …`, `role …`, `title assign` and `delegate` call, each journaled, each with `"preview": true` checked
/// exactly as the command (the application layer's previews) and nothing written.
extension APIRoutes {
    /// `GET /api/v1/accounts`: every account, active or not.
    @Sendable func accountList(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let accounts = services.accounts
        let acting = services.acting(context)
        let list = try await services.pool.run { _ in try accounts.listAccounts(acting: acting).map(APIAdminAccount.init) }
        return APIResponse.json(list)
    }

    /// `POST /api/v1/accounts`: a new account with its roles and first password (201, `Location` the account).
    @Sendable func addAccount(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let body = try await Self.decode(APIAddAccountRequest.self, request, language)
        var roles: [AccountRole] = []
        for (index, code) in body.roles.enumerated() {
            guard let role = AccountRole(rawValue: code.trimmedOfWhitespace) else {
                throw APIProblem.invalidField(
                    "roles.\(index)", expected: AccountRole.allCases.map(\.rawValue).joined(separator: ", "), language)
            }
            roles.append(role)
        }
        let preview = body.preview == true
        let accounts = services.accounts
        let acting = services.acting(context)
        let chosen = roles
        let result = try await services.pool.run { _ -> APIAdminAccount in
            if preview {
                return APIAdminAccount(
                    try accounts.previewAddAccount(
                        login: body.login, displayName: body.displayName, roles: chosen, password: body.password,
                        acting: acting))
            }
            return APIAdminAccount(
                try accounts.addAccount(
                    login: body.login, displayName: body.displayName, roles: chosen, password: body.password,
                    acting: acting))
        }
        var response = APIResponse.json(APIAdminResult(preview: preview, result: result), status: preview ? .ok : .created)
        if !preview { response.headers[.location] = "\(Self.prefix)/accounts/\(result.login)" }
        return response
    }

    /// `POST /api/v1/accounts/{login}/disable`: the account can no longer sign in and its sessions end; never the
    /// acting account itself.
    @Sendable func disableAccount(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let login = try Self.login(context, language)
        let body = try await Self.decode(APIPreviewOnlyRequest.self, request, language)
        let preview = body.preview == true
        let accounts = services.accounts
        let acting = services.acting(context)
        let result = try await services.pool.run { _ -> APIAdminAccount in
            var account = try accounts.previewDisableAccount(login: login, acting: acting)
            if !preview {
                try accounts.disableAccount(login: login, acting: acting)
                account.isActive = false
            }
            return APIAdminAccount(account)
        }
        return APIResponse.json(APIAdminResult(preview: preview, result: result))
    }

    /// `POST /api/v1/accounts/{login}/roles`: grants or revokes one role (never the acting account's own, never an
    /// account's last role); the account after it.
    @Sendable func changeRole(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let login = try Self.login(context, language)
        let body = try await Self.decode(APIRoleChangeRequest.self, request, language)
        guard let role = AccountRole(rawValue: body.role.trimmedOfWhitespace) else {
            throw APIProblem.invalidField(
                "role", expected: AccountRole.allCases.map(\.rawValue).joined(separator: ", "), language)
        }
        guard body.action == "grant" || body.action == "revoke" else {
            throw APIProblem.invalidField("action", expected: "grant, revoke", language)
        }
        let grant = body.action == "grant"
        let preview = body.preview == true
        let authorities = try authorities(language)
        let acting = services.acting(context)
        let result = try await services.pool.run { _ -> APIAdminAccount in
            if preview {
                return APIAdminAccount(try authorities.previewRoleChange(role, grant: grant, login: login, acting: acting))
            }
            return APIAdminAccount(
                grant
                    ? try authorities.grantRole(role, to: login, acting: acting)
                    : try authorities.revokeRole(role, from: login, acting: acting))
        }
        return APIResponse.json(APIAdminResult(preview: preview, result: result))
    }

    /// `POST /api/v1/accounts/{login}/titles`: the account holds one of the pack's signer titles for a term
    /// (201).
    @Sendable func assignTitle(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let login = try Self.login(context, language)
        let body = try await Self.decode(APITitleAssignmentRequest.self, request, language)
        guard let from = try Self.date(body.startsOn, field: "startsOn", default: nil, language) else {
            throw APIProblem.invalidField(
                "startsOn", expected: language == .vi ? "ngày YYYY-MM-DD" : "a date YYYY-MM-DD", language)
        }
        let to = try Self.date(body.endsOn, field: "endsOn", default: nil, language)
        let preview = body.preview == true
        let authorities = try authorities(language)
        let acting = services.acting(context)
        let result = try await services.pool.run { worker -> APITitleAssignment in
            let titles = try Routes.signerTitles(worker)
            if preview {
                let draft = try authorities.previewTitleAssignment(
                    login: login, title: body.title, from: from, to: to, titles: titles, acting: acting)
                return APITitleAssignment(
                    id: nil, login: draft.login, title: draft.title, startsOn: draft.startsOn, endsOn: draft.endsOn)
            }
            let stored = try authorities.assignTitle(
                login: login, title: body.title, from: from, to: to, titles: titles, acting: acting)
            return APITitleAssignment(
                id: stored.id.rawValue, login: stored.login, title: stored.title, startsOn: stored.startsOn,
                endsOn: stored.endsOn)
        }
        return APIResponse.json(APIAdminResult(preview: preview, result: result), status: preview ? .ok : .created)
    }

    /// `POST /api/v1/accounts/{login}/delegations`: the account of the path lends its title to `delegate` for a term
    /// under a written decision (Điều 54: no re-delegation; the delegator must hold the title) (201).
    @Sendable func delegateTitle(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let delegator = try Self.login(context, language)
        // Another account's delegation is an administrator's (the use case's rule), refused before anything is read.
        if let account = context.account, !account.has(.administrator), delegator.lowercased() != account.login {
            throw AccountError.notAllowed(acting: account.login, needs: .administrator)
        }
        let body = try await Self.decode(APIDelegationRequest.self, request, language)
        let expected = language == .vi ? "ngày YYYY-MM-DD" : "a date YYYY-MM-DD"
        guard let from = try Self.date(body.startsOn, field: "startsOn", default: nil, language) else {
            throw APIProblem.invalidField("startsOn", expected: expected, language)
        }
        guard let to = try Self.date(body.endsOn, field: "endsOn", default: nil, language) else {
            throw APIProblem.invalidField("endsOn", expected: expected, language)
        }
        let preview = body.preview == true
        let authorities = try authorities(language)
        let acting = services.acting(context)
        let result = try await services.pool.run { worker -> APIDelegation in
            let titles = try Routes.signerTitles(worker)
            if preview {
                return APIDelegation(
                    id: nil,
                    try authorities.previewDelegation(
                        title: body.title, from: delegator, to: body.delegate, startsOn: from, endsOn: to,
                        document: body.document, scope: body.scope ?? "", titles: titles, acting: acting))
            }
            let stored = try authorities.delegate(
                title: body.title, from: delegator, to: body.delegate, startsOn: from, endsOn: to,
                document: body.document, scope: body.scope ?? "", titles: titles, acting: acting)
            return APIDelegation(
                id: stored.id.rawValue,
                NewDelegation(
                    delegator: stored.delegator, delegate: stored.delegate, title: stored.title,
                    startsOn: stored.startsOn, endsOn: stored.endsOn, document: stored.document, scope: stored.scope))
        }
        return APIResponse.json(APIAdminResult(preview: preview, result: result), status: preview ? .ok : .created)
    }

    /// The `:login` of the path; 404 when absent.
    static func login(_ context: AppRequestContext, _ language: Language) throws -> String {
        guard let login = context.parameters.get("login"), !login.isEmpty else { throw APIProblem.notFound(language) }
        return login
    }

    /// Roles, titles and delegations over the server's store; 501 when the store keeps none.
    func authorities(_ language: Language) throws -> Authorities {
        guard let authority = services.store as? any AuthorityStore else {
            throw APIProblem(
                status: .notImplemented, code: "server.notAvailable",
                message: language == .vi
                    ? "Cơ sở dữ liệu này không lưu chức danh và ủy quyền."
                    : "This database keeps no titles or delegations.")
        }
        return Authorities(accounts: services.accounts.store, authority: authority)
    }
}
