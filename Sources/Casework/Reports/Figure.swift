/// The figures a period report can show, by stable name: the same names in SQL results, JSON, the pack's
/// report forms, `report explain` and restatements. Units are in the name's suffix: `_vnd` đồng, `_dm2` square
/// decimetres of land; anything else is a count.
///
/// Per-category and per-level counts are `inspections.category.<code>` and `inspections.level.<code>`.
public enum Figure {
    // Inspections (cuộc thanh tra) count from their decision (triển khai): opened in the period their decision
    // date falls in; carried over when decided before the period and not concluded before it. An inspection
    // without a decision (a plan entry not yet started) is in no figure. Concluded: conclusion date in the period.
    public static let carriedOver = "inspections.carried_over"
    public static let opened = "inspections.opened"
    public static let total = "inspections.total"
    public static let scheduled = "inspections.scheduled"
    public static let unscheduled = "inspections.unscheduled"
    public static let regular = "inspections.regular"
    public static let onsiteEnded = "inspections.onsite_ended"
    public static let concluded = "inspections.concluded"
    public static let subjectsInspected = "inspections.subjects_inspected"
    public static let subjectsInViolation = "inspections.subjects_in_violation"
    // What the concluded inspections found and recommended; what follow-up recorded in the period.
    public static let violationsVND = "violations.money_vnd"
    public static let violationsLand = "violations.land_dm2"
    public static let recoveryRecommendedVND = "recovery.recommended_vnd"
    public static let recoveryRecommendedLand = "recovery.recommended_land_dm2"
    public static let recoveredVND = "recovery.recovered_vnd"
    public static let recoveredLand = "recovery.recovered_land_dm2"
    public static let otherFinancialVND = "other_financial.recommended_vnd"
    public static let collectivesRecommended = "handling.collectives_recommended"
    public static let personsRecommended = "handling.persons_recommended"
    public static let collectivesHandled = "handling.collectives_handled"
    public static let personsHandled = "handling.persons_handled"
    public static let transferCases = "transfer.cases"
    public static let transferPersons = "transfer.persons"
    public static let transferCasesAccepted = "transfer.cases_accepted"
    // Administrative-penalty cases (cancelled cases are left out of every figure).
    public static let penaltyCasesOpened = "penalty.cases_opened"
    public static let decisions = "penalty.decisions"
    public static let decisionsOrganizations = "penalty.decisions_organizations"
    public static let decisionsIndividuals = "penalty.decisions_individuals"
    public static let warnings = "penalty.warnings"
    public static let finesImposedVND = "penalty.fines_imposed_vnd"
    public static let finesCollectedVND = "penalty.fines_collected_vnd"
    public static let outstandingVND = "penalty.outstanding_vnd"
    public static let surchargesCollectedVND = "penalty.surcharges_collected_vnd"
    public static let remedialVND = "penalty.remedial_vnd"
    // Overdue as of the period's last day.
    public static let decisionsOverdue = "overdue.decisions"
    public static let paymentsOverdue = "overdue.payments"
    public static let onsiteOverdue = "overdue.onsite"
    public static let conclusionsOverdue = "overdue.conclusions"

    /// The figures a report charts over its history (the earlier periods before it): the trend of inspections and
    /// of fines. Reports compute only these for earlier periods, so a month's report costs one period's figures
    /// and not twelve.
    public static let trend: [String] = [total, finesImposedVND]

    /// Every fixed figure, in report order.
    public static let all: [String] = [
        carriedOver, opened, total, scheduled, unscheduled, regular, onsiteEnded, concluded, subjectsInspected,
        subjectsInViolation, violationsVND, violationsLand, recoveryRecommendedVND, recoveryRecommendedLand,
        recoveredVND, recoveredLand, otherFinancialVND, collectivesRecommended, personsRecommended, collectivesHandled,
        personsHandled, transferCases, transferPersons, transferCasesAccepted, penaltyCasesOpened, decisions,
        decisionsOrganizations, decisionsIndividuals, warnings, finesImposedVND, finesCollectedVND, outstandingVND,
        surchargesCollectedVND, remedialVND, decisionsOverdue, paymentsOverdue, onsiteOverdue, conclusionsOverdue,
    ]

    /// Whether a figure is money (đồng), land (dm²) or a count, from its name.
    public static func unit(of name: String) -> Unit {
        if name.hasSuffix("_vnd") { return .vnd }
        if name.hasSuffix("_dm2") { return .squareDecimetres }
        return .count
    }

    public enum Unit: String, Sendable, Codable { case count, vnd, squareDecimetres = "dm2" }
}

/// The figures of one period: every value an exact integer, with what it counts (ids) for drill-down.
public struct PeriodFigures: Sendable, Codable, Equatable {
    public var period: ReportPeriod
    /// Figure name → value (count, đồng or dm²).
    public var values: [String: Int64]

    public init(period: ReportPeriod, values: [String: Int64]) {
        self.period = period
        self.values = values
    }

    public subscript(_ name: String) -> Int64 { values[name] ?? 0 }
}

/// What stands behind one figure: the inspections, penalty cases, findings, recommendations or follow-ups.
public struct FigureMembers: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case inspection, penaltyCase, finding, recommendation, followUp, payment }
    public struct Member: Sendable, Codable, Equatable {
        public var kind: Kind
        public var id: Int64
        /// The member's contribution to the figure (1 for counts, the amount for money and land).
        public var value: Int64
        /// A short description for people: the case's record number, the inspection's content.
        public var label: String
        public init(kind: Kind, id: Int64, value: Int64, label: String) {
            self.kind = kind
            self.id = id
            self.value = value
            self.label = label
        }
    }
    public var figure: String
    public var period: ReportPeriod
    public var members: [Member]
    public init(figure: String, period: ReportPeriod, members: [Member]) {
        self.figure = figure
        self.period = period
        self.members = members
    }
}

/// The store's side of reports: figures and their drill-down members.
///
/// **The figure contract.** For every store, every figure of ``Figure/all`` and every period (a single day, a
/// month, a year, any half-open range `[from, before)`):
///
/// ```
/// figures(for: period)[name] == members(of: name, in: period).members.reduce(0) { $0 + $1.value }
/// ```
///
/// A figure's value is the sum of its members' values (1 for a count, đồng for money, dm² for land), computed
/// from the records as they stand when asked; ``figures(for:named:)`` agrees with ``figures(for:)`` on every name
/// it returns. How a store keeps a figure fast over millions of cases (SQLite keeps daily rollups maintained by
/// triggers, docs/performance.md) is its own business and never shows in a value. The store conformance suite
/// (`Tests/StoreConformanceTests`, `ReportFigureConformanceTests`) checks the rule on random histories for
/// every day and period.
public protocol ReportStore: Sendable {
    /// Every figure of ``Figure/all`` plus per-category and per-level counts, for `period`.
    ///
    /// Each value of ``Figure/all`` equals the sum of ``members(of:in:)``'s values (the figure contract above).
    func figures(for period: ReportPeriod) throws -> PeriodFigures
    /// The records behind `figure` in `period`: the sum of their values equals the figure (the figure contract).
    func members(of figure: String, in period: ReportPeriod) throws -> FigureMembers
    /// Only the fixed figures `names` (of ``Figure/all``) for `period`, each equal to its value in
    /// ``figures(for:)``; others are absent.
    func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures
}

extension ReportStore {
    /// Computes every figure and keeps `names`; stores that can compute fewer override it.
    public func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures {
        let all = try figures(for: period)
        return PeriodFigures(period: period, values: all.values.filter { names.contains($0.key) })
    }
}
