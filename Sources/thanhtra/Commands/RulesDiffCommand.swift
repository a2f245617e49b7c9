import ArgumentParser
import Casework
import Foundation
import Rules

/// `thanhtra rules diff`: which cases a candidate rule pack would change, and by how much.
struct RulesDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show which fines and deadlines a candidate rule pack would change in the cases of a period.",
        discussion: """
            The candidate is a rules folder (--against DIR) or the rules folder at a git revision (--against-rev REV,
            extracted with git archive). It must pass `rules check`. Each case is compared with its baseline:
              decided and settled cases: what their decision recorded (fine, decision deadline, payment due date),
                assessed again by the candidate with the decision's date;
              open cases: the pack in force, both assessed as a preview on today.
            With --baseline current, decided cases are compared with the pack in force instead of the record.
            Cases: every open, decided and settled case (not cancelled), or those whose record date is in
            --from/--to (half-open) or in a reporting period of the pack (--period monthly:2026-10, annual:2026).
            Formats: table (default), json, csv. Nothing is written to the database.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("against"), help: ArgumentHelp("The candidate rules folder.", valueName: "dir"))
    var against: String?

    @Option(name: .customLong("against-rev"), help: ArgumentHelp("The rules folder at this git revision.", valueName: "rev"))
    var againstRevision: String?

    @Option(help: "Record made on or after this day (YYYY-MM-DD).", transform: Parse.date) var from: CalendarDate?
    @Option(help: "Record made before this day (YYYY-MM-DD).", transform: Parse.date) var to: CalendarDate?
    @Option(help: ArgumentHelp("A reporting period of the pack in force: KIND:SPEC, e.g. monthly:2026-10, quarterly:2026-Q3, annual:2026.", valueName: "kind:spec"))
    var period: String?

    enum StateArgument: String, ExpressibleByArgument, CaseIterable { case open, decided, settled }
    @Option(help: "Only cases in this state (repeatable; default open, decided and settled).") var state: [StateArgument] = []

    enum BaselineArgument: String, ExpressibleByArgument, CaseIterable { case recorded, current }
    @Option(help: "What decided cases are compared with: recorded (their decision) or current (the pack in force).")
    var baseline: BaselineArgument = .recorded

    @Option(help: "Worker threads (default: one per core).") var workers: Int?

    func validate() throws {
        guard (against == nil) != (againstRevision == nil) else {
            throw ValidationError.said(
                "give the candidate pack with exactly one of --against DIR or --against-rev REV",
                "chỉ ra bộ quy tắc dự kiến bằng đúng một trong --against THƯ_MỤC hoặc --against-rev PHIÊN_BẢN")
        }
        if period != nil, from != nil || to != nil { throw ValidationError.said(
            "give either --period or --from/--to, not both", "ghi --period hoặc --from/--to, không cả hai") }
        if let from, let to, to <= from { throw ValidationError.said(
            "--to \(to) must be after --from \(from) (the period is half-open)",
            "--to \(to) phải sau --from \(from) (kỳ là nửa mở)") }
        if let workers, workers < 1 { throw ValidationError.said("--workers must be at least 1", "--workers ít nhất là 1") }
    }

    func run() throws {
        let app = try App(options, formats: [.table, .json, .csv])
        let store = try app.openStore()
        let current = try app.loadPack(recordedIn: store)
        let revision = try againstRevision.map { try RulesRevision(directory: try app.rulesDirectory(recordedIn: store), revision: $0) }
        defer { revision?.remove() }
        // validate() made sure exactly one of --against and --against-rev is given.
        let candidate = try RulePack.load(from: revision?.path ?? against ?? "")
        try requireUsable(candidate, app: app, label: againstRevision.map { "the rules at \($0)" } ?? against ?? "")
        let limits = app.configuration.ruleLimits
        let currentPool = try RuleEnginePool(pack: current, workers: workers, limits: limits, log: Output.ruleLog)
        let candidatePool = try RuleEnginePool(pack: candidate, workers: workers, limits: limits, log: Output.ruleLog)
        let selection = try makeSelection(engine: currentPool, today: app.today)
        let progress = ProgressLine("rules diff")
        let report: RulesDiffReport
        do {
            report = try RulesDiff.run(
                reader: store, selection: selection, current: currentPool, candidate: candidatePool, today: app.today,
                baseline: baseline == .recorded ? .recorded : .current, progress: { progress.show($0, of: $1) })
            progress.end()
        } catch {
            progress.end()
            throw error
        }
        switch app.configuration.format {
        case .json: try Output.json(report)
        case .csv: try RulesDiffText.csv(report)
        default: RulesDiffText.table(report, current: current, candidate: candidate, say: app.say).forEach { Output.line($0) }
        }
    }

    /// Runs `rules check` on the candidate: errors stop the diff, with every located message on stderr.
    private func requireUsable(_ pack: RulePack, app: App, label: String) throws {
        let report = pack.check(limits: app.configuration.ruleLimits, today: app.today, log: Output.ruleLog)
        guard !report.isUsable else { return }
        RuleErrorWords.printErrors(of: report, in: app.configuration.language)
        throw CommandError.said(
            (
                "the candidate pack (\(label)) has \(report.errorCount) error(s); nothing was compared",
                "bộ quy tắc dự kiến (\(label)) có \(report.errorCount) lỗi; không có gì được so sánh"
            ),
            hint: (
                "fix what `thanhtra rules check --rules DIR` reports, then run the diff again",
                "sửa những gì `thanhtra rules check --rules THƯ_MỤC` báo, rồi so sánh lại"
            ))
    }

    private func makeSelection(engine pool: RuleEnginePool, today: CalendarDate) throws -> CaseSelection {
        let states = state.isEmpty ? [.open, .decided, .settled] : Set(state.compactMap { PenaltyCase.State(rawValue: $0.rawValue) })
        guard let period else { return CaseSelection(states: states, recordFrom: from, recordBefore: to) }
        let parts = period.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw ValidationError.said(
                "--period is KIND:SPEC, e.g. monthly:2026-10, quarterly:2026-Q3, annual:2026",
                "--period có dạng LOẠI:KỲ, ví dụ monthly:2026-10, quarterly:2026-Q3, annual:2026")
        }
        let window = try pool.withEngine(worker: 0) { try $0.reportPeriod(kind: parts[0], spec: parts[1]) }
        return CaseSelection(states: states, recordFrom: window.from, recordBefore: window.before)
    }
}
