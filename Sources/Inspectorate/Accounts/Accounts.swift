public import Casework

/// The account use cases (issue 14): add, list, disable, change a password; sign in (throttled), and the sessions a
/// face keeps after it. Every change to an account is one journaled transaction of the store; a password is hashed
/// here through the face's ``PasswordHasher`` and never stored, journaled or logged.
///
/// Who may: with no account in the store anyone may add the first one, which must hold
/// ``Casework/AccountRole/administrator`` (so that someone can administer the rest); after that, adding, listing and
/// disabling need an active administrator, and changing a password needs that or the account's own login.
///
/// ```swift
/// let accounts = Accounts(store: store, hasher: BcryptHasher())
/// let account = try accounts.authenticate(login: "an.nguyen", password: typed, now: now)
/// let session = try accounts.createSession(for: account.login, now: now)
/// ```
public struct Accounts: Sendable {
    /// Where accounts and sessions are kept.
    public let store: any AccountStore
    /// Makes and checks the bcrypt hashes.
    public let hasher: any PasswordHasher
    /// How many failed sign-ins within ``throttleWindow`` lock a login until the oldest of them leaves it: 5.
    public var maximumFailures = 5
    /// Seconds over which failures are counted: 15 minutes.
    public var throttleWindow: Int64 = 15 * 60
    /// How long a session lasts, in seconds: 8 hours (a working day).
    public var sessionLifetime: Int64 = 8 * 3600
    /// The shortest password accepted, in characters: 10.
    public static let minimumPasswordLength = 10

    public init(store: any AccountStore, hasher: any PasswordHasher) {
        self.store = store
        self.hasher = hasher
    }

    // MARK: - Administration

    /// Creates an account with a bcrypt hash of `password`; journaled as `account add`.
    ///
    /// - Throws: ``AccountError`` `.notAllowed` (the acting account is not an active administrator, when accounts
    ///   exist), `.firstAccountMustAdminister`, `.passwordTooShort`; ``Casework/InputError`` for a malformed login, an
    ///   empty name or no role; ``Casework/StoreError`` `.duplicate` when the login is taken.
    public func addAccount(
        login: String, displayName: String, roles: [AccountRole], password: String, acting: Acting
    ) throws -> Account {
        let draft = try NewAccount(login: login, displayName: displayName, roles: roles, passwordHash: "-").validated()
        if try store.hasAccounts() {
            try requireAdministrator(acting)
        } else if !draft.roles.contains(.administrator) {
            throw AccountError.firstAccountMustAdminister
        }
        try checkPassword(password)
        var valid = draft
        valid.passwordHash = hasher.hash(password)
        return try store.addAccount(valid, context: context(acting))
    }

    /// Every account, by login.
    /// - Throws: ``AccountError`` `.notAllowed` when accounts exist and the acting one is not an administrator.
    public func listAccounts(acting: Acting) throws -> [Account] {
        if try store.hasAccounts() { try requireAdministrator(acting) }
        return try store.accounts()
    }

    /// Disables an account and ends its sessions; journaled as `account disable`.
    /// - Throws: ``AccountError`` `.notAllowed`, `.unknownAccount`, `.cannotDisableSelf`.
    public func disableAccount(login: String, acting: Acting) throws {
        try requireAdministrator(acting)
        let login = login.lowercased()
        guard try store.account(login: login) != nil else { throw AccountError.unknownAccount(login) }
        guard login != acting.account else { throw AccountError.cannotDisableSelf }
        try store.setAccountActive(login: login, isActive: false, context: context(acting))
    }

    /// Replaces an account's password and ends its sessions; journaled as `account password`. An account may change
    /// its own; an administrator anyone's.
    /// - Throws: ``AccountError`` `.notAllowed`, `.unknownAccount`, `.passwordTooShort`.
    public func setPassword(login: String, password: String, acting: Acting) throws {
        let login = login.lowercased()
        if login != acting.account { try requireAdministrator(acting) } else { try requireActive(acting.account) }
        guard try store.account(login: login) != nil else { throw AccountError.unknownAccount(login) }
        try checkPassword(password)
        try store.setPasswordHash(login: login, hash: hasher.hash(password), context: context(acting))
    }

    /// The active account `name` names, for a face that lets a person say who acts (the CLI's `--as`); `nil` when the
    /// store has no account at all (the single-user behaviour).
    /// - Throws: ``AccountError`` `.unknownActor` when accounts exist and none active has that login.
    public func actingAccount(_ name: String) throws -> Account? {
        guard try store.hasAccounts() else { return nil }
        return try requireActive(name)
    }

    // MARK: - Signing in

    /// The active account whose login and password these are. After ``maximumFailures`` failures within
    /// ``throttleWindow`` the login is refused without checking the password until the window moves on; a success
    /// forgets the failures.
    ///
    /// - Parameter now: Unix seconds.
    /// - Throws: ``AccountError`` `.throttled`, `.badCredentials` (unknown login, wrong password or a disabled
    ///   account alike).
    public func authenticate(login: String, password: String, now: Int64) throws -> Account {
        let login = login.trimmedOfWhitespace.lowercased()
        let since = now - throttleWindow
        if try store.loginFailures(login: login, since: since) >= maximumFailures {
            throw AccountError.throttled(retryAfterSeconds: throttleWindow)
        }
        guard let hash = try store.passwordHash(login: login), let account = try store.account(login: login) else {
            _ = hasher.hash(password)  // as long as a real check, so timing does not tell which logins exist
            try store.recordLoginFailure(login: login, at: now)
            throw AccountError.badCredentials
        }
        guard hasher.verify(password, hash: hash), account.isActive else {
            try store.recordLoginFailure(login: login, at: now)
            throw AccountError.badCredentials
        }
        try store.clearLoginFailures(login: login)
        return account
    }

    /// A new session for `login`, lasting ``sessionLifetime``.
    /// - Throws: ``Casework/StoreError``.
    public func createSession(for login: String, now: Int64) throws -> SessionToken {
        let session = SessionToken.make(expiresAt: now + sessionLifetime)
        try store.createSession(tokenHash: session.hash, login: login, createdAt: now, expiresAt: session.expiresAt)
        return session
    }

    /// The active account of an unexpired session, or `nil`.
    /// - Throws: ``Casework/StoreError``.
    public func resolveSession(_ token: String, now: Int64) throws -> Account? {
        guard let login = try store.sessionLogin(tokenHash: SessionToken.hash(of: token), now: now) else { return nil }
        return try store.account(login: login)
    }

    /// Ends the session (signing out), and drops expired ones.
    /// - Throws: ``Casework/StoreError``.
    public func endSession(_ token: String, now: Int64) throws {
        try store.endSession(tokenHash: SessionToken.hash(of: token), now: now)
    }

    // MARK: - Checks

    @discardableResult
    func requireActive(_ login: String) throws -> Account {
        guard let account = try store.account(login: login), account.isActive else {
            throw AccountError.unknownActor(login)
        }
        return account
    }

    func requireAdministrator(_ acting: Acting) throws {
        let account = try requireActive(acting.account)
        guard account.has(.administrator) else {
            throw AccountError.notAllowed(acting: acting.account, needs: .administrator)
        }
    }

    func checkPassword(_ password: String) throws {
        guard password.count >= Self.minimumPasswordLength else {
            throw AccountError.passwordTooShort(minimum: Self.minimumPasswordLength)
        }
    }

    private func context(_ acting: Acting) -> CommandContext {
        CommandContext(actor: acting.account, timestamp: acting.recordedAt)
    }
}
