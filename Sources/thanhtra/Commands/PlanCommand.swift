import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra plan …`: the approved annual inspection plan, from the rule pack.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Load and show the annual inspection plan (kế hoạch thanh tra).",
        subcommands: [PlanLoadCommand.self, PlanShowCommand.self])
}

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
        let result = try worded {
            try app.openInspectorate().loadPlan(year: year, apply: apply, acting: app.acting) { notice in
                switch notice {
                case .problem(let problem): Output.error("warning: \(problem.code): \(problem.message)")
                case .collision(let key, let collision, let refused):
                    Output.error("\(refused ? "error" : "warning"): plan entry \(key): \(collision.message) (inspection #\(collision.inspectionID))")
                }
            }
        }
        switch app.configuration.format {
        case .json: try Output.json(result)
        default: PlanText.loadResult(result, year: year).forEach { Output.line($0) }
        }
    }
}

/// `thanhtra plan show`.
struct PlanShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a year's plan: planned vs opened vs concluded.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The plan year.") var year: Int

    func run() throws {
        let app = try App(options)
        let progress = try app.openStore().planProgress(year: year)
        switch app.configuration.format {
        case .json: try Output.json(progress)
        default:
            Output.table(
                ["entry", "period", "content", "category", "level", "inspection", "state"],
                progress.map {
                    [$0.entry.key, $0.entry.period, $0.entry.content, $0.entry.category, $0.entry.level,
                     $0.inspectionID.map { "#\($0)" } ?? "-", $0.state?.rawValue ?? "-"]
                })
            let totals = PlanProgress.totals(progress)
            Output.line("planned \(totals.planned), opened \(totals.opened), concluded \(totals.concluded)")
        }
    }
}

/// How a plan load reads on a terminal.
enum PlanText {
    static func loadResult(_ result: PlanLoadResult, year: Int) -> [String] {
        let diff = result.diff
        if diff.isEmpty { return ["plan \(year): unchanged (\(diff.unchanged) entries); nothing to do"] }
        var out: [String] = []
        for entry in diff.added { out.append("+ \(entry.key) \(entry.period): \(entry.content)") }
        for change in diff.changed { out.append("~ \(change.new.key) \(change.new.period): \(change.new.content)") }
        for entry in diff.removed { out.append("- \(entry.key) \(entry.period): \(entry.content)") }
        if result.applied {
            out.append("plan \(year) loaded: \(result.created.count) inspection(s) created, \(result.updated.count) updated, \(result.kept.count) kept as they are")
            for link in result.created { out.append("  created inspection #\(link.inspectionID) for entry \(link.entryKey)") }
            for link in result.kept { out.append("  kept inspection #\(link.inspectionID) (\(link.state.rawValue)) for entry \(link.entryKey)") }
        } else {
            out.append("plan \(year) changed: \(diff.added.count) added, \(diff.changed.count) changed, \(diff.removed.count) removed; nothing written — run again with --apply")
        }
        return out
    }
}
