import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report range 2026-01-01 2026-03-31`, or `2026-01-01..2026-03-31` as `report explain range` takes it.
struct ReportRangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "range", abstract: "The summary of any range of days (both included).",
        discussion: "The range is FROM..TO or FROM TO (YYYY-MM-DD or DD/MM/YYYY), as in `report explain range`.")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: ArgumentHelp("FROM..TO, or FROM TO: the first and last day.", valueName: "days"))
    var days: [String]
    func validate() throws { _ = try Parse.rangeSpec(days) }
    func run() throws { try report.run(kind: "range", spec: try Parse.rangeSpec(days)) }
}
