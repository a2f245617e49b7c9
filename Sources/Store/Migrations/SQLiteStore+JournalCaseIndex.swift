import GRDB

/// The journal indexed by the case each entry is about, so that a case's timeline is one index range instead of a
/// scan of the whole journal (the largest cost of a case read on a busy server, docs/performance.md).
///
/// The journal is append-only (its triggers refuse UPDATE), so the case is not a new column filled in afterwards: the
/// index is on an expression of the entry's own fields, ``journalCaseReference``. A `case open` entry's payload is the
/// stored case (its `id`), every later `case …` command's payload names its `case`; every other entry indexes NULL.
extension SQLiteStore {
    /// The case a journal entry is about, as SQL over the `journal` row: the same text in the index and in the query
    /// (``journal(ofCase:)``), which is how SQLite matches an indexed expression. `json_valid` first, so that a
    /// payload that is not JSON indexes NULL instead of refusing the entry.
    static let journalCaseReference = """
        (CASE WHEN substr(command, 1, 5) = 'case ' AND json_valid(payload) THEN \
        json_extract(payload, CASE WHEN command = 'case open' THEN '$.id' ELSE '$.case' END) END)
        """

    /// Migration `2026-12-11-createJournalCaseIndex`: the expression index on ``journalCaseReference``. On a large
    /// journal it reads every entry once (the payloads of `case …` commands are parsed); `IF NOT EXISTS` lets a second
    /// process that opened the same new file meanwhile find it made.
    static func createJournalCaseIndex(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX IF NOT EXISTS journalOnCase ON journal\(journalCaseReference)")
    }
}
