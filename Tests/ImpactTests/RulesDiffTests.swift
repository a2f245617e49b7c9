import Casework
import Foundation
import GRDB
import Rules
import Testing

@testable import Store

@Suite("rules diff: what a candidate pack changes")
struct RulesDiffTests {
    /// Every selected case, read the way the diff reads them.
    func snapshots(_ store: SQLiteStore, _ selection: CaseSelection = CaseSelection()) throws -> [CaseSnapshot] {
        try store.readCaseSnapshots { read in try read(selection, 0..<Int64.max) }
    }

    @Test func theSamePackChangesNothing() throws {
        let (store, pool) = try Fixtures.store(cases: 400)
        let report = try RulesDiff.run(
            reader: store, selection: CaseSelection(), current: pool,
            candidate: try RuleEnginePool(pack: try Fixtures.bundledPack(), workers: 2), today: Fixtures.today,
            chunkSize: 64)
        #expect(report.changes.isEmpty)
        #expect(report.totals.cases == (try snapshots(store)).count)
        #expect(report.totals.cases > 300)
        #expect(report.totals.oldTotalVND == report.totals.newTotalVND)
        #expect(report.totals.oldTotalVND > 0)
    }

    @Test func onePoolAsBothPacksWorks() throws {
        let (store, pool) = try Fixtures.store(cases: 120)
        let report = try RulesDiff.run(
            reader: store, selection: CaseSelection(), current: pool, candidate: pool, today: Fixtures.today, chunkSize: 16)
        #expect(report.changes.isEmpty && report.totals.cases > 90)
    }

    @Test func aFrameChangeMovesExactlyTheCasesWithThatCodeWhoseFineComesFromTheFrame() throws {
        // Given 600 cases decided (or open) under the bundled pack, and a candidate raising one frame by 1 million.
        let (store, pool) = try Fixtures.store(cases: 600)
        let candidatePack = try Fixtures.raisedFramePack()
        let candidate = try RuleEnginePool(pack: candidatePack, workers: 2)

        // When the diff runs over every case, in small ranges on two workers.
        let report = try RulesDiff.run(
            reader: store, selection: CaseSelection(), current: pool, candidate: candidate, today: Fixtures.today,
            chunkSize: 50)

        // Then the changed cases are exactly those the full assessment (the slow path) moves, each has the code,
        // and a line of that code rises by 1 million đồng or half of it (an individual's half frame), never falls.
        let engine = try RuleEngine(pack: candidatePack)
        let current = try RuleEngine(pack: try Fixtures.bundledPack())
        var expected: [PenaltyCase.ID: (old: VND, new: VND)] = [:]
        var allOld: Int64 = 0
        var allNew: Int64 = 0
        for snapshot in try snapshots(store) {
            let request = { (decidedOn: CalendarDate?, today: CalendarDate) in
                AssessmentRequest(
                    violator: snapshot.violatorKind, facts: snapshot.facts, recordOn: snapshot.recordOn,
                    decidedOn: decidedOn, today: today, signer: nil, mitigating: snapshot.mitigating,
                    aggravating: snapshot.aggravating, violations: snapshot.violations)
            }
            let old: VND
            let new: VND
            if let decision = snapshot.decision {
                old = decision.totalFineVND
                new = try engine.assess(request(decision.decidedOn, decision.decidedOn)).totalFineVND
            } else {
                old = try current.assess(request(nil, Fixtures.today)).totalFineVND
                new = try engine.assess(request(nil, Fixtures.today)).totalFineVND
            }
            allOld += old.rawValue
            allNew += new.rawValue
            if old != new { expected[snapshot.id] = (old, new) }
            #expect(old == new || snapshot.violations.contains { $0.code == Fixtures.changedCode })
        }
        #expect(!expected.isEmpty)
        #expect(report.changes.map(\.caseID) == expected.keys.sorted { $0.rawValue < $1.rawValue })
        for change in report.changes {
            let fine = try #require(change.fine)
            #expect(fine.old == expected[change.caseID]?.old && fine.new == expected[change.caseID]?.new)
            #expect(change.fineDifferenceVND > 0 && change.fineDifferenceVND % 250_000 == 0)
            #expect(change.decisionDueOn == nil && change.paymentDueOn == nil && change.newProblems.isEmpty)
        }

        // And the totals add up: per case, overall and by sector.
        let totals = report.totals
        #expect(totals.casesChanged == report.changes.count && totals.finesChanged == report.changes.count)
        #expect(totals.oldTotalVND == allOld && totals.newTotalVND == allNew)
        #expect(totals.differenceVND == report.changes.reduce(0) { $0 + $1.fineDifferenceVND })
        #expect(report.sectors.reduce(0) { $0 + $1.oldTotalVND } == totals.oldTotalVND)
        #expect(report.sectors.reduce(0) { $0 + $1.newTotalVND } == totals.newTotalVND)
        let invoices = try #require(report.sectors.first { $0.sector == "hoa_don" })
        #expect(invoices.differenceVND == totals.differenceVND)
        #expect(invoices.casesChanged == totals.casesChanged)
        #expect(report.sectors.filter { $0.sector != "hoa_don" }.allSatisfy { $0.differenceVND == 0 && $0.casesChanged == 0 })
    }

