public import Casework
import GRDB

/// Roles, legal titles and delegations (``AuthorityStore``); the tables are `createAccount`'s `accountRole` and
/// `createTitleAssignment`'s. The checks that keep them lawful run inside each command's transaction, on the rows as
/// stored.
extension SQLiteStore: AuthorityStore {
    public func grantRole(_ role: AccountRole, to login: String, context: CommandContext) throws -> Account {
        try perform("role grant", payload: RolePayload(login: login, role: role), context: context) { db in
            let id = try Self.requireAccount(db, login: login)
            if try Self.hasRole(db, accountID: id, role: role) {
                throw AuthorityError.roleUnchanged(login: login, role: role, held: true)
            }
            try db.execute(sql: "INSERT INTO accountRole (accountId, role) VALUES (?, ?)", arguments: [id, role.rawValue])
            return try Self.requireStoredAccount(db, login: login)
        }
    }

    public func revokeRole(_ role: AccountRole, from login: String, context: CommandContext) throws -> Account {
        try perform("role revoke", payload: RolePayload(login: login, role: role), context: context) { db in
            let id = try Self.requireAccount(db, login: login)
            guard try Self.hasRole(db, accountID: id, role: role) else {
                throw AuthorityError.roleUnchanged(login: login, role: role, held: false)
            }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accountRole WHERE accountId = ?", arguments: [id])
            guard (count ?? 0) > 1 else { throw AuthorityError.lastRole(login: login, role: role) }
            try db.execute(
                sql: "DELETE FROM accountRole WHERE accountId = ? AND role = ?", arguments: [id, role.rawValue])
            return try Self.requireStoredAccount(db, login: login)
        }
    }

    public func assignTitle(_ assignment: NewTitleAssignment, context: CommandContext) throws -> TitleAssignment {
        try perform("title assign", context: context) { db in
            let login = assignment.login.trimmedOfWhitespace.lowercased()
            let accountID = try Self.requireAccount(db, login: login)
            let valid = try assignment.checked(against: try Self.titleAssignments(db, login: login))
            try db.execute(
                sql: """
                    INSERT INTO titleAssignment (accountId, title, startsOn, endsOn, recordedAt) VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    accountID, valid.title, valid.startsOn.databaseValue, valid.endsOn.databaseValue, context.timestamp,
                ])
            let stored = TitleAssignment(
                id: TitleAssignment.ID(db.lastInsertedRowID), login: valid.login, title: valid.title,
                startsOn: valid.startsOn, endsOn: valid.endsOn, recordedAt: context.timestamp)
            return (result: stored, payload: stored)
        }
    }

    public func endTitleAssignment(_ id: TitleAssignment.ID, lastDay: CalendarDate, context: CommandContext) throws
        -> TitleAssignment
    {
        try perform("title end", payload: EndPayload(id: id.rawValue, lastDay: lastDay), context: context) { db in
            guard var stored = try Self.titleAssignments(db, where: "t.id = ?", [id.rawValue]).first else {
                throw AuthorityError.assignmentNotFound(id)
            }
            guard stored.startsOn <= lastDay, stored.endsOn.map({ lastDay < $0 }) ?? true else {
                throw AuthorityError.endOutsideTerm(lastDay: lastDay, startsOn: stored.startsOn, endsOn: stored.endsOn)
            }
            try db.execute(
                sql: "UPDATE titleAssignment SET endsOn = ? WHERE id = ?", arguments: [lastDay.databaseValue, id.rawValue])
            stored.endsOn = lastDay
            return stored
        }
    }

    public func titleAssignments(login: String?) throws -> [TitleAssignment] {
        try read { db in
            guard let login else { return try Self.titleAssignments(db, where: "1", []) }
            return try Self.titleAssignments(db, login: login.lowercased())
        }
    }

    public func recordDelegation(_ delegation: NewDelegation, context: CommandContext) throws -> Delegation {
        try perform("delegate", context: context) { db in
            let delegator = delegation.delegator.trimmedOfWhitespace.lowercased()
            let delegatorID = try Self.requireAccount(db, login: delegator)
            let delegateID = try Self.requireAccount(db, login: delegation.delegate.trimmedOfWhitespace.lowercased())
            let valid = try delegation.checked(
                delegatorAssignments: try Self.titleAssignments(db, login: delegator),
                delegatorReceived: try Self.delegations(db, where: "d.delegateId = ?", [delegatorID]))
            try db.execute(
                sql: """
                    INSERT INTO delegation (delegatorId, delegateId, title, startsOn, endsOn, document, scope, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    delegatorID, delegateID, valid.title, valid.startsOn.databaseValue, valid.endsOn.databaseValue,
                    valid.document, valid.scope, context.timestamp,
                ])
            let stored = Delegation(
                id: Delegation.ID(db.lastInsertedRowID), delegator: valid.delegator, delegate: valid.delegate,
                title: valid.title, startsOn: valid.startsOn, endsOn: valid.endsOn, document: valid.document,
                scope: valid.scope, recordedAt: context.timestamp)
            return (result: stored, payload: stored)
        }
    }

