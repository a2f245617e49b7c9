public import Casework

/// What a face shows before it changes roles, titles or delegations (the confirmation step of the administration
/// pages): each use case's checks run on the rows as stored, without writing. The use case checks again inside its
/// transaction, so a preview that passed can still be refused when something changed meanwhile.
extension Authorities {
    /// The account after `role` is granted (`grant`) or revoked, after the checks of ``grantRole(_:to:acting:)`` and
    /// ``revokeRole(_:from:acting:)``.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed`, `.unknownAccount`; ``Casework/AuthorityError``
    ///   `.ownRoles`, `.roleUnchanged`, `.lastRole`.
    public func previewRoleChange(_ role: AccountRole, grant: Bool, login: String, acting: Acting) throws -> Account {
        let login = try requireOther(login, acting: acting)
        guard var account = try accounts.account(login: login) else { throw AccountError.unknownAccount(login) }
        let held = account.has(role)
        if held == grant { throw AuthorityError.roleUnchanged(login: login, role: role, held: held) }
        if grant {
            account.roles = (account.roles + [role]).sorted()
        } else {
            guard account.roles.count > 1 else { throw AuthorityError.lastRole(login: login, role: role) }
            account.roles.removeAll { $0 == role }
        }
        return account
    }

    /// The assignment ``assignTitle(login:title:from:to:titles:acting:)`` would record, after its checks (the pack's
    /// titles, the term, no overlap with the account's same title).
    /// - Throws: as ``assignTitle(login:title:from:to:titles:acting:)``.
    public func previewTitleAssignment(
        login: String, title: String, from: CalendarDate, to: CalendarDate?, titles: any SignerTitlePolicy,
        acting: Acting
    ) throws -> NewTitleAssignment {
        try requireAdministrator(acting)
        let login = try requireAccount(login)
        let title = title.trimmedOfWhitespace
        try requireKnown(title, on: from, titles: titles)
        return try NewTitleAssignment(login: login, title: title, startsOn: from, endsOn: to)
            .checked(against: try authority.titleAssignments(login: login))
    }

    /// The assignment as ``endTitle(_:lastDay:acting:)`` would leave it: `lastDay` its last day held, within the term.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed`; ``Casework/AuthorityError`` `.assignmentNotFound`,
    ///   `.endOutsideTerm`.
    public func previewTitleEnd(_ id: TitleAssignment.ID, lastDay: CalendarDate, acting: Acting) throws
        -> TitleAssignment
    {
        try requireAdministrator(acting)
        guard var stored = try authority.titleAssignments(login: nil).first(where: { $0.id == id }) else {
            throw AuthorityError.assignmentNotFound(id)
        }
        // The store's rule: the new last day is within the term and earlier than its end.
        guard stored.startsOn <= lastDay, stored.endsOn.map({ lastDay < $0 }) ?? true else {
            throw AuthorityError.endOutsideTerm(lastDay: lastDay, startsOn: stored.startsOn, endsOn: stored.endsOn)
        }
        stored.endsOn = lastDay
        return stored
    }

    /// The delegation ``delegate(title:from:to:startsOn:endsOn:document:scope:titles:acting:)`` would record, after
    /// Điều 54's checks on the rows as stored (in writing, a term, no re-delegation, the delegator holding the title
    /// itself on every day).
    /// - Throws: as ``delegate(title:from:to:startsOn:endsOn:document:scope:titles:acting:)``.
    public func previewDelegation(
        title: String, from delegator: String, to delegate: String, startsOn: CalendarDate, endsOn: CalendarDate,
        document: String, scope: String, titles: any SignerTitlePolicy, acting: Acting
    ) throws -> NewDelegation {
        let delegator = try requireAccount(delegator)
        if delegator != acting.account.lowercased() { try requireAdministrator(acting) } else {
            try requireActive(acting.account)
        }
        let delegate = try requireAccount(delegate)
        let title = title.trimmedOfWhitespace
        try requireKnown(title, on: startsOn, titles: titles)
        let received = try authority.delegations(login: delegator).filter { $0.delegate == delegator }
        return try NewDelegation(
            delegator: delegator, delegate: delegate, title: title, startsOn: startsOn, endsOn: endsOn,
            document: document, scope: scope
        ).checked(delegatorAssignments: try authority.titleAssignments(login: delegator), delegatorReceived: received)
    }

    /// The delegation as ``endDelegation(_:lastDay:acting:)`` would leave it.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed`; ``Casework/AuthorityError`` `.delegationNotFound`,
    ///   `.endOutsideTerm`.
    public func previewDelegationEnd(_ id: Delegation.ID, lastDay: CalendarDate, acting: Acting) throws -> Delegation {
        let account = try requireActive(acting.account)
        guard var stored = try authority.delegations(login: nil).first(where: { $0.id == id }) else {
            throw AuthorityError.delegationNotFound(id)
        }
        if stored.delegator != account.login { try requireAdministrator(acting) }
        // The store's rule: the new last day is within the term and earlier than its end.
        guard stored.startsOn <= lastDay, lastDay < stored.endsOn else {
            throw AuthorityError.endOutsideTerm(lastDay: lastDay, startsOn: stored.startsOn, endsOn: stored.endsOn)
        }
        stored.endsOn = lastDay
        return stored
    }
}
