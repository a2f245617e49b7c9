/// What a candidate rule pack would change in the cases of a period: every case whose fine or deadlines move,
/// and the period's totals, overall and by sector. Made by `Rules`' `RulesDiff`, printed by `thanhtra rules diff`.
///
/// The baseline of each case is stated in ``RulesDiffBaseline``: by default a decided (or settled) case is compared
/// with what its decision recorded, an open case with the assessment of the pack in force.
public struct RulesDiffReport: Sendable, Codable, Equatable {
    /// Content hash of the pack in force (the baseline of open cases).
    public var currentPack: String
    /// Content hash of the candidate pack.
    public var candidatePack: String
    public var baseline: RulesDiffBaseline
    public var selection: Selection
    /// Every changed case, by ID.
    public var changes: [CaseChange]
    /// All compared cases together.
    public var totals: DiffTotals
    /// The same figures by sector, by sector code; a case with violations in two sectors counts in both.
    public var sectors: [SectorDiff]

    /// The cases compared, as given: states and the half-open record period.
    public struct Selection: Sendable, Codable, Equatable {
        public var states: [PenaltyCase.State]
        public var recordFrom: CalendarDate?
        public var recordBefore: CalendarDate?
        /// The day open cases were assessed on.
        public var today: CalendarDate

        public init(states: [PenaltyCase.State], recordFrom: CalendarDate?, recordBefore: CalendarDate?, today: CalendarDate) {
            self.states = states
            self.recordFrom = recordFrom
            self.recordBefore = recordBefore
            self.today = today
        }
    }

    public init(
        currentPack: String, candidatePack: String, baseline: RulesDiffBaseline, selection: Selection,
        changes: [CaseChange], totals: DiffTotals, sectors: [SectorDiff]
    ) {
        self.currentPack = currentPack
        self.candidatePack = candidatePack
        self.baseline = baseline
        self.selection = selection
        self.changes = changes
        self.totals = totals
        self.sectors = sectors
    }
}

/// What decided cases are compared against.
public enum RulesDiffBaseline: String, Sendable, Codable, CaseIterable {
    /// Decided cases: the fine, decision deadline and payment due date their decision recorded. Open cases: the
    /// pack in force.
    case recorded
    /// Every case: what the pack in force computes today for the same facts and decision date.
    case current
}

/// An old and a new value.
public struct Change<Value: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
    public var old: Value
    public var new: Value
    public init(old: Value, new: Value) {
        self.old = old
        self.new = new
    }
}

/// One case whose fine or deadlines the candidate pack would change.
public struct CaseChange: Sendable, Codable, Equatable {
    public var caseID: PenaltyCase.ID
    public var recordNumber: String
    public var state: PenaltyCase.State
    /// The total fine, when it changes.
    public var fine: Change<VND>?
    /// The decision deadline, when it changes.
    public var decisionDueOn: Change<CalendarDate>?
    /// The payment due date of a delivered decision, when it changes.
    public var paymentDueOn: Change<CalendarDate>?
    /// Codes of the legal refusals the candidate pack raises that the baseline did not (`not_in_force`,
    /// `limitation_expired`, …); such a case could not be decided as it was under the candidate pack.
    public var newProblems: [String]

    /// New fine less old fine, in đồng: negative when the fine falls.
    public var fineDifferenceVND: Int64 { fine.map { $0.new.rawValue - $0.old.rawValue } ?? 0 }
    /// Days the decision deadline moves (negative: earlier).
    public var decisionDueShiftDays: Int { decisionDueOn.map { $0.old.days(to: $0.new) } ?? 0 }
    /// Days the payment due date moves (negative: earlier).
    public var paymentDueShiftDays: Int { paymentDueOn.map { $0.old.days(to: $0.new) } ?? 0 }

    public init(
        caseID: PenaltyCase.ID, recordNumber: String, state: PenaltyCase.State, fine: Change<VND>?,
        decisionDueOn: Change<CalendarDate>?, paymentDueOn: Change<CalendarDate>?, newProblems: [String]
    ) {
        self.caseID = caseID
        self.recordNumber = recordNumber
        self.state = state
        self.fine = fine
        self.decisionDueOn = decisionDueOn
        self.paymentDueOn = paymentDueOn
        self.newProblems = newProblems
    }
}

/// Totals of a period under the baseline and under the candidate pack.
public struct DiffTotals: Sendable, Codable, Equatable {
    /// Cases compared.
    public var cases: Int
    /// Cases with any change (fine, a deadline, or a new refusal).
    public var casesChanged: Int
    /// Cases whose fine changes.
    public var finesChanged: Int
    /// Cases whose decision deadline changes.
    public var decisionDueChanged: Int
    /// Cases whose payment due date changes.
    public var paymentDueChanged: Int
    /// Sum of the baseline fines, in đồng.
    public var oldTotalVND: Int64
    /// Sum of the candidate fines, in đồng.
    public var newTotalVND: Int64
    /// `newTotalVND - oldTotalVND`: the sum of the differences.
    public var differenceVND: Int64 { newTotalVND - oldTotalVND }

