import Casework
import Testing

/// Filed reports through ``FiledReportStore``: a period is filed once, frozen, read back whole and journaled with
/// its hash; a report made from a journal head that has moved on is refused.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct FiledReportConformanceTests {
    /// A small filed report of `period` with hash `hash` (64 times the character), made from `head` when given.
    static func report(_ period: ReportPeriod, hash: Character = "a", head: String? = nil) -> FiledReport {
        FiledReport(
            figures: PeriodFigures(period: period, values: [Figure.opened: 2, Figure.finesImposedVND: 10_000_000]),
            members: [
                Figure.opened: [
                    FigureMembers.Member(kind: .inspection, id: 1, value: 1, label: "Cuộc thanh tra 1"),
                    FigureMembers.Member(kind: .inspection, id: 2, value: 1, label: "Cuộc thanh tra 2"),
                ],
                Figure.finesImposedVND: [FigureMembers.Member(kind: .penaltyCase, id: 1, value: 10_000_000, label: "BB-1/2026")],
            ],
            history: [], forms: [], checks: [], narrative: "Trong kỳ đã mở 2 cuộc thanh tra.", language: "vi",
            packHash: String(repeating: "b", count: 64), generatedOn: day("2026-11-16"), filedOn: day("2026-11-16"),
            hash: String(repeating: hash, count: 64), journalHead: head)
    }

    @Test(arguments: StoreFactory.implementing(.filedReports, .subjects, .journal))
    func aFiledReportReadsBackWholeAndIsJournaledWithItsHash(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let filed = Self.report(reportP1)
            try store.fileReport(filed, context: .test)

            #expect(try store.filedReport(kind: "monthly", label: "2026-10") == filed)
            #expect(try store.filedReport(kind: "monthly", label: "2026-11") == nil)
            #expect(try store.filedReport(kind: "quarterly", label: "2026-10") == nil)
            let entries = try store.journal(after: 0, limit: 10)
            #expect(entries.map(\.command) == ["report file"])
            #expect(entries.first?.payload == #"{"hash":"\#(filed.hash)","kind":"monthly","label":"2026-10"}"#)
        }
    }

    @Test(arguments: StoreFactory.implementing(.filedReports, .subjects, .journal))
    func filedReportsAreListedOldestPeriodFirst(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            try store.fileReport(Self.report(reportP2, hash: "c"), context: .test)
            try store.fileReport(Self.report(reportP1, hash: "d"), context: .test)
            #expect(try store.filedReports().map(\.period.label) == ["2026-10", "2026-11"])
            #expect(try store.filedReports().map(\.hash.first) == ["d", "c"])
        }
    }

    @Test(arguments: StoreFactory.implementing(.filedReports, .subjects, .journal))
    func aPeriodIsFiledOnceAndNeverChanges(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let first = Self.report(reportP1)
            try store.fileReport(first, context: .test)

            let error = try #require(throws: StoreError.self) {
                try store.fileReport(Self.report(reportP1, hash: "e"), context: .test)
            }
            #expect(error.kind == .duplicate)
            #expect(error.message == "the monthly report 2026-10 was filed on 2026-11-16 (hash aaaaaaaaaaaa)")
            #expect(try store.filedReport(kind: "monthly", label: "2026-10") == first)
            #expect(try store.journal(after: 0, limit: 10).count == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.filedReports, .subjects, .journal))
    func aReportIsFiledOnlyWhileTheJournalHeadItWasMadeFromIsTheHead(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given a report made from the head after one command
            _ = try store.addSubject(.company(1), context: .test)
            let head = try store.journalHead()
            #expect(head.sequence == 1)
            let made = "\(head.sequence):\(head.hash)"

            // When another command is recorded before it is filed, filing is refused and nothing is stored
            _ = try store.addSubject(.company(2), context: .test)
            let error = try #require(throws: StoreError.self) {
                try store.fileReport(Self.report(reportP1, head: made), context: .test)
            }
            #expect(error.kind == .busy)
            #expect(try store.filedReports().isEmpty)

            // Then a report made from the current head is filed, and says so
            let now = try store.journalHead()
            #expect(now.sequence == 2)
            let current = Self.report(reportP1, head: "\(now.sequence):\(now.hash)")
            try store.fileReport(current, context: .test)
            #expect(try store.filedReport(kind: "monthly", label: "2026-10")?.journalHead == "2:\(now.hash)")
            #expect(try store.journalHead().sequence == 3)
        }
    }
}
