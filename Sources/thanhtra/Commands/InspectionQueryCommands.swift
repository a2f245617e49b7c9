import ArgumentParser
import Casework
import Inspectorate
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
        let registry = try app.openRegistry()
        let (inspection, subjects) = try worded { try registry.inspection(Inspection.ID(rawValue: id)) }
        switch app.configuration.format {
        case .json: try Output.json(inspection)
        default:
            InspectionText.show(inspection, subjects: subjects, today: app.today).forEach { Output.line($0) }
            if explain {
                // The rules are loaded only for the explanation: a plain `inspection show` reads the database alone.
                let engine = try app.makeEngine(app.loadPack(recordedIn: registry.store))
                let answer = try engine.deadlines(of: inspection)
                Output.line("deadlines as the rule pack \(engine.pack.shortHash) counts them:")
                CaseText.steps(answer.steps, indent: "").forEach { Output.line($0) }
                for problem in answer.problems { Output.line("problem: \(problem.code): \(problem.message)") }
            }
        }
    }
}

/// `thanhtra inspection list`.
struct InspectionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List inspections, with filters.")
    enum StateArgument: String, ExpressibleByArgument, CaseIterable {
        case open, decided, onsite, suspended, onsiteEnded = "onsite-ended", reported, drafted, concluded, closed
        var state: Inspection.State { Inspection.State(rawValue: self == .onsiteEnded ? "onsiteEnded" : rawValue)! }
    }
    enum ModeArgument: String, ExpressibleByArgument, CaseIterable { case scheduled, unscheduled, regular }
    enum OverdueArgument: String, ExpressibleByArgument, CaseIterable { case onsite, report, conclusion }

    @OptionGroup var options: GlobalOptions
    @Option(help: "Only inspections in this state.") var state: StateArgument?
    @Option(help: "Only this mode.") var mode: ModeArgument?
    @Option(help: "Only this category code.") var category: String?
    @Option(help: "Only this level code.") var level: String?
    @Option(help: "Only inspections of this subject number.") var subject: Int64?
    @Option(help: "Opened on or after this day.", transform: Parse.date) var from: CalendarDate?
    @Option(help: "Opened before this day.", transform: Parse.date) var to: CalendarDate?
    @Option(help: "Only those overdue today: onsite, report or conclusion.") var overdue: OverdueArgument?
    @Option(help: "At most this many.") var limit: Int = 100

    func run() throws {
        let app = try App(options)
        let today = app.today
        var filter = InspectionFilter()
        filter.state = state?.state
        filter.mode = mode.map { Inspection.Mode(rawValue: $0.rawValue)! }
        filter.category = category
        filter.level = level
        filter.subjectID = subject.map { Subject.ID(rawValue: $0) }
        filter.openedFrom = from
        filter.openedBefore = to
        filter.onsiteOverdueAsOf = overdue == .onsite ? today : nil
        filter.reportOverdueAsOf = overdue == .report ? today : nil
        filter.conclusionOverdueAsOf = overdue == .conclusion ? today : nil
        filter.limit = limit
        let found = try app.openRegistry().inspections(filter)
        switch app.configuration.format {
        case .json: try Output.json(found)
        default:
            Output.table(
                ["#", "state", "mode", "category", "level", "opened", "content"],
                found.map { ["\($0.id)", $0.state.rawValue, $0.mode.rawValue, $0.category, $0.level, $0.openedOn.description, $0.content] })
        }
    }
}
