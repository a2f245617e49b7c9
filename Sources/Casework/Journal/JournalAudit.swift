/// What `journal verify` found: the chain, the tables against the seals the entries wrote, SQLite's own checks, and
/// (when given) a head recorded elsewhere. See ``CaseStore/verifyJournal()`` for the chain alone.
public struct JournalAudit: Sendable, Equatable {
    /// One thing found wrong (or, for warnings, worth a look), with where it is.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// What kind of finding it is; extensible.
        public struct Kind: Sendable, Hashable, CustomStringConvertible {
            public let name: String
            init(_ name: String) { self.name = name }
            public var description: String { name }
            /// SQLite's `PRAGMA integrity_check` reported damage to the file.
            public static let integrity = Kind("integrity")
            /// `PRAGMA foreign_key_check` found a row whose parent is missing.
            public static let foreignKey = Kind("foreign-key")
            /// The hash chain breaks at ``Finding/sequence``.
            public static let chain = Kind("chain")
            /// A row's contents differ from what the entry that sealed it wrote.
            public static let rowChanged = Kind("row-changed")
            /// A row exists that no entry wrote.
            public static let rowInserted = Kind("row-inserted")
            /// A row an entry wrote is gone.
            public static let rowDeleted = Kind("row-deleted")
            /// A row was changed after the last entry and not sealed by any.
            public static let unsealedChange = Kind("unsealed-change")
            /// The seals do not add up to the head entry's state digest: the seals themselves were altered.
            public static let digest = Kind("digest")
            /// Entries are missing at the end of the journal.
            public static let truncated = Kind("truncated")
            /// The head given with `--head` is not in the journal.
            public static let head = Kind("head")
            /// An entry was recorded at an earlier time than the entry before it (a warning).
            public static let clockBackwards = Kind("clock-backwards")
        }

        public var kind: Kind
        /// The table, for findings about rows.
        public var table: String?
        /// The row's rowid (its `id` where the table has one).
        public var rowID: Int64?
        /// The journal entry concerned: the one that last wrote the row, or where the chain breaks.
        public var sequence: Int64?
        /// One sentence: what is wrong and where.
        public var message: String

        public init(kind: Kind, table: String? = nil, rowID: Int64? = nil, sequence: Int64? = nil, message: String) {
            self.kind = kind
            self.table = table
            self.rowID = rowID
            self.sequence = sequence
            self.message = message
        }

        public var description: String { message }
    }

    /// The hash chain's verdict, as ``CaseStore/verifyJournal()`` gives it.
    public var chain: JournalVerification
    /// The head entry's sequence and hash (0 and the genesis hash for an empty journal).
    public var headSequence: Int64
    public var headHash: String
    /// Rows checked against their seals, and the number of sealed tables.
    public var sealedRows: Int64
    public var sealedTables: Int
    /// Whether SQLite's integrity check ran in full (`integrity_check`) or quick (`quick_check`) form.
    public var fullIntegrityCheck: Bool
    /// Everything wrong, the first ``findingLimit`` of each kind; empty when the store is intact.
    public var problems: [Finding]
    /// How many problems there were in all (``problems`` may list fewer).
    public var problemCount: Int
    /// Things worth a look that do not prove damage, such as the clock going backwards.
    public var warnings: [Finding]
    /// What this store could not check, in one sentence, or `nil` when it checked everything above (a store that
    /// keeps no row seals says so here rather than reporting the tables as proved).
    public var notChecked: String?

    /// How many findings of one kind are listed; the rest are only counted.
    public static let findingLimit = 20

    public init(
        chain: JournalVerification, headSequence: Int64, headHash: String, sealedRows: Int64, sealedTables: Int,
        fullIntegrityCheck: Bool, problems: [Finding], problemCount: Int, warnings: [Finding], notChecked: String? = nil
    ) {
        self.notChecked = notChecked
        self.chain = chain
        self.headSequence = headSequence
        self.headHash = headHash
        self.sealedRows = sealedRows
        self.sealedTables = sealedTables
        self.fullIntegrityCheck = fullIntegrityCheck
        self.problems = problems
        self.problemCount = problemCount
        self.warnings = warnings
    }

    /// The chain is intact, the tables hold what it says, SQLite finds no damage, and the given head (if any) is in it.
    public var isIntact: Bool { problemCount == 0 }
}
