import LuaShim

/// Date functions implemented in C inside the Lua state, for ``LuaRuntime/register(_:_:calendar:fallback:)``.
///
/// Dates are `"YYYY-MM-DD"` strings of the proleptic Gregorian calendar, years 1…9999; counts are Lua integers
/// smaller than 10 000 000 in size. Arguments outside that go to the Swift fallback.
public enum LuaCalendarFunction: Int32, Sendable, CaseIterable {
    /// `(a, b)` → -1, 0 or 1.
    case compareDates = 1
    /// `(a, b)` → the calendar days from `a` to `b` (negative when `b` is earlier).
    case daysBetween = 2
    /// `(d, n)` → the date `n` days after `d`.
    case addDays = 3
    /// `(d, n)` → the same day `n` months later, clamped to the month's last day.
    case addMonths = 4
    /// `(s)` → whether `s` is a date `"YYYY-MM-DD"` that exists.
    case isDate = 5
}
