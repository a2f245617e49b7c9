import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection draft`.
struct InspectionDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Record the draft conclusion; the signed conclusion is due next.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, verb: "recorded the draft conclusion of", .draft)
    }
}
