import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra subject show`.
struct SubjectShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one subject.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The subject's number, as `subject list` shows it.")
    var id: Int64

    func run() throws {
        let app = try App(options)
        let subject = try worded { try app.openRegistry().subject(Subject.ID(rawValue: id)) }
        switch app.configuration.format {
        case .json: try Output.json(subject)
        default:
            Output.table(
                ["field", "value"],
                [["number", "\(subject.id)"], ["kind", subject.kind.rawValue], ["identifier", subject.identifier],
                 ["name", subject.name], ["address", subject.address]])
        }
    }
}
