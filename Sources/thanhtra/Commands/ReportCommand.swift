import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report …`: period summaries in the official layout, and the cases behind any figure.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Monthly, quarterly, 6-month, 9-month, annual and range summaries; explain a figure.",
        discussion: """
            Periods come from the rule pack (national cut-off: a month runs from the 15th of the previous month to the
            14th). Formats: table (default), json, csv (--bom for Excel), xlsx (needs -o), html, text (the narrative).
            Labels are Vietnamese when LANG starts with "vi", English otherwise (--lang to choose).
            """,
        subcommands: [
            ReportMonthlyCommand.self, ReportQuarterlyCommand.self, ReportHalfYearCommand.self,
            ReportNineMonthsCommand.self, ReportAnnualCommand.self, ReportRangeCommand.self, ReportExplainCommand.self,
            ReportFileCommand.self, ReportRestatementsCommand.self,
        ])
}
