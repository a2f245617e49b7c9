import ArgumentParser
import Casework
import Inspectorate
import Rules

/// `thanhtra inspection open`.
struct InspectionOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open an unscheduled or regular inspection (scheduled ones come from the plan).")

    enum ModeArgument: String, ExpressibleByArgument, CaseIterable { case unscheduled, regular }
    enum GroundArgument: String, ExpressibleByArgument, CaseIterable {
        case complaint, violationSigns = "violation-signs", assignment, other
        var kind: InspectionGround.Kind {
            switch self {
            case .complaint: .complaint
            case .violationSigns: .violationSigns
            case .assignment: .assignment
            case .other: .other
            }
        }
    }

    @OptionGroup var options: GlobalOptions
    @Option(help: "unscheduled (đột xuất) or regular (thường xuyên).") var mode: ModeArgument
    @Option(help: "Category code (see `thanhtra inspection codes`).") var category: String
    @Option(help: "Level code (see `thanhtra inspection codes`).") var level: String
    @Option(help: "What is inspected (nội dung thanh tra).") var content: String
    @Option(help: "The field or sector.") var field: String = ""
    @Option(name: .customLong("lead-unit"), help: "The unit leading the inspection.") var leadUnit: String
    @Option(name: .customLong("subject"), help: "A subject: its number, tax code or citizen ID number. Repeatable.", completion: Completion.subject, transform: Parse.subject)
    var subjects: [SubjectKey] = []
    @Option(help: "Ground of an unscheduled inspection.") var ground: GroundArgument?
    @Option(name: .customLong("ground-ref"), help: "The ground's reference (the complaint, the report, the assignment).") var groundRef: String?
    @Option(help: "Opening date (default: today).", transform: Parse.date) var on: CalendarDate?
    @Option(help: "The body (cơ quan) that conducts it, when several share the database: a code of the rule pack's report.bodies.")
    var body: String?

    func run() throws {
        let app = try App(options)
        let inspectorate = try app.openInspectorate()
        let subjectIDs = try subjects.map { key in try worded { try inspectorate.store.subjectID(key) } }
        let request = InspectionOpening(
            mode: mode == .unscheduled ? .unscheduled : .regular, category: category, level: level,
            ground: ground.map { InspectionGround(kind: $0.kind, reference: groundRef ?? "") }, content: content,
            field: field, leadUnit: leadUnit, subjects: subjectIDs, openedOn: on, body: body)
        let opened = try worded {
            do {
                return try inspectorate.openInspection(request, acting: app.acting)
            } catch let error as InspectorateError {
                if case let .inspectionCollides(_, collisions) = error {
                    for collision in collisions {
                        Output.error(
                            app.say("error: ", "lỗi: ")
                                + "\(collision.message) (\(app.say("inspection", "cuộc thanh tra")) #\(collision.inspectionID))")
                    }
                }
                throw error
            }
        }
        for collision in opened.warnings {
            Output.error(
                app.say("warning: ", "cảnh báo: ")
                    + "\(collision.message) (\(app.say("inspection", "cuộc thanh tra")) #\(collision.inspectionID))")
        }
        switch app.configuration.format {
        case .json: try Output.json(opened.inspection)
        default:
            let inspection = opened.inspection
            let names = app.inspectionCodeTitles(store: inspectorate.store, on: inspection.openedOn)
            Output.line(
                app.say(
                    "opened inspection #\(inspection.id) (\(inspection.mode.rawValue), \(inspection.category), \(inspection.level))",
                    "đã mở cuộc thanh tra #\(inspection.id) (\(app.say.mode(inspection.mode)), "
                        + "\(names[inspection.category] ?? inspection.category), \(names[inspection.level] ?? inspection.level))"))
        }
    }
}
