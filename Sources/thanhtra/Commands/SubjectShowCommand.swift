import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra subject show`.
struct SubjectShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one subject.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The subject's number, as `subject list` shows it, or its tax code or citizen ID number.", completion: Completion.subject, transform: Parse.subject)
    var subject: SubjectKey

    func run() throws {
        let app = try App(options)
        let registry = try app.openRegistry(reading: .readCasework)
        let subject = try worded { try registry.subject(try registry.store.subjectID(self.subject)) }
        switch app.configuration.format {
        case .json: try Output.json(subject)
        default:
            Output.table(
                app.say.language == .vi
                    ? ["mục", "nội dung"] : ["field", "value"],
                app.say.language == .vi
                    ? [["số", "\(subject.id)"], ["loại", app.say.kind(subject.kind)],
                       ["mã số thuế / số định danh", subject.identifier], ["tên", subject.name], ["địa chỉ", subject.address]]
                    : [["number", "\(subject.id)"], ["kind", subject.kind.rawValue], ["identifier", subject.identifier],
                       ["name", subject.name], ["address", subject.address]])
        }
    }
}
