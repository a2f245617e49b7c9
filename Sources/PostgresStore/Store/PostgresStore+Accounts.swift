public import Casework
import PostgresNIO

/// Accounts, sessions and sign-in failures (``AccountStore``) on PostgreSQL, as SQLite's store keeps them: the
/// account changes are commands with SQLite's journal entries and payloads (`account add`, `account enable`,
/// `account disable`, `account password`); sessions and failed sign-ins are working state, written in their own
/// transaction without a journal entry and without waiting for the write lock. A session is kept as the SHA-256 of
/// its token, never the token.
extension PostgresStore: AccountStore {
    /// Whether any account exists (then `--as` must name an active one).
    public func hasAccounts() throws -> Bool {
        try readStatement { session in try session.row("SELECT EXISTS (SELECT 1 FROM account) AS found")?.bool("found") ?? false }
    }

    /// Every account, by login (byte order, as SQLite's).
    public func accounts() throws -> [Account] {
        try read { session in
            try Self.accounts(session.rows(#"SELECT * FROM account ORDER BY login COLLATE "C""#), session)
        }
    }

    /// The account of `login`, or `nil`.
    public func account(login: String) throws -> Account? {
        try read { session in
            try Self.accounts(session.rows("SELECT * FROM account WHERE login = \(login)"), session).first
        }
    }

    /// The password hash of `login`, or `nil` for no such account.
    public func passwordHash(login: String) throws -> String? {
        try read { session in
            try session.row("SELECT passwordHash FROM account WHERE login = \(login)")?.string("passwordHash")
        }
    }

    /// Adds an account with its roles, journaled as `account add` with the stored account as payload.
    ///
    /// - Throws: ``StoreError`` `.duplicate` when the login is taken.
    public func addAccount(_ account: NewAccount, context: CommandContext) throws -> Account {
        let stored = Account(
            login: account.login, displayName: account.displayName, roles: account.roles, isActive: true,
            createdAt: context.timestamp)
        return try perform("account add", payload: stored, context: context) { session in
            if try Self.accountID(session, login: account.login) != nil {
                throw StoreError(.duplicate, "an account with the login \(account.login) already exists")
            }
            let row = try session.row(
                """
                INSERT INTO account (login, displayName, passwordHash, isActive, createdAt)
                VALUES (\(account.login), \(account.displayName), \(account.passwordHash), TRUE, \(context.timestamp))
                RETURNING id
                """)
            guard let id = try row?.int64("id") else { throw PGRow.corrupt("account.id", "is missing") }
            for role in account.roles {
                try session.execute("INSERT INTO accountRole (accountId, role) VALUES (\(id), \(role.rawValue))")
            }
            return stored
        }
    }

    /// Enables or disables an account (journaled as `account enable` / `account disable`); disabling ends its
    /// sessions.
    ///
    /// - Throws: ``StoreError`` `.notFound` for no such account.
    public func setAccountActive(login: String, isActive: Bool, context: CommandContext) throws {
        struct Payload: Encodable { var login: String }
        try perform(isActive ? "account enable" : "account disable", payload: Payload(login: login), context: context) {
            session in
            let id = try Self.requireAccount(session, login: login)
            try session.execute("UPDATE account SET isActive = \(isActive) WHERE id = \(id)")
            if !isActive { try session.execute("DELETE FROM accountSession WHERE accountId = \(id)") }
        }
    }

    /// Sets an account's password hash (journaled as `account password`, without the hash) and ends its sessions.
    ///
    /// - Throws: ``StoreError`` `.notFound` for no such account.
    public func setPasswordHash(login: String, hash: String, context: CommandContext) throws {
        struct Payload: Encodable { var login: String }
        try perform("account password", payload: Payload(login: login), context: context) { session in
            let id = try Self.requireAccount(session, login: login)
            try session.execute("UPDATE account SET passwordHash = \(hash) WHERE id = \(id)")
            try session.execute("DELETE FROM accountSession WHERE accountId = \(id)")
        }
    }

    /// Records a session of `login` (its token's hash), valid until `expiresAt` (Unix seconds).
    ///
    /// - Throws: ``StoreError`` `.notFound` for no such account.
    public func createSession(tokenHash: String, login: String, createdAt: Int64, expiresAt: Int64) throws {
        try writeWorkingState { session in
            let id = try Self.requireAccount(session, login: login)
            try session.execute(
                """
                INSERT INTO accountSession (tokenHash, accountId, createdAt, expiresAt)
                VALUES (\(tokenHash), \(id), \(createdAt), \(expiresAt))
                """)
        }
    }

    /// The login of an unexpired session of an active account, or `nil`.
    public func sessionLogin(tokenHash: String, now: Int64) throws -> String? {
        try read { session in
            try session.row(
                """
                SELECT a.login FROM accountSession s JOIN account a ON a.id = s.accountId
                WHERE s.tokenHash = \(tokenHash) AND s.expiresAt > \(now) AND a.isActive
                """)?.string("login")
        }
    }

    /// Ends the session, and every expired one.
    public func endSession(tokenHash: String, now: Int64) throws {
        try writeWorkingState { session in
            try session.execute("DELETE FROM accountSession WHERE tokenHash = \(tokenHash) OR expiresAt <= \(now)")
        }
    }

    /// How many failed sign-ins `login` had since `since` (Unix seconds).
    public func loginFailures(login: String, since: Int64) throws -> Int {
        try read { session in
            try session.row("SELECT COUNT(*) AS n FROM loginFailure WHERE login = \(login) AND failedAt >= \(since)")?
                .int("n") ?? 0
        }
    }

    /// Records a failed sign-in; failures older than a day are dropped as new ones come.
    public func recordLoginFailure(login: String, at: Int64) throws {
        try writeWorkingState { session in
            try session.execute("DELETE FROM loginFailure WHERE failedAt < \(at - 86_400)")
            try session.execute("INSERT INTO loginFailure (login, failedAt) VALUES (\(login), \(at))")
        }
    }

    /// Forgets the failed sign-ins of `login` (after a successful one).
    public func clearLoginFailures(login: String) throws {
        try writeWorkingState { session in try session.execute("DELETE FROM loginFailure WHERE login = \(login)") }
    }

    // MARK: - Rows

    /// A write to the sign-in working state: its own transaction (inside an atomic batch, the batch's), no journal
    /// entry, no write lock (it chains to nothing).
    private func writeWorkingState(_ body: (PGSession) throws -> Void) throws {
        if let joined { return try translating { try body(joined.session) } }
        try connection.withSession { session in
            try translating {
                try session.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
                do {
                    try body(session)
                    try session.execute("COMMIT")
                } catch {
                    _ = try? session.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }

    private static func accountID(_ session: PGSession, login: String) throws -> Int64? {
        try session.row("SELECT id FROM account WHERE login = \(login)")?.int64("id")
    }

    static func requireAccount(_ session: PGSession, login: String) throws -> Int64 {
        guard let id = try accountID(session, login: login) else {
            throw StoreError(.notFound, "no account has the login \(login)")
        }
        return id
    }

    /// The accounts of `rows` with their roles (a role this version does not know is not granted).
    static func accounts(_ rows: [PGRow], _ session: PGSession) throws -> [Account] {
        var roles: [Int64: [AccountRole]] = [:]
        for row in try session.rows("SELECT accountId, role FROM accountRole ORDER BY accountId") {
            if let role = AccountRole(rawValue: try row.string("role")) {
                roles[try row.int64("accountId"), default: []].append(role)
            }
        }
        return try rows.map { row in
            Account(
                login: try row.string("login"), displayName: try row.string("displayName"),
                roles: (roles[try row.int64("id")] ?? []).sorted(), isActive: try row.bool("isActive"),
                createdAt: try row.string("createdAt"))
        }
    }
}
