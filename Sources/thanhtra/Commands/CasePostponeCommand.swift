import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case postpone`.
struct CasePostponeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postpone", abstract: "Record a postponement of payment (Điều 76); no surcharge accrues meanwhile.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(help: "First day of the postponement.", transform: Parse.date) var from: CalendarDate
    @Option(help: "Last day of the postponement.", transform: Parse.date) var until: CalendarDate
    @Option(help: "Why (the hardship, and the decision granting it).") var reason: String

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().postponeCase(
            PenaltyCase.ID(rawValue: id), Postponement(fromOn: from, untilOn: until, reason: reason), acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line(
            app.say(
                "postponed case #\(id) from \(from) until \(until)",
                "đã hoãn thi hành quyết định vụ việc #\(id) từ \(from) đến \(until)"))
        }
    }
}
