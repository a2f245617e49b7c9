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

/// Every route of the JSON API × every role: allowed (200; the commands as previews) or refused (403 in JSON, before
/// anything is read), nothing written either way; and 401 without a token. The expectation is written out here,
/// role by role, not read from the table under test.
@Suite struct APIAuthorizationMatrixTests {
    static let caseReaders: Set<AccountRole> = [
        .inspector, .teamLead, .chiefInspector, .collections, .reporting, .leadership,
    ]

    @Test func everyAPIRouteAnswersEveryRoleAsTheTableSays() async throws {
        let bench = try ServerBench()
        // An open case for the decision's and the cancellation's previews (the bench's own case is decided).
        let open = try bench.makeInspectorate().openCase(
            subject: bench.subjectID, record: ViolationRecord(number: "BB-60/2026", madeOn: CalendarDate("2026-11-18")!, place: ""),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-01")!,
                    endedOn: CalendarDate("2026-11-01")!, detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien")
        ).penaltyCase.id.rawValue
        let id = bench.caseID.rawValue
        let opening: [String: any Sendable] = [
            "preview": true, "record": ["number": "BB-99/2026", "madeOn": "2026-11-20"],
            "violations": [["code": "ND125-2020-D24-K4-b", "committedOn": "2026-11-10"]],
        ]
        let decision: [String: any Sendable] = [
            "preview": true, "number": "99/QĐ", "decidedOn": "2026-11-23", "signerTitle": "chanh_thanh_tra_so",
        ]
        let payment: [String: any Sendable] = ["preview": true, "amountVND": 1_000_000, "paidOn": "2026-11-20", "receipt": "BL-9"]
        let cancellation: [String: any Sendable] = ["preview": true, "cancelledOn": "2026-11-23", "reason": "thử"]
        // A decided case not yet delivered, and the bench's inspection decided with the team lead's login in its team.
        let undelivered = try APICaseStepsTests.decidedCase(bench).rawValue
        try APIInspectionTests.decide(bench, bench.inspectionID, lead: "truong_doan", number: "41/QĐ-TTr")
        let inspection = bench.inspectionID.rawValue
        let chief = ServerBench.actingAs("chanh_thanh_tra")
        let halves = [
            Installment(dueOn: CalendarDate("2026-12-15")!, amountVND: VND(16_250_000)),
            Installment(dueOn: CalendarDate("2027-01-15")!, amountVND: VND(16_250_000)),
        ]
        let postponement = Postponement(
            fromOn: CalendarDate("2026-11-23")!, untilOn: CalendarDate("2026-12-23")!, reason: "khó khăn")
        // What an allowed role gets from a preview the pack may refuse: the application layer's own answer.
        func status(_ change: PenaltyCaseStep, _ id: PenaltyCase.ID) throws -> HTTPResponse.Status {
            (try? bench.makeInspectorate().preview(change, of: id, acting: chief)) == nil ? .unprocessableContent : .ok
        }
        let installmentsStatus = try status(.approveInstallments(halves), bench.caseID)
        let postponementStatus = try status(.postpone(postponement), bench.caseID)
        let installments: [String: any Sendable] = [
            "preview": true,
            "installments": halves.map { ["dueOn": "\($0.dueOn)", "amountVND": $0.amountVND.rawValue] as [String: any Sendable] },
        ]
        let postponing: [String: any Sendable] = [
            "preview": true, "fromOn": "2026-11-23", "untilOn": "2026-12-23", "reason": "khó khăn",
        ]
        let openingInspection: [String: any Sendable] = [
            "preview": true, "mode": "regular", "category": "thanh_tra", "level": "thanh_tra_tinh", "content": "Thuế",
            "leadUnit": "Phòng 1",
        ]
        // An inspection on site whose team is the team lead and the inspector (findings, recommendations), and one
        // concluded with a recommendation (follow-ups).
        let chiefInspectorate = try bench.makeInspectorate()
        let onsite = try APIInspectionTests.otherInspection(bench, lead: "truong_doan", number: "43/QĐ-TTr")
        _ = try chiefInspectorate.advance(onsite, .announce, on: CalendarDate("2026-11-23")!, acting: chief)
        let concluded = try chiefInspectorate.openInspection(
            InspectionOpening(
                mode: .regular, category: "thanh_tra", level: "thanh_tra_tinh", content: "Thu, nộp thuế", field: "thue",
                leadUnit: "Phòng Thanh tra 1", subjects: [bench.subjectID]),
            acting: chief
        ).inspection.id
        try APIInspectionTests.decide(bench, concluded, lead: "truong_doan", number: "44/QĐ-TTr")
        _ = try chiefInspectorate.advance(concluded, .announce, on: CalendarDate("2026-11-23")!, acting: chief)
        let recommendation = try chiefInspectorate.recommend(
            NewRecommendation(
                kind: .recovery, subjectID: bench.subjectID, description: "Thu hồi",
                figures: RecommendationFigures(amountVND: VND(5_000_000))),
            on: concluded, acting: chief)
        for step in [InspectionStep.endOnsite, .report, .draft, .conclude(number: "13/KL-TTr")] {
            _ = try chiefInspectorate.advance(concluded, step, on: CalendarDate("2026-11-23")!, acting: chief)
        }
        let finding: [String: any Sendable] = [
            "preview": true, "subjectID": bench.subjectID.rawValue, "description": "Quyết toán sai khối lượng",
            "amountVND": 150_000_000,
        ]
        let recommending: [String: any Sendable] = [
            "preview": true, "kind": "recovery", "subjectID": bench.subjectID.rawValue, "description": "Thu hồi",
            "figures": ["amountVND": 1_000_000],
        ]
        let followUp: [String: any Sendable] = ["preview": true, "figures": ["amountVND": 1_000_000], "receipt": "BL-1"]
        let newAccount: [String: any Sendable] = [
            "preview": true, "login": "moi", "displayName": "Mới", "roles": ["bao_cao"], "password": "mat-khau-du-dai",
        ]
        let delegation: [String: any Sendable] = [
            "preview": true, "title": "chanh_thanh_tra_so", "delegate": "thanh_tra_vien", "startsOn": "2026-11-24",
            "endsOn": "2026-11-30", "document": "12/QĐ-TTr",
        ]
        // A delegation the chief lends in December (ended early by the chief or an administrator only), and a pack
        // proposed by the legal officer (decided by the approver only; never by its proposer: the store's rule).
        let lent = try Authorities(accounts: bench.store, authority: bench.store).delegate(
            title: "chanh_thanh_tra_so", from: "chanh_thanh_tra", to: "truong_doan", startsOn: CalendarDate("2026-12-01")!,
            endsOn: CalendarDate("2026-12-31")!, document: "20/QĐ-TTr", scope: "", titles: try RuleEngine(pack: bench.pack),
            acting: chief)
        let proposal = try RulePackPlanPagesTests.propose(
            RulePackPlanPagesTests.edited(bench.pack, "api matrix"), by: "phap_che", on: bench)
        // Routes the table lets a role reach whose use case refuses it (every role for the first three; for the
        // import, a role that may import another kind): the refusal's code.
        let useCaseRefusals: [String: String] = [
            "/api/v1/accounts/chanh_thanh_tra/delegations": "account.notAllowed",
            "/api/v1/accounts/bao_cao/password": "account.notAllowed",
            "/api/v1/delegations/\(lent.id.rawValue)/end": "account.notAllowed",
            "/api/v1/imports/subjects?preview=true": "inspectorate.actionNotAllowed",
        ]
        // The import's body is the CSV file itself, checked only (`preview=true`).
        let csvBodies = ["/api/v1/imports/subjects?preview=true": APIImportTests.subjects]
        let allowedStatus: [String: HTTPResponse.Status] = [
            "/api/v1/cases/\(id)/installments": installmentsStatus, "/api/v1/cases/\(id)/postponement": postponementStatus,
        ]
        let routes: [(ProtectedRoute, HTTPRequest.Method, String, [String: any Sendable]?, Set<AccountRole>)] = [
            (.apiCaseList, .get, "/api/v1/cases", nil, Self.caseReaders),
            (.apiCaseDetail, .get, "/api/v1/cases/\(id)", nil, Self.caseReaders),
            (.apiSubjectSearch, .get, "/api/v1/subjects?q=minh", nil, Self.caseReaders),
            (.apiOpenCase, .post, "/api/v1/subjects/\(bench.subjectID.rawValue)/cases", opening,
             [.inspector, .teamLead, .chiefInspector]),
            (.apiDecideCase, .post, "/api/v1/cases/\(open)/decision", decision, [.chiefInspector]),
            (.apiRecordPayment, .post, "/api/v1/cases/\(id)/payments", payment, [.collections]),
            (.apiCancelCase, .post, "/api/v1/cases/\(open)/cancellation", cancellation, [.chiefInspector]),
            (.apiPeriodReport, .get, "/api/v1/reports?kind=monthly&spec=2026-11", nil,
             [.reporting, .chiefInspector, .leadership]),
            (.apiPeriodReport, .get, "/api/v1/reports/members?figure=penalty.fines_imposed_vnd&kind=monthly&spec=2026-11",
             nil, [.reporting, .chiefInspector, .leadership]),
            (.apiJournal, .get, "/api/v1/journal/head", nil, [.chiefInspector, .leadership]),
            (.apiJournal, .get, "/api/v1/journal/verify", nil, [.chiefInspector, .leadership]),
            (.apiDeliverCase, .post, "/api/v1/cases/\(undelivered)/delivery", ["preview": true],
             [.inspector, .teamLead, .chiefInspector]),
            (.apiExtendCase, .post, "/api/v1/cases/\(open)/extension", ["preview": true, "days": 10, "reason": "phức tạp"],
             [.chiefInspector]),
            (.apiApproveInstallments, .post, "/api/v1/cases/\(id)/installments", installments, [.chiefInspector]),
            (.apiPostponeCase, .post, "/api/v1/cases/\(id)/postponement", postponing, [.chiefInspector]),
            (.apiInspectionList, .get, "/api/v1/inspections", nil, Self.caseReaders),
            (.apiInspectionDetail, .get, "/api/v1/inspections/\(inspection)", nil, Self.caseReaders),
            (.apiOpenInspection, .post, "/api/v1/inspections", openingInspection, [.chiefInspector]),
            (.apiInspectionStep, .post, "/api/v1/inspections/\(inspection)/steps", ["preview": true, "step": "announce"],
             [.teamLead, .chiefInspector]),
            (.apiPlan, .get, "/api/v1/plan?year=2026", nil, Self.caseReaders),
            (.apiFileReport, .post, "/api/v1/reports/filing", ["preview": true, "spec": "2026-10"], [.reporting]),
            (.apiAddFinding, .post, "/api/v1/inspections/\(onsite.rawValue)/findings", finding,
             [.inspector, .teamLead, .chiefInspector]),
            (.apiRecommend, .post, "/api/v1/inspections/\(onsite.rawValue)/recommendations", recommending,
             [.inspector, .teamLead, .chiefInspector]),
            (.apiRecordFollowUp, .post,
             "/api/v1/inspections/\(concluded.rawValue)/recommendations/\(recommendation.id.rawValue)/follow-ups", followUp,
             [.collections, .chiefInspector]),
            (.apiLoadPlan, .post, "/api/v1/plan", ["preview": true, "year": 2026], [.chiefInspector]),
            (.apiAccountList, .get, "/api/v1/accounts", nil, [.administrator]),
            (.apiAddAccount, .post, "/api/v1/accounts", newAccount, [.administrator]),
            (.apiDisableAccount, .post, "/api/v1/accounts/bao_cao/disable", ["preview": true], [.administrator]),
            (.apiChangeRoles, .post, "/api/v1/accounts/thanh_tra_vien/roles",
             ["preview": true, "role": "bao_cao", "action": "grant"], [.administrator]),
            (.apiAssignTitle, .post, "/api/v1/accounts/thanh_tra_vien/titles",
             ["preview": true, "title": "chanh_thanh_tra_so", "startsOn": "2026-01-01"], [.administrator]),
            (.apiDelegateTitle, .post, "/api/v1/accounts/chanh_thanh_tra/delegations", delegation,
             [.administrator, .chiefInspector]),
            (.apiSetPassword, .post, "/api/v1/accounts/bao_cao/password", ["preview": true, "password": "mat-khau-moi-dai"],
             [.administrator, .reporting]),
            (.apiEndTitle, .post, "/api/v1/titles/1/end", ["preview": true, "lastDay": "2026-12-31"], [.administrator]),
            (.apiEndDelegation, .post, "/api/v1/delegations/\(lent.id.rawValue)/end",
             ["preview": true, "lastDay": "2026-12-10"], [.administrator, .chiefInspector]),
            (.apiRulePackProposals, .get, "/api/v1/rules/proposals", nil, [.legal, .ruleApprover, .leadership]),
            (.apiDecideRulePack, .post, "/api/v1/rules/proposals/\(proposal.hash)/activate", ["preview": true],
             [.ruleApprover]),
            (.apiDecideRulePack, .post, "/api/v1/rules/proposals/\(proposal.hash)/reject",
             ["preview": true, "reason": "chưa đủ"], [.ruleApprover]),
            (.apiImport, .post, "/api/v1/imports/subjects?preview=true", nil, [.inspector, .teamLead, .chiefInspector]),
        ]
        #expect(Set(routes.map(\.0)) == Set(ProtectedRoute.allCases.filter(\.isAPI)), "every API route is in the matrix")
        let journalBefore = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            for role in AccountRole.allCases {
                let api = APIClient(client)
                #expect(try await api.signIn(role.rawValue).status == .created)
                let account = try #require(try bench.accounts.store.account(login: role.rawValue))
                for (route, method, uri, body, allowed) in routes {
                    let answer =
                        if let csv = csvBodies[uri] {
                            try await APIImportTests.post(api, uri, csv)
                        } else if method == .get { try await api.get(uri) } else { try await api.post(uri, body ?? [:]) }
                    if allowed.contains(role) {
                        #expect(answer.status == allowedStatus[uri] ?? .ok, "\(role.rawValue) \(method) \(uri): \(answer.text)")
                        #expect(route.allows(account), "\(role.rawValue) \(uri): the matrix allows what the table does not")
                    } else if let code = useCaseRefusals[uri], route.allows(account) {
                        #expect(answer.status == .forbidden, "\(role.rawValue) \(method) \(uri): \(answer.text)")
                        #expect(answer.code == code, "\(role.rawValue) \(uri): \(answer.text)")
                        #expect(!answer.text.contains("Minh Long"), "a refusal shows no data: \(uri)")
                    } else {
                        #expect(!route.allows(account), "\(role.rawValue) \(uri): the table allows what the matrix does not")
                        #expect(answer.status == .forbidden, "\(role.rawValue) \(method) \(uri)")
                        #expect(answer.code == "auth.forbidden")
                        #expect(!answer.text.contains("Minh Long"), "a refusal shows no data: \(uri)")
                    }
                }
            }
            // Without a token, every route answers 401 in JSON.
            let anonymous = APIClient(client)
            for (_, method, uri, body, _) in routes {
                let answer =
                    if let csv = csvBodies[uri] {
                        try await APIImportTests.post(anonymous, uri, csv)
                    } else if method == .get {
                        try await anonymous.get(uri)
                    } else { try await anonymous.post(uri, body ?? [:]) }
                #expect(answer.status == .unauthorized, "\(method) \(uri)")
                #expect(answer.code == "auth.required")
            }
        }
        #expect(try bench.journalCount() == journalBefore, "reading, previewing and refusing write no journal entry")
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.payments.isEmpty == true)
        #expect(try bench.store.penaltyCase(id: PenaltyCase.ID(rawValue: open))?.state == .open)
        #expect(try bench.store.penaltyCase(id: PenaltyCase.ID(rawValue: undelivered))?.decision?.receivedOn == nil)
        #expect(try bench.store.inspection(id: bench.inspectionID)?.timeline.announcedOn == nil)
        #expect(try bench.store.inspection(id: onsite)?.findings.isEmpty == true)
        #expect(try bench.store.inspection(id: onsite)?.recommendations.isEmpty == true)
        #expect(try bench.store.inspection(id: concluded)?.recommendations.first?.followUps.isEmpty == true)
        #expect(try Registry(store: bench.store).planProgress(year: 2026).isEmpty, "no plan loaded by a preview")
        #expect(try bench.store.account(login: "moi") == nil)
        #expect(try bench.store.account(login: "bao_cao")?.isActive == true)
        #expect(try bench.store.account(login: "thanh_tra_vien")?.roles == [.inspector])
        #expect(try bench.store.titleAssignments(login: "thanh_tra_vien").isEmpty)
        #expect(try bench.store.delegations(login: nil).map(\.endsOn) == [CalendarDate("2026-12-31")!], "not ended early")
        #expect(try bench.store.titleAssignments(login: "chanh_thanh_tra").map(\.endsOn) == [nil])
        #expect(try bench.store.rulePackProposals().first { $0.hash == proposal.hash }?.status == .proposed)
        #expect(try !APIImportTests.registered(bench, "0100000001"), "no subject imported by a check")
    }
}
