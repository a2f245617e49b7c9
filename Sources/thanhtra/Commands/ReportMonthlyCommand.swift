import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report monthly 2026-10`.
struct ReportMonthlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "monthly", abstract: "A month's summary (2026-10: 15 Sep – 14 Oct by the national cut-off).")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The month, YYYY-MM (default: the reporting month that contains today).") var month: String?
    func run() throws { try report.run(kind: "monthly", spec: month ?? ReportSpec.currentMonth) }
}
