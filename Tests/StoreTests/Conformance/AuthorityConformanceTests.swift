import Casework
import Foundation
import Testing

/// Roles, legal titles and delegations (``AuthorityStore``) on every store: each change is one journaled
/// transaction, and the law's conditions on a delegation (Luật XLVPHC Điều 54) are refused inside it, leaving nothing
/// written.
@Suite struct AuthorityConformanceTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// The store as the accounts and authority ports it must also be.
    typealias Authority = any InspectorateStore & AccountStore & AuthorityStore

    /// The store with three accounts: `admin` (quan_tri), `binh` (the chief) and `cuong` (his deputy).
    func prepared(_ plain: any InspectorateStore) throws -> Authority {
        let store = try #require(plain as? Authority, "the store keeps no titles")
        for (login, role) in [("admin", AccountRole.administrator), ("binh", .chiefInspector), ("cuong", .inspector)] {
            _ = try store.addAccount(
                NewAccount(login: login, displayName: login.capitalized, roles: [role], passwordHash: "x"),
                context: .test)
        }
        return store
    }

    func commands(_ store: Authority) throws -> [String] {
        try store.journal(after: 0, limit: 100).map(\.command)
    }

    @Test(arguments: StoreFactory.implementing(.accounts, .authority, .journal))
    func aTitleIsAssignedListedAndEndedEachInOneJournaledCommand(_ factory: StoreFactory) throws {
        try factory.withStore { plain in
            let store = try prepared(plain)
            let assigned = try store.assignTitle(
                NewTitleAssignment(login: " Binh ", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-01-01"), endsOn: nil),
                context: .test)
            #expect(assigned.login == "binh" && assigned.endsOn == nil && assigned.id == TitleAssignment.ID(1))
            #expect(try store.titleAssignments(login: "binh") == [assigned])
            #expect(try store.titleAssignments(login: "cuong").isEmpty)

            let ended = try store.endTitleAssignment(assigned.id, lastDay: Self.day("2026-12-31"), context: .test)
            #expect(ended.endsOn == Self.day("2026-12-31"))
            #expect(try store.titleAssignments(login: nil) == [ended])
            #expect(try commands(store).suffix(2) == ["title assign", "title end"])
            let payload = try #require(try store.journal(after: 0, limit: 100).last?.payload)
            #expect(payload == #"{"id":1,"lastDay":"2026-12-31"}"#)
        }
    }

    @Test(arguments: StoreFactory.implementing(.accounts, .authority, .journal))
    func anOverlappingTermOfTheSameTitleIsRefusedAndNothingIsWritten(_ factory: StoreFactory) throws {
        try factory.withStore { plain in
            let store = try prepared(plain)
            let first = try store.assignTitle(
                NewTitleAssignment(login: "binh", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-01-01"), endsOn: Self.day("2026-06-30")),
                context: .test)
            let before = try commands(store).count
            let error = try #require(throws: AuthorityError.self) {
                try store.assignTitle(
                    NewTitleAssignment(login: "binh", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-06-30"), endsOn: nil),
                    context: .test)
            }
            #expect(error == .overlappingAssignment(first))
            #expect(try commands(store).count == before)
            // Another title, or the day after the term, is fine.
            _ = try store.assignTitle(
                NewTitleAssignment(login: "binh", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-07-01"), endsOn: nil),
                context: .test)
            _ = try store.assignTitle(
                NewTitleAssignment(login: "binh", title: "thanh_tra_vien", startsOn: Self.day("2026-01-01"), endsOn: nil),
                context: .test)
            #expect(try store.titleAssignments(login: "binh").count == 3)
        }
    }

    @Test(arguments: StoreFactory.implementing(.accounts, .authority, .journal))
    func aDelegationNeedsItsDelegatorToHoldTheTitleItselfForTheWholeTerm(_ factory: StoreFactory) throws {
        try factory.withStore { plain in
            let store = try prepared(plain)
            _ = try store.assignTitle(
                NewTitleAssignment(login: "binh", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-01-01"), endsOn: Self.day("2026-12-31")),
                context: .test)
            let new = NewDelegation(
                delegator: "binh", delegate: "cuong", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-11-01"),
                endsOn: Self.day("2026-11-30"), document: " 12/QĐ-TTr ", scope: "xử phạt trong lĩnh vực hóa đơn")
            let delegation = try store.recordDelegation(new, context: .test)
            #expect(delegation.document == "12/QĐ-TTr" && delegation.delegator == "binh" && delegation.delegate == "cuong")
            #expect(try store.delegations(login: "cuong") == [delegation])
            #expect(try store.delegations(login: "binh") == [delegation])
            #expect(try store.delegations(login: "admin").isEmpty)
            #expect(try commands(store).last == "delegate")
            // The same payload on every store: the stored delegation.
            #expect(
                try store.journal(after: 0, limit: 100).last?.payload
                    == #"{"delegate":"cuong","delegator":"binh","document":"12/QĐ-TTr","endsOn":"2026-11-30","id":1,"#
                    + #""recordedAt":"2026-11-23T16:05:09+07:00","scope":"xử phạt trong lĩnh vực hóa đơn","#
                    + #""startsOn":"2026-11-01","title":"chanh_thanh_tra_so"}"#)

            let before = try commands(store).count
            // Beyond the delegator's own term.
            var longer = new
            longer.endsOn = Self.day("2027-01-31")
            #expect(throws: AuthorityError.delegatorLacksTitle(
                login: "binh", title: "chanh_thanh_tra_so", from: Self.day("2026-11-01"), to: Self.day("2027-01-31"))) {
                try store.recordDelegation(longer, context: .test)
            }
            // In writing: a decision number is required.
            var unwritten = new
            unwritten.document = "  "
            #expect(throws: AuthorityError.documentRequired) { try store.recordDelegation(unwritten, context: .test) }
            // No re-delegation: cuong holds the title only by delegation.
            let onward = NewDelegation(
                delegator: "cuong", delegate: "admin", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-11-10"),
                endsOn: Self.day("2026-11-20"), document: "13/QĐ-TTr", scope: "")
            #expect(throws: AuthorityError.redelegation(login: "cuong", title: "chanh_thanh_tra_so", heldBy: delegation)) {
                try store.recordDelegation(onward, context: .test)
            }
            // To oneself.
            var own = new
            own.delegate = "binh"
            #expect(throws: AuthorityError.delegationToSelf("binh")) { try store.recordDelegation(own, context: .test) }
            #expect(try commands(store).count == before)
            #expect(try store.delegations(login: nil).count == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.accounts, .authority, .journal))
    func aDelegationEndsEarlyWithinItsTermOnly(_ factory: StoreFactory) throws {
        try factory.withStore { plain in
            let store = try prepared(plain)
            _ = try store.assignTitle(
                NewTitleAssignment(login: "binh", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-01-01"), endsOn: nil),
                context: .test)
            let delegation = try store.recordDelegation(
                NewDelegation(
                    delegator: "binh", delegate: "cuong", title: "chanh_thanh_tra_so", startsOn: Self.day("2026-11-01"),
                    endsOn: Self.day("2026-11-30"), document: "12/QĐ-TTr", scope: ""),
                context: .test)
            #expect(throws: AuthorityError.endOutsideTerm(
                lastDay: Self.day("2026-12-05"), startsOn: Self.day("2026-11-01"), endsOn: Self.day("2026-11-30"))) {
                try store.endDelegation(delegation.id, lastDay: Self.day("2026-12-05"), context: .test)
            }
            #expect(throws: AuthorityError.delegationNotFound(Delegation.ID(9))) {
                try store.endDelegation(Delegation.ID(9), lastDay: Self.day("2026-11-15"), context: .test)
            }
            let ended = try store.endDelegation(delegation.id, lastDay: Self.day("2026-11-15"), context: .test)
            #expect(ended.endsOn == Self.day("2026-11-15"))
            #expect(try store.delegations(login: "cuong").first?.endsOn == Self.day("2026-11-15"))
            #expect(try commands(store).last == "delegation end")
        }
    }

    @Test(arguments: StoreFactory.implementing(.accounts, .authority, .journal))
    func rolesAreGrantedAndRevokedButAnAccountKeepsOne(_ factory: StoreFactory) throws {
        try factory.withStore { plain in
            let store = try prepared(plain)
            let granted = try store.grantRole(.teamLead, to: "cuong", context: .test)
            #expect(granted.roles == [.inspector, .teamLead])
            #expect(throws: AuthorityError.roleUnchanged(login: "cuong", role: .teamLead, held: true)) {
                try store.grantRole(.teamLead, to: "cuong", context: .test)
            }
            let revoked = try store.revokeRole(.inspector, from: "cuong", context: .test)
            #expect(revoked.roles == [.teamLead])
            #expect(throws: AuthorityError.lastRole(login: "cuong", role: .teamLead)) {
                try store.revokeRole(.teamLead, from: "cuong", context: .test)
            }
            #expect(throws: AuthorityError.roleUnchanged(login: "cuong", role: .legal, held: false)) {
                try store.revokeRole(.legal, from: "cuong", context: .test)
            }
            #expect(try store.account(login: "cuong")?.roles == [.teamLead])
            #expect(try commands(store).suffix(2) == ["role grant", "role revoke"])
            let error = try #require(throws: StoreError.self) { try store.grantRole(.legal, to: "nobody", context: .test) }
            #expect(error.kind == .notFound)
        }
    }
}
