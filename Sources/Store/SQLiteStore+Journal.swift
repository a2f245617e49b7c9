public import Casework
import GRDB

extension SQLiteStore {
    /// Appends the entry for a command to the journal, chained to the current head, after sealing the rows the
    /// command wrote with the entry's sequence; the entry records the state digest that results.
    ///
    /// - Precondition: Runs inside the command's `IMMEDIATE` write transaction, so the head cannot change between
    ///   reading it and inserting after it.
    @discardableResult
    static func appendJournalEntry(
        _ db: Database, command: String, payload: String, context: CommandContext
    ) throws -> JournalEntry {
        let sealed = try db.tableExists("sealPending")
        let head = try Row.fetchOne(
            db,
            sql: sealed
                ? "SELECT sequence, hash, stateDigest FROM journal ORDER BY sequence DESC LIMIT 1"
                : "SELECT sequence, hash, NULL AS stateDigest FROM journal ORDER BY sequence DESC LIMIT 1")
        let sequence: Int64 = (head?["sequence"] ?? 0) + 1
        var stateDigest: String?
        if sealed {
            // A head without a digest (written before the tables were sealed) is followed only by the entry that
            // seals every row, starting from zero.
            // The first command after a copy starts from the digest of the rows as the copy sealed them.
            let headSequence: Int64? = head?["sequence"]
            let headDigest: String? = head?["stateDigest"]
            let baseline = try sealBaseline(db).flatMap { $0.sequence == headSequence ? $0 : nil }
            let previous = (baseline?.digest ?? headDigest).flatMap(StateDigest.init(hex:)) ?? StateDigest()
            stateDigest = try sealPendingRows(db, sequence: sequence, digest: previous).hex
        }
        let entry = JournalEntry(
            sequence: sequence, context: context, command: command, payload: payload,
            previousHash: head?["hash"] ?? JournalEntry.genesisHash, stateDigest: stateDigest)
        try entry.insert(db)
        return entry
    }

    /// The newest journal entry's sequence and hash: `(0, genesis hash)` for an empty journal.
    ///
    /// - Throws: ``StoreError``.
    public func journalHead() throws -> (sequence: Int64, hash: String) {
        try read { db in try Self.journalHead(db) }
    }

    static func journalHead(_ db: Database) throws -> (sequence: Int64, hash: String) {
        guard let row = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM journal ORDER BY sequence DESC LIMIT 1")
        else { return (0, JournalEntry.genesisHash) }
        return (row["sequence"], row["hash"])
    }

    /// Journal entries with a sequence greater than `sequence`, in order, at most `limit` of them.
    ///
    /// - Throws: ``StoreError``.
    public func journal(after sequence: Int64, limit: Int) throws -> [JournalEntry] {
        try read { db in
            try JournalEntry.fetchAll(
                db, sql: "SELECT * FROM journal WHERE sequence > ? ORDER BY sequence LIMIT ?",
                arguments: [sequence, max(0, limit)])
        }
    }

    /// The entries about case `id`, oldest first: its `case open` and every later `case …` command. One range of
    /// the index `journalOnCase` (``journalCaseReference``), however long the journal.
    ///
    /// - Throws: ``StoreError``.
    public func journal(ofCase id: PenaltyCase.ID) throws -> [JournalEntry] {
        try read { db in
            try db.cachedRows(
                "SELECT * FROM journal WHERE \(Self.journalCaseReference) = ? ORDER BY sequence", [id.rawValue]
            ).map { try JournalEntry(row: $0) }
        }
    }

    /// Recomputes the hash chain from the first entry, in one read transaction, and reports the first entry that
    /// breaks it.
    ///
    /// For each entry in sequence order it checks, in this order, that
    /// 1. its sequence is the previous one plus 1 (the first is 1): otherwise an entry is missing, and the
    ///    missing sequence is reported;
    /// 2. its `previousHash` is the previous entry's `hash` (``JournalEntry/genesisHash`` for the first);
    /// 3. its `hash` equals the hash recomputed from its fields
    ///    (``JournalEntry/computeHash(previousHash:sequence:recordedAt:actor:command:payload:packHash:)``).
    ///
    /// Entries are read with a cursor, so memory use does not grow with the journal. Removing entries from the
    /// end of the journal cannot be detected from the journal alone; compare ``JournalVerification/intact(entries:head:)``'s
    /// head with one recorded elsewhere.
    /// - Throws: ``StoreError`` when the journal cannot be read.
    public func verifyJournal() throws -> JournalVerification {
        try read { db in
            var expectedSequence: Int64 = 1
            var previousHash = JournalEntry.genesisHash
            let entries = try JournalEntry.fetchCursor(db, sql: "SELECT * FROM journal ORDER BY sequence")
            while let entry = try entries.next() {
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
            }
            return .intact(entries: expectedSequence - 1, head: previousHash)
        }
    }
}
