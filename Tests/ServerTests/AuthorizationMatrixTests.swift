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
        let payment = ["amount": "1.000.000", "surcharge": "0", "paidOn": "2026-11-20", "receipt": "BL-9"]
        let opening = [
            "record": "BB-99/2026", "recordOn": "2026-11-20", "v1code": "ND125-2020-D24-K4-b", "v1committedOn": "2026-11-10",
        ]
        let decision = ["number": "99/QĐ", "decidedOn": "2026-11-23", "signer": "chanh_thanh_tra_so", "signerName": "B"]
        let cancellation = ["cancelledOn": "2026-11-23", "reason": "thử"]
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
                    if method == .post && permitted && !allowed.contains(role) { continue }  // its write: tested apart
                    let response = method == .get ? try await browser.get(uri) : try await browser.post(uri, form)
                    if allowed.contains(role) {
                        #expect(response.status == .ok, "\(role.rawValue) \(method) \(uri)")
                        #expect(permitted && route.allows(account))
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
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.payments.isEmpty == true)
        #expect(try bench.store.penaltyCase(id: bench.caseID)?.state == .decided, "not cancelled by a refused post")
    }
}
