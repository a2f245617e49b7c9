import Testing
@testable import Casework

/// A policy with fixed answers, so these tests exercise Casework's own checks, not the law.
struct FixedPolicy: PenaltyPolicy {
    var packHash = String(repeating: "a", count: 64)
    var fine: VND = VND(6_000_000)
    var problems: [PolicyProblem] = []
    var surchargePerDay: Int64 = 1_000

    func assess(_ request: AssessmentRequest) throws -> Assessment {
        let lines = request.violations.map { v in
            AssessedLine(
                fine: FineLine(
                    code: v.code, title: "t", legalBasis: "b", sector: "hoa_don", frameMinVND: VND(4_000_000),
                    frameMaxVND: VND(8_000_000), fineVND: fine, isWarning: fine == .zero, remedies: [], steps: []),
                limitation: Limitation(years: 1, startsOn: v.committedOn, expiresOn: v.committedOn.adding(days: 365), citation: ""))
        }
        return Assessment(
            lines: lines, totalFineVND: try fine.multiplied(by: Int64(lines.count)), totalRemedialVND: .zero,
            decisionDueOn: request.recordOn.adding(days: 7 + request.facts.extensionDays),
            enforcementExpiresOn: request.decidedOn?.adding(months: 12), competence: nil, steps: [], problems: problems)
    }

    func paymentDue(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate) throws -> DatedAnswer {
        DatedAnswer(date: receivedOn.adding(days: 10), steps: [])
    }

    func surcharge(_ request: SurchargeRequest) throws -> SurchargeAnswer {
        let days = max(0, request.dueOn.days(to: request.asOf) - 1)
        return SurchargeAnswer(amountVND: VND(Int64(days) * surchargePerDay), days: days, steps: [])
    }

    func checkInstallments(violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, installments: [Installment]) throws -> PolicyCheck {
        PolicyCheck(isAllowed: installments.count <= 3, problems: installments.count <= 3 ? [] : [PolicyProblem(code: "bad_plan", message: "at most 3")], steps: [])
    }

    func checkPostponement(violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, postponement: Postponement) throws -> PolicyCheck {
        PolicyCheck(isAllowed: true, problems: [], steps: [])
    }
}

@Suite("Penalty case commands: Casework's own checks")
struct PenaltyCaseworkTests {
    static let today = CalendarDate("2026-03-20")!
    static let subject = Subject(id: 1, kind: .organization, identifier: "0101234567", name: "Công ty A", address: "")

    func openRequest(recordOn: String = "2026-03-10", committed: String = "2026-03-01") -> PenaltyCasework.OpenRequest {
        PenaltyCasework.OpenRequest(
            subject: Self.subject, record: ViolationRecord(number: "BB-1", madeOn: CalendarDate(recordOn)!, place: "Hà Nội"),
            violations: [CaseViolation(code: "X1", sector: "", committedOn: CalendarDate(committed)!, endedOn: CalendarDate(committed)!, detectedOn: nil)],
            mitigating: [], aggravating: [], facts: CaseFacts())
    }

    func openedCase(_ policy: FixedPolicy = FixedPolicy()) throws -> PenaltyCase {
        let new = try PenaltyCasework.open(openRequest(), today: Self.today, policy: policy)
        return PenaltyCase(
            id: 7, subjectID: new.subjectID, violatorKind: new.violatorKind, record: new.record, violations: new.violations,
            mitigating: [], aggravating: [], facts: new.facts, openedOn: new.openedOn, decisionDueOn: new.decisionDueOn,
            openedWithPack: new.packHash)
    }

    func apply(_ update: CaseUpdate, to c: PenaltyCase) -> PenaltyCase {
        var c = c
        c.state = update.newState
        switch update.event {
        case .decided(let d): c.decision = d
        case .delivered(let r, let due): c.decision?.receivedOn = r; c.decision?.paymentDueOn = due
        case .paid(let p): c.payments.append(p)
        case .installmentsApproved(let i): c.installments = i
        case .postponed(let p): c.postponements.append(p)
        case .decisionDeadlineExtended(let due, let days, let reason): c.decisionDueOn = due; c.facts.extensionDays += days; c.facts.extensionReason = reason
        case .cancelled(let x): c.cancellation = x
        }
        return c
    }

    @Test func openingCopiesTheSectorAndTheDeadlineFromTheRules() throws {
        let new = try PenaltyCasework.open(openRequest(), today: Self.today, policy: FixedPolicy())
        #expect(new.violations.first?.sector == "hoa_don")
        #expect(new.decisionDueOn == CalendarDate("2026-03-17"))
        #expect(new.packHash == FixedPolicy().packHash)
    }

