import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// Writing a report in the chosen format.
enum ReportOutput {
    /// The format to write: the output file's extension picks it (`-o report.xlsx` is xlsx) unless `--format`
    /// says otherwise, which is a usage error when the two disagree; without either, a table.
    static func format(given: OutputFormat?, file: String?) throws -> OutputFormat {
        guard let file, let named = OutputFormat(fileName: file) else { return given ?? .table }
        if let given, given != named {
            throw ValidationError.said(
                "--format \(given.rawValue) does not match -o \(file), whose extension names \(named.rawValue); "
                    + "drop --format, or give the file the extension of the format",
                "--format \(given.rawValue) không khớp với -o \(file), có đuôi tệp là \(named.rawValue); "
                    + "bỏ --format, hoặc đặt cho tệp đuôi của định dạng")
        }
        return named
    }

    static func write(_ report: PeriodReport, format: OutputFormat, to path: String?, language: Language, bom: Bool) throws {
        let text: String
        switch format {
        case .xlsx:
            guard let path else {
                throw ValidationError.said(
                    "--format xlsx writes a file: pass -o FILE.xlsx", "--format xlsx ghi ra tệp: dùng -o TỆP.xlsx")
            }
            // The workbook is made in a private temporary file, then written like every other output: a missing or
            // read-only folder is thanhtra's own error (not the library's), and a failed write leaves no half file.
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-\(getpid())-\(UUID().uuidString).xlsx").path
            defer { unlink(scratch) }
            try report.writeXLSX(to: scratch, language: language)
            guard let bytes = FileManager.default.contents(atPath: scratch) else {
                throw CommandError.said(
                    ("cannot read back the workbook written to \(scratch)", "không đọc lại được bảng tính đã ghi vào \(scratch)"),
                    hint: ("check the temporary folder (TMPDIR)", "kiểm tra thư mục tạm (TMPDIR)"))
            }
            try OutputFile.write(Array(bytes), to: path)
            Output.error(Wording.current("wrote \(path)", "đã ghi \(path)"))
            return
        case .json: text = report.renderJSON()
        case .csv: text = report.renderCSV(language: language, byteOrderMark: bom)
        case .html: text = report.renderHTML(language: language)
        case .text: text = report.narrative + "\n"
        case .table: text = report.renderTable(language: language)
        }
        if let path {
            try OutputFile.write(Array(text.utf8), to: path)
            Output.error(Wording.current("wrote \(path)", "đã ghi \(path)"))
        } else if format == .table || format == .text {
            Output.raw(Output.escaped(text, keepingLineBreaks: true))
        } else {
            Output.raw(text)
        }
    }
}
