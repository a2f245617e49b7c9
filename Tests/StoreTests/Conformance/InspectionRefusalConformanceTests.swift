import Casework
import Foundation
import Testing

/// Each refusal of an inspection command says what is wrong and stores nothing: no change and no journal entry
/// (``InspectionStore``, with the checks of ``InspectionCasework``).
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct InspectionRefusalConformanceTests {
    /// A store with one subject and one inspection taken to `state`, and a snapshot of its rows and journal.
    struct Given {
        let store: any InspectorateStore
        let subject: Subject
        let inspection: Inspection
        let journalCount: Int

        init(through state: Inspection.State, in store: any InspectorateStore) throws {
            self.store = store
            subject = try store.addSubject(.company(1), context: .test)
            inspection = try store.makeInspection(.sample(openedOn: "2026-03-02", subjects: [subject.id]), through: state)
            journalCount = try store.journalCount()
        }

        /// Nothing changed since `init`: the inspection reads back the same, the journal has no new entry and is
        /// intact.
        func expectNothingStored(sourceLocation: SourceLocation = #_sourceLocation) throws {
            #expect(try store.inspection(id: inspection.id) == inspection, sourceLocation: sourceLocation)
            #expect(try store.journalCount() == journalCount, sourceLocation: sourceLocation)
            if case .broken = try store.verifyJournal() { Issue.record("journal broken", sourceLocation: sourceLocation) }
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func concludingAnInspectionStillOnSiteIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(through: .onsite, in: store)
            let error = try #require(throws: InspectionError.self) {
                try given.store.step(given.inspection.id, "conclude") {
                    try InspectionCasework.conclude($0, number: "KL-1", on: day("2026-03-10"), today: inspectionToday)
                }
            }
            #expect(
                error.description == """
                    error: inspection #1 is onsite; only an inspection that is drafted can be concluded
                      --> inspection #1
                    """)
            #expect(error.advice == .seeInspection(1))
            try given.expectNothingStored()
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aDateInTheFutureIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(through: .decided, in: store)
            let error = try #require(throws: InputError.self) {
                try given.store.step(given.inspection.id, "announce") {
                    try InspectionCasework.announce($0, on: day("2027-01-01"), today: inspectionToday)
                }
            }
            #expect(
                error.description == """
                    error: 2027-01-01 is in the future (today is 2026-12-31)
                      --> field on
                      help: record facts once they have happened
                    """)
            try given.expectNothingStored()
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aStepRecordedTwiceIsRefusedByTheStore(_ factory: StoreFactory) throws {
        // Given an announced inspection, and a caller that skips Casework
        try factory.withStore { store in
            let given = try Given(through: .onsite, in: store)
            let error = try #require(throws: StoreError.self) {
                try given.store.step(given.inspection.id, "announce") { _ in
                    InspectionUpdate(event: .announced(on: day("2026-03-03")), newState: .onsite)
                }
            }
            #expect(error.refusal == .stepAlreadyRecorded(given.inspection.id, step: "announcement"))
            #expect(
                error.description == """
                    error: inspection #1 already has its announcement
                      help: each step is recorded once
                    """)
            try given.expectNothingStored()
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aStateThatContradictsTheStepsIsRefusedByTheSchema(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(through: .decided, in: store)
            let error = try #require(throws: StoreError.self) {
                try given.store.step(given.inspection.id, "announce") { _ in
                    InspectionUpdate(event: .announced(on: day("2026-03-03")), newState: .concluded)
                }
            }
            #expect(error.kind == .invalid)
            try given.expectNothingStored()
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aDecisionNumberAlreadyUsedNamesTheInspectionThatHasIt(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(through: .decided, in: store)
            let other = try given.store.makeInspection(.sample(subjects: [given.subject.id]))
            let count = try given.store.journalCount()
            let error = try #require(throws: StoreError.self) {
                try given.store.step(other.id, "decide") {
                    try InspectionCasework.decide(
                        $0, decision: .sample(number: "QĐ-1/QĐ-TTr"), subjects: [], today: inspectionToday)
                }
            }
            #expect(
                error.description == """
                    error: decision number QĐ-1/QĐ-TTr is already the decision of inspection #1
                      help: give this decision its own number
                    """)
            #expect(try given.store.inspection(id: other.id) == other)
            #expect(try given.store.journalCount() == count)
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aFindingAtASubjectOutsideTheInspectionIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(through: .onsite, in: store)
            let stranger = try given.store.addSubject(.company(2), context: .test)
            let count = try given.store.journalCount()
            let finding = NewFinding(subjectID: stranger.id, description: "Sai phạm", category: "thu_chi", amountVND: VND(1_000))

            let refused = try #require(throws: InspectionError.self) {
                try given.store.addFinding(to: given.inspection.id, context: .test) { try InspectionCasework.addFinding($0, finding) }
            }
            #expect(
                refused.description == """
                    error: subject #2 is not a subject of inspection #1
                      --> inspection #1
                    """)
            #expect(refused.advice == .seeDecisionSubjects(1))
            // The store refuses it as well when Casework is skipped
            let stored = try #require(throws: StoreError.self) {
                try given.store.addFinding(to: given.inspection.id, context: .test) { _ in finding }
            }
            #expect(stored.message == "subject #2 is not a subject of inspection #1")
            #expect(stored.refusal == .notASubject(stranger.id, of: given.inspection.id))
            #expect(try given.store.inspection(id: given.inspection.id)?.findings == [])
            #expect(try given.store.journalCount() == count)
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aFindingBeforeTheAnnouncementIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(through: .decided, in: store)
            let error = try #require(throws: InspectionError.self) {
                try given.store.addFinding(to: given.inspection.id, context: .test) {
                    try InspectionCasework.addFinding(
                        $0, NewFinding(subjectID: given.subject.id, description: "Sai phạm", category: "thu_chi"))
                }
            }
            #expect(
                error.message
                    == "inspection #1 is decided; only an inspection that is onsite, suspended, onsiteEnded, reported or drafted can be given a finding")
            try given.expectNothingStored()
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func anUnscheduledInspectionWithoutAGroundIsRefusedAndNotStored(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            var new = NewInspection.sample(.unscheduled)
            new.ground = nil

            let error = try #require(throws: InputError.self) { try InspectionCasework.open(new, today: inspectionToday) }
            #expect(
                error.description == """
                    error: an unscheduled inspection needs its ground
                      --> field ground
                    """)
            #expect(error.advice == .giveGround)
            // The schema refuses it too, should a caller skip Casework
            let stored = try #require(throws: StoreError.self) { try store.openInspection(new, context: .test) }
            #expect(stored.kind == .invalid)
            #expect(try store.journalCount() == 0)
            #expect(try store.inspections(InspectionFilter()).isEmpty)
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func aConclusionDatedBeforeTheAnnouncementIsRefusedNamingIt(_ factory: StoreFactory) throws {
        // Given an inspection opened and decided on 2026-03-02, then announced, ended, reported and drafted later
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            let opened = try store.makeInspection(.sample(openedOn: "2026-02-20", subjects: [subject.id]), through: .decided)
            for (command, date) in [("announce", "2026-03-05"), ("end-onsite", "2026-04-01"), ("report", "2026-04-10"), ("draft", "2026-04-20")] {
                try store.step(opened.id, command) { current in
                    switch command {
                    case "announce": try InspectionCasework.announce(current, on: day(date), today: inspectionToday)
                    case "end-onsite": try InspectionCasework.endOnsite(current, on: day(date), today: inspectionToday)
                    case "report": try InspectionCasework.report(current, on: day(date), today: inspectionToday)
                    default: try InspectionCasework.draft(current, on: day(date), today: inspectionToday)
                    }
                }
            }
            let drafted = try #require(try store.inspection(id: opened.id))
            let count = try store.journalCount()

            // When the conclusion is dated before the announcement
            let error = try #require(throws: InspectionError.self) {
                try store.step(opened.id, "conclude") {
                    try InspectionCasework.conclude($0, number: "KL-1", on: day("2026-03-01"), today: inspectionToday)
                }
            }

            // Then it is refused, naming the announcement, and nothing is stored
            #expect(
                error.description == """
                    error: the conclusion date 2026-03-01 is before the announcement on 2026-03-05
                      --> inspection #1
                      help: the steps of an inspection follow each other; check the dates
                    """)
            #expect(try store.inspection(id: opened.id) == drafted)
            #expect(try store.journalCount() == count)
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func unknownInspectionsAndRecommendationsAreNotFound(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let missing = try #require(throws: StoreError.self) {
                try store.step(9, "announce") { try InspectionCasework.announce($0, on: day("2026-03-03"), today: inspectionToday) }
            }
            #expect(missing.description == "error: no inspection #9")
            let noRecommendation = try #require(throws: StoreError.self) {
                try store.recordFollowUp(on: 4, context: .test) { _, _ in NewFollowUp(doneOn: day("2026-03-03"), figures: .zero) }
            }
            #expect(noRecommendation.kind == .notFound && noRecommendation.message == "no recommendation #4")
            #expect(try store.journalCount() == 0)
        }
    }
}