    public init(
        cases: Int = 0, casesChanged: Int = 0, finesChanged: Int = 0, decisionDueChanged: Int = 0,
        paymentDueChanged: Int = 0, oldTotalVND: Int64 = 0, newTotalVND: Int64 = 0
    ) {
        self.cases = cases
        self.casesChanged = casesChanged
        self.finesChanged = finesChanged
        self.decisionDueChanged = decisionDueChanged
        self.paymentDueChanged = paymentDueChanged
        self.oldTotalVND = oldTotalVND
        self.newTotalVND = newTotalVND
    }

    /// Adds `other`'s counts and sums (merging the totals of two workers).
    ///
    /// - Throws: ``AmountTotalError`` when a total of fines does not fit in an `Int64`.
    public mutating func add(_ other: DiffTotals) throws(AmountTotalError) {
        cases += other.cases
        casesChanged += other.casesChanged
        finesChanged += other.finesChanged
        decisionDueChanged += other.decisionDueChanged
        paymentDueChanged += other.paymentDueChanged
        try VND.accumulate(&oldTotalVND, other.oldTotalVND, into: "fines under the pack in force", at: "the merge of the workers' totals")
        try VND.accumulate(&newTotalVND, other.newTotalVND, into: "fines under the new pack", at: "the merge of the workers' totals")
    }

    private enum CodingKeys: String, CodingKey {
        case cases, casesChanged, finesChanged, decisionDueChanged, paymentDueChanged, oldTotalVND, newTotalVND,
            differenceVND
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cases: try container.decode(Int.self, forKey: .cases),
            casesChanged: try container.decode(Int.self, forKey: .casesChanged),
            finesChanged: try container.decode(Int.self, forKey: .finesChanged),
            decisionDueChanged: try container.decode(Int.self, forKey: .decisionDueChanged),
            paymentDueChanged: try container.decode(Int.self, forKey: .paymentDueChanged),
            oldTotalVND: try container.decode(Int64.self, forKey: .oldTotalVND),
            newTotalVND: try container.decode(Int64.self, forKey: .newTotalVND))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cases, forKey: .cases)
        try container.encode(casesChanged, forKey: .casesChanged)
        try container.encode(finesChanged, forKey: .finesChanged)
        try container.encode(decisionDueChanged, forKey: .decisionDueChanged)
        try container.encode(paymentDueChanged, forKey: .paymentDueChanged)
        try container.encode(oldTotalVND, forKey: .oldTotalVND)
        try container.encode(newTotalVND, forKey: .newTotalVND)
        try container.encode(differenceVND, forKey: .differenceVND)
    }
}

/// The totals of one sector: its lines' fines under the baseline and the candidate.
public struct SectorDiff: Sendable, Codable, Equatable {
    /// The sector code copied to each violation at opening (`hoa_don`).
    public var sector: String
    /// Cases with at least one violation in this sector.
    public var cases: Int
    /// Of those, cases where the fine of a line in this sector changes.
    public var casesChanged: Int
    /// Sum of the baseline fines of the sector's lines, in đồng.
    public var oldTotalVND: Int64
    /// Sum of the candidate fines of the sector's lines, in đồng.
    public var newTotalVND: Int64
    public var differenceVND: Int64 { newTotalVND - oldTotalVND }

    public init(sector: String, cases: Int = 0, casesChanged: Int = 0, oldTotalVND: Int64 = 0, newTotalVND: Int64 = 0) {
        self.sector = sector
        self.cases = cases
        self.casesChanged = casesChanged
        self.oldTotalVND = oldTotalVND
        self.newTotalVND = newTotalVND
    }

    private enum CodingKeys: String, CodingKey { case sector, cases, casesChanged, oldTotalVND, newTotalVND, differenceVND }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            sector: try container.decode(String.self, forKey: .sector), cases: try container.decode(Int.self, forKey: .cases),
            casesChanged: try container.decode(Int.self, forKey: .casesChanged),
            oldTotalVND: try container.decode(Int64.self, forKey: .oldTotalVND),
            newTotalVND: try container.decode(Int64.self, forKey: .newTotalVND))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sector, forKey: .sector)
        try container.encode(cases, forKey: .cases)
        try container.encode(casesChanged, forKey: .casesChanged)
        try container.encode(oldTotalVND, forKey: .oldTotalVND)
        try container.encode(newTotalVND, forKey: .newTotalVND)
        try container.encode(differenceVND, forKey: .differenceVND)
    }
}
