/// The outcome of recomputing the journal's hash chain: ``CaseStore/verifyJournal()``.
public enum JournalVerification: Sendable, Equatable, CustomStringConvertible {
    /// Every entry is present, in order, and hashes to what it claims; `head` is the last entry's hash
    /// (``JournalEntry/genesisHash`` for an empty journal). Keep the head somewhere else (printed, mailed) to detect
    /// later truncation of the journal's tail, which a hash chain alone cannot reveal.
    case intact(entries: Int64, head: String)
    /// The chain breaks at `sequence`, the first entry that is missing, out of place or altered; `reason` says which.
    case broken(sequence: Int64, reason: String)

    /// One line for the terminal: `journal intact: 42 entries, head 3f2a…` or `journal broken at entry 7: …`.
    public var description: String {
        switch self {
        case .intact(let entries, let head): "journal intact: \(entries) entries, head \(head)"
        case .broken(let sequence, let reason): "journal broken at entry \(sequence): \(reason)"
        }
    }
}
