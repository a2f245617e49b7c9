public import Casework
import PostgresNIO

/// The journal: appended inside each command's transaction, read, and verified; the same entries as SQLite's store
/// writes (the same payload text, the same hash function), without the state digest (row seals are not kept on
/// PostgreSQL yet, so its entries are the format without a digest, `thanhtra-journal-v1`). Entries copied from a
/// SQLite store (`db copy`) keep their digest in `stateDigest`, and their hash with it.
extension PostgresStore {
    /// Appends the entry for a command, chained to the current head.
    ///
    /// - Precondition: runs inside a write transaction holding the write lock (``perform(_:context:_:)``), so the
    ///   head cannot move between reading it and inserting after it; the journal's primary key on `sequence` and
    ///   its unique `hash` are the backstop. The head is the one the lock statement read when it did
    ///   (``PGSession/lockedJournalHead``), else read here.
    @discardableResult
    static func appendJournalEntry(
        _ session: PGSession, command: String, payload: String, context: CommandContext
    ) throws -> JournalEntry {
        let head = try session.lockedJournalHead ?? journalHead(session)
        let entry = JournalEntry(
            sequence: head.sequence + 1, context: context, command: command, payload: payload,
            previousHash: head.hash)
        try session.execute(
            """
            INSERT INTO journal (sequence, recordedAt, actor, command, payload, packHash, previousHash, hash)
            VALUES (\(entry.sequence), \(entry.recordedAt), \(entry.actor), \(entry.command), \(entry.payload), \
            \(entry.packHash), \(entry.previousHash), \(entry.hash))
            """)
        if session.lockedJournalHead != nil { session.lockedJournalHead = (entry.sequence, entry.hash) }
        return entry
    }

    static func journalHead(_ session: PGSession) throws -> (sequence: Int64, hash: String) {
        guard let row = try session.row("SELECT sequence, hash FROM journal ORDER BY sequence DESC LIMIT 1") else {
            return (0, JournalEntry.genesisHash)
        }
        return (try row.int64("sequence"), try row.string("hash"))
    }

    static func journalEntry(_ row: PGRow) throws -> JournalEntry {
        JournalEntry(
            sequence: try row.int64("sequence"), recordedAt: try row.string("recordedAt"),
            actor: try row.string("actor"), command: try row.string("command"), payload: try row.string("payload"),
            packHash: try row.optionalString("packHash"), previousHash: try row.string("previousHash"),
            hash: try row.string("hash"), stateDigest: try row.optionalString("stateDigest"))
    }

    /// How many entries ``verifyJournal()`` reads per query: memory stays flat however long the journal.
    static let journalPage = 2_000
}

extension PostgresStore {
    /// The newest journal entry's sequence and hash: `(0, genesis hash)` for an empty journal.
    ///
    /// - Throws: ``StoreError``.
    public func journalHead() throws -> (sequence: Int64, hash: String) {
        try readStatement { session in try Self.journalHead(session) }
    }

    /// Journal entries with a sequence greater than `sequence`, in order, at most `limit` of them.
    ///
    /// - Throws: ``StoreError``.
    public func journal(after sequence: Int64, limit: Int) throws -> [JournalEntry] {
        try read { session in
            try session.rows(
                "SELECT * FROM journal WHERE sequence > \(sequence) ORDER BY sequence LIMIT \(Int64(max(0, limit)))"
            ).map(Self.journalEntry)
        }
    }

    /// The entries about case `id`, oldest first: its `case open` and every later `case …` command; one range of the
    /// index `journalOnCase` (`journalCase(command, payload)`), however long the journal.
    ///
    /// - Throws: ``StoreError``.
    public func journal(ofCase id: PenaltyCase.ID) throws -> [JournalEntry] {
        try read { session in
            try session.rows(
                "SELECT * FROM journal WHERE journalCase(command, payload) = \(id.rawValue) ORDER BY sequence"
            ).map(Self.journalEntry)
        }
    }

    /// Recomputes the hash chain from the first entry, in one read transaction, and reports the first entry that
    /// breaks it: the same checks, in the same order and words, as SQLite's store (a missing sequence, a
    /// `previousHash` that is not the entry before's hash, a hash that is not the hash of the entry's fields).
    ///
    /// Entries are read a page at a time, so memory does not grow with the journal.
    /// - Throws: ``StoreError`` when the journal cannot be read.
    public func verifyJournal() throws -> JournalVerification {
        try read { session in try Self.verifyChain(session) }
    }

