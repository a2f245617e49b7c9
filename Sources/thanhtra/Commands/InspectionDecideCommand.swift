import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection decide`.
struct InspectionDecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record the inspection decision: number, date, signer, team, subjects.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The inspection number.") var id: Int64
    @Option(help: "The decision's number.") var number: String
    @Option(help: "The decision date.", transform: Parse.date) var on: CalendarDate
    @Option(name: .customLong("signer-title"), help: "The signer's title.") var signerTitle: String
    @Option(help: "The signer's name.") var signer: String
    @Option(help: "The team lead (trưởng đoàn).") var lead: String
    @Option(name: .customLong("member"), help: "A team member. Repeatable.") var members: [String] = []
    @Option(name: .customLong("subject"), help: "A subject the decision names: its number, tax code or citizen ID number. Repeatable.", completion: Completion.subject, transform: Parse.subject)
    var subjects: [SubjectKey] = []

    func run() throws {
        let app = try App(options)
        let decision = InspectionDecision(
            number: number, decidedOn: on, signerTitle: signerTitle, signerName: signer, teamLead: lead, members: members)
        let inspectorate = try app.openInspectorate()
        let subjectIDs = try subjects.map { key in try worded { try inspectorate.store.subjectID(key) } }
        let updated = try inspectorate.advance(
            Inspection.ID(rawValue: id), .decide(decision, subjects: subjectIDs), on: on, acting: app.acting)
        InspectionText.print(updated, verb: "decided", format: app.configuration.format, say: app.say)
    }
}
