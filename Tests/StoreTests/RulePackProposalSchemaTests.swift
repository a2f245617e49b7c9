import Casework
import GRDB
import Testing

@testable import Store

/// The SQLite schema's own four-eyes refusal: a pack decided by its proposer is refused by the table's CHECK even
/// when a write skips the store's check (the store's refusal is in `Conformance/RulePackProposalConformanceTests`).
@Suite struct RulePackProposalSchemaTests {
    static func context(_ actor: String) -> CommandContext {
        CommandContext(actor: actor, timestamp: "2026-11-23T16:05:09+07:00")
    }

    @Test func theSchemaItselfRefusesAPackDecidedByItsProposer() throws {
        let store = try SQLiteStore.makeEmpty()
        _ = try store.proposeRulePack(RulePackProposalConformanceTests.pack("e"), impact: RulePackProposalConformanceTests.impact, context: Self.context("phapche"))
        let error = try #require(throws: StoreError.self) {
            try store.perform("tamper", payload: ["x": 1], context: Self.context("phapche")) { db in
                try db.execute(
                    sql: "UPDATE rulePackProposal SET status = 'active', decidedBy = proposedBy, decidedAt = 'now'")
            }
        }
        #expect(error.kind == .invalid)
        #expect(try store.activeRulePackHash() == nil)
    }
}
