import Casework
import Foundation
import HTTPTypes
import HummingbirdTesting
import Inspectorate
import Testing

/// Several bodies sharing one store (`report.settings.bodies`): the report page offers them, a body's report counts
/// and drills down to its own cases only and is never filed, and the printed decision of a body's case is issued by
/// that body.
@Suite struct BodyReportPagesTests {
    /// A copy of the bundled pack listing the construction department's inspectorate (so_xd) and the finance
    /// department's (so_tc), in a temporary folder.
    static func packWithTwoBodies() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-bodies-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ServerBench.repository.appendingPathComponent("rules"), to: folder)
        let settings = folder.appendingPathComponent("report/settings.lua")
        let text = try String(contentsOf: settings, encoding: .utf8)
        #expect(text.contains("  bodies = {},"))
        try text.replacingOccurrences(
            of: "  bodies = {},",
            with: """
                  bodies = {
                    { code = "so_xd", vi = "Thanh tra Sở Xây dựng", en = "Department of Construction Inspectorate" },
                    { code = "so_tc", vi = "Thanh tra Sở Tài chính" },
                  },
                """
        ).write(to: settings, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aBodysReportCountsItsOwnCasesAndIsNotFiled() async throws {
        let pack = try Self.packWithTwoBodies()
        defer { try? FileManager.default.removeItem(at: pack) }
        let bench = try ServerBench(rules: pack)
        // Given a second case, of so_xd, decided in the same month as the bench's own (which names no body)
        let inspectorate = try bench.makeInspectorate()
        let day = { (text: String) in CalendarDate(text)! }
        let own = try inspectorate.openCase(
            subject: bench.subjectID, record: ViolationRecord(number: "BB-70/2026", madeOn: day("2026-10-20"), place: ""),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: day("2026-10-01"), endedOn: day("2026-10-01"),
                    detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), body: "so_xd", acting: ServerBench.actingAs("thanh_tra_vien")
        ).penaltyCase.id
        _ = try inspectorate.decideCase(
            own, number: "70/QĐ-XPHC", decidedOn: day("2026-10-26"), signerTitle: "chanh_thanh_tra_so",
            signerName: "Nguyễn Văn Bình", acting: ServerBench.actingAs("chanh_thanh_tra"))
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("bao_cao")
            // Then the whole store's page offers the bodies and can be filed
            let whole = try await browser.get("/reports?kind=monthly&spec=2026-11")
            #expect(whole.status == .ok)
            #expect(whole.text.contains("<option value=\"so_xd\">Thanh tra Sở Xây dựng</option>"), "\(whole.text)")
            #expect(whole.text.contains("action=\"/reports/file\""))
            // And so_xd's page has it selected, links its drill-down with the body, and offers no filing
            let mine = try await browser.get("/reports?kind=monthly&spec=2026-11&body=so_xd")
            #expect(mine.status == .ok)
            #expect(mine.text.contains("<option value=\"so_xd\" selected>Thanh tra Sở Xây dựng</option>"))
            #expect(!mine.text.contains("action=\"/reports/file\""), "a body's report is not filed")
            #expect(mine.text.contains("Thanh tra Sở Xây dựng"))
            // And its decisions are its own case only, the whole store's both
            let explain = "/reports/explain?figure=penalty.decisions&kind=monthly&spec=2026-11"
            let members = try await browser.get(explain + "&body=so_xd")
            #expect(members.text.contains("href=\"/cases/\(own.rawValue)\""))
            #expect(!members.text.contains("href=\"/cases/\(bench.caseID.rawValue)\""))
            let all = try await browser.get(explain)
            #expect(all.text.contains("href=\"/cases/\(own.rawValue)\"") && all.text.contains("href=\"/cases/\(bench.caseID.rawValue)\""))
            // And an unknown body is refused in words
            let unknown = try await browser.get("/reports?kind=monthly&spec=2026-11&body=so_yt")
            #expect(unknown.status == .unprocessableContent)

            // And the printed decision of so_xd's case is issued by it, the bench's by the reporting body
            let chief = Browser(client)
            try await chief.signIn("lanh_dao")
            let printed = try await chief.get("/cases/\(own.rawValue)/decision")
            #expect(printed.text.uppercased().contains("THANH TRA SỞ XÂY DỰNG"))
            let other = try await chief.get("/cases/\(bench.caseID.rawValue)/decision")
            #expect(!other.text.uppercased().contains("SỞ XÂY DỰNG"))
        }
    }
}
