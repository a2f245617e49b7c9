import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection draft`.
struct InspectionDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Record the draft conclusion; the signed conclusion is due next.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection draft", verb: "recorded the draft conclusion of", mark: { $0.timeline.draftedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.draft(current, on: day, today: today, deadlines: deadlines)
        }
    }
}
