import Casework
import Testing

/// The plan's views through ``PlanStore``: progress per entry, the register, past inspections of subjects.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct PlanViewConformanceTests {
    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func planProgressCountsPlannedOpenedAndConcludedEntries(_ factory: StoreFactory) throws {
        // Given a five-entry plan whose inspections are open, decided, on-site, concluded and closed, and a withdrawn
        // sixth entry whose inspection is concluded
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test).id
            let entries = (1...6).map { PlanEntry.sample("2026-0\($0)", subjects: [subject]) }
            let ids = try store.load2026(entries).createdInspectionIDs
            let states: [Inspection.State] = [.open, .decided, .onsite, .concluded, .closed, .concluded]
            for (id, state) in zip(ids, states) { try store.advance(id, to: state) }
            try store.load2026(Array(entries.prefix(5)), apply: true)

            // When the plan's progress is read
            let progress = try store.planProgress(year: 2026)

            // Then each active entry shows its inspection and state, and the totals count opened as decided or later
            #expect(progress.map(\.entry) == Array(entries.prefix(5)))
            #expect(progress.map(\.inspectionID) == Array(ids.prefix(5)))
            #expect(progress.map(\.state) == [.open, .decided, .onsite, .concluded, .closed])
            #expect(progress.map(\.isOpened) == [false, true, true, true, true])
            #expect(progress.map(\.isConcluded) == [false, false, false, true, true])
            #expect(PlanProgress.totals(progress) == PlanProgress.Totals(planned: 5, opened: 4, concluded: 2))
            #expect(try store.planProgress(year: 2027) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func aScheduledInspectionOpenedByHandBeforeThePlanCarriesItsEntry(_ factory: StoreFactory) throws {
        // Given a scheduled inspection opened by hand for entry KH-2026-07 before the plan was loaded
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test).id
            let byHand = try store.makeInspection(.sample(.scheduled, openedOn: "2026-01-02", subjects: [subject]))

            // When the plan with that entry is loaded
            let result = try store.load2026([.sample("KH-2026-07", subjects: [subject])])

            // Then no second inspection is opened: the open one follows the entry and the progress shows it
            #expect(result.created == [])
            #expect(result.updated == [PlanLoadResult.Link(entryKey: "KH-2026-07", inspectionID: byHand.id, state: .open)])
            #expect(try store.planProgress(year: 2026).map(\.inspectionID) == [byHand.id])
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func thePlanViewHoldsTheRegisterAndTheInspectionsOfPreviousYears(_ factory: StoreFactory) throws {
        // Given three subjects and inspections opened in 2024, 2025 and 2026
        try factory.withStore { store in
            let a = try store.addSubject(.company(1), context: .test)
            let b = try store.addSubject(.company(2), context: .test)
            let c = try store.addSubject(.person(3, name: "Nguyễn Văn An"), context: .test)
            let in2024 = try store.makeInspection(
                .sample(.unscheduled, openedOn: "2024-06-03", subjects: [b.id, a.id]), through: .concluded,
                concludedOn: "2024-09-30")
            let in2025 = try store.makeInspection(.sample(.regular, openedOn: "2025-12-31", subjects: [c.id]))
            try store.makeInspection(.sample(.unscheduled, openedOn: "2026-01-01", subjects: [a.id]))

            // When a 2026 plan script's view is read
            let view = try store.inspectionView(forPlanYear: 2026)

            // Then it has every subject, and exactly the inspections opened before 2026, oldest first
            #expect(view.subjects == [a, b, c])
            #expect(
                view.past == [
                    PastInspection(
                        id: in2024.id, mode: .unscheduled, subjectIDs: [b.id, a.id], content: "Việc quản lý, sử dụng đất công",
                        field: "dat_dai", category: "hanh_chinh", openedOn: day("2024-06-03"), concludedOn: day("2024-09-30")),
                    PastInspection(
                        id: in2025.id, mode: .regular, subjectIDs: [c.id], content: "Việc quản lý, sử dụng đất công",
                        field: "dat_dai", category: "hanh_chinh", openedOn: day("2025-12-31")),
                ])
            #expect(try store.inspectionView(forPlanYear: 2024).past == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func inspectionsOfSubjectsAreThoseOfTheYearSharingASubjectExceptTheOneAsking(_ factory: StoreFactory) throws {
        // Given inspections of subjects A, B and C in 2025, 2026 and 2027
        try factory.withStore { store in
            let a = try store.addSubject(.company(1), context: .test).id
            let b = try store.addSubject(.company(2), context: .test).id
            let c = try store.addSubject(.company(3), context: .test).id
            try store.makeInspection(.sample(.unscheduled, openedOn: "2025-12-31", subjects: [a]))
            let firstOf2026 = try store.makeInspection(.sample(.regular, openedOn: "2026-01-01", subjects: [c, a]))
            let ofB = try store.makeInspection(
                .sample(.unscheduled, openedOn: "2026-05-04", subjects: [b]), through: .concluded, concludedOn: "2026-08-01")
            try store.makeInspection(.sample(.unscheduled, openedOn: "2026-06-01", subjects: [c]))
            let lastOf2026 = try store.makeInspection(.sample(.unscheduled, openedOn: "2026-12-31", subjects: [a]))
            _ = try store.openInspection(.sample(.unscheduled, openedOn: "2027-01-01", subjects: [a, b]), context: .test)

            // When the overlap check asks about A and B in 2026, for the last inspection of A
            let others = try store.inspectionsOfSubjects([b, a, a], year: 2026, excluding: lastOf2026.id)
            let all = try store.inspectionsOfSubjects([a, b], year: 2026, excluding: nil)

            // Then it gets exactly the other 2026 inspections of A or B, with all their subjects, oldest first
            #expect(others.map(\.id) == [firstOf2026.id, ofB.id])
            #expect(others.first?.subjectIDs == [c, a] && others.first?.mode == .regular)
            #expect(others.last?.concludedOn == day("2026-08-01"))
            #expect(all.map(\.id) == [firstOf2026.id, ofB.id, lastOf2026.id])
            #expect(try store.inspectionsOfSubjects([], year: 2026, excluding: nil) == [])
        }
    }
}
