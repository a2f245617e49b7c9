public import Casework

/// Roles, legal titles and delegations (issue 14, DESIGN.md §8), kept apart: a role opens use cases; a title held on
/// a date says what an account may sign (the rule pack judges competence from the title); a delegation (Luật XLVPHC
/// Điều 54: in writing, scope and term, no re-delegation) lends a title for a term. Each change is one journaled
/// transaction of the store, which also enforces the law's conditions inside it.
///
/// Who may: an active administrator (`quan_tri`) grants and revokes roles — never its own —, assigns and ends titles,
/// records and ends delegations; the holder of a title may also record and end delegations of it. Any active account
/// may list titles and delegations.
///
/// ```swift
/// let authorities = Authorities(accounts: store, authority: store)
/// try authorities.assignTitle(login: "binh", title: "chanh_thanh_tra_so", from: day, to: nil,
///                             titles: engine, acting: acting)
/// ```
public struct Authorities: Sendable {
    /// Who the accounts are.
    public let accounts: any AccountStore
    /// Where roles, titles and delegations are kept (the same store).
    public let authority: any AuthorityStore

    public init(accounts: any AccountStore, authority: any AuthorityStore) {
        self.accounts = accounts
        self.authority = authority
    }

    // MARK: - Roles

    /// Adds `role` to `login`; journaled as `role grant`.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed` (not an administrator), `.unknownAccount`;
    ///   ``Casework/AuthorityError`` `.ownRoles`, `.roleUnchanged`.
    public func grantRole(_ role: AccountRole, to login: String, acting: Acting) throws -> Account {
        let login = try requireOther(login, acting: acting)
        return try authority.grantRole(role, to: login, context: context(acting))
    }

    /// Removes `role` from `login`; journaled as `role revoke`.
    /// - Throws: as ``grantRole(_:to:acting:)``, and ``Casework/AuthorityError`` `.lastRole`.
    public func revokeRole(_ role: AccountRole, from login: String, acting: Acting) throws -> Account {
        let login = try requireOther(login, acting: acting)
        return try authority.revokeRole(role, from: login, context: context(acting))
    }

    // MARK: - Titles

    /// Records that `login` holds `title` from `from` through `to` (closed; `nil`: without an end); journaled as
    /// `title assign`. The title must be one of the pack's signer titles in force on `from`.
    ///
    /// - Parameter titles: The rule pack, which knows the titles.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed`, `.unknownAccount`; ``Casework/AuthorityError``
    ///   `.unknownTitle`, `.termBackwards`, `.overlappingAssignment`.
    public func assignTitle(
        login: String, title: String, from: CalendarDate, to: CalendarDate?, titles: any SignerTitlePolicy,
        acting: Acting
    ) throws -> TitleAssignment {
        try requireAdministrator(acting)
        let login = try requireAccount(login)
        let title = title.trimmedOfWhitespace
        try requireKnown(title, on: from, titles: titles)
        return try authority.assignTitle(
            NewTitleAssignment(login: login, title: title, startsOn: from, endsOn: to), context: context(acting))
    }

    /// Ends title assignment `id`: `lastDay` becomes its last day held; journaled as `title end`.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed`; ``Casework/AuthorityError`` `.assignmentNotFound`,
    ///   `.endOutsideTerm`.
    public func endTitle(_ id: TitleAssignment.ID, lastDay: CalendarDate, acting: Acting) throws -> TitleAssignment {
        try requireAdministrator(acting)
        return try authority.endTitleAssignment(id, lastDay: lastDay, context: context(acting))
    }

    /// Title assignments, of `login` when given.
    /// - Throws: ``AccountError`` `.unknownActor` when the acting account is not active.
    public func titleAssignments(of login: String?, acting: Acting) throws -> [TitleAssignment] {
        try requireActive(acting.account)
        return try authority.titleAssignments(login: login)
    }

    // MARK: - Delegations

    /// Records a delegation of `title` from `delegator` to `delegate` for `[from, to]` (closed) under the written
    /// decision `document`; journaled as `delegate`. Recorded by an administrator or by the delegator itself.
    ///
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed`, `.unknownAccount`; ``Casework/AuthorityError``
    ///   `.unknownTitle`, `.documentRequired`, `.termBackwards`, `.delegationToSelf`, `.redelegation`,
    ///   `.delegatorLacksTitle`.
    public func delegate(
        title: String, from delegator: String, to delegate: String, startsOn: CalendarDate, endsOn: CalendarDate,
        document: String, scope: String, titles: any SignerTitlePolicy, acting: Acting
    ) throws -> Delegation {
        let delegator = try requireAccount(delegator)
        if delegator != acting.account.lowercased() { try requireAdministrator(acting) } else {
            try requireActive(acting.account)
        }
        let delegate = try requireAccount(delegate)
        let title = title.trimmedOfWhitespace
        try requireKnown(title, on: startsOn, titles: titles)
        return try authority.recordDelegation(
            NewDelegation(
                delegator: delegator, delegate: delegate, title: title, startsOn: startsOn, endsOn: endsOn,
                document: document, scope: scope),
            context: context(acting))
    }

    /// Ends delegation `id` early: `lastDay` becomes the last day of its term; journaled as `delegation end`. By an
    /// administrator or the delegator.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed`; ``Casework/AuthorityError`` `.delegationNotFound`,
    ///   `.endOutsideTerm`.
    public func endDelegation(_ id: Delegation.ID, lastDay: CalendarDate, acting: Acting) throws -> Delegation {
        let account = try requireActive(acting.account)
        let stored = try authority.delegations(login: account.login).first { $0.id == id }
        if stored?.delegator != account.login { try requireAdministrator(acting) }
        return try authority.endDelegation(id, lastDay: lastDay, context: context(acting))
    }

    /// Delegations where `login` lends or receives (all when `nil`).
    /// - Throws: ``AccountError`` `.unknownActor` when the acting account is not active.
    public func delegations(of login: String?, acting: Acting) throws -> [Delegation] {
        try requireActive(acting.account)
        return try authority.delegations(login: login)
    }

    // MARK: - Checks

    @discardableResult
    func requireActive(_ login: String) throws -> Account {
        guard let account = try accounts.account(login: login.lowercased()), account.isActive else {
            throw AccountError.unknownActor(login)
        }
        return account
    }

    func requireAdministrator(_ acting: Acting) throws {
        guard try requireActive(acting.account).has(.administrator) else {
            throw AccountError.notAllowed(acting: acting.account, needs: .administrator)
        }
    }

    /// The login of an existing account, lowercased.
    func requireAccount(_ login: String) throws -> String {
        let login = login.trimmedOfWhitespace.lowercased()
        guard try accounts.account(login: login) != nil else { throw AccountError.unknownAccount(login) }
        return login
    }

    /// An administrator changing another account's roles.
    func requireOther(_ login: String, acting: Acting) throws -> String {
        try requireAdministrator(acting)
        let login = try requireAccount(login)
        guard login != acting.account.lowercased() else { throw AuthorityError.ownRoles(login) }
        return login
    }

    func requireKnown(_ title: String, on day: CalendarDate, titles: any SignerTitlePolicy) throws {
        let known = try titles.signerTitleCodes(on: day)
        guard known.contains(title) else { throw AuthorityError.unknownTitle(title, on: day, known: known) }
    }

    private func context(_ acting: Acting) -> CommandContext {
        CommandContext(actor: acting.account, timestamp: acting.recordedAt)
    }
}
