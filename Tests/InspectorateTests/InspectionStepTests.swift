import Casework
import Inspectorate
import Store
import Testing

/// The lifecycle steps as one use case (``Inspectorate/advance(_:_:on:acting:)``): each step journaled with its
/// deadlines, and what the pack refuses leaves nothing behind.
@Suite struct InspectionStepTests {
    func decidedAndAnnounced(_ bench: Workbench) throws -> Inspection.ID {
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        let opened = try bench.inspectorate.openInspection(.regular([subject]), acting: acting.on("2026-10-01"))
        let id = opened.inspection.id
        let decision = InspectionDecision(
            number: "15/QĐ-TTr", decidedOn: CalendarDate("2026-10-02")!, signerTitle: "chanh_thanh_tra",
            signerName: "Lê Văn Hùng", teamLead: "Trần Thị Mai", members: ["Phạm Quốc Anh"])
        let decided = try bench.inspectorate.advance(
            id, .decide(decision, subjects: [subject]), on: CalendarDate("2026-10-02")!, acting: acting.on("2026-10-02"))
        #expect(decided.state == .decided)
        let announced = try bench.inspectorate.advance(id, .announce, on: CalendarDate("2026-10-05")!, acting: acting)
        #expect(announced.state == .onsite)
        #expect(announced.timeline.announcedOn == CalendarDate("2026-10-05"))
        #expect(announced.deadlines.onsiteDueOn != nil)
        return id
    }

    @Test func eachStepIsOneJournalEntryUnderItsCommand() throws {
        let bench = try Workbench()
        let id = try decidedAndAnnounced(bench)
        let before = try bench.journal().count
        let suspended = try bench.inspectorate.advance(id, .suspend(reason: "chờ giám định"), on: CalendarDate("2026-10-10")!, acting: acting)
        #expect(suspended.state == .suspended)
        let resumed = try bench.inspectorate.advance(id, .resume, on: CalendarDate("2026-10-15")!, acting: acting)
        #expect(resumed.state == .onsite)
        #expect(resumed.timeline.suspensions.last?.resumedOn == CalendarDate("2026-10-15"))
        let entries = try bench.journal().dropFirst(before)
        #expect(entries.map(\.command) == ["inspection suspend", "inspection resume"])
    }

    @Test func anExtensionBeyondThePacksLimitIsRefusedAndNothingIsWritten() throws {
        let bench = try Workbench()
        let id = try decidedAndAnnounced(bench)
        let before = try bench.journal().count
        let error = try #require(throws: InspectionError.self) {
            try bench.inspectorate.advance(id, .extend(days: 1_000, reason: "phức tạp"), on: CalendarDate("2026-10-20")!, acting: acting)
        }
        #expect(error.message.hasPrefix("the extension is not allowed"))
        #expect(try bench.journal().count == before)
        #expect(try bench.store.inspection(id: id)?.timeline.extensions.isEmpty == true)
    }

    @Test func aStepInTheWrongStateIsRefusedBeforeThePackIsAsked() throws {
        let bench = try Workbench()
        let id = try decidedAndAnnounced(bench)
        #expect(throws: InspectionError.self) {
            try bench.inspectorate.advance(id, .conclude(number: "20/KL-TTr"), on: CalendarDate("2026-10-20")!, acting: acting)
        }
        #expect(try bench.store.inspection(id: id)?.state == .onsite)
    }
}
