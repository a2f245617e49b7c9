import Casework
import Inspectorate
import Rules
import Store
import Testing

/// The penalty case use cases over the SQLite store and the bundled pack, with the figures of
/// `ThanhtraTests/PenaltyCaseFlowTests` (two violations, one mitigating circumstance: 32.500.000 đ).
@Suite struct PenaltyCaseUseCaseTests {
    private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func opened(_ bench: Workbench) throws -> CaseOpened {
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        return try bench.inspectorate.openCase(
            subject: subject, record: ViolationRecord(number: "BB-12/2026", madeOn: day("2026-10-20"), place: "Hà Nội"),
            violations: [
                CaseViolation(code: "ND125-2020-D24-K4-b", sector: "", committedOn: day("2026-10-01"), endedOn: day("2026-10-01"), detectedOn: nil),
                CaseViolation(
                    code: "ND125-2020-D22-K2", sector: "", committedOn: day("2026-09-15"), endedOn: day("2026-09-15"), detectedOn: nil,
                    illegalGainVND: VND(12_000_000)),
            ],
            mitigating: ["tu_nguyen_khai_bao"], aggravating: [], facts: CaseFacts(), acting: acting)
    }

    @Test func aCaseOpensAgainstItsSubjectWithThePacksDecisionDeadline() throws {
        let bench = try Workbench()
        let result = try opened(bench)
        #expect(result.subject.name == "Công ty TNHH Minh Long")
        #expect(result.penaltyCase.state == .open)
        #expect(result.penaltyCase.violations.count == 2)
        #expect(result.penaltyCase.decisionDueOn > day("2026-10-20"))
        #expect(try bench.journal().last?.command == "case open")
    }

