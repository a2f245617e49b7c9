import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra follow-up record`.
struct FollowUpRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record money recovered, collectives/persons handled, transfers accepted, policy documents done.",
        discussion: "More than recommended is refused unless --allow-over gives the reason.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The recommendation number.") var recommendation: Int64
    @Option(help: "The day it was done (default: today).", transform: Parse.date) var on: CalendarDate?
    @Option(help: "Money recovered, in đồng.", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Land recovered, in m².", transform: Parse.land) var land: LandArea = .zero
    @Option(help: "Collectives handled.") var collectives: Int = 0
    @Option(help: "Persons handled.") var persons: Int = 0
    @Option(help: "Cases accepted by the investigation agency.") var cases: Int = 0
    @Option(help: "Documents issued, amended or repealed (policy).") var documents: Int = 0
    @Option(help: "The receipt or document number (required for money).") var receipt: String?
    @Option(help: "A note.") var note: String = ""
    @Option(name: .customLong("allow-over"), help: "Why more than recommended is recorded.") var allowOver: String?

    func run() throws {
        let app = try App(options)
        let figures = RecommendationFigures(
            amountVND: amount, landArea: land, collectives: collectives, persons: persons, cases: cases,
            documents: documents)
        let new = NewFollowUp(doneOn: on ?? app.today, figures: figures, receipt: receipt, note: note)
        let followUp = try app.openInspectorate().recordFollowUp(
            new, on: Recommendation.ID(rawValue: recommendation), allowOver: allowOver, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(followUp)
        default:
            Output.line(
                app.say(
                    "recorded follow-up #\(followUp.id) on recommendation #\(recommendation)",
                    "đã ghi nhận kết quả thực hiện #\(followUp.id) của kiến nghị #\(recommendation)"))
        }
    }
}
