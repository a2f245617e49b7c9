import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection suspend`.
struct InspectionSuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suspend", abstract: "Suspend on-site work, with the reason.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Why (the suspension decision).") var reason: String

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let day = step.on ?? app.today
        let updated = try app.step(step.id, command: "inspection suspend", store: store, engine: engine) { current, _ in
            try InspectionWork.suspend(current, on: day, reason: reason, today: app.today)
        }
        InspectionText.print(updated, verb: "suspended", format: app.configuration.format)
    }
}
