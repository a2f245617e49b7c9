import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case extend`.
struct CaseExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend", abstract: "Record an extension of the decision deadline granted by the superior, with its reason.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(help: "Days added to the decision deadline.") var days: Int
    @Option(help: "Why the extension was granted (and by whom).") var reason: String

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().extendDecisionDeadline(
            PenaltyCase.ID(rawValue: id), days: days, reason: reason, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line(
            app.say(
                "extended case #\(id): decision now due by \(updated.decisionDueOn)",
                "đã gia hạn vụ việc #\(id): hạn ra quyết định mới \(updated.decisionDueOn)"))
        }
    }
}
