/// One entry of the append-only journal: a command that changed the store, chained to the entry before it.
///
/// Every change to the store writes exactly one entry in the same transaction. Each entry's ``hash`` covers its
/// own fields and the previous entry's hash, so altering, removing or reordering any entry breaks the chain from
/// that point on (see ``computeHash(previousHash:sequence:recordedAt:actor:command:payload:packHash:)`` for the
/// exact bytes hashed, and ``CaseStore/verifyJournal()``).
public struct JournalEntry: Sendable, Codable, Equatable {
    /// Position in the journal: 1 for the first entry, then consecutive without gaps.
    public var sequence: Int64
    /// When the command ran: ``CommandContext/timestamp``, ISO 8601 with +07:00.
    public var recordedAt: String
    /// Who ran it: ``CommandContext/actor``.
    public var actor: String
    /// The command's name as the user would type it, e.g. `subject add`, `init`.
    public var command: String
    /// The command's input and results as canonical JSON text (object keys sorted, no insignificant whitespace).
    public var payload: String
    /// Content hash of the rule pack the command relied on, if any.
    public var packHash: String?
    /// The digest of the store's sealed rows after this command (64 lowercase hex digits), or `nil` for entries
    /// written before thanhtra sealed its tables (format v1). It is the sum, modulo 2²⁵⁶, of the seal of every row
    /// of every sealed table (docs/journal.md), so `journal verify` can prove the tables hold what the entries wrote.
    public var stateDigest: String?
    /// ``hash`` of the entry before, or ``genesisHash`` for the first entry.
    public var previousHash: String
    /// SHA-256 of this entry, 64 lowercase hex digits; see ``computeHash(previousHash:sequence:recordedAt:actor:command:payload:packHash:)``.
    public var hash: String

    /// Creates an entry value with the given fields; the hash is taken as given, not computed.
    public init(
        sequence: Int64, recordedAt: String, actor: String, command: String, payload: String, packHash: String?,
        previousHash: String, hash: String, stateDigest: String? = nil
    ) {
        self.stateDigest = stateDigest
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.actor = actor
        self.command = command
        self.payload = payload
        self.packHash = packHash
        self.previousHash = previousHash
        self.hash = hash
    }

    /// Creates the entry that follows `previousHash`, computing its hash.
    ///
    /// - Parameter stateDigest: The digest of the sealed rows after the command; `nil` only for v1 entries.
    public init(
        sequence: Int64, context: CommandContext, command: String, payload: String, previousHash: String,
        stateDigest: String? = nil
    ) {
        self.init(
            sequence: sequence, recordedAt: context.timestamp, actor: context.actor, command: command,
            payload: payload, packHash: context.packHash, previousHash: previousHash,
            hash: Self.computeHash(
                previousHash: previousHash, sequence: sequence, recordedAt: context.timestamp,
                actor: context.actor, command: command, payload: payload, packHash: context.packHash,
                stateDigest: stateDigest),
            stateDigest: stateDigest)
    }

    /// The ``previousHash`` of the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The hash this entry should have, recomputed from its fields.
    public var expectedHash: String {
        Self.computeHash(
            previousHash: previousHash, sequence: sequence, recordedAt: recordedAt, actor: actor, command: command,
            payload: payload, packHash: packHash, stateDigest: stateDigest)
    }

    /// The hash of an entry with these fields.
    ///
    /// The hash is the SHA-256, as 64 lowercase hex digits, of the concatenation of these *netstrings*
    /// (D. J. Bernstein's `<length>:<bytes>,`, where `<length>` is the number of bytes of the UTF-8 text written in
    /// ASCII decimal without leading zeros):
    ///
    /// 1. the format tag `thanhtra-journal-v1`
    /// 2. `previousHash`
    /// 3. `sequence` in ASCII decimal (`1`, `2`, …)
    /// 4. `recordedAt`
    /// 5. `actor`
    /// 6. `command`
    /// 7. `payload` (the JSON text exactly as stored)
    /// 8. `packHash`, only when there is one; an entry without a pack hash has seven netstrings
    ///
    /// An entry with a ``stateDigest`` (format v2, every entry written since the tables are sealed) hashes the tag
    /// `thanhtra-journal-v2` instead, and the digest as its own netstring between `payload` and `packHash`.
    ///
    /// Text is hashed as stored, without Unicode normalization. Because every field carries its length, no choice of
    /// field contents can make two different entries hash the same bytes. An auditor can recompute it in Python:
    ///
    /// ```python
    /// def ns(s): b = s.encode(); return str(len(b)).encode() + b":" + b + b","
    /// fields = ["thanhtra-journal-v1", prev, str(seq), recorded_at, actor, command, payload]
    /// if pack_hash is not None: fields.append(pack_hash)
    /// hashlib.sha256(b"".join(ns(f) for f in fields)).hexdigest()
    /// ```
    ///
    /// or in a shell: `printf '19:thanhtra-journal-v1,64:0000…0000,1:1,…' | sha256sum`.
    public static func computeHash(
        previousHash: String, sequence: Int64, recordedAt: String, actor: String, command: String, payload: String,
        packHash: String?, stateDigest: String? = nil
    ) -> String {
        var hasher = SHA256.Hasher()
        func netstring(_ text: String) {
            hasher.update(String(text.utf8.count).utf8)
            hasher.update(CollectionOfOne(UInt8(ascii: ":")))
            hasher.update(text.utf8)
            hasher.update(CollectionOfOne(UInt8(ascii: ",")))
        }
        netstring(stateDigest == nil ? formatTag : sealedFormatTag)
        netstring(previousHash)
        netstring(String(sequence))
        netstring(recordedAt)
        netstring(actor)
        netstring(command)
        netstring(payload)
        if let stateDigest { netstring(stateDigest) }
        if let packHash { netstring(packHash) }
        return SHA256.hexString(hasher.finalize())
    }

    /// The first field of every hashed entry; a new encoding would get a new tag.
    public static let formatTag = "thanhtra-journal-v1"

    /// The first field of an entry that carries a ``stateDigest``.
    public static let sealedFormatTag = "thanhtra-journal-v2"
}
