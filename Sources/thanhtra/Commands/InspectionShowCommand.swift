import ArgumentParser
import Casework
import Inspectorate
import Reports
import Rules

/// `thanhtra inspection show`.
struct InspectionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an inspection: its timeline, every deadline and whether it was met, findings, recommendations.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The inspection number.") var id: Int64
    @Flag(help: "Print how the rule pack in force counts every deadline (working or calendar days, days off skipped, a last day moved) with its legal citation.")
    var explain = false

    func run() throws {
        let app = try App(options)
        let registry = try app.openRegistry(reading: .readCasework)
        let (inspection, subjects) = try worded { try registry.inspection(Inspection.ID(rawValue: id)) }
        switch app.configuration.format {
        case .json: try Output.json(inspection)
        default:
            InspectionText.show(
                inspection, subjects: subjects, today: app.today, say: app.say, titles: titles(of: inspection, app: app, registry: registry)
            ).forEach { Output.line($0) }
            if explain {
                // The rules are loaded only for the explanation: a plain `inspection show` reads the database alone.
                let engine = try app.makeEngine(app.loadPack(recordedIn: registry.store))
                let answer = try engine.deadlines(of: inspection)
                let say = app.say
                Output.line(
                    say(
                        "deadlines as the rule pack \(engine.pack.shortHash) counts them:",
                        "các thời hạn theo cách tính của bộ quy tắc \(engine.pack.shortHash):"))
                CaseText.steps(answer.steps, indent: "").forEach { Output.line($0) }
                for problem in answer.problems { Output.line(say("problem: ", "vấn đề: ") + "\(problem.code): \(problem.message)") }
            }
        }
    }
}

extension InspectionShowCommand {
    /// In Vietnamese, the pack's titles of the category, level and finding categories (code → title), as in force
    /// on the inspection's decision (else opening) day; in English, or when the pack cannot be read, none: codes.
    func titles(of inspection: Inspection, app: App, registry: Registry) -> [String: String] {
        app.inspectionCodeTitles(store: registry.store, on: inspection.decision?.decidedOn ?? inspection.openedOn)
    }
}
