/// A reporting window (kỳ báo cáo), half-open: `from ≤ day < before`.
///
/// The rule pack computes it (the national cut-off runs from the 15th of the previous month to the 14th; a pack
/// may use calendar months); Casework never hard-codes it.
public struct ReportPeriod: Sendable, Codable, Equatable, Hashable {
    /// `monthly`, `quarterly`, `half-year`, `nine-months`, `annual`, `range`.
    public var kind: String
    /// How people name it: `2026-10`, `2026-Q3`, `2026-H1`, `2026-9M`, `2026`, `2026-01-01..2026-03-31`.
    public var label: String
    /// First day in the period.
    public var from: CalendarDate
    /// First day after the period.
    public var before: CalendarDate
    /// When several bodies (cơ quan) share one store: the code of the body whose cases and inspections the period's
    /// figures count (``PenaltyCase/body``, ``Inspection/body``); `nil` counts every record of the store. Encoded
    /// only when set, so a period without a body encodes as before.
    public var body: String?

    public init(kind: String, label: String, from: CalendarDate, before: CalendarDate, body: String? = nil) {
        self.kind = kind
        self.label = label
        self.from = from
        self.before = before
        self.body = body
    }

    /// The last day in the period.
    public var through: CalendarDate { before.adding(days: -1) }
}
