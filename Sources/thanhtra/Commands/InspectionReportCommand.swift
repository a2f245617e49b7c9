import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection report`.
struct InspectionReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Record the team's result report.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, verb: "recorded the result report of", .report)
    }
}
