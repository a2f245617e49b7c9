import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection end-onsite`.
struct InspectionEndOnsiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end-onsite", abstract: "End on-site work; the result report is due next.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection end-onsite", verb: "ended on-site work of", mark: { $0.timeline.onsiteEndedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.endOnsite(current, on: day, today: today, deadlines: deadlines)
        }
    }
}
