import Casework
import Foundation
import Inspectorate
import Rules
import Store
import Testing

@Suite struct InspectionOpeningTests {
    @Test func anInspectionOpensUnderThePackAndIsJournaledOnce() throws {
        let bench = try Workbench()
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        let before = try bench.journal().count

        let opened = try bench.inspectorate.openInspection(.regular([subject]), acting: acting)

        #expect(opened.warnings.isEmpty)
        #expect(opened.inspection.state == .open)
        #expect(opened.inspection.openedOn == acting.today)
        #expect(opened.inspection.openedWithPack == bench.engine.pack.hash)
        #expect(opened.inspection.subjects == [subject])
        // The pack is recorded once, then the inspection: two entries, the last one the opening.
        let entries = try bench.journal().dropFirst(before)
        #expect(entries.map(\.command) == ["rules record", "inspection open"])
        #expect(try bench.store.rulePackHistory().count == 1)
    }

    @Test func thePackIsRecordedOnceAndItsManifestReadOnlyThen() throws {
        let bench = try Workbench()
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        _ = try bench.inspectorate.openInspection(.regular([subject]), acting: acting)
        _ = try bench.inspectorate.openInspection(.regular([subject]), acting: acting)
        #expect(bench.manifestReads.value == 1)
        let history = try bench.store.rulePackHistory()
        #expect(history.count == 1)
        #expect(history.first?.name == bench.engine.manifest.name)
        #expect(history.first?.version == bench.engine.manifest.version)
    }

    @Test func anUnknownCategoryIsRefusedWithTheCodesInForce() throws {
        let bench = try Workbench()
        let before = try bench.journal().count
        let error = try #require(throws: InspectorateError.self) {
            try bench.inspectorate.openInspection(.regular([], category: "hanh_chinh_cu"), acting: acting)
        }
        guard case let .unknownInspectionCategory(code, day, known) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(code == "hanh_chinh_cu")
        #expect(day == acting.today)
        #expect(known.contains("thanh_tra"))
        #expect(try bench.journal().count == before)
    }

    @Test func anUnknownLevelIsRefused() throws {
        let bench = try Workbench()
        let error = try #require(throws: InspectorateError.self) {
            try bench.inspectorate.openInspection(.regular([], level: "thanh_tra_so"), acting: acting)
        }
        guard case let .unknownInspectionLevel(code, _, known) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(code == "thanh_tra_so")
        #expect(known.contains("thanh_tra_tinh"))
    }

    @Test func anUnknownSubjectIsRefusedBeforeAnythingIsWritten() throws {
        let bench = try Workbench()
        let before = try bench.journal().count
        #expect(throws: InspectorateError.unknownSubject(Subject.ID(rawValue: 42))) {
            try bench.inspectorate.openInspection(.regular([Subject.ID(rawValue: 42)]), acting: acting)
        }
        #expect(try bench.journal().count == before)
        #expect(try bench.store.inspections(InspectionFilter()).isEmpty)
    }

    @Test func aSecondInspectionOfTheSameSubjectAndContentWarnsUnderTheBundledPack() throws {
        let bench = try Workbench()
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        let first = try bench.inspectorate.openInspection(.regular([subject]), acting: acting)
        let second = try bench.inspectorate.openInspection(.regular([subject]), acting: acting)
        #expect(second.warnings.map(\.inspectionID) == [first.inspection.id])
        #expect(try bench.store.inspections(InspectionFilter()).count == 2)
    }

    @Test func aPackThatRefusesOverlapsOpensNothing() throws {
        let bench = try Workbench(editing: [
            "inspection/settings.lua": { $0.replacingOccurrences(of: #"overlap_action = "warn""#, with: #"overlap_action = "refuse""#) }
        ])
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        let first = try bench.inspectorate.openInspection(.regular([subject]), acting: acting)
        let before = try bench.journal().count
        let error = try #require(throws: InspectorateError.self) {
            try bench.inspectorate.openInspection(.regular([subject]), acting: acting)
        }
        guard case let .inspectionCollides(year, collisions) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(year == 2026)
        #expect(collisions.map(\.inspectionID) == [first.inspection.id])
        #expect(try bench.journal().count == before)
    }

    @Test func aDecisionStepSetsTheDeadlinesThePackComputes() throws {
        let bench = try Workbench()
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        let opened = try bench.inspectorate.openInspection(.regular([subject]), acting: acting).inspection
        let decision = InspectionDecision(
            number: "QĐ-15/QĐ-TTr", decidedOn: acting.today, signerTitle: "chanh_thanh_tra_tinh",
            signerName: "Trần Thị Bích Ngọc", teamLead: "Lê Văn Hùng", members: ["Phạm Thu Hà"])

        let decided = try bench.inspectorate.step(
            opened.id, command: "inspection decide", acting: acting, withStep: { $0.decision = decision }
        ) { current, deadlines in
            try InspectionCasework.decide(current, decision: decision, subjects: [], today: acting.today, deadlines: deadlines)
        }

        #expect(decided.state == .decided)
        #expect(decided.decision == decision)
        var expected = opened
        expected.decision = decision
        #expect(decided.deadlines == (try bench.engine.deadlines(of: expected)).deadlines)
        #expect(try bench.journal().last?.command == "inspection decide")
    }

    @Test func aStepThePackRefusesWritesNothing() throws {
        let bench = try Workbench()
        let opened = try bench.inspectorate.openInspection(.regular([]), acting: acting).inspection
        let before = try bench.journal().count
        // Announcing before any decision: Casework refuses the step before the pack is asked.
        #expect(throws: InspectionError.self) {
            try bench.inspectorate.step(opened.id, command: "inspection announce", acting: acting) { current, _ in
                try InspectionCasework.announce(current, on: acting.today, today: acting.today)
            }
        }
        #expect(try bench.journal().count == before)
        #expect(try bench.store.inspection(id: opened.id)?.state == .open)
    }
}

