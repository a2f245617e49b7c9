import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra plan load`.
struct PlanLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Create the scheduled inspections of a year's plan (rules/inspection/plans/YEAR.lua).",
        discussion: """
            The first load creates one scheduled inspection per entry. Loading again creates nothing; when the plan
            changed, the difference is printed and applied only with --apply (inspections already decided are kept).
            Each entry is checked against the same subjects' inspections of the year (Chỉ thị 20/CT-TTg).
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The plan year.") var year: Int
    @Flag(help: "Apply a changed plan.") var apply = false

    func run() throws {
        let app = try App(options)
        let say = app.say
        let result = try worded {
            try app.openInspectorate().loadPlan(year: year, apply: apply, acting: app.acting) { notice in
                switch notice {
                case .problem(let problem): Output.error(say("warning: ", "cảnh báo: ") + "\(problem.code): \(problem.message)")
                case .collision(let key, let collision, let refused):
                    let severity = refused ? say("error", "lỗi") : say("warning", "cảnh báo")
                    Output.error(
                        say(
                            "\(severity): plan entry \(key): \(collision.message) (inspection #\(collision.inspectionID))",
                            "\(severity): mục kế hoạch \(key): \(collision.message) (cuộc thanh tra #\(collision.inspectionID))"))
                }
            }
        }
        switch app.configuration.format {
        case .json: try Output.json(result)
        default: PlanText.loadResult(result, year: year, say: app.say).forEach { Output.line($0) }
        }
    }
}
