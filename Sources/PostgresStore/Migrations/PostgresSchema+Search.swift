/// The accent-insensitive subject search, indexed for containment (issue 13 item 4): trigram GIN indexes (`pg_trgm`)
/// over `subject.nameFolded` — the name folded in Swift exactly as SQLite's store folds it — and over the identifier
/// with its ASCII letters lowercased, the two expressions `subject list --search` matches with `LIKE '%…%'`
/// (``PostgresStore/subjectSearch(kind:search:limit:)``). The B-tree `subjectOnNameFolded` serves prefix searches and
/// the order; a trigram index serves a search for text anywhere in the name, which a B-tree cannot.
///
/// `pg_trgm` ships with PostgreSQL (Debian's `postgresql-15`; the `postgresql-contrib` package elsewhere) and is a
/// trusted extension since PostgreSQL 13, so the database's owner may create it. Where it is not available, or the
/// owner may not create it, the migration creates nothing and says so in a NOTICE: searches then scan the table,
/// with the same results. Nothing else depends on it, so SQLite has no counterpart (its search is `LIKE` over its
/// own index).
extension PostgresSchema {
    /// The trigram indexes' names (`docs/postgres.md`; the query plan test looks for them).
    public static let subjectTrigramIndexes = ["subjectOnNameFoldedTrigram", "subjectOnIdentifierTrigram"]

    static let createSubjectTrigramIndex = [
        """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
                RAISE NOTICE 'pg_trgm is not installed on this server: subject searches scan the table';
                RETURN;
            END IF;
            BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'pg_trgm cannot be created by this role: subject searches scan the table';
                RETURN;
            END;
            CREATE INDEX subjectOnNameFoldedTrigram ON subject USING gin (nameFolded gin_trgm_ops);
            CREATE INDEX subjectOnIdentifierTrigram ON subject USING gin (
                translate(identifier, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') gin_trgm_ops);
        END
        $$
        """
    ]
}
