public import Casework

/// The reads of the inspectorate's records that every face shows: the journal, its audit, a year's plan, the
/// rule packs used. Through ``Registry`` so that a face needs the application layer alone.
extension Registry {
    /// Journal entries after `sequence`, oldest first, at most `limit`.
    /// - Throws: ``StoreError``.
    public func journal(after sequence: Int64, limit: Int) throws -> [JournalEntry] {
        try store.journal(after: sequence, limit: limit)
    }

    /// The proof of the journal and the tables (``CaseStore/auditJournal(head:fullIntegrityCheck:)``): the hash
    /// chain, every row against its seal, the store's own checks; with `head`, that a filed report's head is still
    /// in the journal.
    /// - Throws: ``StoreError``.
    public func auditJournal(head: (sequence: Int64, hash: String)?, fullIntegrityCheck: Bool) throws -> JournalAudit {
        try store.auditJournal(head: head, fullIntegrityCheck: fullIntegrityCheck)
    }

    /// A year's plan entries with the inspection each led to and its state.
    /// - Throws: ``StoreError``.
    public func planProgress(year: Int) throws -> [PlanProgress] {
        try store.planProgress(year: year)
    }

    /// Every rule pack version the store holds, oldest first, with what it decided.
    /// - Throws: ``StoreError``.
    public func rulePackHistory() throws -> [RulePackUse] {
        try store.rulePackHistory()
    }
}
