import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// What every period report command takes besides its period.
struct ReportPeriodOptions: ParsableArguments {
    @OptionGroup var options: GlobalOptions
    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output (required for xlsx).")
    var output: String?
    @Flag(help: "Start CSV with a byte-order mark, for Excel.") var bom = false
    @Flag(help: "Today's figures even when the period was filed (a filed report otherwise renders as filed).") var live = false
    @Option(help: "Count only the cases and inspections of this body (a code of the rule pack's report.bodies), when several share the database; never a filed report.")
    var body: String?

    /// Builds the report of `kind`/`spec` and prints or writes it.
    func run(kind: String, spec: String) throws {
        let app = try App(options, formats: [.table, .json, .csv, .xlsx, .html, .text])
        var language = app.configuration.language
        let inspectorate = try worded { try app.openInspectorate(readsOnly: true) }
        // The report is the process's last work: its rule engine (the whole pack in one Lua state) is left to the
        // process's exit rather than freed object by object (docs/performance.md, "A month's report process").
        App.keepUntilExit(inspectorate.policy as AnyObject)
        let report = try worded {
            try inspectorate.periodReport(
                kind: kind, spec: spec, language: language, live: live, body: body, acting: app.acting)
        }
        if report.isFiled {
            let (period, filed) = (report.period, report.snapshot)
            let (filedOn, hash) = (filed.filedOn?.description ?? "?", filed.hash.prefix(12))
            Output.error(
                app.say(
                    "the \(period.kind) report \(period.label) as filed on \(filedOn) (hash \(hash)); --live for today's figures",
                    "báo cáo kỳ \(period.label) như đã lưu ngày \(filedOn) (mã băm \(hash)); --live cho số liệu hôm nay"))
            if !app.configuration.languageGiven, let filedLanguage = Language(rawValue: filed.language) { language = filedLanguage }
        }
        let format = try ReportOutput.format(given: app.configuration.formatGiven ? app.configuration.format : nil, file: output)
        try ReportOutput.write(PeriodReport(report.snapshot), format: format, to: output, language: language, bom: bom)
    }
}
