import Casework
import LuaBridge

/// A check `thanhtra rules check` runs after the pack has loaded: a module's `lint{ today }` returns `{ warnings =
/// { { message, hint } } }`, each of which becomes a warning located in the module's file. A pack without the
/// function has nothing to check.
///
/// Two modules have one: `calendar.lint` lists the years from the pack's first announced year to the year after
/// `today` that have no announcement of days off (their deadlines fall back to the statute) and the announced
/// years that disagree with the statute; `penalty.lint` notes the settings that stand in for law not yet confirmed
/// (the frame household businesses and the other kinds of violator are fined under).
struct ModuleLint {
    /// The pack's calendar: `calendar.lint`, located in `rules/calendar/years.lua`.
    static let calendar = (module: "calendar", file: "rules/calendar/years.lua")
    /// The penalty settings: `penalty.lint`, located in `rules/penalty/settings.lua`.
    static let penalty = (module: "penalty", file: "rules/penalty/settings.lua")

    let engine: RuleEngine
    /// The table whose `lint` is called and the file its warnings are located in.
    let target: (module: String, file: String)
    /// The day the years are judged from; nil: only the announced years are checked (rules never read the clock).
    let today: CalendarDate?

    func run() -> [RuleDiagnostic] {
        guard engine.defines([target.module, "lint"]) else { return [] }
        let rule = target.module + ".lint"
        var request: [String: LuaValue] = [:]
        if let today { request["today"] = .string(today.description) }
        do throws(RuleError) {
            let result = ResultReader(try engine.call([target.module, "lint"], [.record(request)]), rule: rule)
            var diagnostics: [RuleDiagnostic] = []
            for warning in try result["warnings"].list() {
                // `message_vi` and `hint_vi`: the same words in Vietnamese, for `rules check --lang vi`.
                var vietnamese: RuleError.Words?
                if let message = try warning["message_vi"].optionalString() {
                    vietnamese = RuleError.Words(message, hint: try warning["hint_vi"].optionalString())
                }
                diagnostics.append(
                    RuleDiagnostic(
                        severity: .warning,
                        error: RuleError(
                            kind: .contract, message: try warning["message"].string(), file: target.file,
                            rule: rule, hint: try warning["hint"].optionalString(), vietnamese: vietnamese)))
            }
            return diagnostics
        } catch {
            return [RuleDiagnostic(severity: .error, error: error)]
        }
    }
}
