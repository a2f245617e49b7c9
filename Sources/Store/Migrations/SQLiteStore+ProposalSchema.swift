import GRDB

/// Proposed rule packs (four-eyes; ``SQLiteStore`` as `RulePackProposalStore`): one row per proposed pack, keyed by
/// its content hash (its files are in `rulePack`/`rulePackFile`). `impact` is the JSON of what `rules check`,
/// `rules test` and `rules diff` said when it was proposed. The schema itself refuses a pack decided by its proposer
/// and a second active pack.
extension SQLiteStore {
    static func createRulePackProposal(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE rulePackProposal (
                    hash TEXT PRIMARY KEY NOT NULL REFERENCES rulePack(hash),
                    proposedBy TEXT NOT NULL CHECK (proposedBy <> ''),
                    proposedAt TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'rejected', 'retired')),
                    decidedBy TEXT,
                    decidedAt TEXT,
                    reason TEXT,
                    impact TEXT NOT NULL,
                    CHECK (status = 'proposed' OR decidedBy IS NOT NULL),
                    CHECK (decidedBy IS NULL OR decidedBy <> proposedBy)
                );
                CREATE UNIQUE INDEX rulePackProposalOnActive ON rulePackProposal(status) WHERE status = 'active';
                """)
    }
}
