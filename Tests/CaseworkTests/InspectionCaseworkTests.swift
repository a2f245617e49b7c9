import Foundation
import Testing
@testable import Casework

@Suite struct InspectionCaseworkTests {
    let today = CalendarDate("2026-12-31")!

    func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    func new(_ mode: Inspection.Mode) -> NewInspection {
        NewInspection(
            mode: mode, category: " hanh_chinh ", level: "tinh",
            ground: mode == .unscheduled ? InspectionGround(kind: .violationSigns, reference: " BB-3/2026 ") : nil,
            planEntry: mode == .scheduled ? PlanEntryReference(year: 2026, entryKey: "KH-2026-07") : nil,
            content: "Quản lý đất công", leadUnit: "Phòng 2", subjects: [1], openedOn: date("2026-03-02"))
    }

    /// An inspection at `state` whose steps so far all happened on 2026-03-0N, N growing with each step.
    func inspection(at state: Inspection.State) -> Inspection {
        var inspection = Inspection(
            id: 4, mode: .regular, category: "c", level: "l", content: "x", leadUnit: "u", subjects: [1],
            openedOn: date("2026-03-01"), state: state)
        let order: [Inspection.State] = [.open, .decided, .onsite, .onsiteEnded, .reported, .drafted, .concluded, .closed]
        let reached = order.firstIndex(of: state == .suspended ? .onsite : state)!
        if reached >= 1 {
            inspection.decision = InspectionDecision(
                number: "QĐ-1", decidedOn: date("2026-03-02"), signerTitle: "t", signerName: "n", teamLead: "L", members: [])
        }
        if reached >= 2 { inspection.timeline.announcedOn = date("2026-03-05") }
        if state == .suspended { inspection.timeline.suspensions = [Suspension(suspendedOn: date("2026-03-06"), reason: "r")] }
        if reached >= 3 { inspection.timeline.onsiteEndedOn = date("2026-03-07") }
        if reached >= 4 { inspection.timeline.reportedOn = date("2026-03-08") }
        if reached >= 5 { inspection.timeline.draftedOn = date("2026-03-09") }
        if reached >= 6 { inspection.timeline.conclusion = InspectionConclusion(number: "KL-1", concludedOn: date("2026-03-10")) }
        return inspection
    }

