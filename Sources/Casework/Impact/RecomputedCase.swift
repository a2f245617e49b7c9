/// A case's deadlines and late-payment surcharge recomputed by the rules as of a day: one row of
/// `thanhtra case recompute`.
///
/// An open case is measured against its decision deadline, a decided (unpaid) case against its payment due date.
/// The stored date is what the case recorded when the deadline was set (at opening, at delivery); the recomputed one
/// is what the pack in force gives for the same facts. Overdue days and the surcharge count from the stored date,
/// the one the parties were given.
public struct RecomputedCase: Sendable, Codable, Equatable {
    /// Which deadline the row is about.
    public enum Deadline: String, Sendable, Codable {
        /// The last day to decide an open case (Điều 66).
        case decision
        /// The last day to pay a delivered decision (Điều 73).
        case payment
        /// A decision not yet delivered: no payment period has started.
        case undelivered
    }

    public var caseID: PenaltyCase.ID
    public var recordNumber: String
    public var state: PenaltyCase.State
    public var deadline: Deadline
    /// The deadline as stored; `nil` for an undelivered decision.
    public var storedDueOn: CalendarDate?
    /// The deadline as the pack in force computes it; `nil` for an undelivered decision.
    public var dueOn: CalendarDate?
    /// Days past the stored deadline on the as-of day (0 when not overdue, or nothing owed).
    public var daysOverdue: Int
    /// The fine still owed (decided cases).
    public var outstandingVND: VND
    /// Surcharge accrued up to the as-of day (decided cases).
    public var surchargeVND: VND
    /// Days the surcharge was counted over.
    public var surchargeDays: Int
    /// Accrued surcharge less what was paid towards it.
    public var surchargeOwedVND: VND

    /// Whether the pack in force gives another date than the stored one.
    public var isDueDateDifferent: Bool { storedDueOn != dueOn }
    public var isOverdue: Bool { daysOverdue > 0 }

    public init(
        caseID: PenaltyCase.ID, recordNumber: String, state: PenaltyCase.State, deadline: Deadline,
        storedDueOn: CalendarDate?, dueOn: CalendarDate?, daysOverdue: Int, outstandingVND: VND = .zero,
        surchargeVND: VND = .zero, surchargeDays: Int = 0, surchargeOwedVND: VND = .zero
    ) {
        self.caseID = caseID
        self.recordNumber = recordNumber
        self.state = state
        self.deadline = deadline
        self.storedDueOn = storedDueOn
        self.dueOn = dueOn
        self.daysOverdue = daysOverdue
        self.outstandingVND = outstandingVND
        self.surchargeVND = surchargeVND
        self.surchargeDays = surchargeDays
        self.surchargeOwedVND = surchargeOwedVND
    }
}

/// The totals of `case recompute`.
public struct RecomputeTotals: Sendable, Codable, Equatable {
    public var cases = 0
    /// Open cases past their decision deadline.
    public var decisionOverdue = 0
    /// Decided cases past their payment due date with a fine owed.
    public var paymentOverdue = 0
    /// Cases whose recomputed deadline differs from the stored one.
    public var dueDateDifferent = 0
    /// Fines still owed, in đồng.
    public var outstandingVND: Int64 = 0
    /// Surcharge accrued, in đồng.
    public var surchargeVND: Int64 = 0
    /// Surcharge still owed, in đồng.
    public var surchargeOwedVND: Int64 = 0

    public var overdue: Int { decisionOverdue + paymentOverdue }

    public init() {}

    ///
    /// - Throws: ``AmountTotalError`` when a total does not fit in an `Int64`.
    public mutating func add(_ row: RecomputedCase) throws(AmountTotalError) {
        cases += 1
        if row.isOverdue { if row.deadline == .decision { decisionOverdue += 1 } else { paymentOverdue += 1 } }
        if row.isDueDateDifferent { dueDateDifferent += 1 }
        let record = "penalty case #\(row.caseID.rawValue)"
        try VND.accumulate(&outstandingVND, row.outstandingVND.rawValue, into: "outstanding fines", at: record)
        try VND.accumulate(&surchargeVND, row.surchargeVND.rawValue, into: "surcharges", at: record)
        try VND.accumulate(&surchargeOwedVND, row.surchargeOwedVND.rawValue, into: "surcharges owed", at: record)
    }
}
