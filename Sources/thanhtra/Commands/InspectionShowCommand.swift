import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra inspection show`.
struct InspectionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an inspection: its timeline, every deadline and whether it was met, findings, recommendations.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The inspection number.") var id: Int64

    func run() throws {
        let app = try App(options)
        let (inspection, subjects) = try worded { try app.openRegistry().inspection(Inspection.ID(rawValue: id)) }
        switch app.configuration.format {
        case .json: try Output.json(inspection)
        default:
            InspectionText.show(inspection, subjects: subjects, today: app.today).forEach { Output.line($0) }
        }
    }
}
