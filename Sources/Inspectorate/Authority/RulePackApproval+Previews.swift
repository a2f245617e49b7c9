public import Casework

/// What a face shows before a pack is activated or rejected (the rule pack page's confirmation): the checks of
/// ``RulePackApproval/activate(_:acting:)`` and ``RulePackApproval/reject(_:reason:acting:)`` without writing. The
/// store checks four-eyes again inside the transaction that decides, whatever the preview said.
extension RulePackApproval {
    /// The proposal `hash` names, after the checks of a decision on it: the role, a proposal still waiting, and an
    /// acting account other than its proposer.
    ///
    /// - Parameter reason: For a rejection, its reason (required); `nil` for an activation.
    /// - Throws: ``AccountError`` `.unknownActor`, `.notAllowed` (needs `duyet_quy_tac`); ``Casework/AuthorityError``
    ///   `.proposalNotFound`, `.ambiguousHash`, `.proposalDecided`, `.ownProposal`, `.reasonRequired`.
    public func previewDecision(_ hash: String, reason: String?, acting: Acting) throws -> RulePackProposal {
        try require(.ruleApprover, acting)
        if let reason, reason.trimmedOfWhitespace.isEmpty { throw AuthorityError.reasonRequired }
        let full = try resolve(hash)
        guard let proposal = try store.rulePackProposals().first(where: { $0.hash == full }) else {
            throw AuthorityError.proposalNotFound(hash)
        }
        guard proposal.status == .proposed else { throw AuthorityError.proposalDecided(proposal) }
        guard proposal.proposedBy != acting.account else {
            throw AuthorityError.ownProposal(hash: proposal.hash, proposer: proposal.proposedBy)
        }
        return proposal
    }
}
