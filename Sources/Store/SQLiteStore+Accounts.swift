public import Casework
import GRDB

/// Accounts, sessions and sign-in failures (``AccountStore``); the tables are `createAccount`'s.
extension SQLiteStore: AccountStore {
    public func hasAccounts() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account)") ?? false }
    }

    public func accounts() throws -> [Account] {
        try read { db in try Self.fetchAccounts(db, sql: "SELECT * FROM account ORDER BY login", arguments: []) }
    }

    public func account(login: String) throws -> Account? {
        try read { db in try Self.fetchAccounts(db, sql: "SELECT * FROM account WHERE login = ?", arguments: [login]).first }
    }

    public func passwordHash(login: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT passwordHash FROM account WHERE login = ?", arguments: [login])
        }
    }

    public func addAccount(_ account: NewAccount, context: CommandContext) throws -> Account {
        let stored = Account(
            login: account.login, displayName: account.displayName, roles: account.roles, isActive: true,
            createdAt: context.timestamp)
        return try perform("account add", payload: stored, context: context) { db in
            if try Self.accountID(db, login: account.login) != nil {
                throw StoreError(.duplicate, "an account with the login \(account.login) already exists")
            }
            try db.execute(
                sql: """
                    INSERT INTO account (login, displayName, passwordHash, isActive, createdAt) VALUES (?, ?, ?, 1, ?)
                    """,
                arguments: [account.login, account.displayName, account.passwordHash, context.timestamp])
            let id = db.lastInsertedRowID
            for role in account.roles {
                try db.execute(
                    sql: "INSERT INTO accountRole (accountId, role) VALUES (?, ?)", arguments: [id, role.rawValue])
            }
            return stored
        }
    }

    public func setAccountActive(login: String, isActive: Bool, context: CommandContext) throws {
        struct Payload: Encodable { var login: String }
        let command = isActive ? "account enable" : "account disable"
        try perform(command, payload: Payload(login: login), context: context) { db in
            let id = try Self.requireAccount(db, login: login)
            try db.execute(sql: "UPDATE account SET isActive = ? WHERE id = ?", arguments: [isActive, id])
            if !isActive { try db.execute(sql: "DELETE FROM accountSession WHERE accountId = ?", arguments: [id]) }
        }
    }

    public func setPasswordHash(login: String, hash: String, context: CommandContext) throws {
        struct Payload: Encodable { var login: String }
        try perform("account password", payload: Payload(login: login), context: context) { db in
            let id = try Self.requireAccount(db, login: login)
            try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE id = ?", arguments: [hash, id])
            try db.execute(sql: "DELETE FROM accountSession WHERE accountId = ?", arguments: [id])
        }
    }

    public func createSession(tokenHash: String, login: String, createdAt: Int64, expiresAt: Int64) throws {
        try writeWorkingState { db in
            let id = try Self.requireAccount(db, login: login)
            try db.execute(
                sql: "INSERT INTO accountSession (tokenHash, accountId, createdAt, expiresAt) VALUES (?, ?, ?, ?)",
                arguments: [tokenHash, id, createdAt, expiresAt])
        }
    }

    public func sessionLogin(tokenHash: String, now: Int64) throws -> String? {
        try read { db in
            try String.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT a.login FROM accountSession s JOIN account a ON a.id = s.accountId
                        WHERE s.tokenHash = ? AND s.expiresAt > ? AND a.isActive
                        """),
                arguments: [tokenHash, now])
        }
    }

    public func endSession(tokenHash: String, now: Int64) throws {
        try writeWorkingState { db in
            try db.execute(
                sql: "DELETE FROM accountSession WHERE tokenHash = ? OR expiresAt <= ?", arguments: [tokenHash, now])
        }
    }

    public func loginFailures(login: String, since: Int64) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM loginFailure WHERE login = ? AND failedAt >= ?",
                arguments: [login, since]) ?? 0
        }
    }

    public func recordLoginFailure(login: String, at: Int64) throws {
        try writeWorkingState { db in
            // Failures older than a day throttle nothing; they are dropped as new ones come.
            try db.execute(sql: "DELETE FROM loginFailure WHERE failedAt < ?", arguments: [at - 86_400])
            try db.execute(sql: "INSERT INTO loginFailure (login, failedAt) VALUES (?, ?)", arguments: [login, at])
        }
    }

    public func clearLoginFailures(login: String) throws {
        try writeWorkingState { db in
            try db.execute(sql: "DELETE FROM loginFailure WHERE login = ?", arguments: [login])
        }
    }

    // MARK: - Rows

    /// A write to the sign-in working state (sessions, failures): its own transaction, no journal entry; those
    /// tables are not sealed (``unsealedTables``).
    private func writeWorkingState(_ body: (Database) throws -> Void) throws {
        try translatingErrors { try writer.write(body) }
    }

    static func accountID(_ db: Database, login: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE login = ?", arguments: [login])
    }

    static func requireAccount(_ db: Database, login: String) throws -> Int64 {
        guard let id = try accountID(db, login: login) else {
            throw StoreError(.notFound, "no account has the login \(login)")
        }
        return id
    }

    /// The accounts `sql` selects (whole `account` rows) with their roles; `sql` is a query whose text never varies
    /// (its statement is kept in the connection's cache: every signed-in request reads its account).
    static func fetchAccounts(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Account] {
        let rows = try db.cachedRows(sql, arguments)
        let roleRows = try db.cachedRows("SELECT accountId, role FROM accountRole ORDER BY accountId", [])
        var roles: [Int64: [AccountRole]] = [:]
        for row in roleRows {
            // A role this version does not know (written by a newer thanhtra) is not granted.
            if let role = AccountRole(rawValue: row["role"]) { roles[row["accountId"], default: []].append(role) }
        }
        return rows.map { row in
            Account(
                login: row["login"], displayName: row["displayName"], roles: (roles[row["id"]] ?? []).sorted(),
                isActive: row["isActive"], createdAt: row["createdAt"])
        }
    }
}
