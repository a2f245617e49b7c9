import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate

/// The API's remaining account and authority commands — a password (one's own; an administrator's for another), the
/// early end of a legal title or a delegation — and the rule pack's four-eyes decisions (the proposals with their
/// stored impact, activating or rejecting one): the use cases the CLI's `account password`, `title end`,
/// `delegation end`, `rules proposals`, `rules activate` and `rules reject` call, each with `"preview": true` checked
/// as the command and nothing written. Who may is the use case's rule; the store refuses a proposer deciding its own
/// pack inside the transaction that decides.
extension APIRoutes {
    func registerAuthority(on api: RouterGroup<AppRequestContext>) {
        api.post("accounts/:login/password", use: guarded(.apiSetPassword, setPassword, unsafe: true))
        api.post("titles/:id/end", use: guarded(.apiEndTitle, endTitle, unsafe: true))
        api.post("delegations/:id/end", use: guarded(.apiEndDelegation, endDelegation, unsafe: true))
        api.get("rules/proposals", use: guarded(.apiRulePackProposals, rulePackProposals))
        api.post("rules/proposals/:hash/activate", use: guarded(.apiDecideRulePack, activateRulePack, unsafe: true))
        api.post("rules/proposals/:hash/reject", use: guarded(.apiDecideRulePack, rejectRulePack, unsafe: true))
    }

    /// `POST /api/v1/accounts/{login}/password`: a new password for the account (its sessions end); an account's
    /// own, or anyone's by an administrator. The password is never in an answer.
    @Sendable func setPassword(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let login = try Self.login(context, language)
        let body = try await Self.decode(APIPasswordRequest.self, request, language)
        let preview = body.preview == true
        let accounts = services.accounts
        let acting = services.acting(context)
        let result = try await services.pool.run { _ -> APIAdminAccount in
            let account = try accounts.previewSetPassword(login: login, password: body.password, acting: acting)
            if !preview { try accounts.setPassword(login: login, password: body.password, acting: acting) }
            return APIAdminAccount(account)
        }
        return APIResponse.json(APIAdminResult(preview: preview, result: result))
    }

    /// `POST /api/v1/titles/{id}/end`: `lastDay` becomes the last day the title is held (administrators).
    @Sendable func endTitle(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        try await endEarly(request, context, language) { authorities, id, lastDay, preview, acting in
            let id = TitleAssignment.ID(rawValue: id)
            let ended =
                preview
                ? try authorities.previewTitleEnd(id, lastDay: lastDay, acting: acting)
                : try authorities.endTitle(id, lastDay: lastDay, acting: acting)
            return APITitleAssignment(
                id: ended.id.rawValue, login: ended.login, title: ended.title, startsOn: ended.startsOn,
                endsOn: ended.endsOn)
        }
    }

    /// `POST /api/v1/delegations/{id}/end`: `lastDay` becomes the delegation's last day; by an administrator or the
    /// delegator.
    @Sendable func endDelegation(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        try await endEarly(request, context, language) { authorities, id, lastDay, preview, acting in
            let id = Delegation.ID(rawValue: id)
            let ended =
                preview
                ? try authorities.previewDelegationEnd(id, lastDay: lastDay, acting: acting)
                : try authorities.endDelegation(id, lastDay: lastDay, acting: acting)
            return APIDelegation(
                id: ended.id.rawValue,
                NewDelegation(
                    delegator: ended.delegator, delegate: ended.delegate, title: ended.title, startsOn: ended.startsOn,
                    endsOn: ended.endsOn, document: ended.document, scope: ended.scope))
        }
    }

    /// An early end (a title's, a delegation's): the path's id and the body's `lastDay` (422 naming it), then `end` on
    /// a worker — the preview when `"preview": true`, else the journaled use case — and its answer.
    private func endEarly<Answer: Encodable & Sendable>(
        _ request: Request, _ context: AppRequestContext, _ language: Language,
        _ end: @escaping @Sendable (Authorities, Int64, CalendarDate, _ preview: Bool, Acting) throws -> Answer
    ) async throws -> Response {
        let id = try Self.id(context, language)
        let body = try await Self.decode(APILastDayRequest.self, request, language)
        let lastDay = try Self.lastDay(body, language)
        let preview = body.preview == true
        let authorities = try authorities(language)
        let acting = services.acting(context)
        let result = try await services.pool.run { _ in try end(authorities, id, lastDay, preview, acting) }
        return APIResponse.json(APIAdminResult(preview: preview, result: result))
    }

