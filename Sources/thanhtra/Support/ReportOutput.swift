import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

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
