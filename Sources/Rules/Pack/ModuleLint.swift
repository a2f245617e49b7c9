import Casework
import LuaBridge

/// The check `thanhtra rules check` runs on the pack's calendar, after the pack has loaded: `calendar.lint{ today }`
/// lists the years from the pack's first announced year to the year after `today` that have no announcement of
/// days off (their deadlines fall back to the statute) and the announced years that disagree with the statute.
/// Each becomes a warning; a pack without `calendar.lint` has nothing to check.
struct CalendarLint {
    static let rule = "calendar.lint"
    static let file = "rules/calendar/years.lua"

    let engine: RuleEngine
    /// The day the years are judged from; nil: only the announced years are checked (rules never read the clock).
    let today: CalendarDate?

    func run() -> [RuleDiagnostic] {
        guard engine.defines(["calendar", "lint"]) else { return [] }
        var request: [String: LuaValue] = [:]
        if let today { request["today"] = .string(today.description) }
        do throws(RuleError) {
            let result = ResultReader(try engine.call(["calendar", "lint"], [.record(request)]), rule: CalendarLint.rule)
            var diagnostics: [RuleDiagnostic] = []
            for warning in try result["warnings"].list() {
                diagnostics.append(
                    RuleDiagnostic(
                        severity: .warning,
                        error: RuleError(
                            kind: .contract, message: try warning["message"].string(), file: CalendarLint.file,
                            rule: CalendarLint.rule, hint: try warning["hint"].optionalString())))
            }
            return diagnostics
        } catch {
            return [RuleDiagnostic(severity: .error, error: error)]
        }
    }
}
