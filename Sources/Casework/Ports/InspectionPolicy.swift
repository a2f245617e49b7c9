/// The legal questions Casework asks about inspections; the rule pack answers them (Rules implements this port
/// over Lua). Categories, levels, durations, overlap and finding categories all come from here.
public protocol InspectionPolicy {
    /// Content hash of the rules that answer.
    var packHash: String { get }

    /// The categories, levels and finding categories in force on `on`.
    func inspectionCatalog(on: CalendarDate) throws -> InspectionCatalog

    /// The due dates of `inspection` as its timeline stands (nil where the clock has not started).
    func deadlines(of inspection: Inspection) throws -> DeadlineAnswer

    /// Whether one more on-site extension of `days` is allowed.
    func checkExtension(of inspection: Inspection, days: Int) throws -> PolicyCheck

    /// The finding's category: the given one if valid, else the rules' choice.
    func classify(_ finding: FindingFacts) throws -> Classification

    /// What to recommend for a finding: recovery to the budget, other financial handling, land.
    func recovery(_ finding: FindingFacts) throws -> RecoveryAnswer
}

/// Codes and titles the pack defines for inspections.
public struct InspectionCatalog: Sendable, Codable, Equatable {
    public struct Item: Sendable, Codable, Equatable {
        public var code: String
        public var title: String
        public init(code: String, title: String) {
            self.code = code
            self.title = title
        }
    }
    public var categories: [Item]
    public var levels: [Item]
    public var findingCategories: [Item]
    public init(categories: [Item], levels: [Item], findingCategories: [Item]) {
        self.categories = categories
        self.levels = levels
        self.findingCategories = findingCategories
    }
}

/// Due dates with the steps that explain them and any refusal.
public struct DeadlineAnswer: Sendable, Equatable {
    public var deadlines: InspectionDeadlines
    public var steps: [ExplanationStep]
    public var problems: [PolicyProblem]
    public init(deadlines: InspectionDeadlines, steps: [ExplanationStep], problems: [PolicyProblem]) {
        self.deadlines = deadlines
        self.steps = steps
        self.problems = problems
    }
}

/// What the rules see of a finding.
public struct FindingFacts: Sendable, Equatable {
    public var description: String
    public var field: String
    /// The inspector's choice, or `nil` to let the rules classify.
    public var category: String?
    public var amountVND: VND
    public var landArea: LandArea
    public init(description: String, field: String, category: String?, amountVND: VND, landArea: LandArea) {
        self.description = description
        self.field = field
        self.category = category
        self.amountVND = amountVND
        self.landArea = landArea
    }
}

/// A finding's category as the rules decided it.
public struct Classification: Sendable, Equatable {
    public var category: String?
    public var title: String
    public var steps: [ExplanationStep]
    public var problems: [PolicyProblem]
    public init(category: String?, title: String, steps: [ExplanationStep], problems: [PolicyProblem]) {
        self.category = category
        self.title = title
        self.steps = steps
        self.problems = problems
    }
}

/// What the rules recommend for a finding.
public struct RecoveryAnswer: Sendable, Equatable {
    public var recoveryVND: VND
    public var otherFinancialVND: VND
    public var landArea: LandArea
    public var steps: [ExplanationStep]
    public init(recoveryVND: VND, otherFinancialVND: VND, landArea: LandArea, steps: [ExplanationStep]) {
        self.recoveryVND = recoveryVND
        self.otherFinancialVND = otherFinancialVND
        self.landArea = landArea
        self.steps = steps
    }
}
