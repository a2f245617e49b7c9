import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection extend`.
struct InspectionExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extend", abstract: "Extend the on-site duration, within the rule pack's limits.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Days added.") var days: Int
    @Option(help: "Why (the extension decision).") var reason: String

    func run() throws {
        try step.run(options, verb: "extended", .extend(days: days, reason: reason))
    }
}
