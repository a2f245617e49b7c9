import Casework
import Foundation
import Testing

/// The store's side of `import --kind inspections|cases|payments`: look-ups, bulk writes (one transaction, one
/// journal entry each), and what reports and `show` read back.
///
/// Written against the ports (``LegacyImportStore``) only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct LegacyImportConformanceTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static func payload(_ rows: Int = 0) -> (ImportBatchResult) -> ImportBatchPayload {
        {
            ImportBatchPayload(
                ImportBatchInfo(file: "f.csv", sha256: "abc", batch: 1, firstLine: 2, lastLine: 2 + rows), $0)
        }
    }

    /// A store with Công ty 1 registered, and the records an import would write.
    struct Given {
        let store: any InspectorateStore

        let company: Subject

        init(in store: any InspectorateStore) throws {
            self.store = store
            company = try store.addSubject(.company(1), context: .test)
        }

        /// A case recorded on `recordOn`, decided 5 days later with `fine` when `fine` is given, as an import writes it.
        func legacyCase(_ number: Int, recordOn: String = "2026-10-01", fine: VND? = VND(5_000_000)) -> LegacyCaseRecord {
            let recorded = LegacyImportConformanceTests.day(recordOn)
            let violation = CaseViolation(
                code: "ND125-2020-D24-K4-b", sector: "hoa_don", committedOn: recorded, endedOn: recorded, detectedOn: nil)
            let newCase = NewPenaltyCase(
                subjectID: company.id, violatorKind: .organization,
                record: ViolationRecord(number: "BB-\(number)", madeOn: recorded, place: ""), violations: [violation],
                mitigating: [],
                aggravating: [], facts: CaseFacts(), openedOn: recorded, decisionDueOn: recorded.adding(days: 7),
                packHash: "import:abc")
            let decision = fine.map { fine in
                PenaltyDecision(
                    number: "QĐ-\(number)", decidedOn: recorded.adding(days: 5), signerTitle: "", signerName: "",
                    lines: [
                        FineLine(
                            code: violation.code, title: "t", legalBasis: "b", sector: "hoa_don",
                            frameMinVND: VND(4_000_000),
                            frameMaxVND: VND(8_000_000), fineVND: fine, isWarning: fine == .zero, remedies: [], steps: [])
                    ], totalFineVND: fine, totalRemedialVND: .zero, packHash: "import:abc",
                    steps: [ExplanationStep(text: "imported", citation: "import sha256 abc")],
                    enforcementExpiresOn: recorded.adding(days: 370))
            }
            let state: PenaltyCase.State = decision == nil ? .open : fine == .zero ? .settled : .decided
            return LegacyCaseRecord(newCase: newCase, decision: decision, cancellation: nil, state: state)
        }

        func payment(
            _ caseID: Int64, _ amount: Int64, on: String, receipt: String, surcharge: Int64 = 0
        ) -> LegacyPaymentRecord {
            LegacyPaymentRecord(
                caseID: PenaltyCase.ID(rawValue: caseID),
                payment: Payment(
                    paidOn: LegacyImportConformanceTests.day(on), amountVND: VND(amount), surchargeVND: VND(surcharge), receipt: receipt))
        }

        /// A concluded inspection: decided 2026-09-01, announced 09-05, on-site ended 10-01, concluded 10-10 with 100
        /// million đ of violations, 60 million recommended for recovery and 20 million recovered on 10-20.
        func legacyInspection(_ number: Int) -> LegacyInspectionRecord {
            let conclusion = InspectionConclusion(number: "KL-\(number)", concludedOn: LegacyImportConformanceTests.day("2026-10-10"))
            return LegacyInspectionRecord(
                newInspection: NewInspection(
                    mode: .unscheduled, category: "thanh_tra", level: "thanh_tra_tinh",
                    ground: InspectionGround(kind: .complaint, reference: "Đơn 1"), content: "Thanh tra \(number)",
                    leadUnit: "Phòng 1",
                    subjects: [company.id], openedOn: LegacyImportConformanceTests.day("2026-09-01"), packHash: "import:abc",
                    deadlines: InspectionDeadlines(
                        onsiteDueOn: LegacyImportConformanceTests.day("2026-10-20"), conclusionDueOn: LegacyImportConformanceTests.day("2026-11-15"))),
                decision: InspectionDecision(
                    number: "QĐ-TT-\(number)", decidedOn: LegacyImportConformanceTests.day("2026-09-01"), signerTitle: "(không ghi)",
                    signerName: "(không ghi)",
                    teamLead: "Trưởng đoàn", members: ["A", "B"]),
                timeline: InspectionTimeline(
                    announcedOn: LegacyImportConformanceTests.day("2026-09-05"), onsiteEndedOn: LegacyImportConformanceTests.day("2026-10-01"), conclusion: conclusion),
                state: .concluded,
                finding: NewFinding(
                    subjectID: company.id, description: "Sai phạm", category: "khac", amountVND: VND(100_000_000)),
                recommendations: [
                    LegacyRecommendation(
                        NewRecommendation(
                            kind: .recovery, subjectID: company.id, description: "Thu hồi",
                            figures: RecommendationFigures(amountVND: VND(60_000_000))),
                        followUp: NewFollowUp(
                            doneOn: LegacyImportConformanceTests.day("2026-10-20"), figures: RecommendationFigures(amountVND: VND(20_000_000)),
                            receipt: "CT-\(number)")),
                    LegacyRecommendation(
                        NewRecommendation(
                            kind: .otherFinancial, subjectID: company.id, description: "Khác",
                            figures: RecommendationFigures(amountVND: VND(40_000_000)))),
                ])
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .inspections, .penaltyCases, .subjects))
    func casesAreWrittenAsRecordedInOneJournalEntry(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let before = try store.journal(after: 0, limit: 100).count
            let result = try store.importCases(
                [given.legacyCase(1), given.legacyCase(2, fine: nil), given.legacyCase(3, fine: .zero)], command: "import cases",
                context: .test,
                payload: Self.payload(2))

            #expect(result == ImportBatchResult(rows: 3, firstID: 1, lastID: 3))
            let decided = try #require(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 1)))
            #expect(decided.state == .decided)
            #expect(decided.decision?.packHash == "import:abc")
            #expect(decided.decision?.isImported == true)
            #expect(decided.decision?.totalFineVND == VND(5_000_000))
            #expect(decided.decision?.lines.map(\.code) == ["ND125-2020-D24-K4-b"])
            #expect(decided.openedWithPack == "import:abc")
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 2))?.state == .open)
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 3))?.state == .settled)
            let journal = try store.journal(after: 0, limit: 100)
            #expect(journal.count == before + 1)
            #expect(journal.last?.command == "import cases")
            #expect(
                journal.last?.payload
                    == #"{"batch":1,"file":"f.csv","first":1,"firstLine":2,"last":3,"lastLine":4,"rows":3,"sha256":"abc"}"#)
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .inspections, .penaltyCases, .subjects))
    func aBatchWithARecordNumberAlreadyUsedWritesNothing(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases([given.legacyCase(1)], command: "import cases", context: .test, payload: Self.payload())
            let error = #expect(throws: StoreError.self) {
                try store.importCases(
                    [given.legacyCase(2), given.legacyCase(1)], command: "import cases", context: .test, payload: Self.payload())
            }
            #expect(error?.kind == .duplicate)
            #expect(error?.message == "violation record BB-1 is already case #1")
            #expect(try store.penaltyCases(PenaltyCaseFilter(limit: 10)).count == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .inspections, .penaltyCases, .subjects))
    func paymentsSettleTheCasesTheyPayInFull(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases(
                [given.legacyCase(1), given.legacyCase(2)], command: "import cases", context: .test, payload: Self.payload())
            let result = try store.importPayments(
                [
                    given.payment(1, 2_000_000, on: "2026-10-10", receipt: "BL-1"),
                    given.payment(1, 3_000_000, on: "2026-10-11", receipt: "BL-2", surcharge: 15_000),
                    given.payment(2, 1_000_000, on: "2026-10-10", receipt: "BL-3"),
                ],
                command: "import payments", context: .test, payload: Self.payload())

            #expect(result == ImportBatchResult(rows: 3, amountVND: VND(6_000_000), surchargeVND: VND(15_000)))
            let paid = try #require(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 1)))
            #expect(paid.state == .settled)
            #expect(paid.payments.map(\.receipt) == ["BL-1", "BL-2"])
            #expect(paid.surchargePaidVND == VND(15_000))
            let partly = try #require(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 2)))
            #expect(partly.state == .decided && partly.outstandingVND == VND(4_000_000))
            #expect(try store.journal(after: 0, limit: 100).last?.payload.contains(#""amountVND":6000000"#) == true)
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .inspections, .penaltyCases, .subjects))
    func aPaymentAboveWhatIsOwedOrWithAReceiptUsedFailsTheBatch(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases(
                [given.legacyCase(1), given.legacyCase(2, fine: nil)], command: "import cases", context: .test, payload: Self.payload())
            let over = #expect(throws: StoreError.self) {
                try store.importPayments(
                    [
                        given.payment(1, 4_000_000, on: "2026-10-10", receipt: "BL-1"),
                        given.payment(1, 1_000_001, on: "2026-10-10", receipt: "BL-2"),
                    ],
                    command: "import payments", context: .test, payload: Self.payload())
            }
            #expect(over?.message == "the payment BL-2 of 1.000.001 đ is more than the fine still owed on case #1")
            let undecided = #expect(throws: StoreError.self) {
                try store.importPayments(
                    [given.payment(2, 1, on: "2026-10-10", receipt: "BL-9")], command: "import payments", context: .test,
                    payload: Self.payload())
            }
            #expect(undecided?.kind == .invalid)
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 1))?.payments == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .inspections, .penaltyCases, .subjects))
    func theLookUpsAnswerAWindowAtOnce(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases([given.legacyCase(1)], command: "import cases", context: .test, payload: Self.payload())
            _ = try store.importPayments(
                [given.payment(1, 1_000_000, on: "2026-10-10", receipt: "BL-1")], command: "import payments", context: .test,
                payload: Self.payload())

            let subjects = try store.subjects(matching: [
                .number(given.company.id), .identifier(.organization, given.company.identifier), .identifier(.person, "001000000001"),
            ])
            #expect(subjects.count == 2 && subjects[.number(given.company.id)] == given.company)
            // Numbers are unique within their year: BB-1 of 2026 is case #1, BB-1 of 2027 is not recorded.
            #expect(
                try store.recorded(
                    [RecordedKey("BB-1", year: 2026), RecordedKey("BB-2", year: 2026), RecordedKey("BB-1", year: 2027)],
                    as: .caseRecordNumber) == [RecordedKey("BB-1", year: 2026): 1])
            #expect(
                try store.recorded([RecordedKey("QĐ-1", year: 2026), RecordedKey("QĐ-1", year: 2025)], as: .penaltyDecisionNumber)
                    == [RecordedKey("QĐ-1", year: 2026): 1])
            #expect(
                try store.recorded([RecordedKey("BL-1"), RecordedKey("BL-2")], as: .paymentReceipt) == [RecordedKey("BL-1"): 1])
            let payable = try store.payableCases([.decision("QĐ-1"), .record("BB-1"), .number(PenaltyCase.ID(rawValue: 9))])
            #expect(payable.count == 2)
            #expect(
                payable[.record("BB-1")]
                    == [
                        PayableCase(
                            id: PenaltyCase.ID(rawValue: 1), state: .decided, decidedOn: Self.day("2026-10-06"),
                            totalFineVND: VND(5_000_000),
                            paidVND: VND(1_000_000))
                    ])
        }
    }

    /// Record and decision numbers start again each year (issue 17, item 7): BB-1 and QĐ-1 of 2027 are new beside
    /// those of 2026, a second BB-1 in 2027 is refused with nothing written, and a payment's look-up by the number
    /// finds both cases, in the order of their IDs.
    @Test(arguments: StoreFactory.implementing(.legacyImport, .penaltyCases, .subjects))
    func numbersAreUniqueWithinTheirYear(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importCases([given.legacyCase(1)], command: "import cases", context: .test, payload: Self.payload())
            let next = try store.importCases(
                [given.legacyCase(1, recordOn: "2027-01-05")], command: "import cases", context: .test,
                payload: Self.payload())
            #expect(next == ImportBatchResult(rows: 1, firstID: 2, lastID: 2))
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 2))?.decision?.number == "QĐ-1")

            var error: StoreError?
            do {
                _ = try store.importCases(
                    [given.legacyCase(2, recordOn: "2027-02-01"), given.legacyCase(1, recordOn: "2027-03-01")],
                    command: "import cases", context: .test, payload: Self.payload())
            } catch let thrown as StoreError { error = thrown }
            #expect(error?.kind == .duplicate)
            #expect(error?.message == "violation record BB-1 is already case #2")
            #expect(try store.penaltyCase(id: PenaltyCase.ID(rawValue: 3)) == nil)

            #expect(
                try store.recorded([RecordedKey("BB-1", year: 2027), RecordedKey("BB-1", year: 2028)], as: .caseRecordNumber)
                    == [RecordedKey("BB-1", year: 2027): 2])
            let payable = try store.payableCases([.decision("QĐ-1"), .record("BB-1")])
            #expect(payable[.decision("QĐ-1")]?.map(\.id.rawValue) == [1, 2])
            #expect(payable[.record("BB-1")]?.map(\.decidedOn) == [Self.day("2026-10-06"), Self.day("2027-01-10")])
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .reports, .inspections, .penaltyCases, .subjects))
    func inspectionsAreWrittenWithEveryStepAndCountInTheReports(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            let result = try store.importInspections(
                [given.legacyInspection(1)], command: "import inspections", context: .test, payload: Self.payload())
            #expect(result == ImportBatchResult(rows: 1, firstID: 1, lastID: 1))

            let stored = try #require(try store.inspection(id: Inspection.ID(rawValue: 1)))
            #expect(stored.state == .concluded)
            #expect(stored.decision?.members == ["A", "B"])
            #expect(stored.timeline.conclusion?.number == "KL-1")
            #expect(stored.subjects == [given.company.id])
            #expect(stored.findings.map(\.amountVND) == [VND(100_000_000)])
            #expect(stored.recommendations.map(\.kind) == [.recovery, .otherFinancial])
            #expect(stored.recommendations.first?.findingID == stored.findings.first?.id)
            #expect(stored.recommendations.first?.followUps.map(\.receipt) == ["CT-1"])

            // [2026-09-15, 2026-10-15): carried over (decided before), concluded in it; recovered after it.
            let figures = try store.figures(
                for: ReportPeriod(kind: "range", label: "r", from: Self.day("2026-09-15"), before: Self.day("2026-10-15"))
            ).values
            #expect(figures[Figure.carriedOver] == 1)
            #expect(figures[Figure.unscheduled] == 1)
            #expect(figures[Figure.concluded] == 1)
            #expect(figures[Figure.violationsVND] == 100_000_000)
            #expect(figures[Figure.recoveryRecommendedVND] == 60_000_000)
            #expect(figures[Figure.otherFinancialVND] == 40_000_000)
            #expect(figures[Figure.recoveredVND] == 0)
            let later = try store.figures(
                for: ReportPeriod(kind: "range", label: "r", from: Self.day("2026-10-15"), before: Self.day("2026-11-15"))
            ).values
            #expect(later[Figure.recoveredVND] == 20_000_000)
        }
    }

    @Test(arguments: StoreFactory.implementing(.legacyImport, .inspections, .penaltyCases, .subjects))
    func anInspectionBatchWithADecisionNumberAlreadyUsedWritesNothing(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            _ = try store.importInspections(
                [given.legacyInspection(1)], command: "import inspections", context: .test, payload: Self.payload())
            var again = given.legacyInspection(2)
            again.decision.number = "QĐ-TT-1"
            #expect(throws: StoreError.self) {
                try store.importInspections(
                    [given.legacyInspection(3), again], command: "import inspections", context: .test, payload: Self.payload())
            }
            #expect(try store.inspection(id: Inspection.ID(rawValue: 2)) == nil)
            #expect(try store.recorded([RecordedKey("KL-3", year: 2026)], as: .conclusionNumber).isEmpty)
        }
    }
}
