import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case cancel`.
struct CaseCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a case with its reason; it stays on record, journaled.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(help: "Why the case is cancelled.") var reason: String
    @Option(help: "The cancellation date (default: today).", transform: Parse.date) var on: CalendarDate?

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().cancelCase(PenaltyCase.ID(rawValue: id), on: on, reason: reason, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line(app.say("cancelled case #\(id): \(reason)", "đã hủy vụ việc #\(id): \(reason)"))
        }
    }
}
