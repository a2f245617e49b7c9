public import Casework

// Proposed rule packs (``RulePackProposalStore``) are not kept on PostgreSQL yet: the table exists
// (`2026-12-09-createRulePackProposal`, schema parity), the implementation comes later (issue 13). Each method throws
// ``PostgresStore/notAvailable(_:)`` and reads or writes nothing.

extension PostgresStore: RulePackProposalStore {
    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func proposeRulePack(_ pack: StoredRulePack, impact: ProposalImpact, context: CommandContext) throws
        -> RulePackProposal
    {
        throw Self.notAvailable("rule pack proposals are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func activateRulePack(hash: String, context: CommandContext) throws -> RulePackProposal {
        throw Self.notAvailable("rule pack proposals are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func rejectRulePack(hash: String, reason: String, context: CommandContext) throws -> RulePackProposal {
        throw Self.notAvailable("rule pack proposals are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func rulePackProposals() throws -> [RulePackProposal] {
        throw Self.notAvailable("rule pack proposals are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func activeRulePackHash() throws -> String? {
        throw Self.notAvailable("rule pack proposals are")
    }
}
