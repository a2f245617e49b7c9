public import Casework
import PostgresNIO

/// Proposed rule packs and the active one (``RulePackProposalStore``) on PostgreSQL, as SQLite's store keeps them; the
/// table is `createRulePackProposal`'s. The four-eyes rule — the account that decides a proposal is not the one that
/// proposed it — is checked inside each command's transaction (after the write lock, on the row as stored), and again
/// by the schema's CHECK; the partial unique index keeps at most one pack active. The journal entries and payloads are
/// SQLite's (`rules propose`, `rules activate`, `rules reject`).
extension PostgresStore: RulePackProposalStore {
    /// Stores the pack's files under its hash (unless already stored) and a proposal of it with `impact`, in one
    /// transaction journaled as `rules propose`.
    ///
    /// - Throws: ``AuthorityError`` `.alreadyProposed` when the hash has a proposal; ``StoreError``.
    public func proposeRulePack(_ pack: StoredRulePack, impact: ProposalImpact, context: CommandContext) throws
        -> RulePackProposal
    {
        let proposal = RulePackProposal(
            hash: pack.hash, name: pack.name, version: pack.version, proposedBy: context.actor,
            proposedAt: context.timestamp, status: .proposed, decidedBy: nil, decidedAt: nil, reason: nil,
            impact: impact)
        let payload = ProposePayload(
            hash: pack.hash, name: pack.name, version: pack.version, files: pack.files.keys.sorted(), impact: impact)
        let impactJSON = try Self.canonicalJSON(impact)
        return try perform("rules propose", payload: payload, context: context) { session in
            if let existing = try Self.proposals(session, hash: pack.hash).first {
                throw AuthorityError.alreadyProposed(existing)
            }
            if try session.row("SELECT 1 AS found FROM rulePack WHERE hash = \(pack.hash)") == nil {
                try Self.insertRulePack(pack, recordedAt: context.timestamp, session)
            }
            try session.execute(
                """
                INSERT INTO rulePackProposal (hash, proposedBy, proposedAt, status, impact)
                VALUES (\(pack.hash), \(context.actor), \(context.timestamp), 'proposed', \(impactJSON))
                """)
            return proposal
        }
    }

    /// Makes the proposed pack the active one (the active one before is retired); journaled as `rules activate`.
    ///
    /// - Throws: ``AuthorityError`` `.proposalNotFound`, `.proposalDecided` (not waiting), `.ownProposal` (the actor
    ///   proposed it); nothing is written then.
    public func activateRulePack(hash: String, context: CommandContext) throws -> RulePackProposal {
        try decide(hash: hash, command: "rules activate", reason: nil, context: context) { session in
            try session.execute("UPDATE rulePackProposal SET status = 'retired' WHERE status = 'active'")
            try session.execute(
                """
                UPDATE rulePackProposal SET status = 'active', decidedBy = \(context.actor), \
                decidedAt = \(context.timestamp) WHERE hash = \(hash)
                """)
        }
    }

    /// Rejects the proposed pack with a reason; journaled as `rules reject`.
    ///
    /// - Throws: as ``activateRulePack(hash:context:)``.
    public func rejectRulePack(hash: String, reason: String, context: CommandContext) throws -> RulePackProposal {
        try decide(hash: hash, command: "rules reject", reason: reason, context: context) { session in
            try session.execute(
                """
                UPDATE rulePackProposal SET status = 'rejected', decidedBy = \(context.actor), \
                decidedAt = \(context.timestamp), reason = \(reason) WHERE hash = \(hash)
                """)
        }
    }

    /// Every proposal, newest first (then by hash, in byte order, as SQLite's).
    ///
    /// - Throws: ``StoreError``.
    public func rulePackProposals() throws -> [RulePackProposal] {
        try read { session in try Self.proposals(session, hash: nil) }
    }

    /// The hash of the active pack, or `nil` when none has been activated: one indexed read.
    ///
    /// - Throws: ``StoreError``.
    public func activeRulePackHash() throws -> String? {
        try read { session in
            try session.row("SELECT hash FROM rulePackProposal WHERE status = 'active'")?.string("hash")
        }
    }

    // MARK: - Rows

    /// The payload of `rules propose` (SQLite's).
    private struct ProposePayload: Encodable {
        var hash: String
        var name: String
        var version: String
        var files: [String]
        var impact: ProposalImpact
    }

    /// The payload of `rules activate` and `rules reject` (SQLite's).
    private struct DecidePayload: Encodable {
        var hash: String
        var reason: String?
    }

    /// Inserts the pack's row and its files (the caller knows the hash is not stored yet).
    static func insertRulePack(_ pack: StoredRulePack, recordedAt: String, _ session: PGSession) throws {
        try session.execute(
            """
            INSERT INTO rulePack (hash, name, version, recordedAt)
            VALUES (\(pack.hash), \(pack.name), \(pack.version), \(recordedAt))
            """)
        for (path, bytes) in pack.files.sorted(by: { $0.key < $1.key }) {
            try session.execute(
                """
                INSERT INTO rulePackFile (packHash, path, content)
                VALUES (\(pack.hash), \(path), \(ByteBuffer(bytes: bytes)))
                """)
        }
    }

    /// Activates or rejects a waiting proposal in one journaled transaction, refusing its proposer.
    private func decide(
        hash: String, command: String, reason: String?, context: CommandContext, _ change: (PGSession) throws -> Void
    ) throws -> RulePackProposal {
        try perform(command, payload: DecidePayload(hash: hash, reason: reason), context: context) { session in
            guard let proposal = try Self.proposals(session, hash: hash).first else {
                throw AuthorityError.proposalNotFound(hash)
            }
            guard proposal.status == .proposed else { throw AuthorityError.proposalDecided(proposal) }
            guard proposal.proposedBy != context.actor else {
                throw AuthorityError.ownProposal(hash: hash, proposer: proposal.proposedBy)
            }
            try change(session)
            guard let decided = try Self.proposals(session, hash: hash).first else {
                preconditionFailure("proposal \(hash) was read in this transaction")
            }
            return decided
        }
    }

    /// The proposal of `hash`, or every proposal when `nil`, newest first.
    private static func proposals(_ session: PGSession, hash: String?) throws -> [RulePackProposal] {
        var statement = PGStatement(
            "SELECT p.*, r.name, r.version FROM rulePackProposal p JOIN rulePack r ON r.hash = p.hash")
        if let hash { statement.append(" WHERE p.hash = \(statement.bind(hash))") }
        statement.append(#" ORDER BY p.proposedAt COLLATE "C" DESC, p.hash COLLATE "C""#)
        return try session.rows(statement.query).map { row in
            RulePackProposal(
                hash: try row.string("hash"), name: try row.string("name"), version: try row.string("version"),
                proposedBy: try row.string("proposedBy"), proposedAt: try row.string("proposedAt"),
                status: RulePackProposal.Status(rawValue: try row.string("status")) ?? .rejected,
                decidedBy: try row.optionalString("decidedBy"), decidedAt: try row.optionalString("decidedAt"),
                reason: try row.optionalString("reason"), impact: try row.json("impact"))
        }
    }
}
