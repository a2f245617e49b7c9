/// Where cases are kept: the port Casework declares and a store adapter (SQLite today, PostgreSQL later)
/// implements.
///
/// Every method is one transaction. Every method that changes something also appends exactly one
/// ``JournalEntry`` in that same transaction, built from the ``CommandContext``; if the change fails, neither the
/// change nor the entry is written. Implementations translate their database's errors to ``StoreError``.
public protocol CaseStore: Sendable {
    /// The value of a setting, or `nil` when it was never set.
    ///
    /// Settings hold the store's own configuration, such as the rule pack path and hash recorded by `thanhtra init`.
    /// - Throws: ``StoreError``.
    func setting(_ key: String) throws -> String?

    /// Writes settings in one journaled transaction (used by `thanhtra init` for the rule pack path and hash).
    ///
    /// Existing keys are overwritten; keys not in `settings` are left alone. The journal payload is the settings
    /// object itself.
    /// - Parameters:
    ///   - settings: Keys and values to write.
    ///   - command: The command's name for the journal, e.g. `init`.
    ///   - context: Who and when, for the journal.
    /// - Throws: ``StoreError``.
    func saveSettings(_ settings: [String: String], command: String, context: CommandContext) throws

    /// Registers a subject after ``NewSubject/validated()`` and journals it as `subject add`.
    ///
    /// - Returns: The stored subject with its new ID.
    /// - Throws: ``InputError`` when a field is invalid; ``StoreError`` of kind ``StoreError/Kind/duplicate`` when
    ///   a subject of the same kind with the same identifier exists (the message names its ID), or another
    ///   ``StoreError``.
    func addSubject(_ subject: NewSubject, context: CommandContext) throws -> Subject

    /// The subject with this ID, or `nil`.
    /// - Throws: ``StoreError``.
    func subject(id: Subject.ID) throws -> Subject?

    /// Subjects ordered by name, then ID.
    ///
    /// - Parameters:
    ///   - kind: Only this kind, or both when `nil`.
    ///   - search: Text that must appear in the name or the identifier; case- and diacritic-insensitive for the
    ///     name (`nguyen van` finds `Nguyễn Văn An`, `dong` finds `Đông`). `nil` or empty matches everything.
    ///   - limit: At most this many subjects.
    /// - Throws: ``StoreError``.
    func subjects(kind: Subject.Kind?, search: String?, limit: Int) throws -> [Subject]

    /// Journal entries with a sequence greater than `sequence`, in order, at most `limit` of them.
    ///
    /// Page through the whole journal with `journal(after: 0, limit: n)`, then `after:` the last sequence seen.
    /// - Throws: ``StoreError``.
    func journal(after sequence: Int64, limit: Int) throws -> [JournalEntry]

    /// The entries about one penalty case, oldest first: its `case open` (whose payload is the case, with its `id`)
    /// and every later `case …` command (whose payload names the `case`). A store answers from an index on the case,
    /// not by reading the whole journal; entries of other commands (an import that wrote the case) are not included.
    /// - Throws: ``StoreError``.
    func journal(ofCase id: PenaltyCase.ID) throws -> [JournalEntry]

    /// The newest journal entry's sequence and hash: `(0, genesis hash)` for an empty journal. A filed report
    /// carries it, so that a truncated tail is caught against the paper copy.
    /// - Throws: ``StoreError``.
    func journalHead() throws -> (sequence: Int64, hash: String)

    /// Proves the tables against the journal: the chain, every row against its seal, the seals' sum against the head's
    /// state digest, SQLite's integrity check (or its quick check), and, when given, that `head` is still in the chain.
    /// - Throws: ``StoreError`` when the database cannot be read.
    func auditJournal(head: (sequence: Int64, hash: String)?, fullIntegrityCheck: Bool) throws -> JournalAudit

    /// Recomputes the hash chain from the first entry and reports the first entry that breaks it.
    /// - Throws: ``StoreError`` when the journal cannot be read.
    func verifyJournal() throws -> JournalVerification
}
