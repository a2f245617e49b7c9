import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra title list [LOGIN]`.
struct TitleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the titles accounts hold (of one account when given).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Only this account's titles.") var login: String?

    func run() throws {
        let app = try App(options)
        let (authorities, _) = try app.openAuthorities()
        let list = try AuthorityWords.worded { try authorities.titleAssignments(of: login, acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(list)
        default:
            Output.table(
                app.say.language == .vi
                    ? ["#", "tên đăng nhập", "chức danh", "từ ngày", "đến ngày"] : ["#", "login", "title", "from", "to"],
                list.map { ["\($0.id)", $0.login, $0.title, "\($0.startsOn)", $0.endsOn.map(\.description) ?? "-"] })
        }
    }
}
