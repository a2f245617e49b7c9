import Casework
import Testing

/// Four-eyes rule packs on every store (``RulePackProposalStore``): the proposer can neither activate nor reject its
/// own pack — refused inside the transaction, nothing written —, another account can; one pack is active. The schema's
/// own refusal is engine-specific (`StoreTests/RulePackProposalSchemaTests`, `PostgresStoreTests`).
@Suite struct RulePackProposalConformanceTests {
    static func pack(_ byte: Character) -> StoredRulePack {
        StoredRulePack(
            hash: String(repeating: byte, count: 64), name: "thanhtra-vn", version: "1.\(byte)",
            recordedAt: "2026-11-23T16:05:09+07:00", files: ["init.lua": Array("return {}".utf8)])
    }

    static let impact = ProposalImpact(
        checkErrors: 0, checkWarnings: 1, warnings: ["rules/x.lua:1: warning"], testsPassed: 10, testsFailed: 1,
        testFailures: ["tests/a.lua:3: a case"], comparedWith: String(repeating: "0", count: 64),
        diff: DiffTotals(cases: 4, casesChanged: 1, finesChanged: 1, oldTotalVND: 6_000_000, newTotalVND: 7_000_000))

    static func context(_ actor: String) -> CommandContext {
        CommandContext(actor: actor, timestamp: "2026-11-23T16:05:09+07:00")
    }

    /// The store as the proposal port it must also be.
    typealias Proposals = any InspectorateStore & RulePackProposalStore

    static func proposals(_ store: any InspectorateStore) throws -> Proposals {
        try #require(store as? Proposals, "the store keeps no rule pack proposals")
    }

    @Test(arguments: StoreFactory.implementing(.proposals, .rulePacks, .journal))
    func aProposalIsActivatedByAnotherAccountOnlyAndRetiresThePackBefore(_ factory: StoreFactory) throws {
        try factory.withStore { plain in
            let store = try Self.proposals(plain)
            let proposed = try store.proposeRulePack(Self.pack("a"), impact: Self.impact, context: Self.context("phapche"))
            #expect(proposed.status == .proposed && proposed.proposedBy == "phapche")
            #expect(try store.hasRulePack(hash: Self.pack("a").hash))
            #expect(try store.rulePackProposals() == [proposed])
            #expect(try store.activeRulePackHash() == nil)

            let entries = try store.journal(after: 0, limit: 100).count
            #expect(throws: AuthorityError.ownProposal(hash: Self.pack("a").hash, proposer: "phapche")) {
                try store.activateRulePack(hash: Self.pack("a").hash, context: Self.context("phapche"))
            }
            #expect(try store.journal(after: 0, limit: 100).count == entries)
            #expect(try store.activeRulePackHash() == nil)

            let active = try store.activateRulePack(hash: Self.pack("a").hash, context: Self.context("duyet"))
            #expect(active.status == .active && active.decidedBy == "duyet" && active.impact == Self.impact)
            #expect(try store.activeRulePackHash() == Self.pack("a").hash)

            _ = try store.proposeRulePack(Self.pack("b"), impact: Self.impact, context: Self.context("phapche"))
            _ = try store.activateRulePack(hash: Self.pack("b").hash, context: Self.context("duyet"))
            #expect(try store.activeRulePackHash() == Self.pack("b").hash)
            let statuses = Dictionary(uniqueKeysWithValues: try store.rulePackProposals().map { ($0.hash.prefix(1), $0.status) })
            #expect(statuses == ["a": .retired, "b": .active])
            #expect(throws: AuthorityError.proposalDecided(try store.rulePackProposals().first { $0.hash.hasPrefix("a") }!)) {
                try store.activateRulePack(hash: Self.pack("a").hash, context: Self.context("duyet"))
            }
            let commands = try store.journal(after: 0, limit: 100).map(\.command)
            #expect(commands == ["rules propose", "rules activate", "rules propose", "rules activate"])
        }
    }

    @Test(arguments: StoreFactory.implementing(.proposals, .rulePacks, .journal))
    func aProposalIsRejectedWithItsReasonByAnotherAccountOnly(_ factory: StoreFactory) throws {
        try factory.withStore { plain in
            let store = try Self.proposals(plain)
            _ = try store.proposeRulePack(Self.pack("c"), impact: Self.impact, context: Self.context("phapche"))
            #expect(throws: AuthorityError.ownProposal(hash: Self.pack("c").hash, proposer: "phapche")) {
                try store.rejectRulePack(hash: Self.pack("c").hash, reason: "thử", context: Self.context("phapche"))
            }
            let rejected = try store.rejectRulePack(
                hash: Self.pack("c").hash, reason: "khung tiền phạt chưa đúng", context: Self.context("duyet"))
            #expect(rejected.status == .rejected && rejected.reason == "khung tiền phạt chưa đúng")
            let hash = Self.pack("c").hash
            #expect(
                try store.journal(after: 0, limit: 100).last?.payload
                    == #"{"hash":"\#(hash)","reason":"khung tiền phạt chưa đúng"}"#)
            #expect(try store.activeRulePackHash() == nil)
            #expect(throws: AuthorityError.alreadyProposed(rejected)) {
                try store.proposeRulePack(Self.pack("c"), impact: Self.impact, context: Self.context("phapche"))
            }
            #expect(throws: AuthorityError.proposalNotFound(Self.pack("d").hash)) {
                try store.activateRulePack(hash: Self.pack("d").hash, context: Self.context("duyet"))
            }
        }
    }
}
