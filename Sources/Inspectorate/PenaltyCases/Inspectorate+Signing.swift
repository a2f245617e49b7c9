public import Casework

extension Inspectorate {
    /// The title `acting` signs under on `day`, and how it holds it, when the store has accounts; `nil` when it has
    /// none (the single-user behaviour: the signer's title is taken as given and the pack alone judges it).
    ///
    /// With accounts, the acting account must hold `title` on `day` directly, or by a delegation in force that day
    /// whose delegator holds the title directly that day (``Casework/SigningAuthority/resolve(title:on:account:assignments:delegations:)``).
    ///
    /// - Throws: ``Casework/AuthorityError/titleNotHeld(account:title:on:lapsed:)``; ``Casework/StoreError``.
    public func signingAuthority(title: String, on day: CalendarDate, acting: Acting) throws -> SigningAuthority? {
        guard let accounts = store as? any AccountStore, try accounts.hasAccounts() else { return nil }
        let login = acting.account.lowercased()
        guard let authority = store as? any AuthorityStore else {
            throw AuthorityError.titleNotHeld(account: login, title: title, on: day, lapsed: nil)
        }
        let received = try authority.delegations(login: login).filter { $0.delegate == login && $0.title == title }
        var assignments = try authority.titleAssignments(login: login)
        for delegator in Set(received.map(\.delegator)) {
            assignments += try authority.titleAssignments(login: delegator)
        }
        return try SigningAuthority.resolve(
            title: title, on: day, account: login, assignments: assignments, delegations: received)
    }

    /// The signer's name for a decision: the one given, else (with accounts) the acting account's name.
    func signerName(_ given: String, signing: SigningAuthority?) throws -> String {
        guard given.trimmedOfWhitespace.isEmpty, let signing, let accounts = store as? any AccountStore else {
            return given
        }
        return try accounts.account(login: signing.account)?.displayName ?? given
    }
}
