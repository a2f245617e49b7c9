import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import NIOCore
import Server
import Store
import Testing

/// Administration from the pages (the `quan_tri` role): accounts, roles, titles and delegations. Each confirmation
/// page writes nothing; each confirmed change is one journal entry under its CLI command; each refusal is worded in
/// Vietnamese from the structured error, Điều 54's included, and writes nothing.
@Suite struct AdminPagesTests {
    @Test func anAdministratorAddsAnAccountAfterItsConfirmation() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let fields = [
            "login": "Lan.Tran", "name": "Trần Thị Lan", "role:thanh_tra_vien": "1", "role:bao_cao": "1",
            "password": "mat-khau-cua-lan", "repeat": "mat-khau-cua-lan",
        ]
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("quantri")
            #expect(try await browser.get("/accounts").text.contains("href=\"/accounts/new\""))
            let form = try await browser.get("/accounts/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"role:duyet_quy_tac\""))
            let preview = try await browser.post("/accounts/preview", fields)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Xem trước — chưa ghi gì"))
            #expect(preview.text.contains("lan.tran"))
            #expect(preview.text.contains("Thanh tra viên (thanh_tra_vien), Báo cáo (bao_cao)"))
            #expect(!preview.text.contains("mat-khau-cua-lan"), "a password never goes back into a page")
            #expect(try bench.journalCount() == before, "a confirmation page writes nothing")

            let added = try await browser.post("/accounts", fields)
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/accounts/lan.tran")
            let page = try await browser.get("/accounts/lan.tran")
            #expect(page.status == .ok)
            #expect(page.text.contains("Trần Thị Lan"))
        }
        let stored = try #require(try bench.store.account(login: "lan.tran"))
        #expect(stored.roles == [.inspector, .reporting])
        #expect(stored.isActive)
        let entries = try bench.store.journal(after: 0, limit: 10_000)
        #expect(entries.count == before + 1)
        #expect(entries.last?.command == "account add")
        #expect(entries.last?.actor == "quantri")
        #expect(entries.last?.payload.contains("mat-khau") == false)
        // The new account signs in with its password.
        try await bench.makeApplication().test(.router) { client in
            let response = try await Browser(client).signIn("lan.tran", password: "mat-khau-cua-lan")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/work")
        }
    }

    @Test func anAccountTheChecksRefuseIsWordedAndNothingIsWritten() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let valid = [
            "login": "lan.tran", "name": "Trần Thị Lan", "role:thanh_tra_vien": "1", "password": "mat-khau-cua-lan",
            "repeat": "mat-khau-cua-lan",
        ]
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("quantri")
            try await browser.get("/accounts/new")
            let short = try await browser.post("/accounts/preview", valid.merging(["password": "ngan", "repeat": "ngan"]) { $1 })
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("Mật khẩu quá ngắn"))
            #expect(short.text.contains("dùng ít nhất \(Accounts.minimumPasswordLength) ký tự"))
            let taken = try await browser.post("/accounts", valid.merging(["login": "thanh_tra_vien"]) { $1 })
            #expect(taken.status == .unprocessableContent)
            #expect(taken.text.contains("Tên đăng nhập “thanh_tra_vien” đã có người dùng"))
            let differ = try await browser.post("/accounts", valid.merging(["repeat": "mat-khau-khac-han"]) { $1 })
            #expect(differ.status == .unprocessableContent)
            #expect(differ.text.contains("Hai lần nhập mật khẩu không khớp"))
            let noRole = try await browser.post("/accounts/preview", valid.merging(["role:thanh_tra_vien": "0"]) { $1 })
            #expect(noRole.status == .unprocessableContent)
            #expect(noRole.text.contains("Không có gì được ghi lại"))
        }
        #expect(try bench.journalCount() == before)
        #expect(try bench.store.account(login: "lan.tran") == nil)
    }

    @Test func anAdministratorDisablesAnAccountAndResetsAPasswordButNotItsOwnAccount() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("quantri")
            try await browser.get("/accounts/bao_cao")
            let preview = try await browser.post("/accounts/bao_cao/disable/preview", [:])
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Xác nhận khóa tài khoản"))
            #expect(try bench.journalCount() == before)
            let disabled = try await browser.post("/accounts/bao_cao/disable", [:])
            #expect(disabled.status == .seeOther)
            #expect(try await browser.get("/accounts/bao_cao?done=disabled").text.contains("Đã khóa tài khoản."))

            let own = try await browser.post("/accounts/quantri/disable/preview", [:])
            #expect(own.status == .unprocessableContent)
            #expect(own.text.contains("Một tài khoản không thể tự khóa chính mình"))

            let mismatch = try await browser.post(
                "/accounts/lanh_dao/password", ["password": "mat-khau-moi-123", "repeat": "mat-khau-moi-124"])
            #expect(mismatch.status == .unprocessableContent)
            let short = try await browser.post("/accounts/lanh_dao/password", ["password": "ngan", "repeat": "ngan"])
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("Mật khẩu quá ngắn"))
            let reset = try await browser.post(
                "/accounts/lanh_dao/password", ["password": "mat-khau-moi-123", "repeat": "mat-khau-moi-123"])
            #expect(reset.status == .seeOther)
        }
        #expect(try bench.store.account(login: "bao_cao")?.isActive == false)
        let entries = try bench.store.journal(after: 0, limit: 10_000).dropFirst(before)
        #expect(entries.map(\.command) == ["account disable", "account password"])
        try await bench.makeApplication().test(.router) { client in
            let disabled = try await Browser(client).signIn("bao_cao")
            #expect(disabled.status == .unauthorized, "a disabled account")
            let old = try await Browser(client).signIn("lanh_dao")
            #expect(old.status == .unauthorized, "the old password")
            let new = try await Browser(client).signIn("lanh_dao", password: "mat-khau-moi-123")
            #expect(new.status == .seeOther)
        }
    }

    @Test func rolesAreGrantedAndRevokedAfterAConfirmationNeverOnesOwn() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("quantri")
            try await browser.get("/accounts/thanh_tra_vien")
            let grant = ["role": "bao_cao", "action": "grant"]
            let preview = try await browser.post("/accounts/thanh_tra_vien/roles/preview", grant)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Thanh tra viên (thanh_tra_vien), Báo cáo (bao_cao)"), "the roles after")
            #expect(try bench.journalCount() == before)
            #expect(try await browser.post("/accounts/thanh_tra_vien/roles", grant).status == .seeOther)
            let again = try await browser.post("/accounts/thanh_tra_vien/roles/preview", grant)
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("thanh_tra_vien đã có vai trò Báo cáo (bao_cao)"))
            let last = try await browser.post("/accounts/lanh_dao/roles", ["role": "lanh_dao", "action": "revoke"])
            #expect(last.status == .unprocessableContent)
            #expect(last.text.contains("là vai trò cuối cùng của lanh_dao"))
            let own = try await browser.post("/accounts/quantri/roles/preview", ["role": "bao_cao", "action": "grant"])
            #expect(own.status == .unprocessableContent)
            #expect(own.text.contains("quantri không thể tự thay đổi vai trò của mình"))
            #expect(try await browser.post("/accounts/thanh_tra_vien/roles", ["role": "bao_cao", "action": "revoke"]).status == .seeOther)
        }
        #expect(try bench.store.account(login: "thanh_tra_vien")?.roles == [.inspector])
        let entries = try bench.store.journal(after: 0, limit: 10_000).dropFirst(before)
        #expect(entries.map(\.command) == ["role grant", "role revoke"])
        #expect(entries.allSatisfy { $0.actor == "quantri" })
    }

    @Test func aTitleIsAssignedForATermAndEndedAndAnOverlapIsRefused() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        let assignment = ["title": "chanh_thanh_tra_so", "from": "2026-02-01", "to": ""]
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("quantri")
            let page = try await browser.get("/accounts/truong_doan")
            #expect(page.text.contains("<option value=\"chanh_thanh_tra_so\">"), "the pack's titles as choices")
            let preview = try await browser.post("/accounts/truong_doan/titles/preview", assignment)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("2026-02-01 – không thời hạn"))
            #expect(try bench.journalCount() == before)
            #expect(try await browser.post("/accounts/truong_doan/titles", assignment).status == .seeOther)
            let overlap = try await browser.post("/accounts/truong_doan/titles/preview", assignment)
            #expect(overlap.status == .unprocessableContent)
            #expect(overlap.text.contains("truong_doan đã giữ chức danh chanh_thanh_tra_so"))
            let unknown = try await browser.post(
                "/accounts/truong_doan/titles/preview", assignment.merging(["title": "giam_doc_cong_an"]) { $1 })
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("Bộ quy tắc không có chức danh “giam_doc_cong_an”"))

            let id = try #require(try bench.store.titleAssignments(login: "truong_doan").first?.id.rawValue)
            let outside = try await browser.post("/titles/\(id)/end/preview", ["lastDay": "2026-01-15", "login": "truong_doan"])
            #expect(outside.status == .unprocessableContent)
            #expect(outside.text.contains("Ngày 2026-01-15 nằm ngoài thời hạn"))
            let end = try await browser.post("/titles/\(id)/end/preview", ["lastDay": "2026-12-31", "login": "truong_doan"])
            #expect(end.status == .ok)
            #expect(end.text.contains("2026-02-01 – 2026-12-31"))
            #expect(try await browser.post("/titles/\(id)/end", ["lastDay": "2026-12-31"]).status == .seeOther)
            let list = try await browser.get("/titles")
            #expect(list.text.contains("2026-02-01 – 2026-12-31"))
        }
        let stored = try #require(try bench.store.titleAssignments(login: "truong_doan").first)
        #expect(stored.title == "chanh_thanh_tra_so")
        #expect(stored.startsOn == CalendarDate("2026-02-01"))
        #expect(stored.endsOn == CalendarDate("2026-12-31"))
        let entries = try bench.store.journal(after: 0, limit: 10_000).dropFirst(before)
        #expect(entries.map(\.command) == ["title assign", "title end"])
    }

    @Test func aDelegationIsRecordedUnderDieu54AndARedelegationIsRefused() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        // The chief holds chánh thanh tra sở from 2026-01-01 (the bench); it lends it to the inspector for November.
        let delegation = [
            "delegate": "thanh_tra_vien", "title": "chanh_thanh_tra_so", "from": "2026-11-01", "to": "2026-11-30",
            "document": "12/QĐ-TTr", "scope": "xử phạt vi phạm về hóa đơn",
        ]
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("quantri")
            try await browser.get("/accounts/chanh_thanh_tra")
            let preview = try await browser.post("/accounts/chanh_thanh_tra/delegations/preview", delegation)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("12/QĐ-TTr"))
            #expect(preview.text.contains("xử phạt vi phạm về hóa đơn"))
            #expect(try bench.journalCount() == before)
            #expect(try await browser.post("/accounts/chanh_thanh_tra/delegations", delegation).status == .seeOther)

            // The delegate cannot lend it again (Điều 54).
            let again = try await browser.post(
                "/accounts/thanh_tra_vien/delegations/preview",
                delegation.merging(["delegate": "truong_doan", "from": "2026-11-05", "to": "2026-11-10"]) { $1 })
            #expect(again.status == .unprocessableContent)
            #expect(
                again.text.contains(
                    "thanh_tra_vien chỉ giữ chức danh chanh_thanh_tra_so theo ủy quyền #1 của chanh_thanh_tra: người được giao quyền không được giao quyền lại (Điều 54 Luật XLVPHC)"))
            // A delegator that does not hold the title itself.
            let lacks = try await browser.post("/accounts/lanh_dao/delegations", delegation)
            #expect(lacks.status == .unprocessableContent)
            #expect(lacks.text.contains("lanh_dao không tự giữ chức danh chanh_thanh_tra_so"))
            // In writing: the decision's number.
            let unwritten = try await browser.post(
                "/accounts/chanh_thanh_tra/delegations/preview",
                delegation.merging(["delegate": "truong_doan", "document": " "]) { $1 })
            #expect(unwritten.status == .unprocessableContent)
            #expect(unwritten.text.contains("Việc giao quyền phải bằng văn bản"))
            // The English switch words the same refusal in English.
            try await browser.get("/accounts/thanh_tra_vien?lang=en")
            let english = try await browser.post(
                "/accounts/thanh_tra_vien/delegations/preview",
                delegation.merging(["delegate": "truong_doan", "from": "2026-11-05", "to": "2026-11-10"]) { $1 })
            #expect(english.text.contains("a delegate cannot delegate it again (Luật XLVPHC Điều 54)"))
            try await browser.get("/accounts/thanh_tra_vien?lang=vi")

            let end = try await browser.post("/delegations/1/end/preview", ["lastDay": "2026-11-20", "login": "chanh_thanh_tra"])
            #expect(end.status == .ok)
            #expect(end.text.contains("2026-11-01 – 2026-11-20"))
            #expect(try await browser.post("/delegations/1/end", ["lastDay": "2026-11-20"]).status == .seeOther)
        }
        let stored = try #require(try bench.store.delegations(login: "thanh_tra_vien").first)
        #expect(stored.delegator == "chanh_thanh_tra")
        #expect(stored.document == "12/QĐ-TTr")
        #expect(stored.endsOn == CalendarDate("2026-11-20"))
        let entries = try bench.store.journal(after: 0, limit: 10_000).dropFirst(before)
        #expect(entries.map(\.command) == ["delegate", "delegation end"])
    }

    @Test func theDecisionFormOffersOnlyTheTitlesTheAccountHoldsOnTheDay() async throws {
        let bench = try ServerBench()
        let admin = ServerBench.actingAs("quantri")
        _ = try bench.accounts.addAccount(
            login: "pho.chanh", displayName: "Phó Chánh Thanh tra", roles: [.chiefInspector],
            password: ServerBench.password, acting: admin)
        let open = try bench.makeInspectorate().openCase(
            subject: bench.subjectID,
            record: ViolationRecord(number: "BB-41/2026", madeOn: CalendarDate("2026-11-18")!, place: ""),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-01")!,
                    endedOn: CalendarDate("2026-11-01")!, detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien")
        ).penaltyCase.id.rawValue
        try await bench.makeApplication().test(.router) { client in
            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            let held = try await chief.get("/cases/\(open)/decide")
            #expect(held.text.contains("<option value=\"chanh_thanh_tra_so\""))
            #expect(!held.text.contains("<option value=\"thanh_tra_vien\""), "a title the chief does not hold")

            let deputy = Browser(client)
            try await deputy.signIn("pho.chanh")
            let none = try await deputy.get("/cases/\(open)/decide")
            #expect(none.text.contains("tài khoản của bạn không giữ chức danh nào"))
            #expect(!none.text.contains("<option value="))

            // The chief lends its title to the deputy through today, from the admin page.
            let admin = Browser(client)
            try await admin.signIn("quantri")
            try await admin.get("/accounts/chanh_thanh_tra")
            let lent = try await admin.post(
                "/accounts/chanh_thanh_tra/delegations",
                [
                    "delegate": "pho.chanh", "title": "chanh_thanh_tra_so", "from": "2026-11-20", "to": "2026-11-23",
                    "document": "15/QĐ-TTr", "scope": "",
                ])
            #expect(lent.status == .seeOther)
            let lending = try await deputy.get("/cases/\(open)/decide")
            #expect(lending.text.contains("<option value=\"chanh_thanh_tra_so\""), "held by delegation today")
            // The day after the term (still within the case's decision deadline), the form offers nothing again, and
            // a preview the pack allows is refused for the title, as the decision would be.
            let later = try await deputy.post(
                "/cases/\(open)/decide/preview",
                ["number": "9/QĐ", "decidedOn": "2026-11-24", "signer": "chanh_thanh_tra_so", "signerName": ""])
            #expect(later.status == .unprocessableContent)
            #expect(later.text.contains("không giữ chức danh chanh_thanh_tra_so vào ngày 2026-11-24"))
            #expect(!later.text.contains("<option value=\"chanh_thanh_tra_so\""))
            #expect(!later.text.contains("id=\"confirm\""), "no confirm button for a title not held")
        }
    }
}
