import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection conclude`.
struct InspectionConcludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conclude", abstract: "Record the signed conclusion (kết luận thanh tra).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "The conclusion's number.") var number: String

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let day = step.on ?? app.today
        let updated = try app.step(step.id, command: "inspection conclude", store: store, engine: engine) { current, _ in
            try InspectionWork.conclude(current, number: number, on: day, today: app.today)
        }
        InspectionText.print(updated, verb: "concluded", format: app.configuration.format)
    }
}
