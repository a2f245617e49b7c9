import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Server
import Store
import Testing

/// The API's administration — accounts, roles, titles, delegations — for the administrator only: each preview is
/// checked as the command and writes nothing, each command writes one journal entry, refusals carry the codes of
/// the application layer's errors (the CLI's), and another role is refused before anything is read.
@Suite struct APIAdministrationTests {
    @Test func theAdministratorAddsAnAccountGrantsARoleAndDisablesIt() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let account: [String: any Sendable] = [
            "login": "hoa", "displayName": "Trần Thị Hoa", "roles": ["thanh_tra_vien"], "password": "mat-khau-rat-dai",
        ]
        try await bench.makeApplication().test(.router) { client in
            let admin = APIClient(client)
            try await admin.signIn("quan_tri")
            let list = try await admin.send("/api/v1/accounts", method: .get, body: nil)
            #expect(list.status == .ok, "\(list.text)")
            let logins = ((try? JSONSerialization.jsonObject(with: Data(list.text.utf8))) as? [[String: Any]] ?? [])
                .compactMap { $0.string("login") }
            #expect(Set(logins) == Set(try bench.store.accounts().map(\.login)))

            let preview = try await admin.post("/api/v1/accounts", account.merging(["preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json.object("result")?.string("login") == "hoa")
            #expect(try bench.store.account(login: "hoa") == nil, "a preview adds nothing")
            let short = try await admin.post(
                "/api/v1/accounts", account.merging(["preview": true, "password": "ngan"]) { $1 })
            #expect(short.status == .forbidden || short.status == .unprocessableContent, "\(short.text)")
            #expect(short.code == "account.passwordTooShort")
            let badRole = try await admin.post(
                "/api/v1/accounts", account.merging(["preview": true, "roles": ["vua"]]) { $1 })
            #expect(badRole.status == .unprocessableContent)
            #expect(badRole.details["field"] as? String == "roles.0")

            let added = try await admin.post("/api/v1/accounts", account)
            #expect(added.status == .created, "\(added.text)")
            #expect(added.headers[.location] == "/api/v1/accounts/hoa")
            #expect(try bench.store.account(login: "hoa")?.roles == [.inspector])
            let duplicate = try await admin.post("/api/v1/accounts", account.merging(["preview": true]) { $1 })
            #expect(duplicate.status == .conflict, "\(duplicate.text)")
            #expect(duplicate.code == "store.duplicate")

            let grant: [String: any Sendable] = ["role": "truong_doan", "action": "grant"]
            let grantPreview = try await admin.post("/api/v1/accounts/hoa/roles", grant.merging(["preview": true]) { $1 })
            #expect(grantPreview.status == .ok, "\(grantPreview.text)")
            #expect(grantPreview.json.object("result")?["roles"] as? [String] == ["thanh_tra_vien", "truong_doan"])
            #expect(try bench.store.account(login: "hoa")?.roles == [.inspector])
            #expect(try await admin.post("/api/v1/accounts/hoa/roles", grant).status == .ok)
            #expect(try bench.store.account(login: "hoa")?.roles.contains(.teamLead) == true)
            let unchanged = try await admin.post("/api/v1/accounts/hoa/roles", grant.merging(["preview": true]) { $1 })
            #expect(unchanged.status == .unprocessableContent, "\(unchanged.text)")
            #expect(unchanged.code == "authority.roleUnchanged")
            let own = try await admin.post(
                "/api/v1/accounts/quan_tri/roles", ["preview": true, "role": "bao_cao", "action": "grant"])
            #expect(own.code == "authority.ownRoles", "\(own.text)")

            let disablePreview = try await admin.post("/api/v1/accounts/hoa/disable", ["preview": true])
            #expect(disablePreview.status == .ok, "\(disablePreview.text)")
            #expect(try bench.store.account(login: "hoa")?.isActive == true)
            let disabled = try await admin.post("/api/v1/accounts/hoa/disable", [:])
            #expect(disabled.status == .ok, "\(disabled.text)")
            #expect(disabled.json.object("result")?["active"] as? Bool == false)
            #expect(try bench.store.account(login: "hoa")?.isActive == false)
            let unknown = try await admin.post("/api/v1/accounts/khong_co/disable", ["preview": true])
            #expect(unknown.code == "account.unknownAccount", "\(unknown.text)")
            #expect(unknown.status == .notFound)

            // The chief is no administrator: refused before anything is read.
            let chief = APIClient(client)
            try await chief.signIn("chanh_thanh_tra")
            let refused = try await chief.post("/api/v1/accounts", account.merging(["login": "khac"]) { $1 })
            #expect(refused.status == .forbidden)
            #expect(refused.code == "auth.forbidden")
        }
        #expect(try bench.journalCount() == before + 3, "add, grant, disable")
    }

    @Test func theAdministratorAssignsATitleAndRecordsADelegationUnderTheLawsConditions() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let title: [String: any Sendable] = ["title": "chanh_thanh_tra_so", "startsOn": "2026-11-01"]
        let delegation: [String: any Sendable] = [
            "title": "chanh_thanh_tra_so", "delegate": "thanh_tra_vien", "startsOn": "2026-11-24",
            "endsOn": "2026-12-05", "document": "15/QĐ-TTr", "scope": "vụ việc hóa đơn",
        ]
        try await bench.makeApplication().test(.router) { client in
            let admin = APIClient(client)
            try await admin.signIn("quan_tri")
            let preview = try await admin.post(
                "/api/v1/accounts/truong_doan/titles", title.merging(["preview": true]) { $1 })
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.json.object("result")?.string("title") == "chanh_thanh_tra_so")
            #expect(try bench.store.titleAssignments(login: "truong_doan").isEmpty)
            let unknownTitle = try await admin.post(
                "/api/v1/accounts/truong_doan/titles", title.merging(["preview": true, "title": "vua"]) { $1 })
            #expect(unknownTitle.code == "authority.unknownTitle", "\(unknownTitle.text)")
            let assigned = try await admin.post("/api/v1/accounts/truong_doan/titles", title)
            #expect(assigned.status == .created, "\(assigned.text)")
            #expect(assigned.json.object("result")?.int("id") != nil)
            #expect(try bench.store.titleAssignments(login: "truong_doan").map(\.title) == ["chanh_thanh_tra_so"])

            // The chief (who holds the title from the bench) lends it; no re-delegation, a written decision needed.
            let delegationPreview = try await admin.post(
                "/api/v1/accounts/chanh_thanh_tra/delegations", delegation.merging(["preview": true]) { $1 })
            #expect(delegationPreview.status == .ok, "\(delegationPreview.text)")
            #expect(delegationPreview.json.object("result")?.string("delegate") == "thanh_tra_vien")
            let noDocument = try await admin.post(
                "/api/v1/accounts/chanh_thanh_tra/delegations",
                delegation.merging(["preview": true, "document": " "]) { $1 })
            #expect(noDocument.code == "authority.documentRequired", "\(noDocument.text)")
            let recorded = try await admin.post("/api/v1/accounts/chanh_thanh_tra/delegations", delegation)
            #expect(recorded.status == .created, "\(recorded.text)")
            #expect(try bench.store.delegations(login: "thanh_tra_vien").map(\.document) == ["15/QĐ-TTr"])
            let badDay = try await admin.post(
                "/api/v1/accounts/chanh_thanh_tra/delegations",
                delegation.merging(["preview": true, "endsOn": "05/12/2026"]) { $1 })
            #expect(badDay.status == .unprocessableContent && badDay.details["field"] as? String == "endsOn")
        }
        #expect(try bench.journalCount() == before + 2, "the assignment and the delegation")
    }
}
