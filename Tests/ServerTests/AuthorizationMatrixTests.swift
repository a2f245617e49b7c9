import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import NIOCore
import Rules
import Server
import Store
import Testing

/// Every route × every role: allowed (200) or refused (403 with the Vietnamese page), and nothing written when
/// refused. The expectation is written out here, role by role, not read from the table under test.
@Suite struct AuthorizationMatrixTests {
    /// The roles that may read cases, subjects and inspections.
    static let caseReaders: Set<AccountRole> = [
        .inspector, .teamLead, .chiefInspector, .collections, .reporting, .leadership,
    ]

    @Test func everyRouteAnswersEveryRoleAsTheTableSays() async throws {
        let bench = try ServerBench()
        let id = bench.caseID.rawValue
        let subject = bench.subjectID.rawValue
        // The bench's inspection decided with the team lead's login in its team, so its step's preview is allowed.
        try APIInspectionTests.decide(bench, bench.inspectionID, lead: "truong_doan", number: "41/QĐ-TTr")
        let inspection = bench.inspectionID.rawValue
        let payment = ["amount": "1.000.000", "surcharge": "0", "paidOn": "2026-11-20", "receipt": "BL-9"]
        let opening = [
            "record": "BB-99/2026", "recordOn": "2026-11-20", "v1code": "ND125-2020-D24-K4-b", "v1committedOn": "2026-11-10",
        ]
        let decision = ["number": "99/QĐ", "decidedOn": "2026-11-23", "signer": "chanh_thanh_tra_so", "signerName": "B"]
        let cancellation = ["cancelledOn": "2026-11-23", "reason": "thử"]
        let newAccount = [
            "login": "moi", "name": "Mới", "role:bao_cao": "1", "password": "mat-khau-du-dai", "repeat": "mat-khau-du-dai",
        ]
        // The case step forms' cases: an open one, a decided one not delivered, a person's whose fine the pack lets
        // pay in installments or postpone; and an open inspection for the chief's decision.
        let open = try APICaseStepsTests.openCase(bench, record: "BB-91/2026").rawValue
        let undelivered = try APICaseStepsTests.decidedCase(bench).rawValue
        let person = try CaseStepFormsTests.personCase(bench, record: "BB-92/2026")
        let total = try #require(try bench.store.penaltyCase(id: person)?.decision?.totalFineVND.rawValue)
        let installments = [
            "i1dueOn": "2026-12-20", "i1amount": "\(total - total / 2)", "i2dueOn": "2027-02-20", "i2amount": "\(total / 2)",
        ]
        let postponement = ["fromOn": "2026-11-23", "untilOn": "2027-01-23", "reason": "bệnh hiểm nghèo"]
        let fresh = try bench.makeInspectorate().openInspection(
            InspectionOpening(
                mode: .regular, category: "thanh_tra", level: "thanh_tra_tinh", content: "Đất đai", field: "dat_dai",
                leadUnit: "Phòng Thanh tra 3", subjects: [bench.subjectID]),
            acting: ServerBench.actingAs("chanh_thanh_tra")
        ).inspection.id.rawValue
        let inspectionDecision = [
            "step": "decide", "on": "2026-11-23", "number": "62/QĐ-TTr", "signerTitle": "chanh_thanh_tra",
            "signerName": "Lê Văn Hùng", "teamLead": "truong_doan",
        ]
        // An inspection on site with a recommendation, led by the team lead: its result forms and a follow-up's.
        let onsite = try APIInspectionTests.otherInspection(bench, lead: "truong_doan", number: "63/QĐ-TTr")
        _ = try bench.makeInspectorate().advance(
            onsite, .announce, on: CalendarDate("2026-11-23")!, acting: ServerBench.actingAs("chanh_thanh_tra"))
        let recommendation = try bench.makeInspectorate().recommend(
            NewRecommendation(
                kind: .recovery, subjectID: bench.subjectID, description: "Thu hồi",
                figures: RecommendationFigures(amountVND: VND(1_000_000))),
            on: onsite, acting: ServerBench.actingAs("chanh_thanh_tra")
        ).id.rawValue
        let results = "/inspections/\(onsite.rawValue)"
        let finding = ["subject": "\(bench.subjectID.rawValue)", "description": "Sai", "amount": "1.000.000"]
        let recommending = ["kind": "recovery", "description": "Thu hồi", "amount": "1.000.000"]
        let followUp = ["doneOn": "2026-11-23", "amount": "1.000.000", "receipt": "BL-1"]
        let password = ["password": "mat-khau-moi-dai", "repeat": "mat-khau-moi-dai"]
        let grant = ["role": "bao_cao", "action": "grant"]
        let title = ["title": "chanh_thanh_tra_so", "from": "2026-01-01"]
        let delegation = [
            "delegate": "thanh_tra_vien", "title": "chanh_thanh_tra_so", "from": "2026-11-01", "to": "2026-11-30",
            "document": "12/QĐ-TTr",
        ]
        // A delegation the chief lends in December (ended early by the chief or an administrator only), and an
        // inspection of another team (the inspector is on it, the team lead is not).
        let lent = try Authorities(accounts: bench.store, authority: bench.store).delegate(
            title: "chanh_thanh_tra_so", from: "chanh_thanh_tra", to: "truong_doan", startsOn: CalendarDate("2026-12-01")!,
            endsOn: CalendarDate("2026-12-31")!, document: "20/QĐ-TTr", scope: "", titles: try RuleEngine(pack: bench.pack),
            acting: ServerBench.actingAs("chanh_thanh_tra")
        ).id.rawValue
        let otherInspection = try APIInspectionTests.otherInspection(bench, lead: "nguoi_khac", number: "64/QĐ-TTr")
        let otherTeam = "/inspections/\(otherInspection.rawValue)"
        // Routes every role of the table reaches whose use case lets only some accounts in: those, and the words of
        // the 403 page the others get (the use case's refusal, or the page's own before anything is read).
        let lender: Set<AccountRole> = [.administrator, .chiefInspector]
        let team: Set<AccountRole> = [.inspector, .chiefInspector]
        // The import page lets in every role that may import some kind; a kind, only its use case's roles.
        let importers: Set<AccountRole> = [.inspector, .teamLead, .chiefInspector, .collections]
        let subjectImporters: Set<AccountRole> = [.inspector, .teamLead, .chiefInspector]
        let noToken = ["token": String(repeating: "0", count: 64)]
        let useCaseLetsIn: [String: (Set<AccountRole>, String)] = [
            "/imports/subjects/preview": (subjectImporters, "không có vai trò được nhập loại tệp này"),
            "/imports/subjects": (subjectImporters, "không có vai trò được nhập loại tệp này"),
            "/accounts/chanh_thanh_tra/delegations/preview": (lender, "không có vai trò được phép"),
            "/accounts/chanh_thanh_tra/delegations": (lender, "không có vai trò được phép"),
            "/delegations/\(lent)/end/preview": (lender, "không được làm việc này: cần vai trò Quản trị"),
            "/delegations/\(lent)/end": (lender, "không được làm việc này: cần vai trò Quản trị"),
            "\(otherTeam)/findings/new": (team, "không thuộc đoàn thanh tra"),
            "\(otherTeam)/recommendations/new": (team, "không thuộc đoàn thanh tra"),
        ]
        // (route, method, uri, form, roles allowed); what writes is posted by the denied roles only here (an allowed
        // one writes: PaymentPageTests, CaseFormsTests, WorkReportJournalPagesTests), and so is the decision's
        // preview (the bench's case is decided already: CaseFormsTests previews an open one).
        let routes: [(ProtectedRoute, HTTPRequest.Method, String, [String: String], Set<AccountRole>)] = [
            (.caseList, .get, "/cases", [:], Self.caseReaders),
            (.caseDetail, .get, "/cases/\(id)", [:], Self.caseReaders),
            (.subjectDetail, .get, "/subjects/\(bench.subjectID.rawValue)", [:], Self.caseReaders),
            (.inspectionList, .get, "/inspections", [:], Self.caseReaders),
            (.inspectionDetail, .get, "/inspections/\(bench.inspectionID.rawValue)", [:], Self.caseReaders),
            (.accountList, .get, "/accounts", [:], [.administrator]),
            (.recordPayment, .get, "/cases/\(id)/payment", [:], [.collections]),
            (.recordPayment, .post, "/cases/\(id)/payment/preview", payment, [.collections]),
            (.recordPayment, .post, "/cases/\(id)/payment", payment, []),
            (.openCase, .get, "/subjects/\(subject)/cases/new", [:], [.inspector, .teamLead, .chiefInspector]),
            (.openCase, .post, "/subjects/\(subject)/cases/preview", opening, [.inspector, .teamLead, .chiefInspector]),
            (.openCase, .post, "/subjects/\(subject)/cases", opening, []),
            (.decideCase, .get, "/cases/\(id)/decide", [:], [.chiefInspector]),
            (.decideCase, .post, "/cases/\(id)/decide/preview", decision, []),
            (.decideCase, .post, "/cases/\(id)/decide", decision, []),
            (.cancelCase, .get, "/cases/\(id)/cancel", [:], [.chiefInspector]),
            (.cancelCase, .post, "/cases/\(id)/cancel/preview", cancellation, [.chiefInspector]),
            (.cancelCase, .post, "/cases/\(id)/cancel", cancellation, []),
            (.myWork, .get, "/work", [:], Self.caseReaders),
            (.decisionDocument, .get, "/cases/\(id)/decision", [:], Self.caseReaders),
            (.periodReport, .get, "/reports?kind=monthly&spec=2026-11", [:], [.reporting, .chiefInspector, .leadership]),
            (.periodReport, .get, "/reports/explain?figure=penalty.fines_imposed_vnd&kind=monthly&spec=2026-11", [:],
             [.reporting, .chiefInspector, .leadership]),
            (.periodReport, .get, "/reports/download?kind=monthly&spec=2026-11&format=csv", [:],
             [.reporting, .chiefInspector, .leadership]),
            (.fileReport, .post, "/reports/file", ["kind": "monthly", "spec": "2026-11"], []),
            (.journal, .get, "/journal", [:], [.chiefInspector, .leadership]),
            (.journal, .get, "/journal/verify", [:], [.chiefInspector, .leadership]),
            // Administration: the confirmation pages are read by the administrator (they write nothing); the
            // confirmed changes are posted by the refused roles only (AdminPagesTests writes them).
            (.addAccount, .get, "/accounts/new", [:], [.administrator]),
            (.addAccount, .post, "/accounts/preview", newAccount, [.administrator]),
            (.addAccount, .post, "/accounts", newAccount, []),
            (.accountDetail, .get, "/accounts/thanh_tra_vien", [:], [.administrator]),
            (.changeAccount, .post, "/accounts/bao_cao/disable/preview", [:], [.administrator]),
            (.changeAccount, .post, "/accounts/bao_cao/disable", [:], []),
            (.changeAccount, .post, "/accounts/bao_cao/password", password, []),
            (.changeRoles, .post, "/accounts/thanh_tra_vien/roles/preview", grant, [.administrator]),
            (.changeRoles, .post, "/accounts/thanh_tra_vien/roles", grant, []),
            (.titleList, .get, "/titles", [:], [.administrator]),
            (.assignTitle, .post, "/accounts/thanh_tra_vien/titles/preview", title, [.administrator]),
            (.assignTitle, .post, "/accounts/thanh_tra_vien/titles", title, []),
            (.assignTitle, .post, "/titles/1/end/preview", ["lastDay": "2026-12-31"], [.administrator]),
            (.assignTitle, .post, "/titles/1/end", ["lastDay": "2026-12-31"], []),
            // A delegation: every role reaches the use case, which lets the administrator and the title's holder
            // in (DelegationRuleTests refuses the others).
            (.delegateTitle, .post, "/accounts/chanh_thanh_tra/delegations/preview", delegation,
             [.administrator, .chiefInspector]),
            (.delegateTitle, .post, "/accounts/chanh_thanh_tra/delegations", delegation, []),
            (.delegateTitle, .post, "/delegations/\(lent)/end/preview", ["lastDay": "2026-12-10"], lender),
            (.delegateTitle, .post, "/delegations/\(lent)/end", ["lastDay": "2026-12-10"], []),
            (.ownTitles, .get, "/titles/mine", [:], Set(AccountRole.allCases)),
            (.rulePack, .get, "/rules", [:], [.legal, .ruleApprover, .leadership]),
            (.decideRulePack, .post, "/rules/\(bench.pack.hash)/activate/preview", [:], []),
            (.decideRulePack, .post, "/rules/\(bench.pack.hash)/activate", [:], []),
            (.decideRulePack, .post, "/rules/\(bench.pack.hash)/reject/preview", ["reason": "thử"], []),
            (.decideRulePack, .post, "/rules/\(bench.pack.hash)/reject", ["reason": "thử"], []),
            (.plan, .get, "/plan?year=2026", [:], Self.caseReaders),
            (.inspectionStep, .post, "/inspections/\(inspection)/steps/preview", ["step": "announce", "on": "2026-11-23"],
             [.teamLead, .chiefInspector]),
            (.inspectionStep, .post, "/inspections/\(inspection)/steps", ["step": "announce", "on": "2026-11-23"], []),
            (.decideInspectionStep, .post, "/inspections/\(fresh)/chief-steps/preview", inspectionDecision, [.chiefInspector]),
            (.decideInspectionStep, .post, "/inspections/\(fresh)/chief-steps", inspectionDecision, []),
            (.deliverCase, .get, "/cases/\(undelivered)/delivery", [:], [.inspector, .teamLead, .chiefInspector]),
            (.deliverCase, .post, "/cases/\(undelivered)/delivery/preview", ["receivedOn": "2026-11-21"],
             [.inspector, .teamLead, .chiefInspector]),
            (.deliverCase, .post, "/cases/\(undelivered)/delivery", ["receivedOn": "2026-11-21"], []),
            (.extendCase, .get, "/cases/\(open)/extension", [:], [.chiefInspector]),
            (.extendCase, .post, "/cases/\(open)/extension/preview", ["days": "10", "reason": "phức tạp"], [.chiefInspector]),
            (.extendCase, .post, "/cases/\(open)/extension", ["days": "10", "reason": "phức tạp"], []),
            (.approveInstallments, .get, "/cases/\(person.rawValue)/installments", [:], [.chiefInspector]),
            (.approveInstallments, .post, "/cases/\(person.rawValue)/installments/preview", installments, [.chiefInspector]),
            (.approveInstallments, .post, "/cases/\(person.rawValue)/installments", installments, []),
            (.postponeCase, .get, "/cases/\(person.rawValue)/postponement", [:], [.chiefInspector]),
            (.postponeCase, .post, "/cases/\(person.rawValue)/postponement/preview", postponement, [.chiefInspector]),
            (.postponeCase, .post, "/cases/\(person.rawValue)/postponement", postponement, []),
            // The inspection's results: the forms are read by the roles of the use case; what is posted is refused
            // for the others (InspectionResultPagesTests records them).
            (.addFinding, .get, "\(results)/findings/new", [:], [.inspector, .teamLead, .chiefInspector]),
            (.addFinding, .post, "\(results)/findings/preview", finding, []),
            (.addFinding, .post, "\(results)/findings", finding, []),
            (.recommend, .get, "\(results)/recommendations/new", [:], [.inspector, .teamLead, .chiefInspector]),
            (.recommend, .post, "\(results)/recommendations/preview", recommending, []),
            (.recommend, .post, "\(results)/recommendations", recommending, []),
            (.recordFollowUp, .get, "\(results)/recommendations/\(recommendation)/follow-ups/new", [:],
             [.collections, .chiefInspector]),
            (.recordFollowUp, .post, "\(results)/recommendations/\(recommendation)/follow-ups/preview", followUp, []),
            (.recordFollowUp, .post, "\(results)/recommendations/\(recommendation)/follow-ups", followUp, []),
            // Another team's inspection: its forms are refused to a team member not on it, as what they post is.
            (.addFinding, .get, "\(otherTeam)/findings/new", [:], team),
            // Importing a file: the page for the roles that import some kind; the preview and the confirmation are
            // posted by the refused roles only (ImportPageTests uploads and imports).
            (.importFile, .get, "/imports", [:], importers),
            (.importFile, .post, "/imports/subjects/preview", [:], []),
            (.importFile, .post, "/imports/subjects", noToken, []),
            (.recommend, .get, "\(otherTeam)/recommendations/new", [:], team),
        ]
        #expect(Set(routes.map(\.0)) == Set(ProtectedRoute.allCases.filter { !$0.isAPI }), "every page route is in the matrix")
        let journalBefore = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            for role in AccountRole.allCases {
                let browser = Browser(client)
                #expect(try await browser.signIn(role.rawValue).status == .seeOther)
                try await browser.get("/welcome")  // a signed-in page: its forms carry the session's CSRF token
                let account = try #require(try bench.accounts.store.account(login: role.rawValue))
                for (route, method, uri, form, allowed) in routes {
                    let permitted = route.allowedRoles.contains(role)
                    let refusal = useCaseLetsIn[uri].flatMap { permitted && !$0.0.contains(role) ? $0.1 : nil }
                    if method == .post && permitted && !allowed.contains(role) && refusal == nil { continue }  // a write
                    let response = method == .get ? try await browser.get(uri) : try await browser.post(uri, form)
                    if allowed.contains(role) {
                        #expect(response.status == .ok, "\(role.rawValue) \(method) \(uri)")
                        #expect(permitted && route.allows(account))
                    } else if let refusal {
                        #expect(response.status == .forbidden, "\(role.rawValue) \(method) \(uri): \(response.text)")
                        #expect(response.text.contains("Không có quyền truy cập"), "\(role.rawValue) \(uri)")
                        #expect(response.text.contains(refusal), "\(role.rawValue) \(uri): \(response.text)")
                        #expect(!response.text.contains("Minh Long"), "a refused page shows no data: \(uri)")
                    } else {
                        #expect(!permitted, "\(role.rawValue) \(uri): the table allows what the matrix does not")
                        #expect(response.status == .forbidden, "\(role.rawValue) \(method) \(uri)")
                        #expect(response.text.contains("Không có quyền truy cập"), "\(role.rawValue) \(uri)")
                        #expect(!response.text.contains("Minh Long"), "a refused page shows no data: \(uri)")
                    }
                }
            }
            // Signed out, every page sends to the sign-in page.
            for (_, method, uri, _, _) in routes where method == .get {
                let response = try await Browser(client).get(uri)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login")
            }
        }
        #expect(try bench.journalCount() == journalBefore, "reading, previewing and refusing write no journal entry")
        #expect(try bench.store.inspection(id: bench.inspectionID)?.timeline.announcedOn == nil)
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.payments.isEmpty == true)
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.state == .decided, "not cancelled by a refused post")
        #expect(try bench.store.account(login: "moi") == nil, "no account added by a refused post")
        #expect(try bench.store.account(login: "bao_cao")?.isActive == true)
        #expect(try bench.store.titleAssignments(login: "thanh_tra_vien").isEmpty)
        #expect(try bench.store.delegations(login: nil).map(\.endsOn) == [CalendarDate("2026-12-31")!], "not ended early")
        #expect(try bench.store.penaltyCase(id: PenaltyCase.ID(rawValue: undelivered))?.decision?.receivedOn == nil)
        #expect(try bench.store.penaltyCase(id: PenaltyCase.ID(rawValue: open))?.facts.extensionDays == 0)
        #expect(try bench.store.penaltyCase(id: person)?.installments.isEmpty == true)
        #expect(try bench.store.penaltyCase(id: person)?.postponements.isEmpty == true)
        #expect(try bench.store.inspection(id: Inspection.ID(rawValue: fresh))?.decision == nil)
        #expect(try bench.store.inspection(id: onsite)?.findings.isEmpty == true)
        #expect(try bench.store.inspection(id: onsite)?.recommendations.map(\.followUps.isEmpty) == [true])
    }
}
