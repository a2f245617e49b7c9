import ArgumentParser
import Casework
import Inspectorate
import Reports

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
        let language = try ReportPeriodOptions.language(lang)
        let report = try worded {
            try app.openInspectorate().fileReport(kind: kind, spec: spec, language: language, acting: app.acting)
        }
        let period = report.period
        switch app.configuration.format {
        case .json: try Output.json(["kind": period.kind, "label": period.label, "hash": report.hash])
        default: Output.line("filed the \(period.kind) report \(period.label) (\(period.from) … \(period.through)); hash \(report.hash)")
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
        if kind != nil, spec == nil { throw ValidationError("give the period after its kind, e.g. `monthly 2026-10`") }
        let (all, checked) = try worded {
            try app.openInspectorate().restatements(of: kind.map { ($0, spec ?? "") }, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(all)
        default:
            if all.isEmpty { Output.line("no filed figure has moved (\(checked) filed report(s) checked)") }
            for r in all {
                Output.line("\(r.period.kind) \(r.period.label): \(r.figure) filed \(r.filed), now \(r.now) (\(r.now - r.filed >= 0 ? "+" : "")\(r.now - r.filed))")
                for m in r.moved { Output.line("    \(m.kind.rawValue) #\(m.id) \(m.label): \(m.filed) → \(m.now)") }
            }
        }
    }
}
