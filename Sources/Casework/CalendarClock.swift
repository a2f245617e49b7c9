/// Where "today" comes from. Casework and Rules never read the system clock: the executable passes a clock in,
/// and tests pass a fixed one.
public protocol CalendarClock: Sendable {
    /// Today's date in Asia/Ho_Chi_Minh.
    func today() -> CalendarDate
    /// The current instant as ISO 8601 text with the +07:00 offset, for the journal (`2026-11-23T16:05:09+07:00`).
    func timestamp() -> String
}

/// A clock that always answers the same day and instant; for tests and reproducible runs.
public struct FixedClock: CalendarClock {
    public var date: CalendarDate
    public var time: String
    public init(_ date: CalendarDate, time: String = "00:00:00") {
        self.date = date
        self.time = time
    }
    public func today() -> CalendarDate { date }
    public func timestamp() -> String { "\(date)T\(time)+07:00" }
}
