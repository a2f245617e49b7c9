import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection conclude`.
struct InspectionConcludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conclude", abstract: "Record the signed conclusion (kết luận thanh tra).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "The conclusion's number.") var number: String

    func run() throws {
        try step.run(options, verb: "concluded", .conclude(number: number))
    }
}
