import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection resume`.
struct InspectionResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume suspended on-site work; the due date moves by the days suspended.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection resume", verb: "resumed", mark: { inspection, day in
            if let last = inspection.timeline.suspensions.indices.last { inspection.timeline.suspensions[last].resumedOn = day }
        }) { current, day, today, deadlines in
            try InspectionWork.resume(current, on: day, today: today, deadlines: deadlines)
        }
    }
}
