public import Casework

/// Four-eyes rule packs (issue 14, DESIGN.md §8): a pack is proposed with what `rules check`, `rules test` and
/// `rules diff` said of it, and activated — or rejected — by another account. The store refuses the proposer inside
/// the transaction (``Casework/RulePackProposalStore``); this layer adds the roles when the store has accounts:
/// `phap_che` proposes, `duyet_quy_tac` activates and rejects.
///
/// The checks themselves run in the face (they are the rule author's tools over the Lua engine, which this layer
/// does not see); the face passes their summary as a ``Casework/ProposalImpact``.
public struct RulePackApproval: Sendable {
    /// Proposals and the active pack.
    public let store: any RulePackProposalStore
    /// The accounts, when the store keeps them (roles are checked only when it has some).
    public let accounts: (any AccountStore)?

    public init(store: any RulePackProposalStore, accounts: (any AccountStore)?) {
        self.store = store
        self.accounts = accounts
    }

    /// Stores `pack` by its hash with its `impact`, waiting for another account; journaled as `rules propose`.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed` (needs `phap_che`); ``Casework/AuthorityError``
    ///   `.alreadyProposed`; ``Casework/StoreError``.
    public func propose(_ pack: StoredRulePack, impact: ProposalImpact, acting: Acting) throws -> RulePackProposal {
        try require(.legal, acting)
        return try store.proposeRulePack(pack, impact: impact, context: context(acting))
    }

    /// Activates the proposal whose hash is or starts with `hash`; the previously active pack is retired; journaled
    /// as `rules activate`.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed` (needs `duyet_quy_tac`); ``Casework/AuthorityError``
    ///   `.proposalNotFound`, `.ambiguousHash`, `.proposalDecided`, `.ownProposal`.
    public func activate(_ hash: String, acting: Acting) throws -> RulePackProposal {
        try require(.ruleApprover, acting)
        return try store.activateRulePack(hash: try resolve(hash), context: context(acting))
    }

    /// Rejects the proposal whose hash is or starts with `hash`, with `reason`; journaled as `rules reject`.
    /// - Throws: as ``activate(_:acting:)``, and ``Casework/AuthorityError/reasonRequired``.
    public func reject(_ hash: String, reason: String, acting: Acting) throws -> RulePackProposal {
        try require(.ruleApprover, acting)
        let reason = reason.trimmedOfWhitespace
        guard !reason.isEmpty else { throw AuthorityError.reasonRequired }
        return try store.rejectRulePack(hash: try resolve(hash), reason: reason, context: context(acting))
    }

    /// Every proposal, newest first.
    /// - Throws: ``Casework/StoreError``.
    public func proposals() throws -> [RulePackProposal] {
        try store.rulePackProposals()
    }

    /// The full hash of the one proposal `prefix` names (at least 6 hex digits, or the whole hash).
    func resolve(_ prefix: String) throws -> String {
        let prefix = prefix.trimmedOfWhitespace.lowercased()
        guard prefix.count >= 6 else { throw AuthorityError.proposalNotFound(prefix) }
        let matches = try store.rulePackProposals().map(\.hash).filter { $0.hasPrefix(prefix) }
        guard let first = matches.first else { throw AuthorityError.proposalNotFound(prefix) }
        guard matches.count == 1 else { throw AuthorityError.ambiguousHash(prefix, matches: matches) }
        return first
    }

    func require(_ role: AccountRole, _ acting: Acting) throws {
        guard let accounts, try accounts.hasAccounts() else { return }
        guard let account = try accounts.account(login: acting.account.lowercased()), account.isActive else {
            throw AccountError.unknownActor(acting.account)
        }
        guard account.has(role) else { throw AccountError.notAllowed(acting: acting.account, needs: role) }
    }

    private func context(_ acting: Acting) -> CommandContext {
        CommandContext(actor: acting.account, timestamp: acting.recordedAt)
    }
}
