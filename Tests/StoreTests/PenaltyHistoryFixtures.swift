import Casework
import GRDB

@testable import Store

/// A small deterministic random number generator (SplitMix64), so that a failing history can be replayed from its
/// seed.
struct SeededRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// A random but valid history of penalty cases, written through the store's port (``PenaltyCaseStore/openCase(_:context:)``
/// and ``PenaltyCaseStore/updateCase(_:command:context:_:)``), with the states and checks Casework would apply: decisions on or after the
/// record (sometimes before the case was opened, as Casework allows), deadline extensions only while open, deliveries
/// once, payments dated on or after the decision and never more than is owed (some of surcharge only), late
/// payments, cancellations of open and decided cases.
///
/// The events of all cases are interleaved at random, each case's in its own order, as commands arrive.
struct PenaltyHistory {
    /// First day a violation record may be dated.
    static let start = day("2025-01-01")
    /// Last day any event may be dated.
    static let end = day("2026-12-31")

    /// One command on one case.
    private enum Step {
        case decide(CalendarDate, fineVND: Int64)
        case deliver(CalendarDate, dueOn: CalendarDate)
        case pay(CalendarDate, amountVND: Int64, surchargeVND: Int64)
        case extend(days: Int)
        case cancel(CalendarDate)
    }

    /// Writes `cases` random cases into `store` (which must have subject 1), their commands interleaved; violation
    /// records are dated in the first `recordDays` days from ``start``.
    static func write(cases: Int, seed: UInt64, into store: any PenaltyCaseStore, recordDays: Int = 620) throws {
        var random = SeededRandom(state: seed)
        var pending: [(id: PenaltyCase.ID, steps: [Step])] = []
        for number in 1...cases {
            let recordOn = start.adding(days: random.below(recordDays))
            let openedOn = recordOn.adding(days: random.chance(70) ? 0 : random.below(6))
            let dueOn = recordOn.adding(days: 7 + random.below(24))
            var new = NewPenaltyCase.sample(subject: 1, record: "BB-\(number)/R", madeOn: recordOn.description)
            new.openedOn = openedOn
            new.decisionDueOn = dueOn
            let opened = try store.openCase(new, context: .test)
            let caseSteps = steps(recordOn: recordOn, dueOn: dueOn, random: &random)
            if !caseSteps.isEmpty { pending.append((opened.id, caseSteps)) }
        }
        while !pending.isEmpty {
            let index = random.below(pending.count)
            let step = pending[index].steps.removeFirst()
            try apply(step, to: pending[index].id, in: store)
            if pending[index].steps.isEmpty { pending.remove(at: index) }
        }
    }

    /// The commands of one case, in order.
    private static func steps(recordOn: CalendarDate, dueOn: CalendarDate, random: inout SeededRandom) -> [Step] {
        var steps: [Step] = []
        var due = dueOn
        for _ in 0..<(random.chance(25) ? 1 + random.below(2) : 0) {
            let days = 1 + random.below(20)
            steps.append(.extend(days: days))
            due = due.adding(days: days)
        }
        let roll = random.below(100)
        if roll < 12 {
            // Never decided; maybe cancelled while open.
            if random.chance(30) { steps.append(.cancel(recordOn.adding(days: random.below(60)))) }
            return steps
        }
        // Decided before, on or after the deadline; a warning only (no fine) sometimes.
        let decidedOn = recordOn.adding(days: random.below(recordOn.days(to: due) + 15))
        let fine = random.chance(10) ? 0 : Int64(1 + random.below(40)) * 500_000
        steps.append(.decide(decidedOn, fineVND: fine))
        guard fine > 0 else { return steps }
        var owed = fine
        var last = decidedOn
        var delivered = false
        if random.chance(85) {
            let receivedOn = decidedOn.adding(days: random.below(5))
            steps.append(.deliver(receivedOn, dueOn: receivedOn.adding(days: 10 + random.below(21))))
            last = receivedOn
            delivered = true
        }
        for _ in 0..<random.below(4) where owed > 0 {
            // Paid in full, in part, or the surcharge only; on time or late.
            // Sometimes dated before a payment already recorded (a receipt entered late).
            let paidOn =
                random.chance(15)
                ? decidedOn.adding(days: random.below(decidedOn.days(to: last) + 1))
                : last.adding(days: random.below(random.chance(70) ? 12 : 90))
            let kind = random.below(10)
            let amount = kind < 5 ? owed : kind < 9 ? max(1, owed / Int64(2 + random.below(3))) : 0
            let surcharge = amount == 0 || random.chance(20) ? Int64(1 + random.below(50)) * 1_000 : 0
            if !delivered && random.chance(50) {
                // A payment before delivery is allowed; deliver later.
                let receivedOn = paidOn.adding(days: random.below(3))
                steps.append(.pay(paidOn, amountVND: amount, surchargeVND: surcharge))
                steps.append(.deliver(receivedOn, dueOn: receivedOn.adding(days: 10)))
                delivered = true
            } else {
                steps.append(.pay(paidOn, amountVND: amount, surchargeVND: surcharge))
            }
            owed -= amount
            last = max(last, paidOn)
        }
        if owed > 0 && random.chance(15) { steps.append(.cancel(last.adding(days: random.below(40)))) }
        return steps
    }

    private static func apply(_ step: Step, to id: PenaltyCase.ID, in store: any PenaltyCaseStore) throws {
        _ = try store.updateCase(id, command: "case test", context: .test) { current in
            switch step {
            case .decide(let decidedOn, let fine):
                var decision = PenaltyDecision.sample(
                    number: "QĐ-\(id.rawValue)/R", decidedOn: decidedOn.description, fineVND: fine)
                if fine == 0 { decision.lines[0].isWarning = true }
                // Every third decision records sanctions besides the fine, chosen from its ID (no random draw, so the
                // rest of the history is what it was): a confiscation, a licence on odd IDs, a suspension on every
                // fifteenth, one or two remedial measures.
                if id.rawValue % 3 == 0 {
                    decision.sanctions = DecisionSanctions(
                        confiscatedVND: VND(id.rawValue * 100_000), licenceRevocations: Int(id.rawValue % 2),
                        activitySuspensions: id.rawValue % 15 == 0 ? 1 : 0, remedialMeasures: 1 + Int(id.rawValue % 2))
                }
                return CaseUpdate(event: .decided(decision: decision), newState: fine == 0 ? .settled : .decided)
            case .deliver(let receivedOn, let dueOn):
                return CaseUpdate(
                    event: .delivered(receivedOn: receivedOn, paymentDueOn: dueOn), newState: current.state)
            case .pay(let paidOn, let amount, let surcharge):
                precondition(amount <= current.outstandingVND.rawValue, "the generator overpaid case \(id)")
                let payment = Payment(
                    paidOn: paidOn, amountVND: VND(amount), surchargeVND: VND(surcharge),
                    receipt: "BL-\(id.rawValue)-\(current.payments.count)")
                let settled = current.outstandingVND.rawValue == amount
                return CaseUpdate(event: .paid(payment: payment), newState: settled ? .settled : .decided)
            case .extend(let days):
                return CaseUpdate(
                    event: .decisionDeadlineExtended(
                        newDueOn: current.decisionDueOn.adding(days: days), days: days, reason: "phức tạp"),
                    newState: .open)
            case .cancel(let on):
                return CaseUpdate(
                    event: .cancelled(cancellation: Cancellation(cancelledOn: on, reason: "hủy")), newState: .cancelled)
            }
        }
    }
}
