import Casework
import Testing

/// A penalty case's lifecycle through ``PenaltyCaseStore``: every field round-trips, refusals name what they collide
/// with, a refused change writes and journals nothing.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct PenaltyCaseConformanceTests {
    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func aCaseRoundTripsEveryFieldFromOpeningToSettled(_ factory: StoreFactory) throws {
        // Given a registered company
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1, name: "Công ty TNHH Ánh Dương"), context: .test)
            let new = NewPenaltyCase.sample(subject: subject.id, moreSectors: ["thue"])

            // When a case is opened, decided, delivered and paid in two parts
            let opened = try store.openCase(new, context: .test)
            let decision = PenaltyDecision.sample()
            _ = try store.record(.decided(decision: decision), on: opened.id, state: .decided, command: "case decide")
            _ = try store.record(
                .delivered(receivedOn: day("2026-03-17"), paymentDueOn: day("2026-03-27")), on: opened.id,
                state: .decided, command: "case deliver")
            let first = Payment(paidOn: day("2026-03-20"), amountVND: VND(4_000_000), surchargeVND: .zero, receipt: "BL-0001")
            let second = Payment(paidOn: day("2026-04-02"), amountVND: VND(2_000_000), surchargeVND: VND(15_000), receipt: "BL-0002")
            _ = try store.record(.paid(payment:first), on: opened.id, state: .decided, command: "case pay")
            let settled = try store.record(.paid(payment:second), on: opened.id, state: .settled, command: "case pay")

            // Then every field reads back exactly, at each step and from a fresh read
            var expected = PenaltyCase(
                id: 1, subjectID: subject.id, violatorKind: .organization, record: new.record, violations: new.violations,
                mitigating: new.mitigating, aggravating: new.aggravating, facts: new.facts, openedOn: new.openedOn,
                decisionDueOn: new.decisionDueOn, openedWithPack: new.packHash)
            #expect(opened == expected)
            expected.state = .settled
            expected.decision = decision
            expected.decision?.receivedOn = day("2026-03-17")
            expected.decision?.paymentDueOn = day("2026-03-27")
            expected.payments = [first, second]
            #expect(settled == expected)
            #expect(try store.penaltyCase(id: 1) == expected)
            #expect(settled.outstandingVND == .zero)
            #expect(settled.surchargePaidVND == VND(15_000))
            #expect(try store.penaltyCase(id: 2) == nil)

            // And the journal holds one intact entry per command, the updates with `{"case": id, "event": …}`
            let entries = try store.journal(after: 0, limit: 10)
            #expect(entries.map(\.command) == ["subject add", "case open", "case decide", "case deliver", "case pay", "case pay"])
            #expect(
                entries[3].payload
                    == #"{"case":1,"event":{"delivered":{"paymentDueOn":"2026-03-27","receivedOn":"2026-03-17"}}}"#)
            #expect(
                entries[5].payload
                    == #"{"case":1,"event":{"paid":{"payment":{"amountVND":2000000,"paidOn":"2026-04-02","receipt":"BL-0002","surchargeVND":15000}}}}"#
            )
            #expect(entries[1].payload.hasPrefix(#"{"aggravating":["tai_pham","vi_pham_nhieu_lan"],"decisionDueOn":"2026-03-17","facts":"#))
            #expect(try store.verifyJournal() == .intact(entries: 6, head: entries[5].hash))
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func installmentsPostponementsExtensionsAndCancellationAreKeptInOrder(_ factory: StoreFactory) throws {
        // Given an open case
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            let opened = try store.openCase(.sample(subject: subject.id), context: .test)

            // When its decision deadline is extended twice, then it is decided, paid by installments, postponed twice
            // and cancelled
            _ = try store.record(
                .decisionDeadlineExtended(newDueOn: day("2026-04-16"), days: 30, reason: "vụ việc phức tạp"), on: opened.id,
                state: .open)
            _ = try store.record(
                .decisionDeadlineExtended(newDueOn: day("2026-04-26"), days: 10, reason: "cần giám định thêm"),
                on: opened.id, state: .open)
            _ = try store.record(.decided(decision: .sample()), on: opened.id, state: .decided)
            let installments = [
                Installment(dueOn: day("2026-04-15"), amountVND: VND(2_000_000)),
                Installment(dueOn: day("2026-05-15"), amountVND: VND(4_000_000)),
            ]
            _ = try store.record(.installmentsApproved(installments:installments), on: opened.id, state: .decided)
            let postponements = [
                Postponement(fromOn: day("2026-04-01"), untilOn: day("2026-04-10"), reason: "ốm đau"),
                Postponement(fromOn: day("2026-04-20"), untilOn: day("2026-04-20"), reason: "thiên tai"),
            ]
            for postponement in postponements { _ = try store.record(.postponed(postponement:postponement), on: opened.id, state: .decided) }
            let cancellation = Cancellation(cancelledOn: day("2026-05-01"), reason: "Quyết định hủy bỏ số 12/QĐ-TTr")
            let cancelled = try store.record(.cancelled(cancellation:cancellation), on: opened.id, state: .cancelled)

            // Then everything reads back in order, and the facts count the extensions as Casework does
            #expect(cancelled.decisionDueOn == day("2026-04-26"))
            #expect(cancelled.facts == CaseFacts(isComplex: true, extensionDays: 40, extensionReason: "cần giám định thêm"))
            #expect(cancelled.installments == installments)
            #expect(cancelled.postponements == postponements)
            #expect(cancelled.cancellation == cancellation)
            #expect(cancelled.state == .cancelled)
            #expect(try store.penaltyCase(id: opened.id) == cancelled)

            // And a second cancellation is refused
            let error = #expect(throws: StoreError.self) {
                try store.record(.cancelled(cancellation:cancellation), on: opened.id, state: .cancelled)
            }
            #expect(
                error?.description == """
                    error: penalty case #1 is already cancelled
                      help: a cancellation is recorded once
                    """)
            #expect(try store.verifyJournal() == .intact(entries: 9, head: store.journal(after: 8, limit: 1)[0].hash))
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func aChangeThatThrowsWritesNothingAndJournalsNothing(_ factory: StoreFactory) throws {
        // Given a decided case
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            let opened = try store.openCase(.sample(subject: subject.id), context: .test)
            let before = try store.record(.decided(decision: .sample()), on: opened.id, state: .decided)
            let journal = try store.journal(after: 0, limit: 10)

            // When the change refuses, after seeing the case as stored
            var seen: PenaltyCase?
            let error = #expect(throws: Refused.self) {
                try store.updateCase(opened.id, command: "case pay", context: .test) { current in
                    seen = current
                    throw Refused(reason: "the payment is more than the fine")
                }
            }

            // Then its error comes through unchanged and neither the case nor the journal changed
            #expect(error == Refused(reason: "the payment is more than the fine"))
            #expect(seen == before)
            #expect(try store.penaltyCase(id: opened.id) == before)
            #expect(try store.journal(after: 0, limit: 10) == journal)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func anUnknownCaseIsNotFoundAndChangeIsNotCalled(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            var called = false
            let error = #expect(throws: StoreError.self) {
                try store.updateCase(7, command: "case pay", context: .test) { _ in
                    called = true
                    throw Refused(reason: "unreachable")
                }
            }
            #expect(!called)
            #expect(error?.kind == .notFound)
            #expect(
                error?.description == """
                    error: no penalty case #7
                    """)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func openingForAnUnknownSubjectNamesTheSubject(_ factory: StoreFactory) throws {
        try factory.withStore { store throws in
            let error = #expect(throws: StoreError.self) { try store.openCase(.sample(subject: 99), context: .test) }
            #expect(error?.kind == .notFound)
            #expect(
                error?.description == """
                    error: no subject is registered as #99
                    """)
            #expect(error?.refusal == .subjectNotFound(99))
            #expect(try store.journal(after: 0, limit: 10) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func aSecondCaseOnTheSameViolationRecordNamesTheFirst(_ factory: StoreFactory) throws {
        // Given four cases, the fourth on record BB-12/2026
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            for number in 1...3 { _ = try store.openCase(.sample(subject: subject.id, record: "BB-\(number)"), context: .test) }
            _ = try store.openCase(.sample(subject: subject.id, record: "BB-12/2026"), context: .test)

            // When another case is opened on the same record
            let error = #expect(throws: StoreError.self) {
                try store.openCase(.sample(subject: subject.id, record: "BB-12/2026", madeOn: "2026-04-01"), context: .test)
            }

            // Then the error names case #4 and nothing more is written
            #expect(error?.kind == .duplicate)
            #expect(
                error?.description == """
                    error: violation record BB-12/2026 is already case #4
                    """)
            #expect(try store.penaltyCases(PenaltyCaseFilter()).count == 4)
            #expect(try store.journal(after: 0, limit: 10).count == 5)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func aReceiptRecordedForAnotherCaseIsRefusedNamingThatCase(_ factory: StoreFactory) throws {
        // Given two decided cases, the first paid with receipt BL-0042
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            let first = try store.openCase(.sample(subject: subject.id, record: "BB-1"), context: .test)
            let second = try store.openCase(.sample(subject: subject.id, record: "BB-2"), context: .test)
            _ = try store.record(.decided(decision: .sample(number: "QĐ-1")), on: first.id, state: .decided)
            let before = try store.record(.decided(decision: .sample(number: "QĐ-2")), on: second.id, state: .decided)
            let payment = Payment(paidOn: day("2026-03-20"), amountVND: VND(1_000_000), surchargeVND: .zero, receipt: "BL-0042")
            _ = try store.record(.paid(payment:payment), on: first.id, state: .decided)
            let journalCount = try store.journal(after: 0, limit: 20).count

            // When the second case is paid with the same receipt
            let error = #expect(throws: StoreError.self) { try store.record(.paid(payment:payment), on: second.id, state: .decided) }

            // Then the error names case #1, and the second case and the journal are unchanged
            #expect(error?.kind == .duplicate)
            #expect(error?.refusal == .duplicateReceipt(receipt: "BL-0042", existing: PenaltyCase.ID(rawValue: 1)))
            #expect(
                error?.description == """
                    error: receipt BL-0042 is already recorded for case #1
                      help: each receipt is recorded once
                    """)
            #expect(try store.penaltyCase(id: second.id) == before)
            #expect(try store.journal(after: 0, limit: 20).count == journalCount)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func decisionNumbersAndDeliveriesAreRecordedOnce(_ factory: StoreFactory) throws {
        // Given a decided, delivered case and an open one
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            let first = try store.openCase(.sample(subject: subject.id, record: "BB-1"), context: .test)
            let second = try store.openCase(.sample(subject: subject.id, record: "BB-2"), context: .test)
            _ = try store.record(.decided(decision: .sample(number: "QĐ-1")), on: first.id, state: .decided)
            let delivered = CaseEvent.delivered(receivedOn: day("2026-03-17"), paymentDueOn: day("2026-03-27"))
            _ = try store.record(delivered, on: first.id, state: .decided)

            // Then a second delivery, a second decision, a reused decision number and a delivery without a decision
            // are refused with what to do
            let redelivered = #expect(throws: StoreError.self) { try store.record(delivered, on: first.id, state: .decided) }
            #expect(redelivered?.message == "the decision of penalty case #1 was already delivered")
            let redecided = #expect(throws: StoreError.self) {
                try store.record(.decided(decision: .sample(number: "QĐ-9")), on: first.id, state: .decided)
            }
            #expect(redecided?.message == "penalty case #1 already has decision QĐ-1")
            let reused = #expect(throws: StoreError.self) {
                try store.record(.decided(decision: .sample(number: "QĐ-1")), on: second.id, state: .decided)
            }
            #expect(
                reused?.description == """
                    error: decision number QĐ-1 is already the decision of case #1
                      help: give this decision its own number
                    """)
            let undecided = #expect(throws: StoreError.self) { try store.record(delivered, on: second.id, state: .decided) }
            #expect(
                undecided?.description == """
                    error: penalty case #2 has no decision, so its delivery cannot be recorded
                      help: record the decision first
                    """)
            #expect(try store.penaltyCase(id: second.id)?.state == .open)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func longListsAreLoadedWholeAndInOrder(_ factory: StoreFactory) throws {
        // Given more cases than one batch of IDs holds (500), each with its own decision
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            let count = 520
            for number in 0..<count {
                let madeOn = day("2025-01-01").adding(days: number / 3)
                let opened = try store.openCase(
                    .sample(subject: subject.id, record: "BB-\(number)", madeOn: madeOn.description), context: .test)
                try store.record(.decided(decision: .sample(number: "QĐ-\(number)")), on: opened.id, state: .decided)
            }

            // When all are listed
            let listed = try store.penaltyCases(PenaltyCaseFilter(limit: 1_000))

            // Then each comes once, whole, newest record first and highest ID first within a day
            #expect(listed.count == count)
            // (record dates never decrease as IDs grow, so that is simply by ID, highest first)
            let expectedIDs: [Int64] = (1...Int64(count)).reversed()
            #expect(listed.map(\.id.rawValue) == expectedIDs)
            #expect(listed.allSatisfy { $0.decision?.number == "QĐ-\($0.id.rawValue - 1)" && $0.violations.count == 1 })
            #expect(listed.allSatisfy { $0.aggravating == ["tai_pham", "vi_pham_nhieu_lan"] })
        }
    }
}
