import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection end-onsite`.
struct InspectionEndOnsiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end-onsite", abstract: "End on-site work; the result report is due next.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, verb: "ended on-site work of", .endOnsite)
    }
}
