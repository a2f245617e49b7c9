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
        let routes: [(ProtectedRoute, String, Set<AccountRole>)] = [
            (.caseList, "/cases", Self.caseReaders),
            (.caseDetail, "/cases/\(bench.caseID.rawValue)", Self.caseReaders),
            (.subjectDetail, "/subjects/\(bench.subjectID.rawValue)", Self.caseReaders),
            (.inspectionList, "/inspections", Self.caseReaders),
            (.inspectionDetail, "/inspections/\(bench.inspectionID.rawValue)", Self.caseReaders),
            (.accountList, "/accounts", [.administrator]),
        ]
        #expect(Set(routes.map(\.0)) == Set(ProtectedRoute.allCases), "every route is in the matrix")
        let journalBefore = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            for role in AccountRole.allCases {
                let browser = Browser(client)
                #expect(try await browser.signIn(role.rawValue).status == .seeOther)
                for (route, uri, allowed) in routes {
                    let response = try await browser.get(uri)
                    if allowed.contains(role) {
                        #expect(response.status == .ok, "\(role.rawValue) \(uri)")
                        let account = try #require(try bench.accounts.store.account(login: role.rawValue))
                        #expect(route.allows(account))
                    } else {
                        #expect(response.status == .forbidden, "\(role.rawValue) \(uri)")
                        #expect(response.text.contains("Không có quyền truy cập"), "\(role.rawValue) \(uri)")
                        #expect(!response.text.contains("Minh Long"), "a refused page shows no data: \(uri)")
                    }
                }
            }
            // Signed out, every route sends to the sign-in page.
            for (_, uri, _) in routes {
                let response = try await Browser(client).get(uri)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login")
            }
        }
        #expect(try bench.journalCount() == journalBefore, "reading and refusing write no journal entry")
    }
}
