/// Where proposed rule packs wait for a second account (four-eyes, DESIGN.md §8): the port the application layer's
/// `RulePackApproval` use cases work through.
///
/// The four-eyes rule is the store's: ``activateRulePack(hash:context:)`` and ``rejectRulePack(hash:reason:context:)``
/// refuse, **inside their transaction**, an actor who proposed the pack (``AuthorityError/ownProposal(hash:proposer:)``),
/// whatever face calls them. Kept apart from ``InspectorateStore``: a store conforms on its own (SQLite and
/// PostgreSQL do).
public protocol RulePackProposalStore: Sendable {
    /// Stores the pack's files under its hash (unless already stored) and a proposal of it with `impact`, in one
    /// transaction journaled as `rules propose`.
    /// - Throws: ``AuthorityError`` `.alreadyProposed` when the hash has a proposal; ``StoreError``.
    func proposeRulePack(_ pack: StoredRulePack, impact: ProposalImpact, context: CommandContext) throws
        -> RulePackProposal

    /// Makes the proposed pack the active one (the active one before is retired); journaled as `rules activate`.
    /// - Throws: ``AuthorityError`` `.proposalNotFound`, `.proposalDecided` (not waiting), `.ownProposal` (the actor
    ///   proposed it).
    func activateRulePack(hash: String, context: CommandContext) throws -> RulePackProposal

    /// Rejects the proposed pack with a reason; journaled as `rules reject`.
    /// - Throws: as ``activateRulePack(hash:context:)``.
    func rejectRulePack(hash: String, reason: String, context: CommandContext) throws -> RulePackProposal

    /// Every proposal, newest first.
    /// - Throws: ``StoreError``.
    func rulePackProposals() throws -> [RulePackProposal]

    /// The hash of the active pack, or `nil` when none has been activated.
    /// - Throws: ``StoreError``.
    func activeRulePackHash() throws -> String?
}
