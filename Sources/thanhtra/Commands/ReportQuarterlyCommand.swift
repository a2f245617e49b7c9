import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report quarterly 2026-Q3`.
struct ReportQuarterlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quarterly", abstract: "A quarter's summary.")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The quarter, YYYY-Qn.") var quarter: String
    func run() throws { try report.run(kind: "quarterly", spec: quarter) }
}
