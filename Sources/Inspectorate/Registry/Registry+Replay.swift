public import Casework

/// A decision recomputed with the exact rule pack that made it (stored by its hash).
public struct DecisionReplay: Sendable {
    public var penaltyCase: PenaltyCase
    public var decision: PenaltyDecision
    /// The stored pack that decided the case.
    public var pack: StoredRulePack
    /// What that pack answers today for the same case, decision date and signer.
    public var assessment: Assessment
    /// Whether every line and the total equal the stored decision.
    public var matches: Bool
}

extension Registry {
    /// Recomputes the decision of case `id` with the rule pack that made it, read from the store and built by
    /// `policyFor` (the face's way of turning stored files into a ``PenaltyPolicy``), and compares.
    ///
    /// - Throws: ``InspectorateError``: `.unknownPenaltyCase`; `.noDecisionToReplay` for an undecided case;
    ///   `.decisionImportedAsRecorded` when no pack computed the decision; `.decidingPackNotStored` for a decision
    ///   recorded before pack history existed; `.storedPackAltered` when the stored files no longer have the hash.
    public func replayDecision(
        of id: PenaltyCase.ID, policyFor: (StoredRulePack) throws -> any PenaltyPolicy
    ) throws -> DecisionReplay {
        let penaltyCase = try self.penaltyCase(id)
        guard let decision = penaltyCase.decision else { throw InspectorateError.noDecisionToReplay(id) }
        if let file = decision.importedFileSHA256 {
            throw InspectorateError.decisionImportedAsRecorded(id, fileSHA256: file)
        }
        guard let stored = try store.rulePack(hash: decision.packHash) else {
            throw InspectorateError.decidingPackNotStored(id, packHash: decision.packHash)
        }
        let policy = try policyFor(stored)
        guard policy.packHash == decision.packHash else {
            throw InspectorateError.storedPackAltered(packHash: decision.packHash)
        }
        let assessment = try PenaltyCasework.assess(
            penaltyCase, decidedOn: decision.decidedOn, signer: decision.signerTitle, today: decision.decidedOn,
            policy: policy)
        let matches = assessment.lines.map(\.fine) == decision.lines && assessment.totalFineVND == decision.totalFineVND
        return DecisionReplay(
            penaltyCase: penaltyCase, decision: decision, pack: stored, assessment: assessment, matches: matches)
    }
}
