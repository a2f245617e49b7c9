public import Casework
import PostgresNIO

/// Roles, legal titles and delegations (``AuthorityStore``) on PostgreSQL, as SQLite's store keeps them: the tables
/// are `createAccount`'s `accountRole` and `createTitleAssignment`'s; every change is one command (the write lock
/// taken before anything is read) with SQLite's journal entry and payload (`role grant`, `role revoke`,
/// `title assign`, `title end`, `delegate`, `delegation end`). The checks that keep them lawful — no overlapping term
/// of one title, Luật XLVPHC Điều 54 for a delegation (in writing, a term, no re-delegation) — run inside that
/// transaction, on the rows as stored (``NewTitleAssignment/checked(against:)``,
/// ``NewDelegation/checked(delegatorAssignments:delegatorReceived:)``), so two administrators cannot race past them.
extension PostgresStore: AuthorityStore {
    /// Adds `role` to the account; journaled as `role grant`.
    ///
    /// - Returns: The account as stored after the change.
    /// - Throws: ``StoreError`` `.notFound` for an unknown login; ``AuthorityError`` `.roleUnchanged` when it has it.
    public func grantRole(_ role: AccountRole, to login: String, context: CommandContext) throws -> Account {
        try perform("role grant", payload: RolePayload(login: login, role: role), context: context) { session in
            let id = try Self.requireAccount(session, login: login)
            if try Self.hasRole(session, accountID: id, role: role) {
                throw AuthorityError.roleUnchanged(login: login, role: role, held: true)
            }
            try session.execute("INSERT INTO accountRole (accountId, role) VALUES (\(id), \(role.rawValue))")
            return try Self.requireStoredAccount(session, login: login)
        }
    }

    /// Removes `role` from the account; journaled as `role revoke`. An account keeps at least one role.
    ///
    /// - Throws: ``StoreError`` `.notFound`; ``AuthorityError`` `.roleUnchanged` when it lacks it, `.lastRole`.
    public func revokeRole(_ role: AccountRole, from login: String, context: CommandContext) throws -> Account {
        try perform("role revoke", payload: RolePayload(login: login, role: role), context: context) { session in
            let id = try Self.requireAccount(session, login: login)
            guard try Self.hasRole(session, accountID: id, role: role) else {
                throw AuthorityError.roleUnchanged(login: login, role: role, held: false)
            }
            let count = try session.row("SELECT COUNT(*) AS n FROM accountRole WHERE accountId = \(id)")?.int("n")
            guard (count ?? 0) > 1 else { throw AuthorityError.lastRole(login: login, role: role) }
            try session.execute("DELETE FROM accountRole WHERE accountId = \(id) AND role = \(role.rawValue)")
            return try Self.requireStoredAccount(session, login: login)
        }
    }

    /// Records a title held by an account, journaled as `title assign` with the stored assignment as payload.
    ///
    /// - Throws: ``StoreError`` `.notFound` for an unknown login; ``AuthorityError`` `.termBackwards`,
    ///   `.overlappingAssignment`.
    public func assignTitle(_ assignment: NewTitleAssignment, context: CommandContext) throws -> TitleAssignment {
        try perform("title assign", context: context) { session in
            let login = assignment.login.trimmedOfWhitespace.lowercased()
            let accountID = try Self.requireAccount(session, login: login)
            let valid = try assignment.checked(against: try Self.titleAssignments(session, login: login))
            let row = try session.row(
                """
                INSERT INTO titleAssignment (accountId, title, startsOn, endsOn, recordedAt)
                VALUES (\(accountID), \(valid.title), \(PGDate(valid.startsOn)), \(valid.endsOn.map(PGDate.init)), \
                \(context.timestamp))
                RETURNING id
                """)
            guard let id = try row?.int64("id") else { throw PGRow.corrupt("titleAssignment.id", "is missing") }
            let stored = TitleAssignment(
                id: TitleAssignment.ID(id), login: valid.login, title: valid.title, startsOn: valid.startsOn,
                endsOn: valid.endsOn, recordedAt: context.timestamp)
            return (result: stored, payload: stored)
        }
    }