    public func endDelegation(_ id: Delegation.ID, lastDay: CalendarDate, context: CommandContext) throws -> Delegation {
        try perform("delegation end", payload: EndPayload(id: id.rawValue, lastDay: lastDay), context: context) { db in
            guard var stored = try Self.delegations(db, where: "d.id = ?", [id.rawValue]).first else {
                throw AuthorityError.delegationNotFound(id)
            }
            guard stored.startsOn <= lastDay, lastDay < stored.endsOn else {
                throw AuthorityError.endOutsideTerm(lastDay: lastDay, startsOn: stored.startsOn, endsOn: stored.endsOn)
            }
            try db.execute(
                sql: "UPDATE delegation SET endsOn = ? WHERE id = ?", arguments: [lastDay.databaseValue, id.rawValue])
            stored.endsOn = lastDay
            return stored
        }
    }

    public func delegations(login: String?) throws -> [Delegation] {
        try read { db in
            guard let login = login?.lowercased() else { return try Self.delegations(db, where: "1", []) }
            return try Self.delegations(db, where: "fa.login = ? OR ta.login = ?", [login, login])
        }
    }

    // MARK: - Rows

    private struct RolePayload: Encodable {
        var login: String
        var role: AccountRole
    }

    private struct EndPayload: Encodable {
        var id: Int64
        var lastDay: CalendarDate
    }

    private static func hasRole(_ db: Database, accountID: Int64, role: AccountRole) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM accountRole WHERE accountId = ? AND role = ?)",
            arguments: [accountID, role.rawValue]) ?? false
    }

    private static func requireStoredAccount(_ db: Database, login: String) throws -> Account {
        guard let account = try fetchAccounts(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]).first
        else { throw StoreError(.notFound, "no account has the login \(login)") }
        return account
    }

    private static func titleAssignments(_ db: Database, login: String) throws -> [TitleAssignment] {
        try titleAssignments(db, where: "a.login = ?", [login])
    }

    private static func titleAssignments(_ db: Database, where condition: String, _ arguments: StatementArguments)
        throws -> [TitleAssignment]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT t.id, a.login, t.title, t.startsOn, t.endsOn, t.recordedAt
                FROM titleAssignment t JOIN account a ON a.id = t.accountId
                WHERE \(condition) ORDER BY a.login, t.startsOn, t.id
                """,
            arguments: arguments
        ).map { row in
            TitleAssignment(
                id: TitleAssignment.ID(row["id"] as Int64), login: row["login"], title: row["title"],
                startsOn: row["startsOn"], endsOn: row["endsOn"], recordedAt: row["recordedAt"])
        }
    }

    private static func delegations(_ db: Database, where condition: String, _ arguments: StatementArguments) throws
        -> [Delegation]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT d.id, fa.login AS delegator, ta.login AS delegate, d.title, d.startsOn, d.endsOn, d.document,
                    d.scope, d.recordedAt
                FROM delegation d JOIN account fa ON fa.id = d.delegatorId JOIN account ta ON ta.id = d.delegateId
                WHERE \(condition) ORDER BY d.id
                """,
            arguments: arguments
        ).map { row in
            Delegation(
                id: Delegation.ID(row["id"] as Int64), delegator: row["delegator"], delegate: row["delegate"],
                title: row["title"], startsOn: row["startsOn"], endsOn: row["endsOn"], document: row["document"],
                scope: row["scope"], recordedAt: row["recordedAt"])
        }
    }
}
