import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case decide`.
struct CaseDecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record the penalty decision; the rules compute and store each fine with its explanation.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(help: "The decision's number.") var number: String
    @Option(help: "The decision date (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate
    @Option(help: "The signer's title code (see the pack's titles); with accounts, one --as holds on the decision date, itself or by delegation.") var signer: String
    @Option(name: .customLong("signer-name"), help: "The signer's name (with accounts, default: the acting account's name).") var signerName: String = ""
    @Option(
        name: .customLong("confiscated-vnd"),
        help: "The value of the confiscated exhibits and means, in đồng (tịch thu; 1500000 or 1.500.000).",
        transform: Parse.money) var confiscated: VND = .zero
    @Option(
        name: .customLong("licence-revocations"),
        help: "How many licences or practice certificates the decision withdraws for a time.")
    var licenceRevocations: Int = 0
    @Option(
        name: .customLong("activity-suspensions"), help: "How many activities the decision suspends for a time.")
    var activitySuspensions: Int = 0
    @Option(name: .customLong("remedial-measures"), help: "How many remedial measures the decision orders.")
    var remedialMeasures: Int = 0

    func run() throws {
        let app = try App(options)
        let inspectorate = try app.openInspectorate()
        let updated = try AuthorityWords.worded {
            try inspectorate.decideCase(
                PenaltyCase.ID(rawValue: id), number: number, decidedOn: on, signerTitle: signer,
                signerName: signerName,
                sanctions: DecisionSanctions(
                    confiscatedVND: confiscated, licenceRevocations: licenceRevocations,
                    activitySuspensions: activitySuspensions, remedialMeasures: remedialMeasures),
                acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default:
            let total = updated.decision.map { CaseText.money($0.totalFineVND) } ?? "-"
            Output.line(
                app.say(
                    "decided case #\(id): decision \(number), total fine \(total); now \(updated.state.rawValue)",
                    "đã ra quyết định xử phạt vụ việc #\(id): quyết định \(number), tổng tiền phạt \(total); "
                        + "trạng thái: \(app.say.state(updated.state))"))
        }
    }
}
