import Casework
import Testing

/// Follow-ups of recommendations through ``InspectionStore``: what is recorded above a recommendation, receipts
/// recorded once, dates before the conclusion, and an intact journal through a series of them.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct FollowUpConformanceTests {
    /// A concluded inspection with a recovery of 100.000.000 đ and 10 m², and a transfer of 1 case and 2 persons.
    struct Given {
        let store: any InspectorateStore
        let inspection: Inspection.ID
        let recovery: Recommendation.ID
        let transfer: Recommendation.ID

        init(in store: any InspectorateStore) throws {
            self.store = store
            let subject = try store.addSubject(.company(1), context: .test).id
            inspection = try store.makeInspection(.sample(openedOn: "2026-03-02"), through: .drafted, subjects: [subject]).id
            recovery = try store.addRecommendation(to: inspection, context: .test) {
                try InspectionCasework.recommend(
                    $0, NewRecommendation(kind: .recovery, description: "Thu hồi",
                                          figures: RecommendationFigures(amountVND: VND(100_000_000), landArea: LandArea(squareMetres: 10))))
            }.id
            transfer = try store.addRecommendation(to: inspection, context: .test) {
                try InspectionCasework.recommend(
                    $0, NewRecommendation(kind: .transfer, description: "Chuyển điều tra", figures: RecommendationFigures(persons: 2, cases: 1)))
            }.id
            try store.step(inspection, "conclude") {
                try InspectionCasework.conclude($0, number: "KL-1", on: day("2026-04-01"), today: inspectionToday)
            }
        }

        @discardableResult
        func record(
            _ recommendation: Recommendation.ID, _ figures: RecommendationFigures, on: String = "2026-05-01",
            receipt: String? = nil, allowOver: String? = nil
        ) throws -> FollowUp {
            try store.recordFollowUp(on: recommendation, context: .test) {
                try InspectionCasework.recordFollowUp(
                    $0, on: $1, NewFollowUp(doneOn: day(on), figures: figures, receipt: receipt), allowOver: allowOver,
                    today: inspectionToday)
            }
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func recoveryAboveTheRecommendationIsRefusedAndNothingIsStored(_ factory: StoreFactory) throws {
        // Given 60.000.000 đ already recovered
        try factory.withStore { store in
            let given = try Given(in: store)
            try given.record(given.recovery, RecommendationFigures(amountVND: VND(60_000_000)), receipt: "KB-1")
            let before = try given.store.inspection(id: given.inspection)
            let count = try given.store.journalCount()

            // When 50.000.000 đ more is recorded
            let error = try #require(throws: InspectionError.self) {
                try given.record(given.recovery, RecommendationFigures(amountVND: VND(50_000_000)), receipt: "KB-2")
            }

            // Then it is refused with the figures, and nothing is stored
            #expect(
                error.description == """
                    error: money recorded above the recommendation: 60.000.000 đ before + 50.000.000 đ now > 100.000.000 đ recommended for recommendation #1
                      --> inspection #1
                    """)
            #expect(error.advice == .allowOver)
            #expect(try given.store.inspection(id: given.inspection) == before)
            #expect(try given.store.journalCount() == count)
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func recoveryAboveTheRecommendationIsStoredWhenAllowedWithAReason(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            try given.record(given.recovery, RecommendationFigures(amountVND: VND(60_000_000)), receipt: "KB-1")
            let over = try given.record(
                given.recovery, RecommendationFigures(amountVND: VND(50_000_000)), receipt: "KB-2",
                allowOver: " Thu thêm tiền lãi theo quyết định 12/QĐ ")

            #expect(over.overReason == "Thu thêm tiền lãi theo quyết định 12/QĐ")
            let recommendation = try #require(try given.store.inspection(id: given.inspection)?.recommendations.first)
            #expect(recommendation.done.amountVND == VND(110_000_000))
            #expect(recommendation.recoveryRateBasisPoints == 11_000)
            #expect(recommendation.followUps.map(\.overReason) == [nil, "Thu thêm tiền lãi theo quyết định 12/QĐ"])
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func anEmptyReasonDoesNotAllowRecordingOver(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let error = try #require(throws: InputError.self) {
                try given.record(given.recovery, RecommendationFigures(amountVND: VND(100_000_001)), receipt: "KB-1", allowOver: "  ")
            }
            #expect(error.field == "allow-over")
            #expect(try given.store.inspection(id: given.inspection)?.recommendations.first?.followUps == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func landAndCountsAreCheckedLikeMoney(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let land = try #require(throws: InspectionError.self) {
                try given.record(given.recovery, RecommendationFigures(landArea: LandArea(squareDecimetres: 1_001)))
            }
            #expect(land.message == "land recorded above the recommendation: 0 m² before + 10,01 m² now > 10 m² recommended for recommendation #1")
            try given.record(given.transfer, RecommendationFigures(persons: 1, cases: 1))
            let persons = try #require(throws: InspectionError.self) {
                try given.record(given.transfer, RecommendationFigures(persons: 2))
            }
            #expect(persons.message == "persons recorded above the recommendation: 1 before + 2 now > 2 recommended for recommendation #2")
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func moneyRecoveredNeedsAReceiptRecordedOnce(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let missing = try #require(throws: InputError.self) {
                try given.record(given.recovery, RecommendationFigures(amountVND: VND(1_000)))
            }
            #expect(missing.description == """
                error: money recorded as done needs its receipt
                  --> field receipt
                """)
            #expect(missing.advice == .giveFollowUpReceipt)
            try given.record(given.recovery, RecommendationFigures(amountVND: VND(1_000)), receipt: "KB-7")
            let count = try given.store.journalCount()
            let duplicate = try #require(throws: StoreError.self) {
                try given.record(given.recovery, RecommendationFigures(amountVND: VND(1_000)), receipt: "KB-7")
            }
            #expect(duplicate.description == """
                error: receipt KB-7 is already recorded for recommendation #1 of inspection #1
                  help: each receipt is recorded once
                """)
            #expect(try given.store.journalCount() == count)
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aFollowUpBeforeTheConclusionIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let error = try #require(throws: InspectionError.self) {
                try given.record(given.transfer, RecommendationFigures(cases: 1), on: "2026-03-31")
            }
            #expect(error.message == "the follow-up date 2026-03-31 is before the conclusion on 2026-04-01")
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func theJournalStaysIntactThroughASeriesOfFollowUps(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            for index in 1...5 {
                try given.record(given.recovery, RecommendationFigures(amountVND: VND(10_000_000)), receipt: "KB-\(index)")
            }
            _ = try? given.record(given.recovery, RecommendationFigures(amountVND: VND(60_000_000)), receipt: "KB-9")
            let entries = try given.store.journal(after: 0, limit: 100)
            #expect(entries.suffix(5).map(\.command) == Array(repeating: "follow-up record", count: 5))
            #expect(try given.store.verifyJournal() == .intact(entries: Int64(entries.count), head: entries.last!.hash))
        }
    }
}
