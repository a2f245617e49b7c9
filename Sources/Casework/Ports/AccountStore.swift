/// Where accounts, their sign-in sessions and recent sign-in failures are kept (issue 14): the port the application
/// layer's `Accounts` use cases work through.
///
/// Kept apart from ``InspectorateStore`` for now: a store conforms to it on its own (SQLite does), and a face asks
/// for it with `store as? any AccountStore`.
///
/// Every change to an account (``addAccount(_:context:)``, ``setAccountActive(login:isActive:context:)``,
/// ``setPasswordHash(login:hash:context:)``) is one transaction with its journal entry, like every other command.
/// Sessions and failures are working state, not records: they are written without a journal entry, and a store keeps
/// them outside what the journal vouches for (SQLite: tables without a rowid, which the seals skip). A session is
/// kept only as the SHA-256 of its token, so a copy of the database does not let anyone sign in.
public protocol AccountStore: Sendable {
    /// Whether any account exists (with none, the faces keep the single-user behaviour).
    /// - Throws: ``StoreError``.
    func hasAccounts() throws -> Bool

    /// Every account, by login.
    /// - Throws: ``StoreError``.
    func accounts() throws -> [Account]

    /// The account with `login`, or `nil`.
    /// - Throws: ``StoreError``.
    func account(login: String) throws -> Account?

    /// The bcrypt hash of the account's password, or `nil` when there is no such account.
    /// - Throws: ``StoreError``.
    func passwordHash(login: String) throws -> String?

    /// Creates an account, journaled as `account add` (the payload never holds the hash).
    ///
    /// - Parameter account: Validated by ``NewAccount/validated()``.
    /// - Returns: The stored account.
    /// - Throws: ``StoreError`` `.duplicate` when the login is taken.
    func addAccount(_ account: NewAccount, context: CommandContext) throws -> Account

    /// Enables or disables an account, journaled as `account disable` (or `account enable`); disabling ends its
    /// sessions in the same transaction.
    /// - Throws: ``StoreError`` `.notFound` when there is no such account.
    func setAccountActive(login: String, isActive: Bool, context: CommandContext) throws

    /// Replaces the password hash, journaled as `account password`; ends the account's sessions in the same
    /// transaction.
    /// - Throws: ``StoreError`` `.notFound` when there is no such account.
    func setPasswordHash(login: String, hash: String, context: CommandContext) throws

    /// Stores a session under the SHA-256 (hex) of its token.
    ///
    /// - Parameters:
    ///   - expiresAt: Unix seconds after which the session no longer resolves.
    ///   - createdAt: Unix seconds.
    /// - Throws: ``StoreError``.
    func createSession(tokenHash: String, login: String, createdAt: Int64, expiresAt: Int64) throws

    /// The login of the unexpired session stored under `tokenHash`, or `nil` (also when the account is disabled).
    /// - Parameter now: Unix seconds.
    /// - Throws: ``StoreError``.
    func sessionLogin(tokenHash: String, now: Int64) throws -> String?

    /// Removes the session stored under `tokenHash`, and every expired session (as of `now`).
    /// - Throws: ``StoreError``.
    func endSession(tokenHash: String, now: Int64) throws

    /// How many failed sign-ins for `login` were recorded at or after `since` (Unix seconds).
    /// - Throws: ``StoreError``.
    func loginFailures(login: String, since: Int64) throws -> Int

    /// Records a failed sign-in for `login` (any text typed, whether or not an account has it) at `at`.
    /// - Throws: ``StoreError``.
    func recordLoginFailure(login: String, at: Int64) throws

    /// Forgets the failed sign-ins of `login` (after a successful one).
    /// - Throws: ``StoreError``.
    func clearLoginFailures(login: String) throws
}
