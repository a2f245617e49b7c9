import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra report file KIND SPEC`.
struct ReportFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "File a period's report: its figures and the records behind them are frozen, and their hash journaled.",
        discussion: "Example: thanhtra report file monthly 2026-10. Afterwards `report monthly 2026-10` renders the filed report.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The period kind (monthly, quarterly, half-year, nine-months, annual, range).") var kind: String
    @Argument(help: "The period (2026-10; for range FROM..TO).") var spec: String

    func run() throws {
        let app = try App(options)
        let language = app.configuration.language
        let report = try worded {
            try app.openInspectorate().fileReport(kind: kind, spec: spec, language: language, acting: app.acting)
        }
        let period = report.period
        let head = report.journalHead ?? ""
        switch app.configuration.format {
        case .json:
            try Output.json(["kind": period.kind, "label": period.label, "hash": report.hash, "journalHead": head])
        default:
            let say = app.say
            Output.line(
                say(
                    "filed the \(period.kind) report \(period.label) (\(period.from) … \(period.through)); hash \(report.hash)",
                    "đã lưu báo cáo \(period.label) (\(period.from) … \(period.through)); mã băm \(report.hash)"))
            Output.line(say("made from journal head \(head)", "lập từ đầu nhật ký \(head)"))
            Output.line(
                say(
                    "  keep it with the paper copy; `thanhtra journal verify --head \(head)` proves the database still holds it",
                    "  lưu cùng bản giấy; `thanhtra journal verify --head \(head)` chứng minh cơ sở dữ liệu vẫn giữ báo cáo này"))
        }
    }
}
