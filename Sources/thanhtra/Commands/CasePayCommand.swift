import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case pay`.
struct CasePayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "Record a payment towards the fine and, optionally, the late surcharge.",
        discussion: "Partial payments are allowed; the case is settled when the fine and the surcharge owed are paid.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(help: "Paid towards the fine, in đồng (1500000 or 1.500.000).", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Paid towards the late surcharge, in đồng.", transform: Parse.money) var surcharge: VND = .zero
    @Option(help: "The payment date (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate
    @Option(help: "The receipt or treasury document number.") var receipt: String

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().payCase(
            PenaltyCase.ID(rawValue: id), amountVND: amount, surchargeVND: surcharge, paidOn: on, receipt: receipt,
            acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default:
            let say = app.say
            var line = say(
                "recorded payment \(receipt) on case #\(id): \(CaseText.money(amount))",
                "đã ghi nhận biên lai \(receipt) của vụ việc #\(id): \(CaseText.money(amount))")
            if surcharge > .zero {
                line += say(" + surcharge ", " + tiền chậm nộp ") + CaseText.money(surcharge)
            }
            line += say(
                "; outstanding fine \(CaseText.money(updated.outstandingVND)); now \(updated.state.rawValue)",
                "; tiền phạt còn nợ \(CaseText.money(updated.outstandingVND)); trạng thái: \(say.state(updated.state))")
            Output.line(line)
        }
    }
}
