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
            var total: Int64 = 0
            for member in members.members {
                if figure.hasSuffix("_vnd"), member.value < 0 || member.value > VND.maximum.rawValue {
                    throw CommandError(
                        message: "\(member.kind.rawValue) #\(member.id) counts \(member.value) đồng towards \(figure), "
                            + "outside 0 … \(VND.maximum.formatted()) (10^15 đồng), the bound of every amount",
                        hint: "the database was changed outside thanhtra; correct that record or restore a backup")
                }
                let (sum, overflow) = total.addingReportingOverflow(member.value)
                guard !overflow else {
                    throw CommandError(
                        message: "the total of \(figure) does not fit in 64 bits at \(member.kind.rawValue) #\(member.id) "
                            + "(value \(member.value))",
                        hint: "a stored amount is above the bound of \(VND.maximum.formatted()); correct that record")
                }
                total = sum
            }
            Output.line("total: \(total) from \(members.members.count) record(s)")
        }
    }
}
