import Casework
import GRDB

/// The seal baseline of a copied store (`db copy` into SQLite).
///
/// A copy keeps every journal entry as it was, hashes and state digests included; but the digest the copied head
/// records is the sum of the *source's* seals, and a seal names the entry that last wrote its row, which a copy
/// cannot know (PostgreSQL keeps no seals). So the target seals every copied row as it stands, with the copied
/// head's sequence, and keeps the sum of those seals here, beside the head's hash: `sealBaseline` holds one row,
/// `(sequence, hash, stateDigest, sealedAt)`. `journal verify` then checks
///
/// - the chain, every entry's hash unchanged (entries up to the baseline may lack a digest: a PostgreSQL store
///   wrote them; every entry after it must carry one);
/// - the baseline's hash against the journal's entry of that sequence;
/// - the seals against the baseline's digest while the copied head is the head, and against the head's own digest
///   once a command has run on the copy (its entry chains the baseline's digest into its hash).
///
/// The next command starts its digest from the baseline (``appendJournalEntry(_:command:payload:context:)``).
/// Unsealed, like the other seal tables, and never copied.
extension SQLiteStore {
    /// The baseline a copy left: the copied head and the digest of its rows as sealed by the copy.
    struct SealBaseline {
        var sequence: Int64
        var hash: String
        var digest: String
    }

    /// The store's baseline, or `nil` when it was not made by a copy.
    static func sealBaseline(_ db: Database) throws -> SealBaseline? {
        guard try db.tableExists("sealBaseline"),
            let row = try Row.fetchOne(db, sql: "SELECT sequence, hash, stateDigest FROM sealBaseline LIMIT 1")
        else { return nil }
        return SealBaseline(sequence: row["sequence"], hash: row["hash"], digest: row["stateDigest"])
    }

    /// Seals every row a copy wrote (all pending) with the copied head's sequence and records the baseline.
    ///
    /// - Precondition: Runs inside the copy's write transaction, after the last row.
    /// - Throws: ``StoreError`` `.invalid` when rows were copied without any journal entry.
    static func sealCopiedRows(_ db: Database) throws {
        let head = try journalHead(db)
        guard head.sequence > 0 else {
            if try hasPendingSeals(db) {
                throw StoreError(
                    .invalid, "the source holds rows but no journal entry: no entry vouches for them; nothing was written",
                    hint: "verify the source's journal and tables before copying it")
            }
            return
        }
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS sealBaseline (
                    sequence INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL CHECK (length(hash) = 64),
                    stateDigest TEXT NOT NULL CHECK (length(stateDigest) = 64),
                    sealedAt TEXT NOT NULL
                )
                """)
        let digest = try sealPendingRows(db, sequence: head.sequence, digest: StateDigest())
        try db.execute(
            sql: "INSERT INTO sealBaseline (sequence, hash, stateDigest, sealedAt) VALUES (?, ?, ?, ?)",
            arguments: [head.sequence, head.hash, digest.hex, wallClockTimestamp()])
    }
}
