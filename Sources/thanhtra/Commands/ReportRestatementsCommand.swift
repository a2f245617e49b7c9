import ArgumentParser
import Casework
import Inspectorate
import Reports

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
