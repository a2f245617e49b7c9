public import Casework
import Foundation
import GRDB

/// Proposed rule packs and the active one (``RulePackProposalStore``); the table is `createRulePackProposal`'s. The
/// four-eyes rule — the account that decides a proposal is not the one that proposed it — is checked inside each
/// command's transaction, and again by the schema's CHECK.
extension SQLiteStore: RulePackProposalStore {
    public func proposeRulePack(_ pack: StoredRulePack, impact: ProposalImpact, context: CommandContext) throws
        -> RulePackProposal
    {
        let proposal = RulePackProposal(
            hash: pack.hash, name: pack.name, version: pack.version, proposedBy: context.actor,
            proposedAt: context.timestamp, status: .proposed, decidedBy: nil, decidedAt: nil, reason: nil,
            impact: impact)
        let payload = ProposePayload(
            hash: pack.hash, name: pack.name, version: pack.version, files: pack.files.keys.sorted(), impact: impact)
        return try perform("rules propose", payload: payload, context: context) { db in
            if let existing = try Self.proposals(db, where: "p.hash = ?", [pack.hash]).first {
                throw AuthorityError.alreadyProposed(existing)
            }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM rulePack WHERE hash = ?)", arguments: [pack.hash])
                != true
            {
                try Self.insertRulePack(pack, recordedAt: context.timestamp, db)
            }
            try db.execute(
                sql: """
                    INSERT INTO rulePackProposal (hash, proposedBy, proposedAt, status, impact)
                    VALUES (?, ?, ?, 'proposed', ?)
                    """,
                arguments: [pack.hash, context.actor, context.timestamp, try Self.canonicalJSON(impact)])
            return proposal
        }
    }

    public func activateRulePack(hash: String, context: CommandContext) throws -> RulePackProposal {
        try decide(hash: hash, command: "rules activate", reason: nil, context: context) { db in
            try db.execute(sql: "UPDATE rulePackProposal SET status = 'retired' WHERE status = 'active'")
            try db.execute(
                sql: "UPDATE rulePackProposal SET status = 'active', decidedBy = ?, decidedAt = ? WHERE hash = ?",
                arguments: [context.actor, context.timestamp, hash])
        }
    }

    public func rejectRulePack(hash: String, reason: String, context: CommandContext) throws -> RulePackProposal {
        try decide(hash: hash, command: "rules reject", reason: reason, context: context) { db in
            try db.execute(
                sql: """
                    UPDATE rulePackProposal SET status = 'rejected', decidedBy = ?, decidedAt = ?, reason = ? WHERE hash = ?
                    """,
                arguments: [context.actor, context.timestamp, reason, hash])
        }
    }

    public func rulePackProposals() throws -> [RulePackProposal] {
        try read { db in try Self.proposals(db, where: "1", []) }
    }

    public func activeRulePackHash() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM rulePackProposal WHERE status = 'active'") }
    }

    // MARK: - Rows

    private struct ProposePayload: Encodable {
        var hash: String
        var name: String
        var version: String
        var files: [String]
        var impact: ProposalImpact
    }

    private struct DecidePayload: Encodable {
        var hash: String
        var reason: String?
    }

    /// Activates or rejects a waiting proposal in one journaled transaction, refusing its proposer.
    private func decide(
        hash: String, command: String, reason: String?, context: CommandContext, _ change: (Database) throws -> Void
    ) throws -> RulePackProposal {
        try perform(command, payload: DecidePayload(hash: hash, reason: reason), context: context) { db in
            guard let proposal = try Self.proposals(db, where: "p.hash = ?", [hash]).first else {
                throw AuthorityError.proposalNotFound(hash)
            }
            guard proposal.status == .proposed else { throw AuthorityError.proposalDecided(proposal) }
            guard proposal.proposedBy != context.actor else {
                throw AuthorityError.ownProposal(hash: hash, proposer: proposal.proposedBy)
            }
            try change(db)
            guard let decided = try Self.proposals(db, where: "p.hash = ?", [hash]).first else {
                preconditionFailure("proposal \(hash) was read in this transaction")
            }
            return decided
        }
    }

    private static func proposals(_ db: Database, where condition: String, _ arguments: StatementArguments) throws
        -> [RulePackProposal]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT p.*, r.name, r.version FROM rulePackProposal p JOIN rulePack r ON r.hash = p.hash
                WHERE \(condition) ORDER BY p.proposedAt DESC, p.hash
                """,
            arguments: arguments
        ).map { row in
            let impactJSON: String = row["impact"]
            let impact = try JSONDecoder().decode(ProposalImpact.self, from: Data(impactJSON.utf8))
            return RulePackProposal(
                hash: row["hash"], name: row["name"], version: row["version"], proposedBy: row["proposedBy"],
                proposedAt: row["proposedAt"], status: RulePackProposal.Status(rawValue: row["status"]) ?? .rejected,
                decidedBy: row["decidedBy"], decidedAt: row["decidedAt"], reason: row["reason"], impact: impact)
        }
    }
}
