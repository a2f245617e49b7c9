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
            CaseText.show(penaltyCase, subject: details.subject, surcharge: details.surcharge, today: app.today, explain: explain)
                .forEach { Output.line($0) }
        }
    }
}

extension CaseShowCommand {
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
