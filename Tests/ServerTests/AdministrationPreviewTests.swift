import Casework
import Foundation
import Inspectorate
import Rules
import Store
import Testing

/// The preview use cases behind the confirmation pages refuse exactly what the use cases they precede refuse, with
/// the same structured error, and write nothing.
@Suite struct AdministrationPreviewTests {
    static let admin = ServerBench.actingAs("quantri")

    @Test func aDelegationPreviewRefusesWhatTheStoreRefusesAndWritesNothing() throws {
        let bench = try ServerBench()
        let authorities = Authorities(accounts: bench.store, authority: bench.store)
        let titles = try RuleEngine(pack: bench.pack)
        func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
        _ = try authorities.delegate(
            title: "chanh_thanh_tra_so", from: "chanh_thanh_tra", to: "thanh_tra_vien", startsOn: day("2026-11-01"),
            endsOn: day("2026-11-30"), document: "12/QĐ-TTr", scope: "", titles: titles, acting: Self.admin)
        let before = try bench.journalCount()
        // Re-delegation (Điều 54): the preview and the use case throw the same refusal.
        let previewed = try #require(throws: AuthorityError.self) {
            try authorities.previewDelegation(
                title: "chanh_thanh_tra_so", from: "thanh_tra_vien", to: "truong_doan", startsOn: day("2026-11-05"),
                endsOn: day("2026-11-10"), document: "13/QĐ-TTr", scope: "", titles: titles, acting: Self.admin)
        }
        let recorded = try #require(throws: AuthorityError.self) {
            try authorities.delegate(
                title: "chanh_thanh_tra_so", from: "thanh_tra_vien", to: "truong_doan", startsOn: day("2026-11-05"),
                endsOn: day("2026-11-10"), document: "13/QĐ-TTr", scope: "", titles: titles, acting: Self.admin)
        }
        #expect(previewed == recorded)
        guard case .redelegation(let login, _, let heldBy) = previewed else {
            Issue.record("expected a re-delegation refusal, got \(previewed)")
            return
        }
        #expect(login == "thanh_tra_vien")
        #expect(heldBy.delegator == "chanh_thanh_tra")
        // A valid one previews as it would be recorded, trimmed, and writes nothing.
        let draft = try authorities.previewDelegation(
            title: " chanh_thanh_tra_so ", from: "Chanh_Thanh_Tra", to: "truong_doan", startsOn: day("2026-12-01"),
            endsOn: day("2026-12-31"), document: " 14/QĐ-TTr ", scope: "hóa đơn", titles: titles, acting: Self.admin)
        #expect(draft.delegator == "chanh_thanh_tra")
        #expect(draft.title == "chanh_thanh_tra_so")
        #expect(draft.document == "14/QĐ-TTr")
        #expect(try bench.journalCount() == before)
    }

    @Test func roleAndTitlePreviewsRefuseAsTheirUseCasesDo() throws {
        let bench = try ServerBench()
        let authorities = Authorities(accounts: bench.store, authority: bench.store)
        let before = try bench.journalCount()
        #expect(throws: AuthorityError.lastRole(login: "lanh_dao", role: .leadership)) {
            try authorities.previewRoleChange(.leadership, grant: false, login: "lanh_dao", acting: Self.admin)
        }
        #expect(throws: AuthorityError.ownRoles("quantri")) {
            try authorities.previewRoleChange(.reporting, grant: true, login: "quantri", acting: Self.admin)
        }
        let after = try authorities.previewRoleChange(.reporting, grant: true, login: "lanh_dao", acting: Self.admin)
        #expect(after.roles == [.reporting, .leadership].sorted())
        let id = try #require(try bench.store.titleAssignments(login: "chanh_thanh_tra").first?.id)
        #expect(throws: AuthorityError.self) {
            try authorities.previewTitleEnd(id, lastDay: CalendarDate("2025-12-31")!, acting: Self.admin)
        }
        #expect(throws: AccountError.notAllowed(acting: "bao_cao", needs: .administrator)) {
            try authorities.previewTitleEnd(id, lastDay: CalendarDate("2026-12-31")!, acting: ServerBench.actingAs("bao_cao"))
        }
        #expect(try bench.journalCount() == before)
        #expect(try bench.store.account(login: "lanh_dao")?.roles == [.leadership])
    }

    @Test func anAccountPreviewRefusesATakenLoginAsTheStoreDoes() throws {
        let bench = try ServerBench()
        let error = try #require(throws: StoreError.self) {
            try bench.accounts.previewAddAccount(
                login: "Bao_Cao", displayName: "Khác", roles: [.reporting], password: "mat-khau-du-dai", acting: Self.admin)
        }
        #expect(error.kind == .duplicate)
        let stored = try #require(throws: StoreError.self) {
            try bench.accounts.addAccount(
                login: "bao_cao", displayName: "Khác", roles: [.reporting], password: "mat-khau-du-dai", acting: Self.admin)
        }
        #expect(stored.kind == error.kind)
        #expect(throws: AccountError.cannotDisableSelf) {
            try bench.accounts.previewDisableAccount(login: "quantri", acting: Self.admin)
        }
    }

    @Test func aPackDecisionPreviewRefusesTheProposerAsTheStoreDoes() throws {
        let bench = try ServerBench()
        let candidate = RulePackPlanPagesTests.edited(bench.pack, "preview")
        let proposal = try RulePackPlanPagesTests.propose(candidate, by: "duyet_quy_tac", on: bench)
        let approval = RulePackApproval(store: bench.store, accounts: bench.store)
        let acting = ServerBench.actingAs("duyet_quy_tac")
        let previewed = try #require(throws: AuthorityError.self) {
            try approval.previewDecision(String(proposal.hash.prefix(10)), reason: nil, acting: acting)
        }
        let stored = try #require(throws: AuthorityError.self) { try approval.activate(proposal.hash, acting: acting) }
        #expect(previewed == stored)
        #expect(previewed == .ownProposal(hash: proposal.hash, proposer: "duyet_quy_tac"))
        #expect(throws: AuthorityError.reasonRequired) {
            try approval.previewDecision(proposal.hash, reason: "  ", acting: ServerBench.actingAs("duyet_quy_tac"))
        }
        #expect(try bench.store.activeRulePackHash() == nil)
    }
}
