/// The annual plan and the once-a-year overlap rule, answered by the rule pack.
public protocol PlanPolicy {
    /// The approved plan of `year`, computed by the pack from the register and past inspections.
    func plan(year: Int, subjects: [Subject], past: [PastInspection]) throws -> PlanAnswer

    /// Whether an inspection of `subjectIDs` on this content collides with `others` of the same year.
    func overlap(
        mode: Inspection.Mode, year: Int, content: String, field: String, subjectIDs: [Subject.ID], others: [PastInspection]
    ) throws -> OverlapAnswer
}

/// A plan as the pack states it: subjects by identifier (tax code, ID number), not by number.
public struct PlanAnswer: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var subjectIdentifiers: [String]
        public var content: String
        public var field: String
        public var category: String
        public var level: String
        public var period: String
        public var leadUnit: String
        public var onsiteDays: Int
        public init(
            key: String, subjectIdentifiers: [String], content: String, field: String, category: String, level: String,
            period: String, leadUnit: String, onsiteDays: Int
        ) {
            self.key = key
            self.subjectIdentifiers = subjectIdentifiers
            self.content = content
            self.field = field
            self.category = category
            self.level = level
            self.period = period
            self.leadUnit = leadUnit
            self.onsiteDays = onsiteDays
        }
    }
    public var entries: [Entry]
    public var problems: [PolicyProblem]
    public init(entries: [Entry], problems: [PolicyProblem]) {
        self.entries = entries
        self.problems = problems
    }
}

/// The pack's verdict on an overlap: nothing, a warning, or a refusal, with the inspections it collides with.
public struct OverlapAnswer: Sendable, Equatable {
    public enum Action: String, Sendable, Codable { case none, warn, refuse }
    public struct Collision: Sendable, Equatable {
        public var inspectionID: Inspection.ID
        public var message: String
        public init(inspectionID: Inspection.ID, message: String) {
            self.inspectionID = inspectionID
            self.message = message
        }
    }
    public var action: Action
    public var collisions: [Collision]
    public init(action: Action, collisions: [Collision]) {
        self.action = action
        self.collisions = collisions
    }
}
