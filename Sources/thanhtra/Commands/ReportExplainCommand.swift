import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report explain KIND SPEC FIGURE`.
struct ReportExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "List the inspections or cases behind a figure of a period, with their ids.",
        discussion: "Example: thanhtra report explain monthly 2026-10 penalty.fines_imposed_vnd")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The period kind (monthly, quarterly, half-year, nine-months, annual, range).") var kind: String
    @Argument(help: "The period (2026-10; for range FROM..TO).") var spec: String
    @Argument(help: "The figure's name, as the JSON report names it.") var figure: String

    func run() throws {
        let app = try App(options)
        let (period, members) = try worded {
            try app.openInspectorate().figureMembers(figure, kind: kind, spec: spec, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(members)
        default:
            Output.line("\(figure) in \(period.label) (\(period.from) … \(period.through)):")
            Output.table(["kind", "#", "value", "what"], members.members.map { [$0.kind.rawValue, "\($0.id)", "\($0.value)", $0.label] })
            Output.line("total: \(members.members.reduce(Int64(0)) { $0 + $1.value }) from \(members.members.count) record(s)")
        }
    }
}
