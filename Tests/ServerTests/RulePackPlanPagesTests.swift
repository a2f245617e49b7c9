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

/// The rule pack page (four-eyes: the store refuses the proposer's own decision, the page words it; after an
/// activation the server runs the new pack), the plan page, and the inspection page's steps and deadlines.
@Suite struct RulePackPlanPagesTests {
    /// The bundled pack with one comment added to `init.lua`: another hash, the same rules.
    static func edited(_ pack: RulePack, _ note: String) -> RulePack {
        RulePack(
            directory: "/edited",
            files: pack.files.map { file in
                guard file.path == "init.lua" else { return file }
                return RulePack.File(path: file.path, bytes: file.bytes + Array("\n-- \(note)\n".utf8))
            })
    }

    /// What the checks said of a proposal, as `rules propose` stores it.
    static let impact = ProposalImpact(
        checkErrors: 0, checkWarnings: 1, warnings: ["rules/penalty/catalog/nd125.lua:12: a warning of the check"],
        testsPassed: 41, testsFailed: 1, testFailures: ["rules/tests/penalty_fines.lua:30: a failing case"],
        comparedWith: String(repeating: "a", count: 64),
        diff: DiffTotals(
            cases: 7, casesChanged: 2, finesChanged: 2, decisionDueChanged: 0, paymentDueChanged: 1,
            oldTotalVND: 30_000_000, newTotalVND: 32_500_000))

