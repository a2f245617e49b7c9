/// What happened to inspections in a reporting window, with the IDs behind every count so reports can drill down.
///
/// The window is half-open: `from ≤ day < before`. With `openedOn` and `concludedOn` of each inspection:
///
/// - **carried over** (kỳ trước chuyển sang): `openedOn < from`, and not concluded before `from`
///   (`concludedOn` is NULL or `≥ from`). One concluded *on* `from` was still running when the period began, so it
///   is carried over **and** concluded in the period.
/// - **opened** (triển khai trong kỳ): `from ≤ openedOn < before`.
/// - **concluded** (đã ban hành kết luận): `from ≤ concludedOn < before`. One concluded on `before` belongs to
///   the next period, into which it is carried over.
///
/// So the total in progress in the period (tổng số) is `carriedOver.count + opened.count`.
///
/// Findings and recommendations count under the conclusion that states them (Biểu 01/TTr reports them with the
/// conclusions issued in the period): those of the inspections in ``concluded``. Follow-ups count by the day they
/// were done (``FollowUp/doneOn`` in the window); ``followedUp`` lists their inspections.
public struct InspectionFlow: Sendable, Codable, Equatable {
    public var from: CalendarDate
    public var before: CalendarDate
    public var carriedOver: InspectionCount
    public var opened: InspectionCount
    public var concluded: InspectionCount
    /// Distinct subjects of the inspections concluded in the window (số đơn vị được thanh tra theo kết luận).
    public var subjectsConcluded: Int
    /// Findings of the inspections concluded in the window.
    public var findings: FindingTotals
    /// Recommendations of the inspections concluded in the window, by kind.
    public var recommended: RecommendationTotals
    /// Follow-ups done in the window, by the kind of their recommendation.
    public var done: RecommendationTotals
    /// Inspections with a follow-up done in the window, by ID.
    public var followedUp: [Inspection.ID]

    public init(
        from: CalendarDate, before: CalendarDate, carriedOver: InspectionCount, opened: InspectionCount,
        concluded: InspectionCount, subjectsConcluded: Int, findings: FindingTotals,
        recommended: RecommendationTotals, done: RecommendationTotals, followedUp: [Inspection.ID]
    ) {
        self.from = from
        self.before = before
        self.carriedOver = carriedOver
        self.opened = opened
        self.concluded = concluded
        self.subjectsConcluded = subjectsConcluded
        self.findings = findings
        self.recommended = recommended
        self.done = done
        self.followedUp = followedUp
    }
}

/// How many inspections, which ones (by ID, ascending), and how many of each mode.
public struct InspectionCount: Sendable, Codable, Equatable {
    public var count: Int
    public var ids: [Inspection.ID]
    public var byMode: ModeCounts

    public init(count: Int = 0, ids: [Inspection.ID] = [], byMode: ModeCounts = ModeCounts()) {
        self.count = count
        self.ids = ids
        self.byMode = byMode
    }
}

/// A count per ``Inspection/Mode``.
public struct ModeCounts: Sendable, Codable, Equatable {
    public var scheduled: Int
    public var unscheduled: Int
    public var regular: Int

    public init(scheduled: Int = 0, unscheduled: Int = 0, regular: Int = 0) {
        self.scheduled = scheduled
        self.unscheduled = unscheduled
        self.regular = regular
    }

    /// The count of `mode`.
    public subscript(mode: Inspection.Mode) -> Int {
        get {
            switch mode {
            case .scheduled: scheduled
            case .unscheduled: unscheduled
            case .regular: regular
            }
        }
        set {
            switch mode {
            case .scheduled: scheduled = newValue
            case .unscheduled: unscheduled = newValue
            case .regular: regular = newValue
            }
        }
    }
}

/// Findings added up: how many, money, land.
public struct FindingTotals: Sendable, Codable, Equatable {
    public var count: Int
    public var amountVND: VND
    public var landArea: LandArea

    public init(count: Int = 0, amountVND: VND = .zero, landArea: LandArea = .zero) {
        self.count = count
        self.amountVND = amountVND
        self.landArea = landArea
    }
}

/// Recommendation (or follow-up) figures added up per kind of recommendation.
public struct RecommendationTotals: Sendable, Codable, Equatable {
    public var recovery: RecommendationFigures
    public var otherFinancial: RecommendationFigures
    public var handling: RecommendationFigures
    public var transfer: RecommendationFigures
    public var policy: RecommendationFigures

    public init(
        recovery: RecommendationFigures = .zero, otherFinancial: RecommendationFigures = .zero,
        handling: RecommendationFigures = .zero, transfer: RecommendationFigures = .zero,
        policy: RecommendationFigures = .zero
    ) {
        self.recovery = recovery
        self.otherFinancial = otherFinancial
        self.handling = handling
        self.transfer = transfer
        self.policy = policy
    }

    /// The figures of `kind`.
    public subscript(kind: Recommendation.Kind) -> RecommendationFigures {
        get {
            switch kind {
            case .recovery: recovery
            case .otherFinancial: otherFinancial
            case .handling: handling
            case .transfer: transfer
            case .policy: policy
            }
        }
        set {
            switch kind {
            case .recovery: recovery = newValue
            case .otherFinancial: otherFinancial = newValue
            case .handling: handling = newValue
            case .transfer: transfer = newValue
            case .policy: policy = newValue
            }
        }
    }
}