    @Test func aPeriodAndStatesSelectTheCasesCompared() throws {
        let (store, pool) = try Fixtures.store(cases: 300)
        let from = CalendarDate(year: 2024, month: 1, day: 1)!
        let before = CalendarDate(year: 2025, month: 1, day: 1)!
        let selection = CaseSelection(states: [.decided], recordFrom: from, recordBefore: before)
        let report = try RulesDiff.run(
            reader: store, selection: selection, current: pool,
            candidate: try RuleEnginePool(pack: try Fixtures.raisedFramePack(), workers: 2), today: Fixtures.today)
        let selected = try snapshots(store, selection)
        #expect(report.totals.cases == selected.count)
        #expect(selected.allSatisfy { $0.state == .decided && from <= $0.recordOn && $0.recordOn < before })
        #expect(report.changes.allSatisfy { change in selected.contains { $0.id == change.caseID } })
        #expect(report.selection.states == [.decided] && report.selection.recordFrom == from)
    }

    @Test func aLongerPaymentPeriodMovesThePaymentDueDateOfDeliveredDecisionsOnly() throws {
        let (store, pool) = try Fixtures.store(cases: 200)
        let candidate = try Fixtures.bundledPack(editing: "penalty/payment.lua") {
            $0.replacingOccurrences(of: "deadlines.days_after(\"payment\", request.received_on, 10)", with: "deadlines.days_after(\"payment\", request.received_on, 15)")
        }
        let report = try RulesDiff.run(
            reader: store, selection: CaseSelection(), current: pool, candidate: try RuleEnginePool(pack: candidate),
            today: Fixtures.today)
        let delivered = try snapshots(store).filter { $0.decision?.receivedOn != nil }
        // Each last day is rolled over a rest day or holiday (Điều 148 k5): where the 10th and the 15th day roll to
        // the same working day (both inside Tết, say) the due date does not move.
        let (current, longer) = (try RuleEngine(pack: try Fixtures.bundledPack()), try RuleEngine(pack: candidate))
        let moved = try delivered.filter { snapshot in
            let decision = snapshot.decision!
            return try current.paymentDueDate(violator: snapshot.violatorKind, decidedOn: decision.decidedOn, receivedOn: decision.receivedOn!)
                != longer.paymentDueDate(violator: snapshot.violatorKind, decidedOn: decision.decidedOn, receivedOn: decision.receivedOn!)
        }
        #expect(report.totals.paymentDueChanged == moved.count)
        #expect(moved.count > delivered.count * 9 / 10)
        #expect(report.totals.finesChanged == 0 && report.totals.decisionDueChanged == 0)
        // Five more days, each last day rolled over a rest day or holiday (Điều 148 k5): the due date moves later,
        // by five days or by a few more or less when one of the two last days falls on a day off.
        #expect(report.changes.allSatisfy { $0.paymentDueShiftDays > 0 && $0.fine == nil })
    }

