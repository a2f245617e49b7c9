import ArgumentParser
import Casework
import Inspectorate
import Reports
import Rules

/// `thanhtra inspection list`.
struct InspectionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List inspections, with filters.")
    enum StateArgument: String, ExpressibleByArgument, CaseIterable {
        case open, decided, onsite, suspended, onsiteEnded = "onsite-ended", reported, drafted, concluded, closed
        var state: Inspection.State {
            switch self {
            case .open: .open
            case .decided: .decided
            case .onsite: .onsite
            case .suspended: .suspended
            case .onsiteEnded: .onsiteEnded
            case .reported: .reported
            case .drafted: .drafted
            case .concluded: .concluded
            case .closed: .closed
            }
        }
    }
    enum ModeArgument: String, ExpressibleByArgument, CaseIterable {
        case scheduled, unscheduled, regular
        var mode: Inspection.Mode {
            switch self {
            case .scheduled: .scheduled
            case .unscheduled: .unscheduled
            case .regular: .regular
            }
        }
    }
    enum OverdueArgument: String, ExpressibleByArgument, CaseIterable { case onsite, report, conclusion }

    @OptionGroup var options: GlobalOptions
    @Option(help: "Only inspections in this state.") var state: StateArgument?
    @Option(help: "Only this mode.") var mode: ModeArgument?
    @Option(help: "Only this category code.") var category: String?
    @Option(help: "Only this level code.") var level: String?
    @Option(help: "Only inspections of this subject (its number, tax code or citizen ID number).", completion: Completion.subject, transform: Parse.subject)
    var subject: SubjectKey?
    @Option(help: "Opened on or after this day.", transform: Parse.date) var from: CalendarDate?
    @Option(help: "Opened before this day.", transform: Parse.date) var to: CalendarDate?
    @Option(help: "Only those overdue today: onsite, report or conclusion.") var overdue: OverdueArgument?
    @Option(help: "At most this many; 0 for all.") var limit: Int = 100

    func run() throws {
        let app = try App(options)
        let today = app.today
        let registry = try app.openRegistry(reading: .readCasework)
        var filter = InspectionFilter()
        filter.state = state?.state
        filter.mode = mode?.mode
        filter.category = category
        filter.level = level
        filter.subjectID = try subject.map { key in try worded { try registry.store.subjectID(key) } }
        filter.openedFrom = from
        filter.openedBefore = to
        filter.onsiteOverdueAsOf = overdue == .onsite ? today : nil
        filter.reportOverdueAsOf = overdue == .report ? today : nil
        filter.conclusionOverdueAsOf = overdue == .conclusion ? today : nil
        filter.limit = limit
        let page = try registry.inspectionPage(filter)
        let found = page.items
        let say = app.say
        defer { ListNote.print(page, noun: say("inspections", "cuộc thanh tra"), say) }
        switch app.configuration.format {
        case .json: try Output.json(found)
        default:
            Output.table(
                say.language == .vi
                    ? ["#", "trạng thái", "hình thức", "loại", "cấp", "ngày mở", "nội dung"]
                    : ["#", "state", "mode", "category", "level", "opened", "content"],
                found.map {
                    ["\($0.id)", say.state($0.state), say.mode($0.mode), $0.category, $0.level, $0.openedOn.description,
                     $0.content]
                })
        }
    }
}
