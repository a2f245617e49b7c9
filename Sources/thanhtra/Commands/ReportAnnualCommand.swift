import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report annual 2026`.
struct ReportAnnualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annual", abstract: "A year's summary (15 Dec of the year before – 14 Dec).")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The year, YYYY.") var year: String
    func run() throws { try report.run(kind: "annual", spec: year) }
}
