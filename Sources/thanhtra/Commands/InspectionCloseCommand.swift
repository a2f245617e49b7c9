import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection close`.
struct InspectionCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close the file of a concluded inspection; follow-up may still be recorded.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, verb: "closed", .close)
    }
}