    @Test func aRecordDatedInTheFutureIsRefused() throws {
        let error = try #require(throws: InputError.self) {
            try PenaltyCasework.open(openRequest(recordOn: "2026-03-21"), today: Self.today, policy: FixedPolicy())
        }
        #expect(error.message == "2026-03-21 is in the future (today is 2026-03-20)")
        #expect(error.field == "record-on")
    }

    @Test func aViolationCommittedAfterItsRecordIsRefused() throws {
        let error = try #require(throws: InputError.self) {
            try PenaltyCasework.open(openRequest(committed: "2026-03-11"), today: Self.today, policy: FixedPolicy())
        }
        #expect(error.message == "committed on 2026-03-11, after the record of 2026-03-10")
    }

    @Test func theRulesRefusalsAreListedAndNothingOpens() throws {
        var policy = FixedPolicy()
        policy.problems = [PolicyProblem(code: "limitation_expired", message: "expired on 2026-01-01")]
        let error = try #require(throws: PenaltyCaseError.self) {
            try PenaltyCasework.open(openRequest(), today: Self.today, policy: policy)
        }
        #expect(error.description == """
            error: the case cannot be opened: 1 legal problem
              - limitation_expired: expired on 2026-01-01
            """)
    }

    @Test func aDecisionBeforeItsRecordIsRefused() throws {
        let c = try openedCase()
        let error = try #require(throws: PenaltyCaseError.self) {
            try PenaltyCasework.decide(c, number: "QD-1", decidedOn: CalendarDate("2026-03-09")!, signerTitle: "x", signerName: "", today: Self.today, policy: FixedPolicy())
        }
        #expect(error.message == "the decision date 2026-03-09 is before the violation record of 2026-03-10")
        #expect(error.caseID == 7)
    }

    @Test func paymentsSettleTheCaseOnlyWhenFineAndSurchargeArePaid() throws {
        let policy = FixedPolicy()
        var c = try openedCase(policy)
        c = apply(try PenaltyCasework.decide(c, number: "QD-1", decidedOn: CalendarDate("2026-03-12")!, signerTitle: "x", signerName: "", today: Self.today, policy: policy), to: c)
        #expect(c.state == .decided)
        c = apply(try PenaltyCasework.deliver(c, receivedOn: CalendarDate("2026-03-13")!, today: Self.today, policy: policy), to: c)
        #expect(c.decision?.paymentDueOn == CalendarDate("2026-03-23"))

        let later = CalendarDate("2026-03-30")!
        c = apply(try PenaltyCasework.pay(c, amountVND: VND(2_000_000), surchargeVND: .zero, paidOn: later, receipt: "R1", today: later, policy: policy), to: c)
        #expect(c.state == .decided)
        #expect(c.outstandingVND == VND(4_000_000))

        // More than the outstanding fine is refused.
        let tooMuch = try #require(throws: PenaltyCaseError.self) {
            try PenaltyCasework.pay(c, amountVND: VND(4_000_001), surchargeVND: .zero, paidOn: later, receipt: "R2", today: later, policy: policy)
        }
        #expect(tooMuch.message == "the payment of 4.000.001 đ is more than the 4.000.000 đ still owed on the fine")

        // Paying the rest of the fine without the surcharge leaves the case decided; then the surcharge settles it.
        c = apply(try PenaltyCasework.pay(c, amountVND: VND(4_000_000), surchargeVND: .zero, paidOn: later, receipt: "R2", today: later, policy: policy), to: c)
        #expect(c.state == .decided)
        let owed = try #require(try PenaltyCasework.surcharge(c, asOf: later, policy: policy)).owedVND
        #expect(owed == VND(6_000))  // 6 days after 2026-03-23, before 2026-03-30, at the fixed 1.000 đ a day
        c = apply(try PenaltyCasework.pay(c, amountVND: .zero, surchargeVND: owed, paidOn: later, receipt: "R3", today: later, policy: policy), to: c)
        #expect(c.state == .settled)
    }

    @Test func aSettledCaseCannotBeCancelled() throws {
        var policy = FixedPolicy()
        policy.fine = .zero
        var c = try openedCase(policy)
        c = apply(try PenaltyCasework.decide(c, number: "QD-2", decidedOn: CalendarDate("2026-03-12")!, signerTitle: "x", signerName: "", today: Self.today, policy: policy), to: c)
        #expect(c.state == .settled, "a warning-only decision leaves nothing to pay")
        let error = try #require(throws: PenaltyCaseError.self) {
            try PenaltyCasework.cancel(c, on: Self.today, reason: "sai sót", today: Self.today)
        }
        #expect(error.message == "a settled case cannot be cancelled")
    }

    @Test func anExtensionMovesTheDecisionDeadline() throws {
        let c = try openedCase()
        let update = try PenaltyCasework.extendDecisionDeadline(c, days: 30, reason: "vụ việc phức tạp", today: Self.today, policy: FixedPolicy())
        #expect(update.event == .decisionDeadlineExtended(newDueOn: CalendarDate("2026-04-16")!, days: 30, reason: "vụ việc phức tạp"))
    }
}
