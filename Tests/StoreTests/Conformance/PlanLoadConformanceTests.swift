import Casework
import Foundation
import Testing

/// Loading the yearly plan through ``PlanStore``: one scheduled inspection per entry and one journal entry, a
/// reload that writes nothing, the diff of a changed plan and its application, and refusals of the whole load.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct PlanLoadConformanceTests {
    /// Registers four companies in `store`; their IDs.
    static func registerCompanies(in store: any InspectorateStore) throws -> [Subject.ID] {
        try (1...4).map { try store.addSubject(.company($0), context: .test).id }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func theFirstLoadCreatesOneScheduledInspectionPerEntryAndOneJournalEntry(_ factory: StoreFactory) throws {
        // Given four companies and a three-entry plan
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)
            let entries: [PlanEntry] = [
                .sample("2026-01", subjects: [s[0], s[1]]), .sample("2026-02", subjects: [s[2]], period: "2026-05"),
                .sample("2026-03", subjects: []),
            ]
            let journalBefore = try store.journalCount()

            // When it is loaded for the first time, without apply
            let result = try store.load2026(entries)

            // Then it is written: three entries, three open scheduled inspections, one `plan load` journal entry
            #expect(result.applied)
            #expect(result.diff == PlanDiff(added: entries))
            #expect(result.created.map(\.entryKey) == ["2026-01", "2026-02", "2026-03"])
            #expect(result.created.allSatisfy { $0.state == .open })
            #expect(result.updated == [] && result.kept == [])
            #expect(try store.planEntries(year: 2026) == entries)
            #expect(try store.inspectionCount() == 3)
            let first = try #require(try store.inspection(id: result.createdInspectionIDs[0]))
            #expect(first.mode == .scheduled && first.state == .open)
            #expect(first.planEntry == PlanEntryReference(year: 2026, entryKey: "2026-01"))
            #expect(first.category == "chuyen_nganh" && first.level == "tinh" && first.field == "hoa_don")
            #expect(first.content == "Việc chấp hành pháp luật về hóa đơn" && first.leadUnit == "Phòng Thanh tra 1")
            #expect(first.subjects == [s[0], s[1]])
            #expect(first.openedOn == planLoadDay && first.openedWithPack == CommandContext.planLoad.packHash)
            #expect(first.deadlines == InspectionDeadlines(conclusionDueOn: day("2026-02-04")))
            let journal = try store.journal(after: 0, limit: 100)
            #expect(journal.count == journalBefore + 1)
            let entry = try #require(journal.last)
            #expect(entry.command == "plan load" && entry.packHash == CommandContext.planLoad.packHash)
            let payload = try #require(
                try JSONSerialization.jsonObject(with: Data(entry.payload.utf8)) as? [String: Any])
            #expect(payload["year"] as? Int == 2026)
            #expect(payload["packHash"] as? String == CommandContext.planLoad.packHash)
            let diff = try #require(payload["diff"] as? [String: Any])
            #expect((diff["added"] as? [Any])?.count == 3 && diff["unchanged"] as? Int == 0)
            #expect((payload["created"] as? [Any])?.count == 3)
            #expect(try store.verifyJournal() == .intact(entries: Int64(journal.count), head: entry.hash))
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func loadingTheSamePlanAgainWritesAndJournalsNothing(_ factory: StoreFactory) throws {
        // Given the 2026 plan, loaded once
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)
            let entries: [PlanEntry] = [.sample("2026-01", subjects: [s[0]]), .sample("2026-02", subjects: [s[1]])]
            try store.load2026(entries)
            let journalBefore = try store.journalCount()

            // When the same entries are loaded again, with and without apply
            let again = try store.load2026(entries)
            let applied = try store.load2026(entries, apply: true)

            // Then nothing differs, nothing is created, nothing is journaled
            for result in [again, applied] {
                #expect(result == PlanLoadResult(diff: PlanDiff(unchanged: 2), applied: false))
                #expect(!result.needsApply)
            }
            #expect(try store.journalCount() == journalBefore)
            #expect(try store.inspectionCount() == 2)
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func aChangedPlanWithoutApplyReturnsTheDiffAndWritesNothing(_ factory: StoreFactory) throws {
        // Given a three-entry plan, loaded
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)
            let stored: [PlanEntry] = [
                .sample("2026-01", subjects: [s[0]]), .sample("2026-02", subjects: [s[1]]),
                .sample("2026-03", subjects: [s[2]]),
            ]
            try store.load2026(stored)
            let journalBefore = try store.journalCount()

            // When a plan with entry 01 changed, 02 unchanged, 03 removed and 04 added is loaded without apply
            var changed = stored[0]
            changed.content = "Việc chấp hành pháp luật về thuế"
            changed.subjects = [s[0], s[3]]
            let added = PlanEntry.sample("2026-04", subjects: [s[3]], period: "2026-Q4")
            let result = try store.load2026([added, changed, stored[1]])

            // Then the diff says exactly that, and nothing is written
            #expect(
                result.diff
                    == PlanDiff(
                        added: [added], changed: [PlanDiff.Change(old: stored[0], new: changed)], removed: [stored[2]],
                        unchanged: 1))
            #expect(!result.applied && result.needsApply)
            #expect(result.created == [] && result.updated == [] && result.kept == [])
            #expect(try store.planEntries(year: 2026) == stored)
            #expect(try store.inspectionCount() == 3)
            #expect(try store.journalCount() == journalBefore)
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func applyingAChangedPlanCreatesUpdatesKeepsAndWithdrawsAsTheDiffSays(_ factory: StoreFactory) throws {
        // Given a three-entry plan, loaded; entry 03's inspection is decided since
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)
            let stored: [PlanEntry] = [
                .sample("2026-01", subjects: [s[0]]), .sample("2026-02", subjects: [s[1]]),
                .sample("2026-03", subjects: [s[2]]),
            ]
            let first = try store.load2026(stored)
            let ids = first.createdInspectionIDs
            try store.advance(ids[2], to: .decided)
            let decidedBefore = try #require(try store.inspection(id: ids[2]))
            let withdrawnBefore = try #require(try store.inspection(id: ids[1]))
            let journalBefore = try store.journalCount()

            // When a plan with 01 and 03 changed, 02 removed and 04 added is loaded with apply
            var changedOpen = stored[0]
            changedOpen.content = "Việc chấp hành pháp luật về thuế"
            changedOpen.subjects = [s[3], s[0]]
            changedOpen.onsiteDays = 45
            var changedDecided = stored[2]
            changedDecided.content = "Nội dung đã đổi sau quyết định"
            let added = PlanEntry.sample("2026-04", subjects: [s[3]])
            let result = try store.load2026([changedOpen, changedDecided, added], apply: true)

            // Then 04 gets a new inspection, 01's open inspection follows its entry, 03's decided one is kept and
            // reported, 02 is withdrawn with its inspection left in place, all in one journal entry
            #expect(result.applied)
            #expect(result.diff.added == [added] && result.diff.removed == [stored[1]] && result.diff.unchanged == 0)
            #expect(result.diff.changed.map(\.new) == [changedOpen, changedDecided])
            #expect(result.created.count == 1 && result.created.first?.entryKey == "2026-04")
            #expect(result.updated == [PlanLoadResult.Link(entryKey: "2026-01", inspectionID: ids[0], state: .open)])
            #expect(result.kept == [PlanLoadResult.Link(entryKey: "2026-03", inspectionID: ids[2], state: .decided)])
            #expect(try store.inspectionCount() == 4)
            #expect(try store.planEntries(year: 2026) == [changedOpen, changedDecided, added])

            let updated = try #require(try store.inspection(id: ids[0]))
            #expect(updated.content == "Việc chấp hành pháp luật về thuế" && updated.subjects == [s[3], s[0]])
            #expect(updated.deadlines == InspectionDeadlines(conclusionDueOn: day("2026-02-19")))
            #expect(updated.state == .open && updated.openedOn == planLoadDay)
            #expect(try store.inspection(id: ids[2]) == decidedBefore)
            #expect(try store.inspection(id: ids[1]) == withdrawnBefore)
            let created = try #require(try store.inspection(id: result.createdInspectionIDs[0]))
            #expect(created.planEntry?.entryKey == "2026-04" && created.subjects == [s[3]])

            #expect(try store.journalCount() == journalBefore + 1)
            let entry = try #require(try store.journal(after: 0, limit: 1_000).last)
            #expect(entry.command == "plan load")
            #expect(entry.payload.contains(#""kept":[{"entryKey":"2026-03","inspectionID":\#(ids[2]),"state":"decided"}]"#))
            #expect(try store.verifyJournal() == .intact(entries: Int64(journalBefore + 1), head: entry.hash))
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func aWithdrawnEntryLoadedAgainIsActiveWithItsOldInspection(_ factory: StoreFactory) throws {
        // Given entry 02 loaded, then withdrawn
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)
            let entries: [PlanEntry] = [.sample("2026-01", subjects: [s[0]]), .sample("2026-02", subjects: [s[1]])]
            let ids = try store.load2026(entries).createdInspectionIDs
            try store.load2026([entries[0]], apply: true)
            #expect(try store.planEntries(year: 2026) == [entries[0]])

            // When it comes back in the plan
            let result = try store.load2026(entries, apply: true)

            // Then it is active again and its old inspection carries it; no second inspection is opened
            #expect(result.diff == PlanDiff(added: [entries[1]], unchanged: 1))
            #expect(result.created == [])
            #expect(result.updated == [PlanLoadResult.Link(entryKey: "2026-02", inspectionID: ids[1], state: .open)])
            #expect(try store.planEntries(year: 2026) == entries)
            #expect(try store.inspectionCount() == 2)
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func plansOfOtherYearsAreSeparate(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)
            try store.load2026([.sample("2026-01", subjects: [s[0]])])
            let entry2027 = PlanEntry.sample("2026-01", subjects: [s[1]], period: "2027-Q1", year: 2027)

            let result = try store.loadPlan(
                year: 2027, entries: [entry2027], apply: false, openedOn: day("2027-01-04"), context: .planLoad,
                deadlines: planDeadlines)

            #expect(result.applied && result.diff == PlanDiff(added: [entry2027]))
            #expect(try store.planEntries(year: 2027) == [entry2027])
            #expect(try store.planEntries(year: 2026).map(\.subjects) == [[s[0]]])
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func anUnregisteredSubjectRefusesTheWholeLoad(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)
            let journalBefore = try store.journalCount()

            let error = try #require(throws: StoreError.self) {
                try store.load2026([.sample("2026-01", subjects: [s[0]]), .sample("2026-02", subjects: [Subject.ID(99)])])
            }

            #expect(error == StoreError.subjectNotFound(Subject.ID(99)))
            #expect(try store.planEntries(year: 2026) == [])
            #expect(try store.inspectionCount() == 0)
            #expect(try store.journalCount() == journalBefore)
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func anEntryOutsideThePlanYearIsRefusedWithItsKeyAndField(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)

            let error = try #require(throws: InputError.self) {
                try store.load2026([.sample("2026-07", subjects: [s[0]], period: "2025-Q3")])
            }

            #expect(
                error.description == """
                    error: entry 2026-07 plans the period "2025-Q3", not a quarter or month of 2026
                      --> field period
                      help: write a quarter (2026-Q2) or a month (2026-05)
                    """)
            #expect(try store.inspectionCount() == 0)
        }
    }

    @Test(arguments: StoreFactory.implementing(.plans, .inspections, .subjects))
    func aKeyUsedTwiceIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let s = try Self.registerCompanies(in: store)

            let error = try #require(throws: InputError.self) {
                try store.load2026([.sample("2026-01", subjects: [s[0]]), .sample(" 2026-01 ", subjects: [s[1]])])
            }

            #expect(error.message == "entry 2026-01 appears twice in the 2026 plan" && error.field == "key")
        }
    }
}