    @Test func aCaseAgainstAnUnknownSubjectIsRefused() throws {
        let bench = try Workbench()
        #expect(throws: InspectorateError.unknownSubject(Subject.ID(rawValue: 9))) {
            try bench.inspectorate.openCase(
                subject: Subject.ID(rawValue: 9), record: ViolationRecord(number: "BB-1", madeOn: day("2026-10-20"), place: "Hà Nội"),
                violations: [], mitigating: [], aggravating: [], facts: CaseFacts(), acting: acting)
        }
    }

    @Test func aPreviewStoresNothingAndADecisionStoresWhatItPreviewed() throws {
        let bench = try Workbench()
        let id = try opened(bench).penaltyCase.id
        let before = try bench.journal().count
        let preview = try bench.inspectorate.previewCase(id, decidedOn: day("2026-10-25"), signer: "chanh_thanh_tra_so", acting: acting)
        #expect(preview.totalFineVND == VND(32_500_000))
        #expect(preview.problems.isEmpty)
        #expect(try bench.journal().count == before)

        let decided = try bench.inspectorate.decideCase(
            id, number: "15/QĐ-XPHC", decidedOn: day("2026-10-25"), signerTitle: "chanh_thanh_tra_so",
            signerName: "Nguyễn Văn Bình", acting: acting)
        #expect(decided.state == .decided)
        #expect(decided.decision?.totalFineVND == preview.totalFineVND)
        #expect(try bench.journal().last?.command == "case decide")
    }

    @Test func aDecisionReplaysWithThePackThatMadeItAndAnAlteredPackIsRefused() throws {
        let bench = try Workbench()
        let id = try opened(bench).penaltyCase.id
        let registry = Registry(store: bench.store)
        #expect(throws: InspectorateError.noDecisionToReplay(id)) {
            try registry.replayDecision(of: id) { _ in bench.engine }
        }
        _ = try bench.inspectorate.decideCase(
            id, number: "15/QĐ-XPHC", decidedOn: day("2026-10-25"), signerTitle: "chanh_thanh_tra_so",
            signerName: "Nguyễn Văn Bình", acting: acting)
        var built: [String] = []
        let replay = try registry.replayDecision(of: id) { stored in
            built.append(stored.hash)
            return try RuleEngine(
                pack: RulePack(directory: "(stored)", files: stored.files.map { RulePack.File(path: $0.key, bytes: $0.value) }))
        }
        #expect(built == [bench.engine.pack.hash])
        #expect(replay.matches)
        #expect(replay.assessment.totalFineVND == VND(32_500_000))
        // A pack whose files no longer hash to the stored hash is refused, not trusted.
        let other = try Workbench(editing: ["init.lua": { $0 + "\n-- edited\n" }])
        #expect(throws: InspectorateError.storedPackAltered(packHash: bench.engine.pack.hash)) {
            try registry.replayDecision(of: id) { _ in other.engine }
        }
    }

    @Test func anUnknownCaseCannotBePreviewed() throws {
        let bench = try Workbench()
        #expect(throws: InspectorateError.unknownPenaltyCase(PenaltyCase.ID(rawValue: 5))) {
            try bench.inspectorate.previewCase(PenaltyCase.ID(rawValue: 5), decidedOn: nil, signer: nil, acting: acting)
        }
    }

    @Test func aDecisionBeyondTheSignersCompetenceWritesNothing() throws {
        let bench = try Workbench()
        let id = try opened(bench).penaltyCase.id
        let before = try bench.journal().count
        #expect(throws: PenaltyCaseError.self) {
            try bench.inspectorate.decideCase(
                id, number: "15/QĐ-XPHC", decidedOn: day("2026-10-25"), signerTitle: "thanh_tra_vien", signerName: "",
                acting: acting)
        }
        #expect(try bench.journal().count == before)
        #expect(try bench.inspectorate.penaltyCase(id).state == .open)
    }

    @Test func deliveryThenPaymentsSettleTheCase() throws {
        let bench = try Workbench()
        let id = try opened(bench).penaltyCase.id
        _ = try bench.inspectorate.decideCase(
            id, number: "15/QĐ-XPHC", decidedOn: day("2026-10-25"), signerTitle: "chanh_thanh_tra_so",
            signerName: "Nguyễn Văn Bình", acting: acting)
        let delivered = try bench.inspectorate.deliverCase(id, receivedOn: day("2026-10-27"), acting: acting)
        #expect(delivered.decision?.paymentDueOn == day("2026-11-06"))
        let partial = try bench.inspectorate.payCase(
            id, amountVND: VND(10_000_000), surchargeVND: .zero, paidOn: day("2026-11-10"), receipt: "BL-0001",
            acting: acting)
        #expect(partial.outstandingVND == VND(22_500_000))
        let settled = try bench.inspectorate.payCase(
            id, amountVND: VND(22_500_000), surchargeVND: VND(195_000), paidOn: day("2026-11-23"),
            receipt: "BL-0002", acting: acting)
        #expect(settled.state == .settled)
        #expect(settled.outstandingVND == .zero)
        #expect(try bench.journal().suffix(4).map(\.command) == ["case decide", "case deliver", "case pay", "case pay"])
    }

    @Test func aCancelledCaseStaysOnRecord() throws {
        let bench = try Workbench()
        let id = try opened(bench).penaltyCase.id
        let cancelled = try bench.inspectorate.cancelCase(id, on: nil, reason: "Nhầm đối tượng", acting: acting)
        #expect(cancelled.state == .cancelled)
        #expect(cancelled.cancellation?.cancelledOn == acting.today)
        #expect(try bench.inspectorate.penaltyCase(id).state == .cancelled)
    }
}

@Suite struct CaseReadingTests {
    @Test func anOpenCaseIsShownWithoutAskingThePolicy() throws {
        let bench = try Workbench()
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        let opened = try bench.inspectorate.openCase(
            subject: subject, record: ViolationRecord(number: "BB-1/2026", madeOn: CalendarDate("2026-10-20")!, place: "Hà Nội"),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: CalendarDate("2026-10-01")!,
                    endedOn: CalendarDate("2026-10-01")!, detectedOn: nil)
            ],
            mitigating: [], aggravating: [], facts: CaseFacts(), acting: acting
        ).penaltyCase
        let registry = Registry(store: bench.store)
        var asked = 0
        let details = try registry.details(of: try registry.penaltyCase(opened.id), asOf: acting.today) {
            asked += 1
            return bench.engine
        }
        #expect(asked == 0)
        #expect(details.subject?.id == subject)
        #expect(details.surcharge == nil)
        #expect(try registry.penaltyCases(PenaltyCaseFilter(state: .open)).map(\.id) == [opened.id])
        #expect(throws: InspectorateError.unknownPenaltyCase(PenaltyCase.ID(rawValue: 99))) {
            try registry.penaltyCase(PenaltyCase.ID(rawValue: 99))
        }
    }
}
