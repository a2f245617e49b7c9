import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate

/// Signing in and out of the API: a bearer token that is a session of the store (its SHA-256 kept, 8 hours, throttled
/// like the sign-in page).
extension APIRoutes {
    /// `POST /api/v1/session` `{"login", "password"}` → 201 `{token, expiresAt, account, today}`; 401 on a wrong
    /// login or password, 429 (with `Retry-After`) after repeated failures. No cookie is set: the token is in the
    /// body only.
    @Sendable func signIn(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        let body = try await Self.decode(APISignIn.self, request, language)
        let accounts = services.accounts
        let now = services.now()
        let today = services.clock.today()
        let (session, account) = try await services.pool.run { _ -> (SessionToken, Account) in
            let account = try accounts.authenticate(login: body.login, password: body.password, now: now)
            return (try accounts.createSession(for: account.login, now: now), account)
        }
        return APIResponse.json(
            APISession(token: session.token, expiresAt: session.expiresAt, account: APIAccount(account), today: today),
            status: .created)
    }

    /// `GET /api/v1/session`: the signed-in account, the business day and, signed in by the cookie, the CSRF token
    /// for `X-CSRF-Token`.
    @Sendable func whoAmI(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        guard let account = context.account else { throw APIProblem.unauthenticated(language) }
        let bearer = request.headers[.authorization] != nil
        return APIResponse.json(
            APIWhoAmI(
                account: APIAccount(account), today: services.clock.today(), authenticatedBy: bearer ? "bearer" : "cookie",
                csrfToken: bearer ? nil : context.csrfToken))
    }

    /// `DELETE /api/v1/session`: ends the session of the token (or of the cookie) → 204.
    @Sendable func signOut(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        guard let token = context.sessionToken else { throw APIProblem.unauthenticated(language) }
        let accounts = services.accounts
        let now = services.now()
        try await services.pool.run { _ in try accounts.endSession(token, now: now) }
        return Response(status: .noContent)
    }
}
