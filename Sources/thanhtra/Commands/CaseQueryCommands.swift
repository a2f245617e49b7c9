import ArgumentParser
import Casework
import Inspectorate
import Rules

/// `thanhtra case show`.
struct CaseShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a case: record, violations, decision, payments, what is owed today.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Flag(help: "Print every computation step with its legal citation.") var explain = false
    @Flag(help: "With --explain: recompute the decision with the exact rule pack that made it (stored by its hash) and compare.")
    var replay = false

    func run() throws {
        let app = try App(options)
        // The rules are loaded only when the case needs them (a surcharge still accruing): showing a settled or
        // open case reads the database alone, which keeps `case show` quick (docs/performance.md, figure 5).
        let registry = try app.openRegistry()
        let penaltyCase = try worded { try registry.penaltyCase(PenaltyCase.ID(rawValue: id)) }
        if replay { return try replayDecision(penaltyCase, store: registry.store, app: app) }
        switch app.configuration.format {
        case .json: try Output.json(penaltyCase)
        default:
            let details = try registry.details(of: penaltyCase, asOf: app.today) {
                try app.makeEngine(app.loadPack(recordedIn: registry.store))
            }
            CaseText.show(
                penaltyCase, subject: details.subject, surcharge: details.surcharge, today: app.today, explain: explain,
                paymentSteps: explain ? try paymentSteps(penaltyCase, store: registry.store, app: app) : [])
                .forEach { Output.line($0) }
        }
    }
}

extension CaseShowCommand {
    /// How the pack in force counts the payment period of a delivered decision (calendar days, and when and why
    /// the last day moved); nothing for a decision imported as recorded or not yet delivered.
    func paymentSteps(_ penaltyCase: PenaltyCase, store: any InspectorateStore, app: App) throws -> [ExplanationStep] {
        guard let decision = penaltyCase.decision, decision.importedFileSHA256 == nil, let receivedOn = decision.receivedOn
        else { return [] }
        let engine = try app.makeEngine(app.loadPack(recordedIn: store))
        return try engine.paymentDue(violator: penaltyCase.violatorKind, decidedOn: decision.decidedOn, receivedOn: receivedOn).steps
    }

    /// Rebuilds the pack that decided the case from the database and recomputes the decision with it.
    func replayDecision(_ penaltyCase: PenaltyCase, store: any InspectorateStore, app: App) throws {
        guard let decision = penaltyCase.decision else {
            throw CommandError(message: "case #\(penaltyCase.id) has no decision to replay", hint: "see `thanhtra case show \(penaltyCase.id)`")
        }
        if let file = decision.importedFileSHA256 {
            throw CommandError(
                message: "the decision of case #\(penaltyCase.id) was imported as recorded from a legacy file (sha256 \(file.prefix(12))); no rule pack computed it, so there is nothing to replay",
                hint: "see the stored decision with `thanhtra case show \(penaltyCase.id) --explain`")
        }
        guard let stored = try store.rulePack(hash: decision.packHash) else {
            throw CommandError(
                message: "the rule pack \(decision.packHash.prefix(12)) that decided case #\(penaltyCase.id) is not stored in this database",
                hint: "decisions recorded before pack history existed cannot be replayed; their stored steps are shown by --explain")
        }
        let pack = RulePack(directory: "(stored \(stored.hash.prefix(12)))", files: stored.files.map { RulePack.File(path: $0.key, bytes: $0.value) })
        guard pack.hash == decision.packHash else {
            throw CommandError(message: "the stored rule pack does not match its hash \(decision.packHash.prefix(12))", hint: "run `thanhtra journal verify`")
        }
        let engine = try app.makeEngine(pack)
        let assessment = try PenaltyCasework.assess(
            penaltyCase, decidedOn: decision.decidedOn, signer: decision.signerTitle, today: decision.decidedOn, policy: engine)
        let same = assessment.lines.map(\.fine) == decision.lines && assessment.totalFineVND == decision.totalFineVND
        Output.line("case #\(penaltyCase.id): decision \(decision.number) replayed with rule pack \(stored.name) \(stored.version) (\(pack.shortHash)), first used \(stored.recordedAt)")
        CaseText.assessment(assessment, explain: true).forEach { Output.line($0) }
        Output.line(same ? "replay matches the stored decision: every line and the total" : "REPLAY DIFFERS from the stored decision")
        if !same { throw ExitCode(1) }
    }
}

/// `thanhtra case list`.
struct CaseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cases, newest record first.")

    @OptionGroup var options: GlobalOptions

    enum StateArgument: String, ExpressibleByArgument, CaseIterable { case open, decided, settled, cancelled }

    @Option(help: "Only cases in this state.") var state: StateArgument?
    @Option(help: "Only cases of this subject number.") var subject: Int64?
    @Option(help: "Only cases with a violation in this sector.") var sector: String?
    @Option(help: "Record made on or after this day.", transform: Parse.date) var from: CalendarDate?
    @Option(help: "Record made before this day.", transform: Parse.date) var to: CalendarDate?
    @Flag(name: .customLong("decision-overdue"), help: "Open cases past their decision deadline.") var decisionOverdue = false
    @Flag(name: .customLong("payment-overdue"), help: "Decided cases past their payment due date with a fine owed.") var paymentOverdue = false
    @Flag(help: "Decided cases with a fine owed.") var unpaid = false
    @Option(name: .customLong("enforcement-expiring"), help: "Unsettled decisions whose enforcement expires within this many days.")
    var enforcementExpiring: Int?
    @Option(help: "At most this many cases.") var limit: Int = 100

    func run() throws {
        let app = try App(options)
        let today = app.today
        let cases = try app.openRegistry().penaltyCases(
            PenaltyCaseFilter(
                state: state.flatMap { PenaltyCase.State(rawValue: $0.rawValue) },
                subjectID: subject.map { Subject.ID(rawValue: $0) }, sector: sector, recordFrom: from, recordBefore: to,
                decisionOverdueAsOf: decisionOverdue ? today : nil, paymentOverdueAsOf: paymentOverdue ? today : nil,
                unpaidOnly: unpaid, enforcementExpiresBefore: enforcementExpiring.map { today.adding(days: $0 + 1) },
                limit: limit))
        switch app.configuration.format {
        case .json: try Output.json(cases)
        default:
            Output.table(
                ["#", "state", "record", "on", "subject", "codes", "fine", "outstanding", "due"],
                cases.map(row))
        }
    }

    private func row(_ c: PenaltyCase) -> [String] {
        let fine = c.decision.map { CaseText.money($0.totalFineVND) } ?? "-"
        let outstanding = c.decision == nil || c.state == .cancelled ? "-" : CaseText.money(c.outstandingVND)
        let due: String
        if let paymentDue = c.decision?.paymentDueOn {
            due = paymentDue.description
        } else {
            due = c.state == .open ? "decide by \(c.decisionDueOn)" : "-"
        }
        let codes = c.violations.map(\.code).joined(separator: " ")
        return ["\(c.id)", c.state.rawValue, c.record.number, c.record.madeOn.description, "\(c.subjectID)", codes, fine, outstanding, due]
    }
}
