import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case deliver`.
struct CaseDeliverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver", abstract: "Record the day the violator received the decision; sets the payment due date.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(help: "The day the decision was received (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().deliverCase(PenaltyCase.ID(rawValue: id), receivedOn: on, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line(
            app.say(
                "delivered case #\(id) on \(on); pay by \(updated.decision?.paymentDueOn.map(\.description) ?? "-")",
                "đã giao quyết định vụ việc #\(id) ngày \(on); hạn nộp phạt \(updated.decision?.paymentDueOn.map(\.description) ?? "-")"))
        }
    }
}
