import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra plan show`.
struct PlanShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a year's plan: planned vs opened vs concluded.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The plan year.") var year: Int

    func run() throws {
        let app = try App(options)
        let progress = try app.openRegistry(reading: .readCasework).planProgress(year: year)
        switch app.configuration.format {
        case .json: try Output.json(progress)
        default:
            Output.table(
                app.say.language == .vi
                    ? ["mục", "thời gian", "nội dung", "loại", "cấp", "cuộc thanh tra", "trạng thái"]
                    : ["entry", "period", "content", "category", "level", "inspection", "state"],
                progress.map {
                    [$0.entry.key, $0.entry.period, $0.entry.content, $0.entry.category, $0.entry.level,
                     $0.inspectionID.map { "#\($0)" } ?? "-", $0.state.map { app.say.state($0) } ?? "-"]
                })
            let totals = PlanProgress.totals(progress)
            Output.line(
                app.say(
                    "planned \(totals.planned), opened \(totals.opened), concluded \(totals.concluded)",
                    "theo kế hoạch \(totals.planned), đã mở \(totals.opened), đã kết luận \(totals.concluded)"))
        }
    }
}
