import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection suspend`.
struct InspectionSuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suspend", abstract: "Suspend on-site work, with the reason.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Why (the suspension decision).") var reason: String

    func run() throws {
        try step.run(options, verb: "suspended", .suspend(reason: reason))
    }
}
