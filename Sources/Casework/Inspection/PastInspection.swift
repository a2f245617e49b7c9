/// What plan scripts and the overlap check see of an inspection: who, what, when. No findings or figures.
///
/// The rule pack receives these as `past` in `inspection.plan(request)` and as `others` in
/// `inspection.overlap(request)` (see `docs/rule-contract.md`).
public struct PastInspection: Sendable, Codable, Equatable, Identifiable {
    public var id: Inspection.ID
    public var mode: Inspection.Mode
    /// All the inspection's subjects, in its order.
    public var subjectIDs: [Subject.ID]
    public var content: String
    public var field: String
    public var category: String
    public var openedOn: CalendarDate
    /// The conclusion's date, or `nil` while not concluded.
    public var concludedOn: CalendarDate?

    public init(
        id: Inspection.ID, mode: Inspection.Mode, subjectIDs: [Subject.ID], content: String, field: String,
        category: String, openedOn: CalendarDate, concludedOn: CalendarDate? = nil
    ) {
        self.id = id
        self.mode = mode
        self.subjectIDs = subjectIDs
        self.content = content
        self.field = field
        self.category = category
        self.openedOn = openedOn
        self.concludedOn = concludedOn
    }
}
