import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report nine-months 2026`.
struct ReportNineMonthsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nine-months", abstract: "The 9-month summary of a year.")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The year, YYYY.") var year: String
    func run() throws { try report.run(kind: "nine-months", spec: year) }
}
