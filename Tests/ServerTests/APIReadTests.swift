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

/// The JSON API's sign-in and reads: the bearer token (a hashed session), the case list and its filters, the case in
/// full, the subject search, the report with its drill-down, the journal; refusals as `{code, message, details}`.
@Suite struct APIReadTests {
    @Test func signingInGivesABearerTokenKeptHashedAndSigningOutEndsIt() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            let wrong = try await api.signIn("lanh_dao", password: "sai-mat-khau-roi")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.code == "account.badCredentials")
            #expect(wrong.json.string("message") == "Tên đăng nhập hoặc mật khẩu không đúng.")

            let signed = try await api.signIn("lanh_dao")
            #expect(signed.status == .created)
            let token = try #require(api.token)
            #expect(token.count == 64 && token.allSatisfy(\.isHexDigit))
            #expect(signed.json.object("account")?.string("login") == "lanh_dao")
            #expect(signed.json.object("account")?["roles"] as? [String] == ["lanh_dao"])
            #expect(signed.json.string("today") == "2026-11-23")
            #expect(signed.json.int("expiresAt") == Int64(1_795_000_000 + 8 * 3600), "8 hours from the server's now")
            #expect(signed.headers[values: .setCookie].isEmpty, "the token is in the body only")
            // The store keeps the token's hash, never the token.
            #expect(
                try bench.store.sessionLogin(tokenHash: SessionToken.hash(of: token), now: 1_795_000_000) == "lanh_dao")

            let me = try await api.get("/api/v1/session")
            #expect(me.status == .ok)
            #expect(me.json.string("authenticatedBy") == "bearer")
            #expect(me.json["csrfToken"] == nil, "a bearer client needs no CSRF token")

            #expect(try await api.delete("/api/v1/session").status == .noContent)
            let after = try await api.get("/api/v1/cases")
            #expect(after.status == .unauthorized)
            #expect(after.code == "auth.required")
            #expect(try bench.store.sessionLogin(tokenHash: SessionToken.hash(of: token), now: 1_795_000_000) == nil)
        }
    }

    @Test func repeatedFailedSignInsAreThrottledWith429AndRetryAfter() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            for _ in 1...5 {
                #expect(try await api.signIn("bao_cao", password: "khong-dung-dau").status == .unauthorized)
            }
            let throttled = try await api.signIn("bao_cao")
            #expect(throttled.status == .tooManyRequests, "even the right password, until the window passes")
            #expect(throttled.code == "account.throttled")
            let wait = try #require(throttled.details.int("retryAfterSeconds"))
            #expect(wait > 0 && wait <= 15 * 60)
            #expect(throttled.headers[.retryAfter] == "\(wait)")
            #expect(api.token == nil)
        }
    }

    @Test func withoutATokenOrWithABadOneEveryRouteAnswers401InJSON() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            for uri in ["/api/v1/cases", "/api/v1/cases/\(bench.caseID.rawValue)", "/api/v1/journal/head", "/api/v1/session"] {
                let answer = try await api.get(uri)
                #expect(answer.status == .unauthorized, "\(uri)")
                #expect(answer.code == "auth.required")
                #expect(answer.headers[.contentType] == "application/json; charset=utf-8")
            }
            api.token = String(repeating: "a", count: 64)
            #expect(try await api.get("/api/v1/cases").status == .unauthorized)
            api.token = "not-a-token"
            #expect(try await api.get("/api/v1/cases").status == .unauthorized)
            api.token = nil
            let unknown = try await api.get("/api/v1/no-such-thing")
            #expect(unknown.status == .notFound)
            #expect(unknown.code == "request.notFound", "a route the API does not have, in JSON: \(unknown.text)")
        }
    }

    @Test func theCaseListFiltersSearchesWithoutAccentsAndPages() async throws {
        let bench = try ServerBench()
        // Two more cases against the other subject, opened through the application layer.
        let inspectorate = try bench.makeInspectorate()
        let other = try #require(try bench.store.subjects(kind: nil, search: "0309876543", limit: 1).first)
        for number in ["BB-50/2026", "BB-51/2026"] {
            _ = try inspectorate.openCase(
                subject: other.id, record: ViolationRecord(number: number, madeOn: CalendarDate("2026-11-18")!, place: ""),
                violations: [
                    CaseViolation(
                        code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-11-01")!,
                        endedOn: CalendarDate("2026-11-01")!, detectedOn: nil)
                ],
                mitigating: [], aggravating: [], facts: CaseFacts(), acting: ServerBench.actingAs("thanh_tra_vien"))
        }
        let decided = try #require(try bench.store.penaltyCase(id: bench.caseID))
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")
            let all = try await api.get("/api/v1/cases")
            #expect(all.status == .ok)
            let items = all.json.objects("items")
            #expect(items.map { $0.string("recordNumber") } == ["BB-51/2026", "BB-50/2026", "BB-12/2026"], "newest first")
            let first = try #require(items.last)
            #expect(first.int("totalFineVND") == decided.decision?.totalFineVND.rawValue)
            #expect(first.int("outstandingVND") == decided.outstandingVND.rawValue)
            #expect(first.string("recordOn") == "2026-10-20")
            #expect(first.string("subjectName") == "Công ty TNHH Minh Long")
            #expect(all.text.contains("\"totalFineVND\":\(decided.decision?.totalFineVND.rawValue ?? -1)"), "integer đồng")

            let open = try await api.get("/api/v1/cases?state=open")
            #expect(open.json.objects("items").map { $0.string("state") } == ["open", "open"])
            let unpaid = try await api.get("/api/v1/cases?unpaid=true")
            #expect(unpaid.json.objects("items").map { $0.int("id") } == [bench.caseID.rawValue])
            let overdue = try await api.get("/api/v1/cases?paymentOverdue=1")
            #expect(overdue.json.objects("items").map { $0.int("id") } == [bench.caseID.rawValue])

            let search = try await api.get("/api/v1/cases?q=dong%20hai")
            #expect(search.json.objects("items").map { $0.string("recordNumber") } == ["BB-51/2026", "BB-50/2026"])
            let byTaxCode = try await api.get("/api/v1/cases?q=0101234567")
            #expect(byTaxCode.json.objects("items").map { $0.string("recordNumber") } == ["BB-12/2026"])

            let page1 = try await api.get("/api/v1/cases?pageSize=2")
            #expect(page1.json.objects("items").count == 2)
            #expect(page1.json["hasMore"] as? Bool == true)
            let page2 = try await api.get("/api/v1/cases?pageSize=2&page=2")
            #expect(page2.json.objects("items").map { $0.string("recordNumber") } == ["BB-12/2026"])
            #expect(page2.json["hasMore"] as? Bool == false)

            let badState = try await api.get("/api/v1/cases?state=closed")
            #expect(badState.status == .unprocessableContent)
            #expect(badState.code == "input.invalid")
            #expect(badState.details.string("field") == "state")
            let badSize = try await api.get("/api/v1/cases?pageSize=1000")
            #expect(badSize.status == .unprocessableContent)
            #expect(badSize.details.string("field") == "pageSize")
        }
    }

    @Test func aCaseInFullHasItsViolationsDecisionSurchargeToDateAndTimeline() async throws {
        let bench = try ServerBench()
        let stored = try #require(try bench.store.penaltyCase(id: bench.caseID))
        // What the pack says the surcharge is on the server's day, computed apart from the server.
        let expected = try Registry(store: bench.store).details(
            of: stored, asOf: CalendarDate("2026-11-23")!, makePolicy: { try RuleEngine(pack: bench.pack) })
        let surcharge = try #require(expected.surcharge)
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("theo_doi_thu_nop")
            let answer = try await api.get("/api/v1/cases/\(bench.caseID.rawValue)")
            #expect(answer.status == .ok)
            let json = answer.json
            #expect(json.string("state") == "decided")
            #expect(json.object("subject")?.string("identifier") == "0101234567")
            #expect(json.object("record")?.string("number") == "BB-12/2026")
            #expect(json.objects("violations").map { $0.string("code") } == stored.violations.map(\.code))
            #expect(json.objects("violations").last?.int("illegalGainVND") == 12_000_000)
            let decision = try #require(json.object("decision"))
            #expect(decision.string("number") == "15/QĐ-XPHC")
            #expect(decision.string("decidedOn") == "2026-10-25")
            #expect(decision.int("totalFineVND") == stored.decision?.totalFineVND.rawValue)
            #expect(decision.objects("lines").map { $0.int("fineVND") } == stored.decision?.lines.map(\.fineVND.rawValue))
            #expect(decision.objects("lines").first?.string("legalBasis") == stored.decision?.lines.first?.legalBasis)
            #expect(json.int("outstandingVND") == stored.outstandingVND.rawValue)
            let shown = try #require(json.object("surcharge"))
            #expect(shown.int("owedVND") == surcharge.owedVND.rawValue)
            #expect(shown.int("days") == Int64(surcharge.accrued.days))
            #expect(shown.string("asOf") == "2026-11-23")
            #expect(json.objects("timeline").map { $0.string("command") } == ["case open", "case decide", "case deliver"])
            #expect(json.objects("timeline").first?.string("actor") == "thanh.nguyen")

            let lean = try await api.get("/api/v1/cases/\(bench.caseID.rawValue)?timeline=false")
            #expect(lean.json["timeline"] == nil)

            let missing = try await api.get("/api/v1/cases/999")
            #expect(missing.status == .notFound)
            #expect(missing.code == "inspectorate.unknownPenaltyCase")
            #expect(missing.details.int("caseID") == 999)
            #expect(missing.json.string("message") == "Không có vụ việc #999.")
            #expect(try await api.get("/api/v1/cases/abc").status == .notFound)
        }
    }

    @Test func subjectsAreFoundWithAndWithoutAccentsAndByIdentifier() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("truong_doan")
            for query in ["dong%20hai", "%C4%90%C3%B4ng%20H%E1%BA%A3i", "DONG%20HAI", "0309876543"] {
                let answer = try await api.get("/api/v1/subjects?q=\(query)")
                #expect(answer.status == .ok)
                #expect(answer.json.objects("items").map { $0.string("name") } == ["Hợp tác xã Đông Hải"], "\(query)")
            }
            let everyone = try await api.get("/api/v1/subjects?kind=organization")
            #expect(Set(everyone.json.objects("items").compactMap { $0.string("identifier") }) == ["0101234567", "0309876543"])
            let nobody = try await api.get("/api/v1/subjects?q=khong%20co%20ai")
            #expect(nobody.json.objects("items").isEmpty)
            let badKind = try await api.get("/api/v1/subjects?kind=robot")
            #expect(badKind.status == .unprocessableContent)
            #expect(badKind.details.string("field") == "kind")
        }
    }

    @Test func theReportGivesEachFigureAndItsMembersAddUpToIt() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("bao_cao")
            let report = try await api.get("/api/v1/reports?kind=monthly&spec=2026-11")
            #expect(report.status == .ok)
            #expect(report.json.object("period")?.string("label") != nil)
            #expect(report.json.object("period")?.string("from") == "2026-10-15")
            #expect(report.json.object("period")?.string("through") == "2026-11-14")
            #expect(report.json["filed"] as? Bool == false)
            let figures = report.json.objects("figures")
            let fines = try #require(figures.first { $0.string("name") == "penalty.fines_imposed_vnd" })
            #expect(fines.string("unit") == "vnd")
            let decided = try #require(try bench.store.penaltyCase(id: bench.caseID))
            #expect(fines.int("value") == decided.decision?.totalFineVND.rawValue, "decided on 2026-10-25, in the period")
            let link = try #require(fines.string("members"))
            #expect(link.hasPrefix("/api/v1/reports/members?figure=penalty.fines_imposed_vnd"))

            let members = try await api.get(link)
            #expect(members.status == .ok)
            #expect(members.json.int("total") == fines.int("value"))
            #expect(members.json.objects("members").map { $0.string("href") } == ["/api/v1/cases/\(bench.caseID.rawValue)"])
            // Every figure's members add up to it.
            for figure in figures where figure.int("value") != 0 {
                let answer = try await api.get(try #require(figure.string("members")))
                #expect(answer.json.int("total") == figure.int("value"), "\(figure.string("name") ?? "")")
            }

            let badKind = try await api.get("/api/v1/reports?kind=weekly")
            #expect(badKind.status == .unprocessableContent)
            #expect(badKind.details.string("field") == "kind")
            let badRange = try await api.get("/api/v1/reports?kind=range&spec=2026-12-01..2026-11-01")
            #expect(badRange.status == .unprocessableContent)
            #expect(badRange.code == "inspectorate.notADateRange")
        }
    }

    @Test func theJournalHeadAndItsVerificationAreThoseOfTheStore() async throws {
        let bench = try ServerBench()
        let head = try bench.store.journalHead()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("chanh_thanh_tra")
            let answer = try await api.get("/api/v1/journal/head")
            #expect(answer.status == .ok)
            #expect(answer.json.int("sequence") == head.sequence)
            #expect(answer.json.string("hash") == head.hash)
            let verify = try await api.get("/api/v1/journal/verify")
            #expect(verify.status == .ok)
            #expect(verify.json["intact"] as? Bool == true)
            #expect(verify.json.int("headSequence") == head.sequence)
            #expect(verify.json.int("problemCount") == 0)
        }
    }

    @Test func refusalsSpeakVietnameseByDefaultAndEnglishWhenAsked() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("lanh_dao")
            #expect(try await api.get("/api/v1/cases/999").json.string("message") == "Không có vụ việc #999.")
            #expect(try await api.get("/api/v1/cases/999?lang=en").json.string("message") == "There is no case #999.")
            api.headers[.acceptLanguage] = "en-GB,en;q=0.9,vi;q=0.5"
            #expect(try await api.get("/api/v1/cases/999").json.string("message") == "There is no case #999.")
            api.headers[.acceptLanguage] = "fr-FR,vi;q=0.8,en;q=0.7"
            #expect(try await api.get("/api/v1/cases/999").json.string("message") == "Không có vụ việc #999.")
            api.headers[.acceptLanguage] = "en"
            #expect(try await api.get("/api/v1/cases/999?lang=vi").json.string("message") == "Không có vụ việc #999.")
        }
    }
}
