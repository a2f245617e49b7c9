/// A rule pack proposed for activation (four-eyes, DESIGN.md §8): stored by its content hash with what `rules check`,
/// `rules test` and `rules diff` said of it, then activated or rejected by another account than its proposer.
public struct RulePackProposal: Sendable, Equatable, Codable {
    /// Where a proposal stands.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Waiting for another account to activate or reject it.
        case proposed
        /// The pack in force: what the server and (with four-eyes) the CLI decide with. At most one.
        case active
        /// Rejected, with a reason.
        case rejected
        /// Was active; another pack has been activated since.
        case retired
    }

    /// The pack's content hash (64 hex digits).
    public var hash: String
    public var name: String
    public var version: String
    /// Who proposed it.
    public var proposedBy: String
    /// When (the journal's instant).
    public var proposedAt: String
    public var status: Status
    /// Who activated or rejected it.
    public var decidedBy: String?
    /// When it was activated or rejected (the journal's instant).
    public var decidedAt: String?
    /// Why it was rejected.
    public var reason: String?
    /// What the checks said when it was proposed.
    public var impact: ProposalImpact

    public init(
        hash: String, name: String, version: String, proposedBy: String, proposedAt: String, status: Status,
        decidedBy: String?, decidedAt: String?, reason: String?, impact: ProposalImpact
    ) {
        self.hash = hash
        self.name = name
        self.version = version
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.status = status
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reason = reason
        self.impact = impact
    }
}

/// What `rules check`, `rules test` and `rules diff` said of a proposed pack, kept with it for the approver.
public struct ProposalImpact: Sendable, Equatable, Codable {
    /// `rules check`: errors (a pack with any is not proposed) and warnings, with their located messages.
    public var checkErrors: Int
    public var checkWarnings: Int
    public var warnings: [String]
    /// ``warnings`` in Vietnamese, one for one, as `rules check --lang vi` words them; `nil` in a proposal stored
    /// before they were kept (its warnings are shown in English).
    public var warningsVietnamese: [String]?
    /// `rules test`: the pack's own cases.
    public var testsPassed: Int
    public var testsFailed: Int
    /// The failing cases, `file:line: name`.
    public var testFailures: [String]
    /// `rules diff` against the pack in force when proposed (its hash): every open, decided and settled case.
    public var comparedWith: String
    public var diff: DiffTotals

    /// The warnings a reader reads: in Vietnamese when `vietnamese` and the proposal kept them, else in English.
    public func warnings(vietnamese: Bool) -> [String] { vietnamese ? warningsVietnamese ?? warnings : warnings }

    public init(
        checkErrors: Int, checkWarnings: Int, warnings: [String], testsPassed: Int, testsFailed: Int,
        testFailures: [String], comparedWith: String, diff: DiffTotals, warningsVietnamese: [String]? = nil
    ) {
        self.checkErrors = checkErrors
        self.checkWarnings = checkWarnings
        self.warnings = warnings
        self.warningsVietnamese = warningsVietnamese
        self.testsPassed = testsPassed
        self.testsFailed = testsFailed
        self.testFailures = testFailures
        self.comparedWith = comparedWith
        self.diff = diff
    }
}
