import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection extend`.
struct InspectionExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extend", abstract: "Extend the on-site duration, within the rule pack's limits.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Days added.") var days: Int
    @Option(help: "Why (the extension decision).") var reason: String

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let day = step.on ?? app.today
        let updated = try app.step(step.id, command: "inspection extend", store: store, engine: engine,
                                   withStep: { $0.timeline.extensions.append(OnsiteExtension(grantedOn: day, days: days, reason: reason)) }
        ) { current, deadlines in
            let check = try engine.checkExtension(of: current, days: days)
            guard check.isAllowed else {
                throw InspectionError(
                    "the extension is not allowed: " + check.problems.map(\.message).joined(separator: "; "),
                    inspectionID: current.id, hint: check.problems.first?.hint)
            }
            return try InspectionWork.extend(current, on: day, days: days, reason: reason, today: app.today, deadlines: deadlines)
        }
        InspectionText.print(updated, verb: "extended", format: app.configuration.format)
    }
}
