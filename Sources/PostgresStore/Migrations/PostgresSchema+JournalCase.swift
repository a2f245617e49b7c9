/// The journal indexed by the case each entry is about (SQLite's `journalOnCase`, the same migration name), so that
/// a case's timeline is one index range instead of a scan of the whole journal.
///
/// The journal is append-only, so the case is an expression of the entry's own fields, not a column filled in
/// afterwards: `journalCase(command, payload)`, an `IMMUTABLE` function — a `case open` entry's payload is the stored
/// case (its `id`), every later `case …` command's payload names its `case`; any other entry, or a payload that is not
/// JSON with an integer there, gives NULL rather than refusing the entry.
extension PostgresSchema {
    static let createJournalCaseIndex = [
        """
        CREATE FUNCTION journalCase(command TEXT, payload TEXT) RETURNS BIGINT
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
        BEGIN
            IF left(command, 5) <> 'case ' THEN
                RETURN NULL;
            END IF;
            RETURN (payload::jsonb ->> CASE WHEN command = 'case open' THEN 'id' ELSE 'case' END)::bigint;
        EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
            RETURN NULL;
        END
        $$
        """,
        "CREATE INDEX journalOnCase ON journal (journalCase(command, payload), sequence)",
    ]
}
