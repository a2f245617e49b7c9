import ArgumentParser
import Casework
import Inspectorate
import Rules

/// `thanhtra case show`.
struct CaseShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a case: record, violations, decision, payments, what is owed today.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Flag(help: "Print every computation step with its legal citation.") var explain = false
    @Flag(help: "With --explain: recompute the decision with the exact rule pack that made it (stored by its hash) and compare.")
    var replay = false
    @Flag(help: "Also print the case's timeline from the journal: when, who, which command.") var timeline = false

    func run() throws {
        let app = try App(options)
        // The rules are loaded only when the case needs them (a surcharge still accruing): showing a settled or
        // open case reads the database alone, which keeps `case show` quick (docs/performance.md, figure 5).
        let registry = try app.openRegistry(reading: .readCasework)
        if replay { return try replayDecision(PenaltyCase.ID(rawValue: id), registry: registry, app: app) }
        let penaltyCase = try worded { try registry.penaltyCase(PenaltyCase.ID(rawValue: id)) }
        switch app.configuration.format {
        case .json: try Output.json(penaltyCase)
        default:
            let details = try registry.details(of: penaltyCase, asOf: app.today) {
                try app.makeEngine(app.loadPack(recordedIn: registry.store))
            }
            CaseText.show(
                penaltyCase, subject: details.subject, surcharge: details.surcharge, today: app.today, explain: explain,
                paymentSteps: explain ? try paymentSteps(penaltyCase, store: registry.store, app: app) : [], say: app.say)
                .forEach { Output.line($0) }
            if timeline { try printTimeline(penaltyCase.id, registry: registry, app: app) }
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

    /// The case's journal entries, oldest first (``Registry/timeline(of:)``, one store query by case).
    func printTimeline(_ id: PenaltyCase.ID, registry: Registry, app: App) throws {
        Output.line(app.say("timeline:", "diễn biến:"))
        for entry in try registry.timeline(of: id) {
            Output.line("  #\(entry.sequence) \(entry.recordedAt) \(entry.actor): \(entry.command)")
        }
    }

    /// Recomputes the decision with the rule pack that made it, rebuilt from the database, and compares.
    func replayDecision(_ id: PenaltyCase.ID, registry: Registry, app: App) throws {
        let replay = try worded {
            try registry.replayDecision(of: id) { stored in
                try app.makeEngine(
                    RulePack(directory: "(stored \(stored.hash.prefix(12)))", files: stored.files.map { RulePack.File(path: $0.key, bytes: $0.value) }))
            }
        }
        Output.line(
            "case #\(id): decision \(replay.decision.number) replayed with rule pack \(replay.pack.name) \(replay.pack.version) "
                + "(\(replay.pack.hash.prefix(12))), first used \(replay.pack.recordedAt)")
        CaseText.assessment(replay.assessment, explain: true).forEach { Output.line($0) }
        Output.line(replay.matches ? "replay matches the stored decision: every line and the total" : "REPLAY DIFFERS from the stored decision")
        if !replay.matches { throw ExitCode(1) }
    }
}