    @Test func theRecordedBaselineShowsADecisionThatDiffersFromThePackWhileTheCurrentBaselineDoesNot() throws {
        // Given one decided case whose stored total was recorded 1 đồng higher than the pack computes.
        let (store, pool) = try Fixtures.store(cases: 60)
        let decided = try #require(try snapshots(store).first { $0.state == .decided && $0.decision!.totalFineVND > .zero })
        try store.perform("test tamper", payload: ["case": decided.id.rawValue], context: .init(actor: "t", timestamp: "t")) { db in
            try db.execute(
                sql: "UPDATE penaltyDecision SET totalFineVND = totalFineVND + 1 WHERE caseId = ?", arguments: [decided.id.rawValue])
        }
        let same = try RuleEnginePool(pack: try Fixtures.bundledPack())
        let recorded = try RulesDiff.run(reader: store, selection: CaseSelection(), current: pool, candidate: same, today: Fixtures.today)
        #expect(recorded.changes.map(\.caseID) == [decided.id])
        #expect(recorded.changes.first?.fineDifferenceVND == -1)
        let current = try RulesDiff.run(
            reader: store, selection: CaseSelection(), current: pool, candidate: same, today: Fixtures.today, baseline: .current)
        #expect(current.changes.isEmpty)
    }

    @Test func aCandidateThatFailsOnACaseNamesTheCaseAndTheRuleLine() throws {
        let (store, pool) = try Fixtures.store(cases: 40)
        let broken = try Fixtures.bundledPack(editing: "penalty/amount.lua") {
            $0.replacingOccurrences(
                of: "local average = (min + max) // 2", with: "local average = (min + max) // 2\n  if violator == \"organization\" then error(\"broken on purpose\") end")
        }
        let error = try #require(throws: RuleError.self) {
            try RulesDiff.run(
                reader: store, selection: CaseSelection(), current: pool, candidate: try RuleEnginePool(pack: broken),
                today: Fixtures.today)
        }
        #expect(error.file == "rules/penalty/amount.lua")
        #expect(error.message.hasPrefix("broken on purpose (case #"))
        #expect(error.message.contains(", record BB-"))
    }

    @Test func aMalformedAnswerIsLocatedAtTheRulesReturn() throws {
        let (store, pool) = try Fixtures.store(cases: 20)
        let floatFine = try Fixtures.bundledPack(editing: "penalty/policy.lua") {
            $0.replacingOccurrences(of: "fine_vnd = fine, warning = warning", with: "fine_vnd = fine + 0.5, warning = warning")
        }
        let error = try #require(throws: RuleError.self) {
            try RulesDiff.run(
                reader: store, selection: CaseSelection(), current: pool, candidate: try RuleEnginePool(pack: floatFine),
                today: Fixtures.today)
        }
        #expect(error.kind == .badResult)
        // penalty.assess returns what penalty/assessment.lua builds: the return that carried the float.
        #expect(error.file == "rules/penalty/assessment.lua")
        #expect(error.message.contains("fine_vnd"))
    }

    @Test func theFastPathGivesTheFiguresOfTheFullAssessment() throws {
        let (store, _) = try Fixtures.store(cases: 150, seed: 11)
        let engine = try RuleEngine(pack: try Fixtures.bundledPack())
        for snapshot in try snapshots(store) {
            for decidedOn in [nil, snapshot.decision?.decidedOn] as [CalendarDate?] {
                let figures = try engine.assessFigures(snapshot, decidedOn: decidedOn, today: Fixtures.today)
                let full = try engine.assess(
                    AssessmentRequest(
                        violator: snapshot.violatorKind, facts: snapshot.facts, recordOn: snapshot.recordOn,
                        decidedOn: decidedOn, today: Fixtures.today, signer: nil, mitigating: snapshot.mitigating,
                        aggravating: snapshot.aggravating, violations: snapshot.violations))
                #expect(figures.totalFineVND == full.totalFineVND)
                #expect(figures.lineFinesVND == full.lines.map(\.fine.fineVND))
                #expect(figures.decisionDueOn == full.decisionDueOn)
                #expect(figures.problemCodes == full.problems.map(\.code))
            }
            if let decision = snapshot.decision, let received = decision.receivedOn {
                #expect(
                    try engine.paymentDueDate(violator: snapshot.violatorKind, decidedOn: decision.decidedOn, receivedOn: received)
                        == (try engine.paymentDue(violator: snapshot.violatorKind, decidedOn: decision.decidedOn, receivedOn: received)).date)
                // Ten days from receipt, the last day rolled over a rest day or holiday (Điều 148 k5).
                #expect(decision.paymentDueOn == (try engine.paymentDue(violator: snapshot.violatorKind, decidedOn: decision.decidedOn, receivedOn: received)).date)
                #expect(decision.paymentDueOn.map { $0 >= received.adding(days: 10) } == true)
            }
        }
    }
}
