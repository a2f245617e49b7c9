import Casework
import Testing

/// What happened to inspections in a half-open period (``InspectionStore/inspectionFlow(from:before:)``): carried
/// over, opened, concluded, and the totals of their results.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct InspectionFlowConformanceTests {
    /// Eight inspections around the period [2026-03-15, 2026-06-15), each named for what it tests.
    struct Given {
        let store: any InspectorateStore
        var ids: [String: Inspection.ID] = [:]

        init(in store: any InspectorateStore) throws {
            self.store = store
            let first = try store.addSubject(.company(1), context: .test).id
            let second = try store.addSubject(.company(2), context: .test).id
            /// Opens one inspection, takes it to `drafted` when it is to be concluded, lets `results` add to it, then
            /// concludes it on `concludedOn`.
            func make(
                _ name: String, _ mode: Inspection.Mode, opened: String, concluded: String? = nil,
                subjects: [Subject.ID] = [first], results: (Inspection.ID) throws -> Void = { _ in }
            ) throws {
                let inspection = try store.makeInspection(
                    .sample(mode, openedOn: opened), through: concluded == nil ? .onsite : .drafted, subjects: subjects)
                try results(inspection.id)
                if let concluded {
                    try store.step(inspection.id, "conclude") {
                        try InspectionCasework.conclude($0, number: "KL-\(name)", on: day(concluded), today: inspectionToday)
                    }
                }
                ids[name] = inspection.id
            }
            try make("beforeConcludedInside", .unscheduled, opened: "2026-01-10", concluded: "2026-04-01") { id in
                let finding = try store.addFinding(to: id, context: .test) {
                    try InspectionCasework.addFinding(
                        $0, NewFinding(subjectID: first, description: "Chi sai", category: "thu_chi",
                                       amountVND: VND(100_000_000), landArea: LandArea(squareDecimetres: 500)))
                }
                _ = try store.addRecommendation(to: id, context: .test) {
                    try InspectionCasework.recommend(
                        $0, NewRecommendation(kind: .recovery, findingID: finding.id, description: "Thu hồi",
                                              figures: RecommendationFigures(amountVND: VND(80_000_000))))
                }
            }
            try make("beforeConcludedAfter", .scheduled, opened: "2026-02-01", concluded: "2026-07-01") { id in
                _ = try store.addFinding(to: id, context: .test) {
                    try InspectionCasework.addFinding(
                        $0, NewFinding(subjectID: first, description: "Sai", category: "thu_chi", amountVND: VND(1_000_000_000)))
                }
            }
            try make("openedInside", .regular, opened: "2026-04-01")
            try make(
                "concludedOnFirstDay", .unscheduled, opened: "2026-03-01", concluded: "2026-03-15", subjects: [first, second]
            ) { id in
                _ = try store.addFinding(to: id, context: .test) {
                    try InspectionCasework.addFinding(
                        $0, NewFinding(subjectID: second, description: "Sai", category: "thu_chi", amountVND: VND(50_000_000)))
                }
                _ = try store.addRecommendation(to: id, context: .test) {
                    try InspectionCasework.recommend(
                        $0, NewRecommendation(kind: .handling, description: "Kiểm điểm",
                                              figures: RecommendationFigures(collectives: 1, persons: 2)))
                }
            }
            try make("concludedTheDayBefore", .scheduled, opened: "2026-01-01", concluded: "2026-03-14")
            try make("concludedOnBefore", .scheduled, opened: "2026-05-01", concluded: "2026-06-15")
            try make("openedOnBefore", .unscheduled, opened: "2026-06-15")
            try make("openedOnFirstDay", .regular, opened: "2026-03-15")

            // Follow-ups: two recoveries (inside, after) and one handling on the period's last day
            let recovery: Recommendation.ID = 1
            let handling: Recommendation.ID = 2
            for (recommendation, on, figures, receipt) in [
                (recovery, "2026-05-01", RecommendationFigures(amountVND: VND(30_000_000)), "KB-1"),
                (recovery, "2026-07-01", RecommendationFigures(amountVND: VND(20_000_000)), "KB-2"),
                (handling, "2026-06-14", RecommendationFigures(persons: 1), nil),
            ] {
                _ = try store.recordFollowUp(on: recommendation, context: .test) {
                    try InspectionCasework.recordFollowUp(
                        $0, on: $1, NewFollowUp(doneOn: day(on), figures: figures, receipt: receipt), today: inspectionToday)
                }
            }
        }

        func ids(_ names: String...) -> [Inspection.ID] { names.map { ids[$0]! }.sorted() }
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .subjects))
    func carriedOverOpenedAndConcludedFollowTheHalfOpenPeriod(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let flow = try given.store.inspectionFlow(from: day("2026-03-15"), before: day("2026-06-15"))

            // Opened before and not concluded by the first day: carried over, even when concluded on that very day
            #expect(flow.carriedOver.ids == given.ids("beforeConcludedInside", "beforeConcludedAfter", "concludedOnFirstDay"))
            #expect(flow.carriedOver.count == 3)
            #expect(flow.carriedOver.byMode == ModeCounts(scheduled: 1, unscheduled: 2, regular: 0))
            // Opened on the first day counts as opened; opened on `before` belongs to the next period
            #expect(flow.opened.ids == given.ids("openedInside", "concludedOnBefore", "openedOnFirstDay"))
            #expect(flow.opened.count == 3)
            #expect(flow.opened.byMode == ModeCounts(scheduled: 1, unscheduled: 0, regular: 2))
            // Concluded on the first day counts; concluded on `before` does not
            #expect(flow.concluded.ids == given.ids("beforeConcludedInside", "concludedOnFirstDay"))
            #expect(flow.concluded.byMode == ModeCounts(scheduled: 0, unscheduled: 2, regular: 0))
            #expect(flow.subjectsConcluded == 2)
        }
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .subjects))
    func theNextPeriodCarriesOverWhatThisOneLeftOpen(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let flow = try given.store.inspectionFlow(from: day("2026-06-15"), before: day("2026-09-15"))

            #expect(
                flow.carriedOver.ids
                    == given.ids("beforeConcludedAfter", "openedInside", "concludedOnBefore", "openedOnFirstDay"))
            #expect(flow.opened.ids == given.ids("openedOnBefore"))
            #expect(flow.concluded.ids == given.ids("beforeConcludedAfter", "concludedOnBefore"))
            #expect(flow.concluded.byMode == ModeCounts(scheduled: 2))
            #expect(flow.findings == FindingTotals(count: 1, amountVND: VND(1_000_000_000)))
            #expect(flow.done.recovery == RecommendationFigures(amountVND: VND(20_000_000)))
            #expect(flow.followedUp == given.ids("beforeConcludedInside"))
        }
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .subjects))
    func totalsCountFindingsAndRecommendationsUnderTheirConclusionAndFollowUpsByTheirDate(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let flow = try given.store.inspectionFlow(from: day("2026-03-15"), before: day("2026-06-15"))

            #expect(flow.findings == FindingTotals(count: 2, amountVND: VND(150_000_000), landArea: LandArea(squareDecimetres: 500)))
            #expect(
                flow.recommended
                    == RecommendationTotals(
                        recovery: RecommendationFigures(amountVND: VND(80_000_000)),
                        handling: RecommendationFigures(collectives: 1, persons: 2)))
            #expect(
                flow.done
                    == RecommendationTotals(
                        recovery: RecommendationFigures(amountVND: VND(30_000_000)),
                        handling: RecommendationFigures(persons: 1)))
            #expect(flow.followedUp == given.ids("beforeConcludedInside", "concludedOnFirstDay"))
            #expect(RecoveryRate.basisPoints(done: flow.done.recovery.amountVND, of: flow.recommended.recovery.amountVND) == 3_750)
        }
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .subjects))
    func aPeriodBeforeAnyInspectionIsEmpty(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let flow = try given.store.inspectionFlow(from: day("2025-01-01"), before: day("2025-12-31"))
            #expect(flow.carriedOver == InspectionCount() && flow.opened == InspectionCount() && flow.concluded == InspectionCount())
            #expect(flow.findings == FindingTotals() && flow.recommended == RecommendationTotals() && flow.done == RecommendationTotals())
        }
    }

    @Test(arguments: StoreFactory.implementing(.reports, .inspections, .subjects))
    func anEmptyPeriodIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let error = try #require(throws: StoreError.self) {
                try store.inspectionFlow(from: day("2026-03-15"), before: day("2026-03-15"))
            }
            #expect(
                error.description == """
                    error: the period 2026-03-15 … 2026-03-15 is empty: its end must be after its start
                      help: a period is half-open, [from, before): before is the first day after it
                    """)
        }
    }
}
