import Casework
import LuaBridge

/// The `thanhtra` table that rules see: date helpers in place of `os`, which the sandbox does not offer.
///
/// Dates cross as `"YYYY-MM-DD"` text and are calendar dates in Asia/Ho_Chi_Minh; counts are Lua integers.
///
/// | function | returns |
/// | --- | --- |
/// | `thanhtra.days_between(a, b)` | calendar days from `a` to `b` (negative when `b` is earlier) |
/// | `thanhtra.add_days(d, n)` | the date `n` days after `d` |
/// | `thanhtra.add_months(d, n)` | the same day `n` months later, clamped to the month's end |
/// | `thanhtra.date(y, m, d)` | `"YYYY-MM-DD"`, or an error when the day does not exist |
/// | `thanhtra.date_parts(d)` | `{ year =, month =, day =, weekday = }` (weekday 1 = Monday … 7 = Sunday) |
/// | `thanhtra.is_date(s)` | whether `s` is a valid `"YYYY-MM-DD"` date |
/// | `thanhtra.compare_dates(a, b)` | -1, 0 or 1 |
enum HostFunctions {
    static let table = "thanhtra"

    static func register(in runtime: LuaRuntime) throws {
        // The five everyday helpers run in C for well-formed arguments (CalendarFunction); the Swift bodies below
        // answer the rest, with the messages rule authors see.
        try runtime.register(table, "days_between", native: CalendarFunction.daysBetween.native) { arguments in
            let a = try date(arguments, 0, "days_between")
            let b = try date(arguments, 1, "days_between")
            return [.integer(Int64(a.days(to: b)))]
        }
        try runtime.register(table, "add_days", native: CalendarFunction.addDays.native) { arguments in
            let d = try date(arguments, 0, "add_days")
            let n = try integer(arguments, 1, "add_days")
            return [.string(d.adding(days: n).description)]
        }
        try runtime.register(table, "add_months", native: CalendarFunction.addMonths.native) { arguments in
            let d = try date(arguments, 0, "add_months")
            let n = try integer(arguments, 1, "add_months")
            return [.string(d.adding(months: n).description)]
        }
        try runtime.register(table, "date") { arguments in
            let y = try integer(arguments, 0, "date")
            let m = try integer(arguments, 1, "date")
            let d = try integer(arguments, 2, "date")
            guard let value = CalendarDate(year: y, month: m, day: d) else {
                throw HostFunctionError(
                    "thanhtra.date: \(y)-\(m)-\(d) is not a day of the calendar",
                    vi: "thanhtra.date: \(y)-\(m)-\(d) không phải là một ngày có trong lịch")
            }
            return [.string(value.description)]
        }
        try runtime.register(table, "date_parts") { arguments in
            let d = try date(arguments, 0, "date_parts")
            return [
                .table(
                    LuaTable(fields: [
                        "year": .integer(Int64(d.year)), "month": .integer(Int64(d.month)),
                        "day": .integer(Int64(d.day)), "weekday": .integer(Int64(d.weekday)),
                    ]))
            ]
        }
        try runtime.register(table, "is_date", native: CalendarFunction.isDate.native) { arguments in
            guard case .string(let text)? = arguments.first else { return [.boolean(false)] }
            return [.boolean(CalendarDate(text) != nil)]
        }
        try runtime.register(table, "compare_dates", native: CalendarFunction.compareDates.native) { arguments in
            let a = try date(arguments, 0, "compare_dates")
            let b = try date(arguments, 1, "compare_dates")
            return [.integer(a < b ? -1 : (a == b ? 0 : 1))]
        }
    }

    private static func date(_ arguments: [LuaValue], _ index: Int, _ function: String) throws -> CalendarDate {
        let value = index < arguments.count ? arguments[index] : .nil
        guard case .string(let text) = value, let date = CalendarDate(text) else {
            throw HostFunctionError(
                "thanhtra.\(function): argument \(index + 1) must be a date \"YYYY-MM-DD\", got \(value.shortDescription)",
                vi: "thanhtra.\(function): đối số thứ \(index + 1) phải là một ngày \"YYYY-MM-DD\", nhận được \(value.vietnameseDescription)")
        }
        return date
    }

    private static func integer(_ arguments: [LuaValue], _ index: Int, _ function: String) throws -> Int {
        let value = index < arguments.count ? arguments[index] : .nil
        guard case .integer(let number) = value, let result = Int(exactly: number), abs(result) < 10_000_000 else {
            throw HostFunctionError(
                "thanhtra.\(function): argument \(index + 1) must be a whole number, got \(value.shortDescription)",
                vi: "thanhtra.\(function): đối số thứ \(index + 1) phải là một số nguyên, nhận được \(value.vietnameseDescription)")
        }
        return result
    }
}

/// An error raised by a host function; its text becomes the Lua error message at the rule's call site, in both
/// languages as the pack writes its own (`rules/lib/say.lua`: the English, then a `vi: ` line), so that
/// ``RuleError/AuthorText`` splits it the same way.
struct HostFunctionError: Error, CustomStringConvertible {
    var description: String
    init(_ english: String, vi vietnamese: String) { self.description = english + "\nvi: " + vietnamese }
}

extension LuaValue {
    /// A short rendering for error messages: `1.5`, `"abc"`, `a table`, `nil`.
    var shortDescription: String {
        switch self {
        case .nil: "nil"
        case .boolean(let value): String(value)
        case .integer(let value): String(value)
        case .number(let value): value.isNaN ? "NaN (not a number)" : String(value)
        case .string(let value): "\"\(value.count > 40 ? String(value.prefix(40)) + "…" : value)\""
        case .table: "a table"
        case .function: "a function"
        }
    }

    /// ``shortDescription`` in Vietnamese: `nil`, `1.5 (số thực)`, `một bảng`.
    var vietnameseDescription: String {
        switch self {
        case .number(let value): value.isNaN ? "NaN (không phải số)" : "\(value) (số thực)"
        case .table: "một bảng"
        case .function: "một hàm"
        default: shortDescription
        }
    }
}
