import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection announce`.
struct InspectionAnnounceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "announce", abstract: "Record the announcement (công bố): the on-site clock starts.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, verb: "announced", .announce)
    }
}
