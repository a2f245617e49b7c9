import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case preview`.
struct CasePreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview", abstract: "Show the fines, deadlines and explanation a decision would have; stores nothing.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(help: "The decision date to assume (default: today).", transform: Parse.date) var on: CalendarDate?
    @Option(help: "The signer's title code, to check competence.") var signer: String?

    struct Preview: Encodable {
        var caseID: Int64
        var totalFineVND: VND
        var totalRemedialVND: VND
        var decisionDueOn: CalendarDate
        var enforcementExpiresOn: CalendarDate?
        var lines: [FineLine]
        var steps: [ExplanationStep]
        var problems: [PolicyProblem]
    }

    func run() throws {
        let app = try App(options)
        let inspectorate = try app.openInspectorate()
        let assessment = try worded {
            try inspectorate.previewCase(PenaltyCase.ID(rawValue: id), decidedOn: on, signer: signer, acting: app.acting)
        }
        switch app.configuration.format {
        case .json:
            try Output.json(
                Preview(
                    caseID: id, totalFineVND: assessment.totalFineVND, totalRemedialVND: assessment.totalRemedialVND,
                    decisionDueOn: assessment.decisionDueOn, enforcementExpiresOn: assessment.enforcementExpiresOn,
                    lines: assessment.lines.map(\.fine), steps: assessment.steps, problems: assessment.problems))
        default:
            let rules = inspectorate.pack.hash.prefix(12)
            Output.line(app.say("preview of case #\(id) (nothing stored); rules \(rules)", "xem trước vụ việc #\(id) (không lưu); bộ quy tắc \(rules)"))
            CaseText.assessment(assessment, explain: true, say: app.say).forEach { Output.line($0) }
        }
    }
}
