import LuaBridge
import RulesNative

/// The date helpers of `thanhtra.*` that answer in C (RulesNative/calendar.c) for well-formed arguments: rules call
/// them many times per computation, and a crossing into Swift for each would cost more than the rule itself.
///
/// Dates are `"YYYY-MM-DD"` strings of the proleptic Gregorian calendar, years 1…9999; counts are Lua integers
/// smaller than 10 000 000 in size. Anything else goes to the Swift body registered behind the C function.
enum CalendarFunction: Int32, CaseIterable {
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

    /// The C function, for ``LuaRuntime/register(_:_:native:fallback:)``.
    var native: LuaNativeFunction {
        // Every case has its function in calendar.c (a test checks it); a missing one is a build mistake.
        guard let pointer = rules_calendar_function(rawValue) else {
            preconditionFailure("RulesNative has no calendar function \(rawValue)")
        }
        return LuaNativeFunction(pointer)
    }
}