    /// Ends a title assignment: `lastDay` becomes its last day held; journaled as `title end`.
    ///
    /// - Throws: ``AuthorityError`` `.assignmentNotFound`, `.endOutsideTerm` (the day must be within the term and
    ///   before its current end).
    public func endTitleAssignment(_ id: TitleAssignment.ID, lastDay: CalendarDate, context: CommandContext) throws
        -> TitleAssignment
    {
        try perform("title end", payload: EndPayload(id: id.rawValue, lastDay: lastDay), context: context) { session in
            guard var stored = try Self.titleAssignments(session, .id(id.rawValue)).first else {
                throw AuthorityError.assignmentNotFound(id)
            }
            guard stored.startsOn <= lastDay, stored.endsOn.map({ lastDay < $0 }) ?? true else {
                throw AuthorityError.endOutsideTerm(lastDay: lastDay, startsOn: stored.startsOn, endsOn: stored.endsOn)
            }
            try session.execute("UPDATE titleAssignment SET endsOn = \(PGDate(lastDay)) WHERE id = \(id.rawValue)")
            stored.endsOn = lastDay
            return stored
        }
    }

    /// Title assignments, of `login` only when given, by login (byte order, as SQLite's), then first day, then number.
    ///
    /// - Throws: ``StoreError``.
    public func titleAssignments(login: String?) throws -> [TitleAssignment] {
        try read { session in
            guard let login else { return try Self.titleAssignments(session, .all) }
            return try Self.titleAssignments(session, login: login.lowercased())
        }
    }

    /// Records a delegation after Điều 54's checks on the rows as stored, journaled as `delegate` with the stored
    /// delegation as payload.
    ///
    /// - Throws: ``StoreError`` `.notFound` for an unknown login; the ``AuthorityError``s of
    ///   ``NewDelegation/checked(delegatorAssignments:delegatorReceived:)``.
    public func recordDelegation(_ delegation: NewDelegation, context: CommandContext) throws -> Delegation {
        try perform("delegate", context: context) { session in
            let delegator = delegation.delegator.trimmedOfWhitespace.lowercased()
            let delegatorID = try Self.requireAccount(session, login: delegator)
            let delegateID = try Self.requireAccount(
                session, login: delegation.delegate.trimmedOfWhitespace.lowercased())
            let valid = try delegation.checked(
                delegatorAssignments: try Self.titleAssignments(session, login: delegator),
                delegatorReceived: try Self.delegations(session, .delegateID(delegatorID)))
            let row = try session.row(
                """
                INSERT INTO delegation (delegatorId, delegateId, title, startsOn, endsOn, document, scope, recordedAt)
                VALUES (\(delegatorID), \(delegateID), \(valid.title), \(PGDate(valid.startsOn)), \
                \(PGDate(valid.endsOn)), \(valid.document), \(valid.scope), \(context.timestamp))
                RETURNING id
                """)
            guard let id = try row?.int64("id") else { throw PGRow.corrupt("delegation.id", "is missing") }
            let stored = Delegation(
                id: Delegation.ID(id), delegator: valid.delegator, delegate: valid.delegate, title: valid.title,
                startsOn: valid.startsOn, endsOn: valid.endsOn, document: valid.document, scope: valid.scope,
                recordedAt: context.timestamp)
            return (result: stored, payload: stored)
        }
    }

    /// Ends a delegation early: `lastDay` becomes the last day of its term; journaled as `delegation end`.
    ///
    /// - Throws: ``AuthorityError`` `.delegationNotFound`, `.endOutsideTerm`.
    public func endDelegation(_ id: Delegation.ID, lastDay: CalendarDate, context: CommandContext) throws -> Delegation {
        try perform("delegation end", payload: EndPayload(id: id.rawValue, lastDay: lastDay), context: context) {
            session in
            guard var stored = try Self.delegations(session, .id(id.rawValue)).first else {
                throw AuthorityError.delegationNotFound(id)
            }
            guard stored.startsOn <= lastDay, lastDay < stored.endsOn else {
                throw AuthorityError.endOutsideTerm(lastDay: lastDay, startsOn: stored.startsOn, endsOn: stored.endsOn)
            }
            try session.execute("UPDATE delegation SET endsOn = \(PGDate(lastDay)) WHERE id = \(id.rawValue)")
            stored.endsOn = lastDay
            return stored
        }
    }

