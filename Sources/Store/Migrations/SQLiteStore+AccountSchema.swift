import GRDB

/// Accounts, their roles, sign-in sessions and failed sign-ins (issue 14; ``SQLiteStore`` as ``AccountStore``).
///
/// `account` and `accountRole` are sealed like every table the journal's commands write: they change only through
/// journaled commands (`account add`, `account disable`, `account password`). `accountSession` and `loginFailure`
/// are working state written on every sign-in, without a journal entry, and are listed in
/// ``SQLiteStore/unsealedTables``: the journal does not vouch for them, and nothing in them is a record. A session is
/// kept as the SHA-256 of its token (64 hex digits), never the token; times there are Unix seconds.
extension SQLiteStore {
    static func createAccount(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    login TEXT NOT NULL UNIQUE CHECK (login <> ''),
                    displayName TEXT NOT NULL CHECK (displayName <> ''),
                    passwordHash TEXT NOT NULL CHECK (passwordHash <> ''),
                    isActive BOOLEAN NOT NULL,
                    createdAt TEXT NOT NULL
                );
                CREATE TABLE accountRole (
                    accountId INTEGER NOT NULL REFERENCES account(id),
                    role TEXT NOT NULL CHECK (role <> ''),
                    PRIMARY KEY (accountId, role)
                );
                CREATE TABLE accountSession (
                    tokenHash TEXT PRIMARY KEY NOT NULL CHECK (length(tokenHash) = 64),
                    accountId INTEGER NOT NULL REFERENCES account(id),
                    createdAt INTEGER NOT NULL,
                    expiresAt INTEGER NOT NULL
                );
                CREATE INDEX accountSessionOnAccountId ON accountSession(accountId);
                CREATE TABLE loginFailure (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    login TEXT NOT NULL,
                    failedAt INTEGER NOT NULL
                );
                CREATE INDEX loginFailureOnLogin ON loginFailure(login, failedAt);
                """)
    }
}
