import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection report`.
struct InspectionReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Record the team's result report.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection report", verb: "recorded the result report of", mark: { $0.timeline.reportedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.report(current, on: day, today: today, deadlines: deadlines)
        }
    }
}
