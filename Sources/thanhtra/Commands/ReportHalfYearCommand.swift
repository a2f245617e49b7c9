import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report half-year 2026-H1`.
struct ReportHalfYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "half-year", abstract: "A 6-month summary.")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The half, YYYY-H1 or YYYY-H2.") var half: String
    func run() throws { try report.run(kind: "half-year", spec: half) }
}
