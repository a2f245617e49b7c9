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

    public init(kind: String, label: String, from: CalendarDate, before: CalendarDate) {
        self.kind = kind
        self.label = label
        self.from = from
        self.before = before
    }

    /// The last day in the period.
    public var through: CalendarDate { before.adding(days: -1) }
}