    /// Proposes `pack` as `login` (which is given the `phap_che` role first when it lacks it).
    static func propose(_ pack: RulePack, by login: String, on bench: ServerBench) throws -> RulePackProposal {
        let admin = ServerBench.actingAs("quantri")
        if try bench.store.account(login: login)?.has(.legal) == false {
            _ = try Authorities(accounts: bench.store, authority: bench.store).grantRole(.legal, to: login, acting: admin)
        }
        let manifest = try RuleEngine(pack: pack).manifest
        return try RulePackApproval(store: bench.store, accounts: bench.store).propose(
            StoredRulePack(
                hash: pack.hash, name: manifest.name, version: manifest.version, recordedAt: "2026-11-23T08:00:00+07:00",
                files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) })),
            impact: impact, acting: ServerBench.actingAs(login))
    }

    @Test func aProposalIsShownWithItsImpactAndTheProposerCannotActivateIt() async throws {
        let bench = try ServerBench(followingActivePack: true)
        let candidate = Self.edited(bench.pack, "four-eyes")
        // The approver proposes it itself (it holds phap_che too): the store must refuse its own activation.
        let proposal = try Self.propose(candidate, by: "duyet_quy_tac", on: bench)
        let before = try bench.journalCount()
        let short = String(candidate.hash.prefix(12))
        try await bench.makeApplication().test(.router) { client in
            let author = Browser(client)
            try await author.signIn("phap_che")
            let seen = try await author.get("/rules")
            #expect(seen.status == .ok)
            #expect(seen.text.contains(short))
            #expect(seen.text.contains("Chờ duyệt"))
            #expect(seen.text.contains("41 đạt, 1 không đạt"))
            #expect(seen.text.contains("rules/tests/penalty_fines.lua:30: a failing case"))
            #expect(seen.text.contains("2 / 7 vụ việc thay đổi"))
            #expect(seen.text.contains(pageMoney(32_500_000)))
            #expect(seen.text.contains(String(bench.pack.hash.prefix(12))), "the pack the server runs")
            #expect(!seen.text.contains("/activate/preview"), "the author cannot decide")

            let approver = Browser(client)
            try await approver.signIn("duyet_quy_tac")
            let page = try await approver.get("/rules")
            #expect(page.text.contains("action=\"/rules/\(proposal.hash)/activate/preview\""))
            let previewed = try await approver.post("/rules/\(proposal.hash)/activate/preview", [:])
            #expect(previewed.status == .unprocessableContent)
            #expect(previewed.text.contains("nguyên tắc bốn mắt"))
            // Posted anyway, past the page's own check: the store refuses it inside its transaction.
            let forced = try await approver.post("/rules/\(proposal.hash)/activate", [:])
            #expect(forced.status == .unprocessableContent)
            #expect(
                forced.text.contains(
                    "duyet_quy_tac đã đề xuất bộ quy tắc \(short): một tài khoản khác phải duyệt hoặc từ chối (nguyên tắc bốn mắt)"))
        }
        #expect(try bench.journalCount() == before)
        #expect(try bench.store.activeRulePackHash() == nil)
    }

    @Test func anotherApproverActivatesAndTheServerRunsTheNewPackFromTheNextRequest() async throws {
        let bench = try ServerBench(followingActivePack: true)
        let candidate = Self.edited(bench.pack, "activated")
        let proposal = try Self.propose(candidate, by: "phap_che", on: bench)
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let approver = Browser(client)
            try await approver.signIn("duyet_quy_tac")
            try await approver.get("/rules")
            let preview = try await approver.post("/rules/\(proposal.hash)/activate/preview", [:])
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Xác nhận kích hoạt"))
            #expect(try bench.journalCount() == before, "a confirmation page writes nothing")
            let activated = try await approver.post("/rules/\(proposal.hash)/activate", [:])
            #expect(activated.status == .seeOther)
            let page = try await approver.get("/rules?done=activated")
            #expect(page.text.contains("<code id=\"running\">\(candidate.hash.prefix(12))</code>"), "the server runs it")
            #expect(page.text.contains("Đang hiệu lực"))
            #expect(page.text.contains("kích hoạt bởi duyet_quy_tac"))

            // The next change made from a page is journaled under the new pack.
            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            try await chief.get("/cases/\(bench.caseID.rawValue)/cancel")
            let cancelled = try await chief.post(
                "/cases/\(bench.caseID.rawValue)/cancel", ["cancelledOn": "2026-11-23", "reason": "Quyết định hủy bỏ 4/QĐ-HB"])
            #expect(cancelled.status == .seeOther)
        }
        #expect(try bench.store.activeRulePackHash() == candidate.hash)
        let entries = try bench.store.journal(after: 0, limit: 10_000).dropFirst(before)
        #expect(entries.map(\.command) == ["rules activate", "case cancel"])
        #expect(entries.first?.actor == "duyet_quy_tac")
        #expect(entries.last?.packHash == candidate.hash)
    }

    @Test func aRejectionNeedsItsReasonAndIsRecorded() async throws {
        let bench = try ServerBench(followingActivePack: true)
        let proposal = try Self.propose(Self.edited(bench.pack, "rejected"), by: "phap_che", on: bench)
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let approver = Browser(client)
            try await approver.signIn("duyet_quy_tac")
            try await approver.get("/rules")
            let noReason = try await approver.post("/rules/\(proposal.hash)/reject/preview", ["reason": " "])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("Từ chối cần ghi lý do"))
            let fields = ["reason": "Kiểm thử penalty_fines không đạt"]
            let preview = try await approver.post("/rules/\(proposal.hash)/reject/preview", fields)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("Kiểm thử penalty_fines không đạt"))
            #expect(try bench.journalCount() == before)
            #expect(try await approver.post("/rules/\(proposal.hash)/reject", fields).status == .seeOther)
            let page = try await approver.get("/rules")
            #expect(page.text.contains("Bị từ chối"))
            let twice = try await approver.post("/rules/\(proposal.hash)/activate", [:])
            #expect(twice.status == .unprocessableContent)
            #expect(twice.text.contains("không còn chờ duyệt"))
        }
        let stored = try #require(try bench.store.rulePackProposals().first)
        #expect(stored.status == .rejected)
        #expect(stored.reason == "Kiểm thử penalty_fines không đạt")
        #expect(try bench.store.journal(after: 0, limit: 10_000).dropFirst(before).map(\.command) == ["rules reject"])
    }

    @Test func thePlanPageShowsTheYearsEntriesWithTheirProgress() async throws {
        let bench = try ServerBench()
        let entry = PlanEntry(
            year: 2026, key: "KH-07", subjects: [bench.subjectID], content: "Việc chấp hành pháp luật về thuế",
            field: "thue", category: "thanh_tra", level: "thanh_tra_tinh", period: "2026-Q2",
            leadUnit: "Phòng Thanh tra 1", onsiteDays: 30)
        _ = try bench.store.loadPlan(
            year: 2026, entries: [entry], apply: true, openedOn: CalendarDate("2026-01-05")!,
            context: CommandContext(actor: "chanh_thanh_tra", timestamp: "2026-01-05T09:00:00+07:00"),
            deadlines: { _ in InspectionDeadlines() })
        let progress = try Registry(store: bench.store).planProgress(year: 2026)
        let inspection = try #require(progress.first?.inspectionID)
        let totals = PlanProgress.totals(progress)
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("lanh_dao")
            let page = try await browser.get("/plan?year=2026")
            #expect(page.status == .ok)
            #expect(page.text.contains("KH-07"))
            #expect(page.text.contains("Việc chấp hành pháp luật về thuế"))
            #expect(page.text.contains("href=\"/inspections/\(inspection.rawValue)\""))
            #expect(page.text.contains("Theo kế hoạch: \(totals.planned) · Đã ra quyết định: \(totals.opened) · Đã kết luận: \(totals.concluded)"))
            let empty = try await browser.get("/plan?year=2025")
            #expect(empty.text.contains("Năm này chưa có kế hoạch được nạp."))
            #expect(try await browser.get("/plan").text.contains("KH-07"), "this year by default")
        }
    }

    @Test func theInspectionPageShowsItsStepsAndDeadlinesWithWhetherEachIsMet() async throws {
        let bench = try ServerBench()
        let inspectorate = try bench.makeInspectorate()
        let day = CalendarDate("2026-11-23")!
        let decision = InspectionDecision(
            number: "21/QĐ-TTr", decidedOn: day, signerTitle: "chanh_thanh_tra", signerName: "Lê Văn Hùng",
            teamLead: "Trần Thị Mai", members: [])
        _ = try inspectorate.advance(
            bench.inspectionID, .decide(decision, subjects: [bench.subjectID]), on: day, acting: ServerBench.actingAs("chanh_thanh_tra"))
        let announced = try inspectorate.advance(
            bench.inspectionID, .announce, on: day, acting: ServerBench.actingAs("chanh_thanh_tra"))
        let due = try #require(announced.deadlines.onsiteDueOn)
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("truong_doan")
            let page = try await browser.get("/inspections/\(bench.inspectionID.rawValue)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Quyết định thanh tra 21/QĐ-TTr, người ký Lê Văn Hùng; trưởng đoàn Trần Thị Mai"))
            #expect(page.text.contains("<td>2026-11-23</td><td>Công bố quyết định thanh tra</td>"))
            #expect(page.text.contains("<td>Hạn kết thúc thanh tra trực tiếp</td><td>\(due)</td><td></td><td>còn \(day.days(to: due)) ngày</td>"))
        }
    }
}

/// An amount as the pages print it.
func pageMoney(_ amount: Int64) -> String { VND(amount).formatted(symbol: "₫") }
