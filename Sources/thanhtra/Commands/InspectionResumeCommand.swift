import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection resume`.
struct InspectionResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume suspended on-site work; the due date moves by the days suspended.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, verb: "resumed", .resume)
    }
}