    /// Delegations where `login` is the delegator or the delegate (all when `nil`), by number.
    ///
    /// - Throws: ``StoreError``.
    public func delegations(login: String?) throws -> [Delegation] {
        try read { session in
            guard let login = login?.lowercased() else { return try Self.delegations(session, .all) }
            return try Self.delegations(session, .login(login))
        }
    }

    // MARK: - Rows

    /// The payload of `role grant` and `role revoke` (SQLite's).
    private struct RolePayload: Encodable {
        var login: String
        var role: AccountRole
    }

    /// The payload of `title end` and `delegation end` (SQLite's).
    private struct EndPayload: Encodable {
        var id: Int64
        var lastDay: CalendarDate
    }

    private static func hasRole(_ session: PGSession, accountID: Int64, role: AccountRole) throws -> Bool {
        try session.row(
            """
            SELECT EXISTS (SELECT 1 FROM accountRole WHERE accountId = \(accountID) AND role = \(role.rawValue)) AS found
            """)?.bool("found") ?? false
    }

    private static func requireStoredAccount(_ session: PGSession, login: String) throws -> Account {
        guard let account = try accounts(session.rows("SELECT * FROM account WHERE login = \(login)"), session).first
        else { throw StoreError(.notFound, "no account has the login \(login)") }
        return account
    }

    private static func titleAssignments(_ session: PGSession, login: String) throws -> [TitleAssignment] {
        try titleAssignments(session, .login(login))
    }

    /// Which rows a read of titles or delegations takes.
    private enum Filter {
        /// Every row.
        case all
        /// The rows of this account (for delegations: as delegator or delegate).
        case login(String)
        /// The row with this number.
        case id(Int64)
        /// The delegations received by this account's id.
        case delegateID(Int64)
    }

    /// Appends `filter` as the condition of `statement` (which ends with `WHERE`), its values bound; `id` names the
    /// number's column and `logins` the columns an account's login is matched against.
    private static func condition(_ filter: Filter, _ statement: inout PGStatement, id: String, logins: [String]) {
        statement.append(" ")
        switch filter {
        case .all: statement.append("TRUE")
        case .login(let login):
            let bound = statement.bind(login)
            statement.append(logins.map { "\($0) = \(bound)" }.joined(separator: " OR "))
        case .id(let value): statement.append("\(id) = \(statement.bind(value))")
        case .delegateID(let value): statement.append("d.delegateId = \(statement.bind(value))")
        }
    }

    /// The assignments `filter` takes, in SQLite's order (login in byte order, first day, number).
    private static func titleAssignments(_ session: PGSession, _ filter: Filter) throws -> [TitleAssignment] {
        var statement = PGStatement(
            """
            SELECT t.id, a.login, t.title, t.startsOn, t.endsOn, t.recordedAt
            FROM titleAssignment t JOIN account a ON a.id = t.accountId WHERE
            """)
        condition(filter, &statement, id: "t.id", logins: ["a.login"])
        statement.append(#" ORDER BY a.login COLLATE "C", t.startsOn, t.id"#)
        return try session.rows(statement.query).map { row in
            TitleAssignment(
                id: TitleAssignment.ID(try row.int64("id")), login: try row.string("login"),
                title: try row.string("title"), startsOn: try row.date("startsOn"), endsOn: try row.optionalDate("endsOn"),
                recordedAt: try row.string("recordedAt"))
        }
    }

    /// The delegations `filter` takes, by number.
    private static func delegations(_ session: PGSession, _ filter: Filter) throws -> [Delegation] {
        var statement = PGStatement(
            """
            SELECT d.id, fa.login AS delegator, ta.login AS delegate, d.title, d.startsOn, d.endsOn, d.document,
                d.scope, d.recordedAt
            FROM delegation d JOIN account fa ON fa.id = d.delegatorId JOIN account ta ON ta.id = d.delegateId WHERE
            """)
        condition(filter, &statement, id: "d.id", logins: ["fa.login", "ta.login"])
        statement.append(" ORDER BY d.id")
        return try session.rows(statement.query).map { row in
            Delegation(
                id: Delegation.ID(try row.int64("id")), delegator: try row.string("delegator"),
                delegate: try row.string("delegate"), title: try row.string("title"), startsOn: try row.date("startsOn"),
                endsOn: try row.date("endsOn"), document: try row.string("document"), scope: try row.string("scope"),
                recordedAt: try row.string("recordedAt"))
        }
    }
}
