import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case preview`.
struct CasePreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview", abstract: "Show the fines, deadlines and explanation a decision would have; stores nothing.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
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
            Output.line("preview of case #\(id) (nothing stored); rules \(inspectorate.pack.hash.prefix(12))")
            CaseText.assessment(assessment, explain: true).forEach { Output.line($0) }
        }
    }
}

/// `thanhtra case decide`.
struct CaseDecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record the penalty decision; the rules compute and store each fine with its explanation.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Option(help: "The decision's number.") var number: String
    @Option(help: "The decision date (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate
    @Option(help: "The signer's title code (see the pack's titles).") var signer: String
    @Option(name: .customLong("signer-name"), help: "The signer's name.") var signerName: String = ""

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().decideCase(
            PenaltyCase.ID(rawValue: id), number: number, decidedOn: on, signerTitle: signer, signerName: signerName,
            acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default:
            let total = updated.decision.map { CaseText.money($0.totalFineVND) } ?? "-"
            Output.line("decided case #\(id): decision \(number), total fine \(total); now \(updated.state.rawValue)")
        }
    }
}

/// `thanhtra case deliver`.
struct CaseDeliverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver", abstract: "Record the day the violator received the decision; sets the payment due date.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Option(help: "The day the decision was received (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().deliverCase(PenaltyCase.ID(rawValue: id), receivedOn: on, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line("delivered case #\(id) on \(on); pay by \(updated.decision?.paymentDueOn.map(\.description) ?? "-")")
        }
    }
}

/// `thanhtra case extend`.
struct CaseExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend", abstract: "Record an extension of the decision deadline granted by the superior, with its reason.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Option(help: "Days added to the decision deadline.") var days: Int
    @Option(help: "Why the extension was granted (and by whom).") var reason: String

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().extendDecisionDeadline(
            PenaltyCase.ID(rawValue: id), days: days, reason: reason, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line("extended case #\(id): decision now due by \(updated.decisionDueOn)")
        }
    }
}