    /// `GET /api/v1/rules/proposals`: every proposed pack, newest first, with its status and stored impact (`rules
    /// check`, `rules test`, `rules diff` at the time it was proposed).
    @Sendable func rulePackProposals(_ request: Request, _ context: AppRequestContext, _ language: Language)
        async throws -> Response
    {
        let approval = try approval(language)
        return APIResponse.json(try await services.pool.run { _ in try approval.proposals() })
    }

    /// `POST /api/v1/rules/proposals/{hash}/activate`: the pack (a hash or a prefix of at least 6 hex digits) becomes
    /// the active one, the server's from its next request; never by its proposer.
    @Sendable func activateRulePack(_ request: Request, _ context: AppRequestContext, _ language: Language)
        async throws -> Response
    {
        try await decideRulePack(request, context, language, activate: true)
    }

    /// `POST /api/v1/rules/proposals/{hash}/reject`: the pack is rejected with `reason`; never by its proposer.
    @Sendable func rejectRulePack(_ request: Request, _ context: AppRequestContext, _ language: Language)
        async throws -> Response
    {
        try await decideRulePack(request, context, language, activate: false)
    }

    private func decideRulePack(
        _ request: Request, _ context: AppRequestContext, _ language: Language, activate: Bool
    ) async throws -> Response {
        guard let hash = context.parameters.get("hash"), !hash.isEmpty else { throw APIProblem.notFound(language) }
        let body = try await Self.decode(APIPackDecisionRequest.self, request, language)
        let preview = body.preview == true
        let reason = body.reason ?? ""
        let approval = try approval(language)
        let acting = services.acting(context)
        let result = try await services.pool.run { _ -> RulePackProposal in
            if preview { return try approval.previewDecision(hash, reason: activate ? nil : reason, acting: acting) }
            return activate
                ? try approval.activate(hash, acting: acting) : try approval.reject(hash, reason: reason, acting: acting)
        }
        return APIResponse.json(APIAdminResult(preview: preview, result: result))
    }

    /// The `lastDay` of a request; 422 naming it when missing or not a date.
    static func lastDay(_ body: APILastDayRequest, _ language: Language) throws -> CalendarDate {
        guard let day = try date(body.lastDay, field: "lastDay", default: nil, language) else {
            throw APIProblem.invalidField(
                "lastDay", expected: language == .vi ? "ngày YYYY-MM-DD" : "a date YYYY-MM-DD", language)
        }
        return day
    }

    /// The four-eyes use cases over the server's store; 501 when it keeps no proposals.
    func approval(_ language: Language) throws -> RulePackApproval {
        guard let proposals = services.store as? any RulePackProposalStore else {
            throw APIProblem(
                status: .notImplemented, code: "server.notAvailable",
                message: language == .vi
                    ? "Cơ sở dữ liệu này không lưu đề xuất bộ quy tắc." : "This database keeps no rule pack proposals.")
        }
        return RulePackApproval(store: proposals, accounts: services.accounts.store)
    }
}

/// `POST /api/v1/accounts/{login}/password`.
struct APIPasswordRequest: Decodable, Sendable {
    var preview: Bool?
    /// The new password (at least ``Inspectorate/Accounts/minimumPasswordLength`` characters).
    var password: String
}

/// `POST /api/v1/titles/{id}/end`, `POST /api/v1/delegations/{id}/end`.
struct APILastDayRequest: Decodable, Sendable {
    var preview: Bool?
    /// The new last day, within the term and before its end.
    var lastDay: String?
}

/// `POST /api/v1/rules/proposals/{hash}/activate` and `/reject`.
struct APIPackDecisionRequest: Decodable, Sendable {
    var preview: Bool?
    /// Why the pack is rejected; required to reject.
    var reason: String?
}
