import ArgumentParser
import Casework
import Reports
import Rules
import Store

/// `thanhtra report file KIND SPEC`.
struct ReportFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "File a period's report: its figures and the records behind them are frozen, and their hash journaled.",
        discussion: "Example: thanhtra report file monthly 2026-10. Afterwards `report monthly 2026-10` renders the filed report.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The period kind (monthly, quarterly, half-year, nine-months, annual, range).") var kind: String
    @Argument(help: "The period (2026-10; for range FROM..TO).") var spec: String
    @Option(help: "Label language of the filed report: vi or en (default: from LANG).") var lang: String?

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let builder = ReportBuilder(store: store, engine: engine, today: app.today)
        let period = try builder.period(kind: kind, spec: spec)
        guard period.through < app.today else {
            throw CommandError(
                message: "the \(kind) period \(period.label) runs until \(period.through); it can be filed from \(period.before)",
                hint: "file a period once it has ended")
        }
        let language = try ReportPeriodOptions.language(lang)
        let context = try app.context(pack: engine.pack, store: store)
        // Recording a new rule pack is itself a journal entry: the head is read after it.
        let head = try store.journalHead()
        var snapshot = try builder.snapshot(period, kind: kind, spec: spec, language: language, members: true)
        snapshot.journalHead = "\(head.sequence):\(head.hash)"
        let report = try snapshot.sealed(filedOn: app.today)
        try store.fileReport(report, context: context)
        switch app.configuration.format {
        case .json:
            try Output.json(["kind": period.kind, "label": period.label, "hash": report.hash, "journalHead": snapshot.journalHead ?? ""])
        default:
            Output.line("filed the \(period.kind) report \(period.label) (\(period.from) … \(period.through)); hash \(report.hash)")
            Output.line("made from journal head \(head.sequence):\(head.hash)")
            Output.line("  keep it with the paper copy; `thanhtra journal verify --head \(head.sequence):\(head.hash)` proves the database still holds it")
        }
    }
}

/// `thanhtra report restatements [KIND SPEC]`.
struct ReportRestatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restatements",
        abstract: "For filed periods, every figure that later changes have moved, with the records that moved it.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The period kind, to look at one filed period only.") var kind: String?
    @Argument(help: "The period.") var spec: String?

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let builder = ReportBuilder(store: store, engine: engine, today: app.today)
        var filed = try store.filedReports()
        if let kind {
            guard let spec else { throw ValidationError("give the period after its kind, e.g. `monthly 2026-10`") }
            let period = try builder.period(kind: kind, spec: spec)
            filed = filed.filter { $0.period.kind == period.kind && $0.period.label == period.label }
            guard !filed.isEmpty else {
                throw CommandError(message: "the \(kind) report \(period.label) has not been filed", hint: "file it with `thanhtra report file \(kind) \(spec)`")
            }
        }
        var all: [Restatement] = []
        for report in filed {
            let now = try store.figures(for: report.period)
            all += Restatement.compare(report, with: now, members: try builder.currentMembers(of: now))
        }
        switch app.configuration.format {
        case .json: try Output.json(all)
        default:
            if all.isEmpty { Output.line("no filed figure has moved (\(filed.count) filed report(s) checked)") }
            for r in all {
                Output.line("\(r.period.kind) \(r.period.label): \(r.figure) filed \(r.filed), now \(r.now) (\(r.now - r.filed >= 0 ? "+" : "")\(r.now - r.filed))")
                for m in r.moved { Output.line("    \(m.kind.rawValue) #\(m.id) \(m.label): \(m.filed) → \(m.now)") }
            }
        }
    }
}
