import GRDB

/// Legal titles held by accounts and delegations of them (issue 14; ``SQLiteStore`` as `AuthorityStore`).
///
/// Both are sealed like every table the journal's commands write: they change only through `title assign`,
/// `title end`, `delegate` and `delegation end`. Terms are closed (`startsOn ≤ day ≤ endsOn`), as an appointment or a
/// decision giao quyền words them; a title held without an end has `endsOn` NULL, a delegation always has one.
/// Rows are never deleted: ending one moves its `endsOn` earlier, so a decision signed before stays explained.
extension SQLiteStore {
    static func createTitleAssignment(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE titleAssignment (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    accountId INTEGER NOT NULL REFERENCES account(id),
                    title TEXT NOT NULL CHECK (title <> ''),
                    startsOn TEXT NOT NULL,
                    endsOn TEXT CHECK (endsOn IS NULL OR endsOn >= startsOn),
                    recordedAt TEXT NOT NULL
                );
                CREATE INDEX titleAssignmentOnAccountId ON titleAssignment(accountId, title);
                CREATE TABLE delegation (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    delegatorId INTEGER NOT NULL REFERENCES account(id),
                    delegateId INTEGER NOT NULL REFERENCES account(id),
                    title TEXT NOT NULL CHECK (title <> ''),
                    startsOn TEXT NOT NULL,
                    endsOn TEXT NOT NULL CHECK (endsOn >= startsOn),
                    document TEXT NOT NULL CHECK (document <> ''),
                    scope TEXT NOT NULL,
                    recordedAt TEXT NOT NULL,
                    CHECK (delegatorId <> delegateId)
                );
                CREATE INDEX delegationOnDelegateId ON delegation(delegateId, title);
                CREATE INDEX delegationOnDelegatorId ON delegation(delegatorId, title);
                """)
    }
}
