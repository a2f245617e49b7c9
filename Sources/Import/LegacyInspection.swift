public import Casework

/// An inspection as a legacy register records it: one row, read and checked on its own (``InspectionImport``).
///
/// Every imported inspection has its decision (legacy registers are kept by decision number, and reports count an
/// inspection from its decision); its steps are the dates the row gives, and its state the last of them.
public struct LegacyInspection: Sendable, Equatable {
    public var mode: Inspection.Mode
    /// The pack's codes, matched from the code or the title the row gives.
    public var category: String
    public var level: String
    public var ground: InspectionGround?
    public var planEntry: PlanEntryReference?
    /// What is inspected; with the period inspected appended when the row gives one.
    public var content: String
    public var field: String
    public var leadUnit: String
    /// The subjects inspected, by number or identifier; resolved against the register by the check.
    public var subjects: [SubjectReference]
    public var openedOn: CalendarDate
    public var decision: InspectionDecision
    public var timeline: InspectionTimeline
    public var state: Inspection.State
    /// The violations the conclusion found, in money and land, with the pack's finding category when the row
    /// names one (else the rules classify it when it is written).
    public var finding: LegacyFinding?
    /// The recovery to the budget the conclusion recommended.
    public var recovery: RecommendationFigures?
    /// Other financial handling the conclusion recommended (money).
    public var otherFinancialVND: VND?
    /// What was recovered, with its date and receipt.
    public var recovered: LegacyRecovered?
    /// The body that conducted it (``Inspection/body``), one of the pack's; `nil` when the file names none.
    public var body: String?

    public init(
        mode: Inspection.Mode, category: String, level: String, ground: InspectionGround? = nil,
        planEntry: PlanEntryReference? = nil, content: String, field: String = "", leadUnit: String,
        subjects: [SubjectReference], openedOn: CalendarDate, decision: InspectionDecision,
        timeline: InspectionTimeline = InspectionTimeline(), state: Inspection.State, finding: LegacyFinding? = nil,
        recovery: RecommendationFigures? = nil, otherFinancialVND: VND? = nil, recovered: LegacyRecovered? = nil,
        body: String? = nil
    ) {
        self.mode = mode
        self.category = category
        self.level = level
        self.ground = ground
        self.planEntry = planEntry
        self.content = content
        self.field = field
        self.leadUnit = leadUnit
        self.subjects = subjects
        self.openedOn = openedOn
        self.decision = decision
        self.timeline = timeline
        self.state = state
        self.finding = finding
        self.recovery = recovery
        self.otherFinancialVND = otherFinancialVND
        self.recovered = recovered
        self.body = body
    }
}

/// The violations an imported conclusion found.
public struct LegacyFinding: Sendable, Equatable {
    public var amountVND: VND
    public var landArea: LandArea
    /// The pack's finding category, or `nil` to let the rules classify it.
    public var category: String?

    public init(amountVND: VND, landArea: LandArea, category: String?) {
        self.amountVND = amountVND
        self.landArea = landArea
        self.category = category
    }
}

/// Money recovered after an imported conclusion.
public struct LegacyRecovered: Sendable, Equatable {
    public var amountVND: VND
    public var doneOn: CalendarDate
    public var receipt: String

    public init(amountVND: VND, doneOn: CalendarDate, receipt: String) {
        self.amountVND = amountVND
        self.doneOn = doneOn
        self.receipt = receipt
    }
}

