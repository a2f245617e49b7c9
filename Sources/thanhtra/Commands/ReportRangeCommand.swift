import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report range 2026-01-01 2026-03-31`.
struct ReportRangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "range", abstract: "The summary of any range of days (both included).")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "First day, YYYY-MM-DD.") var from: String
    @Argument(help: "Last day, YYYY-MM-DD.") var to: String
    func run() throws { try report.run(kind: "range", spec: "\(from)..\(to)") }
}
