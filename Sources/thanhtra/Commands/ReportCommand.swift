import ArgumentParser
import Casework
import Foundation
import Reports
import Rules
import Store

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

/// What every period report command takes besides its period.
struct ReportPeriodOptions: ParsableArguments {
    @OptionGroup var options: GlobalOptions
    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output (required for xlsx).")
    var output: String?
    @Flag(help: "Start CSV with a byte-order mark, for Excel.") var bom = false
    @Option(help: "Label language: vi or en (default: from LANG).") var lang: String?
    @Flag(help: "Today's figures even when the period was filed (a filed report otherwise renders as filed).") var live = false

    /// Builds the report of `kind`/`spec` and prints or writes it.
    func run(kind: String, spec: String) throws {
        let app = try App(options, formats: [.table, .json, .csv, .xlsx, .html, .text])
        let (store, engine) = try app.openCasework()
        let builder = ReportBuilder(store: store, engine: engine, today: app.today)
        var spec = spec
        if spec == ReportSpec.currentMonth {
            // The pack's month windows need not be calendar months: take the one that contains today.
            let this = String(app.today.description.prefix(7))
            let next = String(app.today.adding(months: 1).description.prefix(7))
            spec = try [this, next].first { candidate in
                let window = try builder.period(kind: kind, spec: candidate)
                return window.from <= app.today && app.today < window.before
            } ?? this
        }
        let period = try builder.period(kind: kind, spec: spec)
        var language = try Self.language(lang)
        let snapshot: FiledReport
        if !live, let filed = try store.filedReport(kind: period.kind, label: period.label) {
            Output.error("the \(period.kind) report \(period.label) as filed on \(filed.filedOn?.description ?? "?") (hash \(filed.hash.prefix(12))); --live for today's figures")
            snapshot = filed
            if lang == nil, let filedLanguage = Language(rawValue: filed.language) { language = filedLanguage }
        } else {
            snapshot = try builder.snapshot(period, kind: kind, spec: spec, language: language, members: false)
        }
        try ReportOutput.write(PeriodReport(snapshot), format: app.configuration.format, to: output, language: language, bom: bom)
    }

    static func language(_ choice: String?) throws -> Language {
        if let choice {
            guard let language = Language(rawValue: choice) else { throw ValidationError("--lang is vi or en, got '\(choice)'") }
            return language
        }
        return (ProcessInfo.processInfo.environment["LANG"] ?? "").hasPrefix("vi") ? .vi : .en
    }
}

/// `thanhtra report monthly 2026-10`.
struct ReportMonthlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "monthly", abstract: "A month's summary (2026-10: 15 Sep – 14 Oct by the national cut-off).")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The month, YYYY-MM (default: the reporting month that contains today).") var month: String?
    func run() throws { try report.run(kind: "monthly", spec: month ?? ReportSpec.currentMonth) }
}

/// `thanhtra report quarterly 2026-Q3`.
struct ReportQuarterlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quarterly", abstract: "A quarter's summary.")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The quarter, YYYY-Qn.") var quarter: String
    func run() throws { try report.run(kind: "quarterly", spec: quarter) }
}

/// `thanhtra report half-year 2026-H1`.
struct ReportHalfYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "half-year", abstract: "A 6-month summary.")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The half, YYYY-H1 or YYYY-H2.") var half: String
    func run() throws { try report.run(kind: "half-year", spec: half) }
}

/// `thanhtra report nine-months 2026`.
struct ReportNineMonthsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nine-months", abstract: "The 9-month summary of a year.")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The year, YYYY.") var year: String
    func run() throws { try report.run(kind: "nine-months", spec: year) }
}

/// `thanhtra report annual 2026`.
struct ReportAnnualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annual", abstract: "A year's summary (15 Dec of the year before – 14 Dec).")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "The year, YYYY.") var year: String
    func run() throws { try report.run(kind: "annual", spec: year) }
}

/// `thanhtra report range 2026-01-01 2026-03-31`.
struct ReportRangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "range", abstract: "The summary of any range of days (both included).")
    @OptionGroup var report: ReportPeriodOptions
    @Argument(help: "First day, YYYY-MM-DD.") var from: String
    @Argument(help: "Last day, YYYY-MM-DD.") var to: String
    func run() throws { try report.run(kind: "range", spec: "\(from)..\(to)") }
}

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
        let (store, engine) = try app.openCasework()
        let period = try ReportBuilder(store: store, engine: engine, today: app.today).period(kind: kind, spec: spec)
        let members = try store.members(of: figure, in: period)
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

/// Writing a report in the chosen format.
enum ReportOutput {
    static func write(_ report: PeriodReport, format: OutputFormat, to path: String?, language: Language, bom: Bool) throws {
        let text: String
        switch format {
        case .xlsx:
            guard let path else { throw ValidationError("--format xlsx writes a file: pass -o FILE.xlsx") }
            try report.writeXLSX(to: path, language: language)
            Output.error("wrote \(path)")
            return
        case .json: text = report.renderJSON()
        case .csv: text = report.renderCSV(language: language, byteOrderMark: bom)
        case .html: text = report.renderHTML(language: language)
        case .text: text = report.narrative + "\n"
        case .table: text = report.renderTable(language: language)
        }
        if let path {
            try OutputFile.write(Array(text.utf8), to: path)
            Output.error("wrote \(path)")
        } else if format == .table || format == .text {
            Output.raw(Output.escaped(text, keepingLineBreaks: true))
        } else {
            Output.raw(text)
        }
    }
}
