public import Casework

/// Who runs a use case and when: the acting account, the business date ("today", which tests and back-dated
/// entry may set) and the real time the journal records.
public struct Acting: Sendable, Equatable {
    /// The account acting, as the journal names it.
    public var account: String
    /// The business date of the use case.
    public var today: CalendarDate
    /// When the journal says the change was recorded: always the real clock, `YYYY-MM-DDTHH:MM:SS+07:00`.
    public var recordedAt: String

    public init(account: String, today: CalendarDate, recordedAt: String) {
        self.account = account
        self.today = today
        self.recordedAt = recordedAt
    }
}
