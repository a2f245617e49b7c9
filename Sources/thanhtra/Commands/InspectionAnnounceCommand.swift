import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection announce`.
struct InspectionAnnounceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "announce", abstract: "Record the announcement (công bố): the on-site clock starts.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection announce", verb: "announced", mark: { $0.timeline.announcedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.announce(current, on: day, today: today, deadlines: deadlines)
        }
    }
}
