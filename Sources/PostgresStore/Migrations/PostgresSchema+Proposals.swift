/// Proposed rule packs: SQLite's `2026-12-09-createRulePackProposal`, with the same CHECKs (a pack is never decided
/// by its proposer) and the same partial unique index (at most one active pack).
extension PostgresSchema {
    static let createRulePackProposal = [
        """
        CREATE TABLE rulePackProposal (
            hash TEXT PRIMARY KEY REFERENCES rulePack(hash),
            proposedBy TEXT NOT NULL CHECK (proposedBy <> ''),
            proposedAt TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'rejected', 'retired')),
            decidedBy TEXT,
            decidedAt TEXT,
            reason TEXT,
            impact TEXT NOT NULL,
            CHECK (status = 'proposed' OR decidedBy IS NOT NULL),
            CHECK (decidedBy IS NULL OR decidedBy <> proposedBy)
        )
        """,
        "CREATE UNIQUE INDEX rulePackProposalOnActive ON rulePackProposal(status) WHERE status = 'active'",
    ]
}