    @Test func eachModeNeedsItsOwnReference() throws {
        let unscheduled = try InspectionCasework.open(new(.unscheduled), today: today)
        #expect(unscheduled.ground == InspectionGround(kind: .violationSigns, reference: "BB-3/2026"))
        #expect(unscheduled.category == "hanh_chinh")
        #expect(try InspectionCasework.open(new(.scheduled), today: today).planEntry?.entryKey == "KH-2026-07")
        #expect(try InspectionCasework.open(new(.regular), today: today).ground == nil)

        var noEntry = new(.scheduled)
        noEntry.planEntry = nil
        #expect(throws: InputError(
            field: "plan-entry", message: "a scheduled inspection needs its plan entry (year and key)",
            advice: .givePlanEntry)) {
            try InspectionCasework.open(noEntry, today: today)
        }
        var blankReference = new(.unscheduled)
        blankReference.ground?.reference = "  "
        let error = try #require(throws: InputError.self) { try InspectionCasework.open(blankReference, today: today) }
        #expect(error.description == """
            error: the ground violationSigns needs the reference of its document
              --> field ground-ref
            """)
        #expect(error.advice == .giveGroundReference)
        var regularWithGround = new(.regular)
        regularWithGround.ground = InspectionGround(kind: .assignment, reference: "CV-1")
        #expect(throws: InputError.self) { try InspectionCasework.open(regularWithGround, today: today) }
        var future = new(.regular)
        future.openedOn = date("2027-01-01")
        #expect(throws: InputError.self) { try InspectionCasework.open(future, today: today) }
    }

    @Test func stepsMoveThroughTheLifecycleInOrder() throws {
        let decision = InspectionDecision(
            number: "QĐ-1", decidedOn: date("2026-03-02"), signerTitle: "t", signerName: "n", teamLead: "L", members: ["M"])
        let on = date("2026-03-20")
        #expect(try InspectionCasework.decide(inspection(at: .open), decision: decision, subjects: [1, 2], today: today)
            == InspectionUpdate(event: .decided(decision: decision, subjects: [2]), newState: .decided))
        #expect(try InspectionCasework.announce(inspection(at: .decided), on: on, today: today).newState == .onsite)
        #expect(try InspectionCasework.extend(inspection(at: .onsite), on: on, days: 10, reason: "r", today: today).newState == .onsite)
        #expect(try InspectionCasework.suspend(inspection(at: .onsite), on: on, reason: "r", today: today).newState == .suspended)
        #expect(try InspectionCasework.resume(inspection(at: .suspended), on: on, today: today).newState == .onsite)
        #expect(try InspectionCasework.endOnsite(inspection(at: .onsite), on: on, today: today).newState == .onsiteEnded)
        #expect(try InspectionCasework.report(inspection(at: .onsiteEnded), on: on, today: today).newState == .reported)
        #expect(try InspectionCasework.draft(inspection(at: .reported), on: on, today: today).newState == .drafted)
        #expect(try InspectionCasework.conclude(inspection(at: .drafted), number: "KL", on: on, today: today).newState == .concluded)
        #expect(try InspectionCasework.close(inspection(at: .concluded), on: on, today: today).newState == .closed)

        // Out of order: extending a suspended inspection, ending one that was never announced
        #expect(throws: InspectionError.self) {
            try InspectionCasework.extend(inspection(at: .suspended), on: on, days: 10, reason: "r", today: today)
        }
        #expect(throws: InspectionError.self) { try InspectionCasework.endOnsite(inspection(at: .decided), on: on, today: today) }
        #expect(throws: InspectionError.self) { try InspectionCasework.close(inspection(at: .drafted), on: on, today: today) }
    }

    @Test func aStepDatedBeforeAnEarlierStepNamesTheEarliestOneItPrecedes() throws {
        let error = try #require(throws: InspectionError.self) {
            try InspectionCasework.resume(inspection(at: .suspended), on: date("2026-03-04"), today: today)
        }
        #expect(error.message == "the resumption date 2026-03-04 is before the announcement on 2026-03-05")
        #expect(error.inspectionID == 4)
        #expect(throws: InspectionError.self) {
            try InspectionCasework.decide(
                inspection(at: .open),
                decision: InspectionDecision(
                    number: "QĐ", decidedOn: date("2026-02-28"), signerTitle: "t", signerName: "n", teamLead: "L", members: []),
                subjects: [], today: today)
        }
    }

    @Test func aDecisionNeedsItsTeamWithoutRepeats() throws {
        let repeated = InspectionDecision(
            number: "QĐ", decidedOn: date("2026-03-02"), signerTitle: "t", signerName: "n", teamLead: "Lê Văn Hùng",
            members: ["Phạm Thu Hà", " Lê Văn Hùng "])
        #expect(throws: InputError(field: "member", message: "Lê Văn Hùng is named twice", hint: "name each member once")) {
            try InspectionCasework.decide(inspection(at: .open), decision: repeated, subjects: [], today: today)
        }
        var noLead = repeated
        noLead.teamLead = " "
        #expect(throws: InputError.self) { try InspectionCasework.decide(inspection(at: .open), decision: noLead, subjects: [], today: today) }
        #expect(throws: InputError.self) {
            try InspectionCasework.extend(inspection(at: .onsite), on: date("2026-03-20"), days: 0, reason: "r", today: today)
        }
    }

    @Test func recommendationsCarryOnlyTheirKindsFigures() throws {
        let running = inspection(at: .reported)
        func recommend(_ kind: Recommendation.Kind, _ figures: RecommendationFigures, names: [String] = []) throws -> NewRecommendation {
            try InspectionCasework.recommend(running, NewRecommendation(kind: kind, description: "d", figures: figures, names: names))
        }
        _ = try recommend(.recovery, RecommendationFigures(landArea: LandArea(squareMetres: 5)))
        _ = try recommend(.handling, RecommendationFigures(collectives: 1, persons: 1), names: ["A", "B"])
        _ = try recommend(.transfer, RecommendationFigures(persons: 3, cases: 1))
        #expect(throws: InputError(field: "recommendation", message: "a recovery recommendation needs an amount or a land area")) {
            try recommend(.recovery, .zero)
        }
        #expect(throws: InputError(field: "recommendation", message: "a handling recommendation counts collectives and persons only")) {
            try recommend(.handling, RecommendationFigures(amountVND: VND(1), persons: 1))
        }
        #expect(throws: InputError(field: "recommendation", message: "a transfer recommendation needs at least one case")) {
            try recommend(.transfer, RecommendationFigures(persons: 1))
        }
        #expect(throws: InputError.self) { try recommend(.handling, RecommendationFigures(persons: 1), names: ["A", "B"]) }
        #expect(throws: InspectionError.self) {
            try InspectionCasework.recommend(
                running, NewRecommendation(kind: .recovery, findingID: 9, description: "d", figures: RecommendationFigures(amountVND: VND(1))))
        }
        #expect(throws: InspectionError.self) {
            try InspectionCasework.recommend(inspection(at: .concluded), NewRecommendation(kind: .transfer, description: "d", figures: RecommendationFigures(cases: 1)))
        }
    }

    /// How a handling recommendation handles them is its own; a recommendation of another kind cannot say it, and a
    /// handling recommendation without it is reported as xử lý hành chính.
    @Test func onlyAHandlingRecommendationSaysHowTheyAreHandled() throws {
        let running = inspection(at: .reported)
        let review = try InspectionCasework.recommend(
            running,
            NewRecommendation(
                kind: .handling, description: "Kiểm điểm trách nhiệm", figures: RecommendationFigures(collectives: 1),
                handling: .review))
        #expect(review.handling == .review)
        #expect(
            throws: InputError(
                field: "handling", message: "only a handling recommendation says how collectives and persons are handled")
        ) {
            try InspectionCasework.recommend(
                running,
                NewRecommendation(
                    kind: .transfer, description: "d", figures: RecommendationFigures(persons: 1, cases: 1),
                    handling: .discipline))
        }
        let unclassified = Recommendation(
            id: 1, inspectionID: running.id, kind: .handling, description: "d", figures: RecommendationFigures(persons: 1))
        #expect(unclassified.reportedHandling == .administrative)
        let recovery = Recommendation(
            id: 2, inspectionID: running.id, kind: .recovery, description: "d", figures: RecommendationFigures(amountVND: VND(1)))
        #expect(recovery.reportedHandling == nil)
    }

    /// A policy recommendation (hoàn thiện cơ chế, chính sách, pháp luật) counts documents and nothing else; no
    /// other kind counts documents; a follow-up recording more documents than recommended is refused.
    @Test func aPolicyRecommendationCountsDocumentsOnly() throws {
        let running = inspection(at: .reported)
        func recommend(_ kind: Recommendation.Kind, _ figures: RecommendationFigures) throws -> NewRecommendation {
            try InspectionCasework.recommend(running, NewRecommendation(kind: kind, description: "d", figures: figures))
        }
        #expect(try recommend(.policy, RecommendationFigures(documents: 2)).figures.documents == 2)
        #expect(throws: InputError(field: "recommendation", message: "a policy recommendation needs at least one document")) {
            try recommend(.policy, .zero)
        }
        #expect(throws: InputError(field: "recommendation", message: "a policy recommendation counts documents only")) {
            try recommend(.policy, RecommendationFigures(amountVND: VND(1), documents: 1))
        }
        #expect(throws: InputError(field: "recommendation", message: "only a policy recommendation counts documents")) {
            try recommend(.recovery, RecommendationFigures(amountVND: VND(1), documents: 1))
        }

        let concluded = inspection(at: .concluded)
        let policy = Recommendation(
            id: 1, inspectionID: concluded.id, kind: .policy, description: "Sửa quy chế",
            figures: RecommendationFigures(documents: 2),
            followUps: [
                FollowUp(id: 1, recommendationID: 1, doneOn: date("2026-04-01"), figures: RecommendationFigures(documents: 1))
            ])
        let today = try #require(concluded.timeline.conclusion?.concludedOn)
        let second = try InspectionCasework.recordFollowUp(
            concluded, on: policy, NewFollowUp(doneOn: today, figures: RecommendationFigures(documents: 1)), today: today)
        #expect(second.figures.documents == 1)
        let error = try #require(throws: InspectionError.self) {
            try InspectionCasework.recordFollowUp(
                concluded, on: policy, NewFollowUp(doneOn: today, figures: RecommendationFigures(documents: 2)), today: today)
        }
        #expect(error.message == "documents recorded above the recommendation: 1 before + 2 now > 2 recommended for recommendation #1")
    }

    /// The figures' JSON carries `documents` only when there are some: every other kind's JSON is as before.
    @Test func documentsAreWrittenOnlyWhenThereAreSome() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let recovery = String(decoding: try encoder.encode(RecommendationFigures(amountVND: VND(5))), as: UTF8.self)
        #expect(recovery == #"{"amountVND":5,"cases":0,"collectives":0,"landArea":0,"persons":0}"#)
        let policy = try encoder.encode(RecommendationFigures(documents: 3))
        #expect(String(decoding: policy, as: UTF8.self).contains(#""documents":3"#))
        #expect(try JSONDecoder().decode(RecommendationFigures.self, from: policy) == RecommendationFigures(documents: 3))
        let old = try JSONDecoder().decode(RecommendationFigures.self, from: Data(recovery.utf8))
        #expect(old == RecommendationFigures(amountVND: VND(5)))
    }

    @Test func theRecoveryRateIsInBasisPointsRoundedDown() {
        #expect(RecoveryRate.basisPoints(done: VND(1), of: VND(3)) == 3_333)
        #expect(RecoveryRate.basisPoints(done: VND(13_515), of: VND(19_611)) == 6_891)
        #expect(RecoveryRate.basisPoints(done: VND(5), of: .zero) == nil)
        #expect(RecoveryRate.basisPoints(done: VND(Int64.max), of: VND(Int64.max)) == 10_000)
        #expect(RecoveryRate.basisPoints(done: VND(Int64.max), of: VND(1)) == Int64.max)
    }

    @Test func errorsNameTheInspection() {
        let error = InspectionError("the conclusion is late", inspectionID: 7, hint: "ask for an extension")
        #expect(error.description == "error: the conclusion is late\n  --> inspection #7\n  help: ask for an extension")
        #expect(InspectionError("x").description == "error: x")
    }
}