@Suite struct PlanLoadingTests {
    @Test func aPlanLoadsAsItsPreviewSaidAndThePreviewWritesNothing() throws {
        let bench = try Workbench()
        let preview = try bench.inspectorate.previewPlanLoad(year: 2026, acting: acting)
        #expect(preview.diff.added.map(\.key) == preview.entries.map(\.key), "nothing stored yet: every entry is new")
        #expect(try bench.journal().isEmpty, "a preview writes nothing, not even the pack")
        var notices: [PlanNotice] = []
        let loaded = try bench.inspectorate.loadPlan(year: 2026, apply: false, acting: acting) { notices.append($0) }
        #expect(loaded.diff == preview.diff)
        #expect(notices == preview.notices)
        #expect(loaded.created.map(\.entryKey) == preview.entries.map(\.key))
        // Loaded, the same plan previews as unchanged.
        let again = try bench.inspectorate.previewPlanLoad(year: 2026, acting: acting)
        #expect(again.diff.added.isEmpty && again.diff.unchanged == preview.entries.count)
    }

    @Test func aYearWithoutAPlanIsRefusedWithThePacksReason() throws {
        let bench = try Workbench()
        var notices: [PlanNotice] = []
        let error = try #require(throws: InspectorateError.self) {
            try bench.inspectorate.loadPlan(year: 2019, apply: false, acting: acting) { notices.append($0) }
        }
        guard case let .noPlan(year, problem) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(year == 2019)
        #expect(problem.code == "no_plan")
        #expect(notices.isEmpty)
        #expect(try bench.store.inspections(InspectionFilter()).isEmpty)
    }
}

@Suite struct RegistryTests {
    @Test func aSubjectIsRegisteredUnderThePackAndFoundByItsNumber() throws {
        let bench = try Workbench()
        let registry = Registry(store: bench.store, pack: bench.inspectorate.pack)
        let subject = try registry.addSubject(
            NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty TNHH Minh Long"), acting: acting)
        #expect(try registry.subject(subject.id) == subject)
        #expect(try registry.subjects(kind: .organization, search: "minh long", limit: 10) == [subject])
        #expect(try bench.journal().map(\.command) == ["rules record", "subject add"])
    }

    @Test func anInvalidSubjectWritesNothingNotEvenThePack() throws {
        let bench = try Workbench()
        let registry = Registry(store: bench.store, pack: bench.inspectorate.pack)
        #expect(throws: InputError.self) {
            try registry.addSubject(NewSubject(kind: .organization, identifier: "", name: "Công ty A"), acting: acting)
        }
        #expect(try bench.journal().isEmpty)
    }

    @Test func unknownSubjectsAndInspectionsAreRefusedByNumber() throws {
        let registry = Registry(store: try Workbench().store)
        #expect(throws: InspectorateError.unknownSubject(Subject.ID(rawValue: 3))) { try registry.subject(Subject.ID(rawValue: 3)) }
        #expect(throws: InspectorateError.unknownInspection(Inspection.ID(rawValue: 4))) {
            try registry.inspection(Inspection.ID(rawValue: 4))
        }
    }

    @Test func anInspectionComesWithItsSubjects() throws {
        let bench = try Workbench()
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        let opened = try bench.inspectorate.openInspection(.regular([subject]), acting: acting).inspection
        let (inspection, subjects) = try Registry(store: bench.store).inspection(opened.id)
        #expect(inspection == opened)
        #expect(subjects.map(\.id) == [subject])
    }
}
