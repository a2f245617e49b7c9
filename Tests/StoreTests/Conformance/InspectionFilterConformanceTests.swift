import Casework
import Testing

/// Each criterion of ``InspectionFilter`` through ``InspectionStore``, newest opening first.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct InspectionFilterConformanceTests {
    /// Five inspections of different modes, categories, levels, subjects and stages, with due dates.
    struct Given {
        let store: any InspectorateStore
        let first: Subject.ID
        let second: Subject.ID

        init(in store: any InspectorateStore) throws {
            self.store = store
            first = try store.addSubject(.company(1), context: .test).id
            second = try store.addSubject(.company(2), context: .test).id
            let due = InspectionDeadlines(
                onsiteDueOn: day("2026-04-30"), reportDueOn: day("2026-05-20"), conclusionDueOn: day("2026-06-10"))
            // #1 on site, #2 on-site ended, #3 reported, #4 concluded, #5 open
            try store.makeInspection(.sample(.unscheduled, openedOn: "2026-03-01", deadlines: due), through: .onsite, subjects: [first])
            try store.makeInspection(
                .sample(.scheduled, openedOn: "2026-03-10", category: "chuyen_nganh", deadlines: due), through: .onsiteEnded,
                subjects: [second])
            try store.makeInspection(
                .sample(.regular, openedOn: "2026-04-01", level: "so", deadlines: due), through: .reported,
                subjects: [first, second])
            try store.makeInspection(.sample(.unscheduled, openedOn: "2026-05-01", deadlines: due), through: .concluded, subjects: [first])
            try store.makeInspection(.sample(.scheduled, openedOn: "2026-06-01", subjects: [second]))
        }

        func ids(_ filter: InspectionFilter) throws -> [Inspection.ID] { try store.inspections(filter).map(\.id) }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func everyCriterionSelectsNewestOpeningFirst(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            #expect(try given.ids(InspectionFilter()) == [5, 4, 3, 2, 1])
            #expect(try given.ids(InspectionFilter(state: .onsiteEnded)) == [2])
            #expect(try given.ids(InspectionFilter(mode: .unscheduled)) == [4, 1])
            #expect(try given.ids(InspectionFilter(mode: .regular)) == [3])
            #expect(try given.ids(InspectionFilter(category: "chuyen_nganh")) == [2])
            #expect(try given.ids(InspectionFilter(level: "so")) == [3])
            #expect(try given.ids(InspectionFilter(subjectID: given.second)) == [5, 3, 2])
            #expect(try given.ids(InspectionFilter(openedFrom: day("2026-03-10"), openedBefore: day("2026-05-01"))) == [3, 2])
            #expect(try given.ids(InspectionFilter(mode: .scheduled, subjectID: given.second)) == [5, 2])
            #expect(try given.ids(InspectionFilter(limit: 2)) == [5, 4])
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func overdueFiltersLookAtTheStepStillDue(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            // On the due day nothing is overdue yet; the day after, only the inspection still at that step is
            #expect(try given.ids(InspectionFilter(onsiteOverdueAsOf: day("2026-04-30"))) == [])
            #expect(try given.ids(InspectionFilter(onsiteOverdueAsOf: day("2026-05-01"))) == [1])
            #expect(try given.ids(InspectionFilter(reportOverdueAsOf: day("2026-05-21"))) == [2])
            #expect(try given.ids(InspectionFilter(conclusionOverdueAsOf: day("2026-06-11"))) == [3, 2])
            #expect(try given.ids(InspectionFilter(conclusionOverdueAsOf: day("2026-06-10"))) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aSuspendedInspectionIsNotOverdueOnSite(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            try given.store.step(1, "suspend") {
                try InspectionCasework.suspend($0, on: day("2026-04-01"), reason: "Bất khả kháng", today: inspectionToday)
            }
            #expect(try given.ids(InspectionFilter(onsiteOverdueAsOf: day("2026-05-01"))) == [])
            #expect(try given.ids(InspectionFilter(state: .suspended)) == [1])
        }
    }
}
