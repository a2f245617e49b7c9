import Casework
import Testing

/// Batches of legacy imports as a whole: every table a case or an inspection spans reads back as written, and a
/// number or receipt given twice within one batch is refused like one recorded before, naming the earlier row's
/// record, with nothing written. PostgreSQL checks a batch with one look-up per kind of number and writes it with one
/// `COPY` per table; these tests hold it to SQLite's row-by-row results.
///
/// Written against the ports (``LegacyImportStore``) only and run for every store of ``StoreFactory/all`` that
/// implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct LegacyImportBatchConformanceTests {
    typealias Given = LegacyImportConformanceTests.Given
    static func day(_ text: String) -> CalendarDate { LegacyImportConformanceTests.day(text) }

    /// Three cases: one with circumstances on the case and on its violation, facts, and text a `COPY` must escape;
    /// one cancelled before its decision; one decided with remedies.
    static func cases(_ given: Given) -> [LegacyCaseRecord] {
        var first = given.legacyCase(1)
        first.newCase.record.place = "Kho số 2\tphía sau \\ cổng"
        first.newCase.mitigating = ["tu_nguyen_khai_bao"]
        first.newCase.aggravating = ["tai_pham", "nhieu_lan"]
        first.newCase.violations[0].mitigating = ["khac_phuc_hau_qua"]
        first.newCase.violations[0].aggravating = ["co_to_chuc"]
        first.newCase.violations[0].illegalGainVND = VND(1_250_000)
        first.newCase.facts = CaseFacts(
            isComplex: true, explanationRequested: true, isMinor: false, extensionDays: 30,
            extensionReason: "Cần giám định\nthêm")
        var second = given.legacyCase(2, fine: nil)
        second.state = .cancelled
        second.cancellation = Cancellation(cancelledOn: day("2026-10-03"), reason: #"Hết thời hiệu \N"#)
        var third = given.legacyCase(3, fine: VND(6_000_000))
        third.decision?.lines[0].remedies = [Remedy(code: "tieu_huy", title: "Buộc tiêu hủy", amountVND: VND(700_000))]
        third.decision?.totalRemedialVND = VND(700_000)
        third.newCase.violations.append(
            CaseViolation(
                code: "ND125-2020-D24-K4-a", sector: "hoa_don", committedOn: day("2026-09-20"), endedOn: nil,
                detectedOn: day("2026-09-30")))
        return [first, second, third]
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .penaltyCases, .subjects))
    func everyTableOfABatchOfCasesReadsBackAsWritten(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let records = Self.cases(given)
            let result = try store.importCases(
                records, command: "import cases", context: .test, payload: LegacyImportConformanceTests.payload(3))
            #expect(result == ImportBatchResult(rows: 3, firstID: 1, lastID: 3))
            for (index, record) in records.enumerated() {
                let stored = try #require(try store.penaltyCase(id: PenaltyCase.ID(rawValue: Int64(index) + 1)))
                #expect(stored.subjectID == record.newCase.subjectID)
                #expect(stored.record == record.newCase.record)
                #expect(stored.violations == record.newCase.violations)
                #expect(stored.mitigating == record.newCase.mitigating)
                #expect(stored.aggravating == record.newCase.aggravating)
                #expect(stored.facts == record.newCase.facts)
                #expect(stored.openedOn == record.newCase.openedOn)
                #expect(stored.decisionDueOn == record.newCase.decisionDueOn)
                #expect(stored.state == record.state)
                #expect(stored.decision == record.decision)
                #expect(stored.cancellation == record.cancellation)
            }
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .penaltyCases, .subjects))
    func aDecisionNumberGivenTwiceInOneBatchNamesTheEarlierCase(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases(
                [given.legacyCase(1)], command: "import cases", context: .test, payload: LegacyImportConformanceTests.payload())
            var again = given.legacyCase(3)
            again.decision?.number = "QĐ-2"
            let error = #expect(throws: StoreError.self) {
                try store.importCases(
                    [given.legacyCase(2), again], command: "import cases", context: .test,
                    payload: LegacyImportConformanceTests.payload())
            }
            #expect(error?.kind == .duplicate)
            #expect(error?.message == "decision number QĐ-2 is already the decision of case #2")
            #expect(try store.penaltyCases(PenaltyCaseFilter(limit: 10)).map(\.id.rawValue) == [1])
            #expect(try store.journal(after: 0, limit: 100).last?.command == "import cases")
            #expect(try store.journal(after: 0, limit: 100).filter { $0.command == "import cases" }.count == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .penaltyCases, .subjects))
    func aReceiptGivenTwiceInOneBatchOfPaymentsWritesNothing(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases(
                [given.legacyCase(1), given.legacyCase(2)], command: "import cases", context: .test,
                payload: LegacyImportConformanceTests.payload())
            let error = #expect(throws: StoreError.self) {
                try store.importPayments(
                    [
                        given.payment(2, 1_000_000, on: "2026-10-10", receipt: "BL-7"),
                        given.payment(1, 5_000_000, on: "2026-10-11", receipt: "BL-8"),
                        given.payment(1, 1_000, on: "2026-10-12", receipt: "BL-7"),
                    ],
                    command: "import payments", context: .test, payload: LegacyImportConformanceTests.payload())
            }
            #expect(error?.kind == .invalid)
            #expect(error?.message == "the payment BL-7 of 1.000 đ is more than the fine still owed on case #1")
            let twice = #expect(throws: StoreError.self) {
                try store.importPayments(
                    [
                        given.payment(2, 1_000_000, on: "2026-10-10", receipt: "BL-7"),
                        given.payment(1, 1_000, on: "2026-10-12", receipt: "BL-7"),
                    ],
                    command: "import payments", context: .test, payload: LegacyImportConformanceTests.payload())
            }
            #expect(twice?.kind == .duplicate)
            #expect(twice?.message == "receipt BL-7 is already recorded for case #2")
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 1))?.payments == [])
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 2))?.payments == [])
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 1))?.state == .decided)
        }
    }

    /// Payments of several cases in one batch: positions follow those recorded before, each case settles once paid
    /// in full, and one unknown case anywhere in the batch writes nothing.
    @Test(arguments: StoreFactory.implementing(.legacyImport, .penaltyCases, .subjects))
    func paymentsOfSeveralCasesFollowTheirEarlierPayments(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases(
                (1...3).map { given.legacyCase($0) }, command: "import cases", context: .test,
                payload: LegacyImportConformanceTests.payload())
            _ = try store.importPayments(
                [given.payment(3, 1_000_000, on: "2026-10-08", receipt: "BL-0")], command: "import payments",
                context: .test, payload: LegacyImportConformanceTests.payload())
            let unknown = #expect(throws: StoreError.self) {
                try store.importPayments(
                    [
                        given.payment(1, 5_000_000, on: "2026-10-10", receipt: "BL-1"),
                        given.payment(9, 1, on: "2026-10-10", receipt: "BL-9"),
                    ],
                    command: "import payments", context: .test, payload: LegacyImportConformanceTests.payload())
            }
            #expect(unknown?.kind == .notFound)
            let result = try store.importPayments(
                [
                    given.payment(3, 4_000_000, on: "2026-10-10", receipt: "BL-1"),
                    given.payment(1, 2_000_000, on: "2026-10-10", receipt: "BL-2"),
                    given.payment(2, 5_000_000, on: "2026-10-11", receipt: "BL-3", surcharge: 2_500),
                    given.payment(1, 1_000_000, on: "2026-10-12", receipt: "BL-4"),
                ],
                command: "import payments", context: .test, payload: LegacyImportConformanceTests.payload())
            #expect(result == ImportBatchResult(rows: 4, amountVND: VND(12_000_000), surchargeVND: VND(2_500)))
            let cases = try (1...3).map { try #require(try store.penaltyCase(id: PenaltyCase.ID(rawValue: Int64($0)))) }
            #expect(cases.map(\.state) == [.decided, .settled, .settled])
            #expect(cases.map { $0.payments.map(\.receipt) } == [["BL-2", "BL-4"], ["BL-3"], ["BL-0", "BL-1"]])
            #expect(cases[0].outstandingVND == VND(2_000_000))
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .inspections, .subjects))
    func aFollowUpReceiptRecordedBeforeOrTwiceInTheBatchWritesNothing(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importInspections(
                [given.legacyInspection(1)], command: "import inspections", context: .test,
                payload: LegacyImportConformanceTests.payload())
            var reused = given.legacyInspection(3)
            reused.recommendations[0].followUp?.receipt = "CT-1"
            let before = #expect(throws: StoreError.self) {
                try store.importInspections(
                    [given.legacyInspection(2), reused], command: "import inspections", context: .test,
                    payload: LegacyImportConformanceTests.payload())
            }
            #expect(before?.message == "receipt CT-1 is already recorded for recommendation #1 of inspection #1")
            reused.recommendations[0].followUp?.receipt = "CT-2"
            let twice = #expect(throws: StoreError.self) {
                try store.importInspections(
                    [given.legacyInspection(2), reused], command: "import inspections", context: .test,
                    payload: LegacyImportConformanceTests.payload())
            }
            #expect(twice?.kind == .duplicate)
            #expect(twice?.message == "receipt CT-2 is already recorded for recommendation #3 of inspection #2")
            #expect(try store.inspection(id: Inspection.ID(rawValue: 2)) == nil)
            let result = try store.importInspections(
                [given.legacyInspection(2), given.legacyInspection(3)], command: "import inspections", context: .test,
                payload: LegacyImportConformanceTests.payload())
            // (The IDs after a refusal naming a row of the batch may differ: PostgreSQL's sequences give none back.)
            #expect(result.rows == 2)
            let lastID = try #require(result.lastID)
            let third = try #require(try store.inspection(id: Inspection.ID(rawValue: lastID)))
            #expect(third.content == "Thanh tra 3")
            #expect(third.recommendations.map(\.kind) == [.recovery, .otherFinancial])
            #expect(third.recommendations.first?.findingID == third.findings.first?.id)
            #expect(third.recommendations.first?.followUps.map(\.receipt) == ["CT-3"])
            #expect(third.decision?.members == ["A", "B"])
        }
    }
}
