import Casework
import Foundation
import Testing

/// How an account holds the title it signs under on a day: directly, by a delegation in force whose delegator holds
/// the title that day, or not at all (with the nearest delegation named).
@Suite struct SigningAuthorityTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    let chief = TitleAssignment(
        id: 1, login: "binh", title: "chanh_thanh_tra_so", startsOn: day("2026-01-01"), endsOn: day("2026-11-20"),
        recordedAt: "t")
    let deputy = TitleAssignment(
        id: 2, login: "cuong", title: "thanh_tra_vien", startsOn: day("2026-01-01"), endsOn: nil, recordedAt: "t")
    let lent = Delegation(
        id: 7, delegator: "binh", delegate: "cuong", title: "chanh_thanh_tra_so", startsOn: day("2026-11-01"),
        endsOn: day("2026-11-30"), document: "12/QĐ-TTr", scope: "", recordedAt: "t")

    @Test func aTitleHeldDirectlyIsPreferredAndNamesItsAssignment() throws {
        let signing = try SigningAuthority.resolve(
            title: "chanh_thanh_tra_so", on: Self.day("2026-11-10"), account: "binh", assignments: [chief, deputy],
            delegations: [lent])
        #expect(signing == SigningAuthority(account: "binh", title: "chanh_thanh_tra_so", holding: .direct(assignment: 1)))
    }

    @Test func aDelegationInForceLendsTheTitleWithItsDocument() throws {
        let signing = try SigningAuthority.resolve(
            title: "chanh_thanh_tra_so", on: Self.day("2026-11-10"), account: "cuong", assignments: [chief, deputy],
            delegations: [lent])
        #expect(signing.holding == .delegation(id: 7, delegator: "binh", document: "12/QĐ-TTr"))
    }

    @Test func aDelegationLendsNothingOutsideItsTermOrOnceItsDelegatorNoLongerHoldsTheTitle() throws {
        // After the term.
        #expect(throws: AuthorityError.titleNotHeld(account: "cuong", title: "chanh_thanh_tra_so", on: Self.day("2026-12-01"), lapsed: lent)) {
            try SigningAuthority.resolve(
                title: "chanh_thanh_tra_so", on: Self.day("2026-12-01"), account: "cuong", assignments: [chief, deputy],
                delegations: [lent])
        }
        // Within the term, but the chief's own term ended on 2026-11-20.
        #expect(throws: AuthorityError.titleNotHeld(account: "cuong", title: "chanh_thanh_tra_so", on: Self.day("2026-11-25"), lapsed: lent)) {
            try SigningAuthority.resolve(
                title: "chanh_thanh_tra_so", on: Self.day("2026-11-25"), account: "cuong", assignments: [chief, deputy],
                delegations: [lent])
        }
        // No delegation at all of that title.
        #expect(throws: AuthorityError.titleNotHeld(account: "cuong", title: "truong_doan_so", on: Self.day("2026-11-10"), lapsed: nil)) {
            try SigningAuthority.resolve(
                title: "truong_doan_so", on: Self.day("2026-11-10"), account: "cuong", assignments: [chief, deputy],
                delegations: [lent])
        }
    }

    @Test func theSigningIsJournaledWithItsHoldingSpelledOut() throws {
        let signing = SigningAuthority(
            account: "cuong", title: "chanh_thanh_tra_so", holding: .delegation(id: 7, delegator: "binh", document: "12/QĐ-TTr"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(signing), as: UTF8.self)
        #expect(
            text == #"{"account":"cuong","holding":{"delegation":{"delegator":"binh","document":"12/QĐ-TTr","id":7}},"title":"chanh_thanh_tra_so"}"#)
    }
}
