import Casework
import Foundation

/// Today and now in Asia/Ho_Chi_Minh, read from the system clock. Viet Nam keeps UTC+7 all year (no daylight
/// saving since 1975), so the offset is fixed and no time-zone database is needed.
struct SystemClock: CalendarClock {
    static let offsetSeconds = 7 * 3600

    private func localSeconds() -> Int { Int(Date().timeIntervalSince1970.rounded(.down)) + SystemClock.offsetSeconds }

    func today() -> CalendarDate {
        let seconds = localSeconds()
        return CalendarDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// `HH:MM:SS` in Asia/Ho_Chi_Minh.
    func timeOfDay() -> String {
        let s = ((localSeconds() % 86_400) + 86_400) % 86_400
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(pad(s / 3600)):\(pad(s / 60 % 60)):\(pad(s % 60))"
    }

    func timestamp() -> String { "\(today())T\(timeOfDay())+07:00" }
}

/// "Today" set by `THANHTRA_TODAY` for business dates (deadlines, periods, back-dated entry), with the journal's
/// instant still read from the system clock: an override of the date must never forge when an entry was recorded.
struct BusinessDateOverride: CalendarClock {
    var date: CalendarDate
    func today() -> CalendarDate { date }
    func timestamp() -> String { SystemClock().timestamp() }
}
