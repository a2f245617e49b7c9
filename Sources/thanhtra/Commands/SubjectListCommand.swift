import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra subject list`.
struct SubjectListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List registered subjects.")

    @OptionGroup var options: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "Only one kind: organization, person, household (hộ kinh doanh, HKD), family (hộ gia đình, HGĐ) or "
                + "community (cộng đồng dân cư, CĐDC)."))
    var kind: SubjectKindArgument?

    @Option(help: "Only subjects whose name or identifier contains this text.")
    var search: String?

    @Option(help: "At most this many subjects; 0 for all.")
    var limit: Int = 100

    func run() throws {
        let app = try App(options)
        let page = try app.openRegistry(reading: .readCasework).subjectPage(
            kind: kind?.kind, search: search, limit: limit)
        let subjects = page.items
        let say = app.say
        defer { ListNote.print(page, noun: say("subjects", "đối tượng"), say) }
        switch app.configuration.format {
        case .json: try Output.json(subjects)
        default:
            Output.table(
                say.language == .vi
                    ? ["#", "loại", "mã số thuế / số định danh", "tên", "địa chỉ"]
                    : ["#", "kind", "identifier", "name", "address"],
                subjects.map { ["\($0.id)", say.kind($0.kind), $0.identifier, $0.name, $0.address] })
        }
    }
}
