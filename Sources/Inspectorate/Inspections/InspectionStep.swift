public import Casework

/// One step of an inspection's lifecycle (Luật Thanh tra; docs/inspections.md), as a face asks for it: the CLI's
/// `inspection decide … close`, a page's form. ``Inspectorate/advance(_:_:on:acting:)`` applies it.
public enum InspectionStep: Sendable, Equatable {
    /// The inspection decision, naming the subjects; its date is the decision's own.
    case decide(InspectionDecision, subjects: [Subject.ID])
    /// The announcement (công bố): the on-site clock starts.
    case announce
    /// More on-site days, within the pack's limits (``InspectionPolicy/checkExtension(of:days:)``).
    case extend(days: Int, reason: String)
    case suspend(reason: String)
    /// On-site work resumes; the due date moves by the days suspended.
    case resume
    case endOnsite
    /// The team's result report.
    case report
    /// The draft conclusion; the signed conclusion is due next.
    case draft
    /// The signed conclusion (kết luận thanh tra) and its number.
    case conclude(number: String)
    /// The file is closed; follow-up may still be recorded.
    case close

    /// The journal's name of the step, e.g. `inspection announce`.
    public var command: String {
        switch self {
        case .decide: "inspection decide"
        case .announce: "inspection announce"
        case .extend: "inspection extend"
        case .suspend: "inspection suspend"
        case .resume: "inspection resume"
        case .endOnsite: "inspection end-onsite"
        case .report: "inspection report"
        case .draft: "inspection draft"
        case .conclude: "inspection conclude"
        case .close: "inspection close"
        }
    }
}

/// How a step is checked: what it changes on a copy of the inspection, so the pack can compute the deadlines it
/// leads to (`nil` when it moves none), and its casework (``Inspectorate/step(_:command:acting:withStep:_:)``).
struct StepPlan {
    var withStep: ((inout Inspection) -> Void)?
    var change: (Inspection, InspectionDeadlines?) throws -> InspectionUpdate
}

/// What a step would record, checked without writing anything (a face's preview).
public struct InspectionStepPreview: Sendable, Equatable {
    /// The inspection as it stands.
    public var inspection: Inspection
    /// What the step would record: the event, the state after it and the deadlines the pack computed.
    public var update: InspectionUpdate
}

extension Inspectorate {
    /// Applies `step` to inspection `id` on `day` in one journaled transaction: the step is checked (state, dates),
    /// the pack computes the deadlines it leads to, and the inspection is saved with its journal entry.
    ///
    /// - Parameter day: The step's date; ignored for ``InspectionStep/decide(_:subjects:)``, which carries its own.
    /// - Throws: ``InspectionError`` for a wrong step or what the pack refuses (an extension beyond its limits,
    ///   deadlines it cannot compute); ``StoreError`` (`.notFound` for an unknown inspection).
    public func advance(_ id: Inspection.ID, _ step: InspectionStep, on day: CalendarDate, acting: Acting) throws
        -> Inspection
    {
        try authorize(CaseworkAction.of(step), on: id, acting: acting)
        let stepPlan = plan(step, on: day, today: acting.today)
        return try self.step(id, command: step.command, acting: acting, withStep: stepPlan.withStep, stepPlan.change)
    }

    /// Checks `step` exactly as ``advance(_:_:on:acting:)`` would, on the inspection as stored, and says what it would
    /// record, without writing anything.
    /// - Throws: ``InspectorateError/unknownInspection(_:)``; the refusals of ``advance(_:_:on:acting:)``.
    public func preview(_ step: InspectionStep, of id: Inspection.ID, on day: CalendarDate, acting: Acting) throws
        -> InspectionStepPreview
    {
        try authorize(CaseworkAction.of(step), on: id, acting: acting)
        guard let current = try store.inspection(id: id) else { throw InspectorateError.unknownInspection(id) }
        let stepPlan = plan(step, on: day, today: acting.today)
        return InspectionStepPreview(
            inspection: current, update: try checkedUpdate(current, withStep: stepPlan.withStep, stepPlan.change))
    }

    /// The step's plan: what it changes and how it is checked.
    func plan(_ step: InspectionStep, on day: CalendarDate, today: CalendarDate) -> StepPlan {
        switch step {
        case .decide(let decision, let subjects):
            return StepPlan(withStep: { $0.decision = decision }) {
                try InspectionCasework.decide($0, decision: decision, subjects: subjects, today: today, deadlines: $1)
            }
        case .announce:
            return StepPlan(withStep: { $0.timeline.announcedOn = day }) {
                try InspectionCasework.announce($0, on: day, today: today, deadlines: $1)
            }
        case .extend(let days, let reason):
            let extensionGranted = OnsiteExtension(grantedOn: day, days: days, reason: reason)
            return StepPlan(withStep: { $0.timeline.extensions.append(extensionGranted) }) { current, deadlines in
                let check = try policy.checkExtension(of: current, days: days)
                guard check.isAllowed else {
                    throw InspectionError(
                        "the extension is not allowed: " + check.problems.map(\.message).joined(separator: "; "),
                        inspectionID: current.id, hint: check.problems.first?.hint, refusal: .refusedByRules(check.problems))
                }
                return try InspectionCasework.extend(current, on: day, days: days, reason: reason, today: today, deadlines: deadlines)
            }
        case .suspend(let reason):
            return StepPlan(withStep: nil) { current, _ in
                try InspectionCasework.suspend(current, on: day, reason: reason, today: today)
            }
        case .resume:
            let resumed: (inout Inspection) -> Void = { inspection in
                if let last = inspection.timeline.suspensions.indices.last {
                    inspection.timeline.suspensions[last].resumedOn = day
                }
            }
            return StepPlan(withStep: resumed) { try InspectionCasework.resume($0, on: day, today: today, deadlines: $1) }
        case .endOnsite:
            return StepPlan(withStep: { $0.timeline.onsiteEndedOn = day }) {
                try InspectionCasework.endOnsite($0, on: day, today: today, deadlines: $1)
            }
        case .report:
            return StepPlan(withStep: { $0.timeline.reportedOn = day }) {
                try InspectionCasework.report($0, on: day, today: today, deadlines: $1)
            }
        case .draft:
            return StepPlan(withStep: { $0.timeline.draftedOn = day }) {
                try InspectionCasework.draft($0, on: day, today: today, deadlines: $1)
            }
        case .conclude(let number):
            return StepPlan(withStep: nil) { current, _ in
                try InspectionCasework.conclude(current, number: number, on: day, today: today)
            }
        case .close:
            return StepPlan(withStep: nil) { current, _ in
                try InspectionCasework.close(current, on: day, today: today)
            }
        }
    }
}
