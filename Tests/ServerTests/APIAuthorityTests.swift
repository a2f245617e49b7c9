import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Rules
import Server
import Store
import Testing

/// Who may delegate a title (the use case's rule: an administrator any, the holder its own), through the pages and
/// the API; and the API's password, early ends of titles and delegations, and the rule pack's four-eyes decisions.
@Suite struct APIAuthorityTests {
    static let delegation: [String: String] = [
        "delegate": "thanh_tra_vien", "title": "chanh_thanh_tra_so", "from": "2026-11-24", "to": "2026-11-30",
        "document": "15/QĐ-TTr", "scope": "",
    ]

    @Test func aTitleHolderDelegatesItsOwnTitleAndNoOneElsesOnItsPage() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            let mine = try await chief.get("/titles/mine")
            #expect(mine.status == .ok)
            #expect(mine.text.contains("action=\"/accounts/chanh_thanh_tra/delegations/preview\""), "\(mine.text)")
            #expect(mine.text.contains("href=\"/titles/mine\""), "linked in the navigation")
            let preview = try await chief.post("/accounts/chanh_thanh_tra/delegations/preview", Self.delegation)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("15/QĐ-TTr") && preview.text.contains("thanh_tra_vien"))
            #expect(try bench.journalCount() == before)
            // "Sửa lại" on the holder's own page, the document kept.
            let edit = try await chief.post(
                "/accounts/chanh_thanh_tra/delegations/preview", Self.delegation.merging(["edit": "1"]) { $1 })
            #expect(edit.text.contains("value=\"15/QĐ-TTr\"") && edit.text.contains("<h1>Chức danh của tôi"), "\(edit.text)")
            let recorded = try await chief.post("/accounts/chanh_thanh_tra/delegations", Self.delegation)
            #expect(recorded.status == .seeOther, "\(recorded.text)")
            #expect(recorded.headers[.location] == "/titles/mine?done=delegation")
            #expect(try bench.store.delegations(login: "thanh_tra_vien").map(\.delegator) == ["chanh_thanh_tra"])

            // An inspector may not lend the chief's title; it holds none to lend itself.
            let inspector = Browser(client)
            try await inspector.signIn("thanh_tra_vien")
            try await inspector.get("/titles/mine")
            let refused = try await inspector.post(
                "/accounts/chanh_thanh_tra/delegations/preview",
                Self.delegation.merging(["delegate": "truong_doan"]) { $1 })
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Không có quyền truy cập") && !refused.text.contains("15/QĐ-TTr"))
            let own = try await inspector.get("/titles/mine")
            #expect(own.status == .ok && !own.text.contains("id=\"delegate\""))
            #expect(own.text.contains("15/QĐ-TTr"), "the delegation it receives")
        }
        #expect(try bench.journalCount() == before + 1)
    }

    @Test func theAPIFollowsTheDelegationRuleAndEndsItEarly() async throws {
        let bench = try ServerBench()
        let body: [String: any Sendable] = [
            "title": "chanh_thanh_tra_so", "delegate": "thanh_tra_vien", "startsOn": "2026-11-24", "endsOn": "2026-11-30",
            "document": "16/QĐ-TTr",
        ]
        try await bench.makeApplication().test(.router) { client in
            let inspector = APIClient(client)
            try await inspector.signIn("thanh_tra_vien")
            let refused = try await inspector.post("/api/v1/accounts/chanh_thanh_tra/delegations", body)
            #expect(refused.status == .forbidden && refused.code == "account.notAllowed", "\(refused.text)")
            let chief = APIClient(client)
            try await chief.signIn("chanh_thanh_tra")
            let lent = try await chief.post("/api/v1/accounts/chanh_thanh_tra/delegations", body)
            #expect(lent.status == .created, "\(lent.text)")
            let id = try #require(lent.json.object("result")?.int("id"))
            let notTheirs = try await inspector.post("/api/v1/delegations/\(id)/end", ["lastDay": "2026-11-25"])
            #expect(notTheirs.status == .forbidden && notTheirs.code == "account.notAllowed", "\(notTheirs.text)")
            let outside = try await chief.post("/api/v1/delegations/\(id)/end", ["lastDay": "2026-12-05"])
            #expect(outside.status == .unprocessableContent && outside.code == "authority.endOutsideTerm", "\(outside.text)")
            let ended = try await chief.post("/api/v1/delegations/\(id)/end", ["lastDay": "2026-11-25"])
            #expect(ended.status == .ok, "\(ended.text)")
            #expect(ended.json.object("result")?.string("endsOn") == "2026-11-25")
            #expect(try bench.store.delegations(login: "thanh_tra_vien").map(\.endsOn) == [CalendarDate("2026-11-25")!])

            // A title ended early by an administrator, previewed first.
            let admin = APIClient(client)
            try await admin.signIn("quantri")
            let previewEnd = try await admin.post("/api/v1/titles/1/end", ["preview": true, "lastDay": "2026-12-31"])
            #expect(previewEnd.status == .ok, "\(previewEnd.text)")
            #expect(try bench.store.titleAssignments(login: "chanh_thanh_tra").map(\.endsOn) == [nil])
            let endTitle = try await admin.post("/api/v1/titles/1/end", ["lastDay": "2026-12-31"])
            #expect(endTitle.status == .ok, "\(endTitle.text)")
            #expect(try bench.store.titleAssignments(login: "chanh_thanh_tra").map(\.endsOn) == [CalendarDate("2026-12-31")!])
        }
    }

    @Test func aPasswordIsChangedByItsAccountOrAnAdministratorOnly() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let reporting = APIClient(client)
            try await reporting.signIn("bao_cao")
            let short = try await reporting.post("/api/v1/accounts/bao_cao/password", ["password": "ngan"])
            #expect(short.status == .unprocessableContent && short.code == "account.passwordTooShort", "\(short.text)")
            let other = try await reporting.post("/api/v1/accounts/thanh_tra_vien/password", ["password": "mat-khau-moi-dai"])
            #expect(other.status == .forbidden && other.code == "account.notAllowed")
            let preview = try await reporting.post(
                "/api/v1/accounts/bao_cao/password", ["preview": true, "password": "mat-khau-moi-dai"])
            #expect(preview.status == .ok && !preview.text.contains("mat-khau-moi-dai"))
            #expect(try await APIClient(client).signIn("bao_cao").status == .created, "a preview changes nothing")
            let own = try await reporting.post("/api/v1/accounts/bao_cao/password", ["password": "mat-khau-moi-dai"])
            #expect(own.status == .ok, "\(own.text)")
            #expect(try await APIClient(client).signIn("bao_cao").status == .unauthorized)
            #expect(try await APIClient(client).signIn("bao_cao", password: "mat-khau-moi-dai").status == .created)

            let admin = APIClient(client)
            try await admin.signIn("quantri")
            let reset = try await admin.post("/api/v1/accounts/thanh_tra_vien/password", ["password": "mat-khau-quan-tri"])
            #expect(reset.status == .ok, "\(reset.text)")
            #expect(try await APIClient(client).signIn("thanh_tra_vien", password: "mat-khau-quan-tri").status == .created)
        }
    }

    @Test func theApproverDecidesAnotherAccountsProposalAndTheStoreRefusesItsOwn() async throws {
        let bench = try ServerBench(followingActivePack: true)
        let own = try RulePackPlanPagesTests.propose(
            RulePackPlanPagesTests.edited(bench.pack, "own"), by: "duyet_quy_tac", on: bench)
        let other = try RulePackPlanPagesTests.propose(
            RulePackPlanPagesTests.edited(bench.pack, "other"), by: "phap_che", on: bench)
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let legal = APIClient(client)
            try await legal.signIn("phap_che")
            let list = try await legal.get("/api/v1/rules/proposals")
            #expect(list.status == .ok, "\(list.text)")
            let listed = (try JSONSerialization.jsonObject(with: Data(list.text.utf8))) as? [[String: Any]] ?? []
            #expect(Set(listed.compactMap { $0["hash"] as? String }) == [own.hash, other.hash])
            let impact = try #require(listed.first { $0["hash"] as? String == other.hash }?["impact"] as? [String: Any])
            #expect(impact.int("testsFailed") == Int64(RulePackPlanPagesTests.impact.testsFailed))
            #expect(try await legal.post("/api/v1/rules/proposals/\(other.hash)/activate", [:]).code == "auth.forbidden")

            let approver = APIClient(client)
            try await approver.signIn("duyet_quy_tac")
            let ownActivation = try await approver.post("/api/v1/rules/proposals/\(own.hash)/activate", [:])
            #expect(ownActivation.status == .unprocessableContent && ownActivation.code == "authority.ownProposal",
                    "\(ownActivation.text)")
            let noReason = try await approver.post("/api/v1/rules/proposals/\(other.hash)/reject", ["reason": " "])
            #expect(noReason.code == "authority.reasonRequired", "\(noReason.text)")
            let preview = try await approver.post(
                "/api/v1/rules/proposals/\(String(other.hash.prefix(12)))/reject", ["preview": true, "reason": "chưa đủ"])
            #expect(preview.status == .ok && preview.json.object("result")?.string("status") == "proposed", "\(preview.text)")
            #expect(try bench.journalCount() == before)
            let rejected = try await approver.post("/api/v1/rules/proposals/\(other.hash)/reject", ["reason": "chưa đủ"])
            #expect(rejected.status == .ok, "\(rejected.text)")
            #expect(rejected.json.object("result")?.string("status") == "rejected")
            let again = try await approver.post("/api/v1/rules/proposals/\(other.hash)/activate", [:])
            #expect(again.code == "authority.proposalDecided", "\(again.text)")
        }
        #expect(try bench.journalCount() == before + 1)
        #expect(try bench.store.rulePackProposals().first { $0.hash == own.hash }?.status == .proposed)
    }
}
