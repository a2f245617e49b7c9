extension PostgresSchema {
    /// The journal keeps a SQLite store's state digests (`db copy`): an entry that carries one hashes it
    /// (`thanhtra-journal-v2`, ``Casework/JournalEntry/computeHash(previousHash:sequence:recordedAt:actor:command:payload:packHash:stateDigest:)``),
    /// so a journal copied from SQLite keeps every hash only if the digest comes with it. PostgreSQL keeps no row
    /// seals: the digests are kept verbatim, never recomputed, and the entries a PostgreSQL store writes carry none.
    ///
    /// PostgreSQL's own name: SQLite adds the column in `2026-12-06-createSeals` with the seal tables, which are not
    /// here.
    static let addJournalStateDigest = [
        "ALTER TABLE journal ADD COLUMN stateDigest TEXT CHECK (stateDigest IS NULL OR length(stateDigest) = 64)"
    ]
}
