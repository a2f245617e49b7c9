public import Casework

/// `case recompute`: the deadlines and surcharges of open and unpaid cases, recomputed by the pack in force as of a
/// day, on every core. Read-only: the stored deadlines are what the parties were given, and stay as they are.
///
/// ```swift
/// try store.forEachPenaltyCase(inStates: [.open, .decided]) { batch in
///     rows += try CaseRecompute.recompute(batch, asOf: today, pool: pool)
/// }
/// ```
public enum CaseRecompute {
    /// Recomputes `cases` on the pool's workers, in the order given.
    ///
    /// - Throws: ``RuleError`` naming the case, from the first case that fails.
    public static func recompute(_ cases: [PenaltyCase], asOf: CalendarDate, pool: RuleEnginePool) throws
        -> [RecomputedCase]
    {
        try pool.map(cases) { engine, penaltyCase in try recompute(penaltyCase, asOf: asOf, engine: engine) }
    }

    /// One case: an open case's decision deadline; a decided case's payment due date, outstanding fine and
    /// surcharge (through ``PenaltyCasework/surcharge(_:asOf:policy:)``); settled and cancelled cases owe nothing.
    ///
    /// - Throws: ``RuleError`` with the case named in its message.
    public static func recompute(_ penaltyCase: PenaltyCase, asOf: CalendarDate, engine: RuleEngine) throws
        -> RecomputedCase
    {
        do {
            return try recomputeUnlocated(penaltyCase, asOf: asOf, engine: engine)
        } catch var error as RuleError {
            error.message += " (case #\(penaltyCase.id), record \(penaltyCase.record.number))"
            throw error
        }
    }

    private static func recomputeUnlocated(_ penaltyCase: PenaltyCase, asOf: CalendarDate, engine: RuleEngine) throws
        -> RecomputedCase
    {
        let id = penaltyCase.id
        let number = penaltyCase.record.number
        switch penaltyCase.state {
        case .open:
            let figures = try engine.assessFigures(CaseSnapshot(penaltyCase), decidedOn: nil, today: asOf)
            let stored = penaltyCase.decisionDueOn
            return RecomputedCase(
                caseID: id, recordNumber: number, state: .open, deadline: .decision, storedDueOn: stored,
                dueOn: figures.decisionDueOn, daysOverdue: max(0, stored.days(to: asOf)))
        case .decided:
            guard let decision = penaltyCase.decision, let receivedOn = decision.receivedOn else {
                return RecomputedCase(
                    caseID: id, recordNumber: number, state: .decided, deadline: .undelivered, storedDueOn: nil, dueOn: nil,
                    daysOverdue: 0, outstandingVND: penaltyCase.outstandingVND)
            }
            let due = try engine.paymentDueDate(
                violator: penaltyCase.violatorKind, decidedOn: decision.decidedOn, receivedOn: receivedOn)
            let outstanding = penaltyCase.outstandingVND
            let surcharge = try PenaltyCasework.surcharge(penaltyCase, asOf: asOf, policy: engine)
            let stored = decision.paymentDueOn ?? due
            return RecomputedCase(
                caseID: id, recordNumber: number, state: .decided, deadline: .payment, storedDueOn: decision.paymentDueOn,
                dueOn: due, daysOverdue: outstanding > .zero ? max(0, stored.days(to: asOf)) : 0,
                outstandingVND: outstanding, surchargeVND: surcharge?.accrued.amountVND ?? .zero,
                surchargeDays: surcharge?.accrued.days ?? 0, surchargeOwedVND: surcharge?.owedVND ?? .zero)
        case .settled, .cancelled:
            return RecomputedCase(
                caseID: id, recordNumber: number, state: penaltyCase.state, deadline: .payment,
                storedDueOn: penaltyCase.decision?.paymentDueOn, dueOn: penaltyCase.decision?.paymentDueOn, daysOverdue: 0)
        }
    }
}