    static func verifyChain(_ session: PGSession) throws -> JournalVerification {
        var expectedSequence: Int64 = 1
        var previousHash = JournalEntry.genesisHash
        var after: Int64 = 0
        while true {
            let page = try session.rows(
                "SELECT * FROM journal WHERE sequence > \(after) ORDER BY sequence LIMIT \(Int64(journalPage))"
            ).map(journalEntry)
            for entry in page {
                if entry.sequence != expectedSequence {
                    let context =
                        expectedSequence == 1
                        ? "the journal starts at entry \(entry.sequence)"
                        : "entry \(expectedSequence - 1) is followed by entry \(entry.sequence)"
                    return .broken(sequence: expectedSequence, reason: "entry \(expectedSequence) is missing: \(context)")
                }
                if entry.previousHash != previousHash {
                    let previous = entry.sequence == 1 ? "the genesis hash" : "the hash of entry \(entry.sequence - 1)"
                    return .broken(
                        sequence: entry.sequence,
                        reason: "its previousHash \(entry.previousHash) is not \(previous), \(previousHash)")
                }
                let expectedHash = entry.expectedHash
                if entry.hash != expectedHash {
                    return .broken(
                        sequence: entry.sequence,
                        reason: "its stored hash \(entry.hash) does not match the hash of its contents, "
                            + "\(expectedHash): the entry was altered")
                }
                previousHash = entry.hash
                expectedSequence += 1
                after = entry.sequence
            }
            if page.count < journalPage { break }
        }
        return .intact(entries: expectedSequence - 1, head: previousHash)
    }

    /// The chain and, when given, that `head` is still in it. PostgreSQL keeps no row seals yet, so the tables are
    /// not proved against the journal: the audit says so in ``JournalAudit/notChecked`` (and reports 0 sealed rows
    /// in 0 tables), never that they match. `fullIntegrityCheck` is SQLite's and is ignored.
    ///
    /// - Throws: ``StoreError`` when the journal cannot be read.
    public func auditJournal(head: (sequence: Int64, hash: String)?, fullIntegrityCheck: Bool) throws -> JournalAudit {
        try read { session in
            let chain = try Self.verifyChain(session)
            let last = try Self.journalHead(session)
            var problems: [JournalAudit.Finding] = []
            var warnings: [JournalAudit.Finding] = []
            if case .broken(let sequence, let reason) = chain {
                problems.append(
                    JournalAudit.Finding(
                        kind: .chain, sequence: sequence, message: "journal broken at entry #\(sequence): \(reason)"))
            }
            // recordedAt going backwards: a warning, in SQLite's words.
            for row in try session.rows(
                """
                SELECT sequence, command, recordedAt, previous FROM (
                    SELECT sequence, command, recordedAt, lag(recordedAt) OVER (ORDER BY sequence) AS previous
                    FROM journal) AS entries
                WHERE recordedAt COLLATE "C" < previous COLLATE "C" ORDER BY sequence LIMIT \(Int64(JournalAudit.findingLimit))
                """)
            {
                let sequence = try row.int64("sequence")
                warnings.append(
                    JournalAudit.Finding(
                        kind: .clockBackwards, sequence: sequence,
                        message: "entry #\(sequence) (\(try row.string("command"))) was recorded at "
                            + "\(try row.string("recordedAt")), before entry #\(sequence - 1) at \(try row.string("previous"))"))
            }
            if let head {
                let short = String(head.hash.prefix(12))
                if head.sequence > last.sequence, case .intact = chain {
                    problems.append(
                        JournalAudit.Finding(
                            kind: .truncated, sequence: head.sequence,
                            message: "the journal ends at entry #\(last.sequence), but head #\(head.sequence) (\(short)…) "
                                + "was recorded from it: "
                                + (head.sequence == last.sequence + 1
                                    ? "entry #\(head.sequence) is missing"
                                    : "entries #\(last.sequence + 1)–#\(head.sequence) are missing")
                                + " (a truncated tail)"))
                } else if let found = try session.row("SELECT hash FROM journal WHERE sequence = \(head.sequence)") {
                    let stored = try found.string("hash")
                    if stored.lowercased() != head.hash.lowercased() {
                        problems.append(
                            JournalAudit.Finding(
                                kind: .head, sequence: head.sequence,
                                message: "entry #\(head.sequence) has hash \(stored), not \(head.hash) as recorded: the "
                                    + "journal was rewritten from that entry or earlier"))
                    }
                } else {
                    problems.append(
                        JournalAudit.Finding(
                            kind: .head, sequence: head.sequence,
                            message: "head #\(head.sequence) (\(short)…) is not in the journal"))
                }
            }
            return JournalAudit(
                chain: chain, headSequence: last.sequence, headHash: last.hash, sealedRows: 0, sealedTables: 0,
                fullIntegrityCheck: fullIntegrityCheck, problems: problems, problemCount: problems.count,
                warnings: warnings,
                notChecked: "row seals are not kept on PostgreSQL yet: only the journal's hash chain was verified, "
                    + "not the tables against it")
        }
    }
}

extension PostgresStore {
    /// The value of a setting, or `nil` when it was never set.
    ///
    /// - Throws: ``StoreError``.
    public func setting(_ key: String) throws -> String? {
        try readStatement { session in try session.row("SELECT value FROM setting WHERE key = \(key)")?.string("value") }
    }

    /// Writes settings in one journaled transaction; the journal payload is the settings object.
    ///
    /// - Throws: ``StoreError``.
    public func saveSettings(_ settings: [String: String], command: String, context: CommandContext) throws {
        try perform(command, payload: settings, context: context) { session in
            for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
                try session.execute(
                    """
                    INSERT INTO setting (key, value) VALUES (\(key), \(value))
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """)
            }
        }
    }
}
