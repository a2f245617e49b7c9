/// What happened to an inspection after it was opened. Each event sets dates once or appends rows; nothing
/// recorded is ever edited or deleted.
///
/// Encoded in the journal with its labels: `{"announced":{"on":"2026-03-02"}}`.
public enum InspectionEvent: Sendable, Codable, Equatable {
    /// The decision, and the subjects it names (added to those named at opening).
    case decided(decision: InspectionDecision, subjects: [Subject.ID])
    /// The decision was announced; the on-site clock starts.
    case announced(on: CalendarDate)
    /// The on-site duration was extended.
    case extended(grantedOn: CalendarDate, days: Int, reason: String)
    case suspended(on: CalendarDate, reason: String)
    case resumed(on: CalendarDate)
    case onsiteEnded(on: CalendarDate)
    /// The team's result report was submitted.
    case reported(on: CalendarDate)
    /// The draft conclusion was submitted.
    case drafted(on: CalendarDate)
    case concluded(conclusion: InspectionConclusion)
    case closed(on: CalendarDate)
}

/// One change to an inspection after opening: the event, the state it leaves the inspection in, and, when the
/// rules computed them, the new due dates.
public struct InspectionUpdate: Sendable, Equatable {
    public var event: InspectionEvent
    public var newState: Inspection.State
    /// The due dates after the event, as the rules computed them; `nil` leaves the stored ones unchanged.
    public var deadlines: InspectionDeadlines?

    public init(event: InspectionEvent, newState: Inspection.State, deadlines: InspectionDeadlines? = nil) {
        self.event = event
        self.newState = newState
        self.deadlines = deadlines
    }
}
