import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra delegation list [LOGIN]`.
struct DelegationListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List delegations (those an account lends or receives, when given).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Only delegations this account lends or receives.") var login: String?

    func run() throws {
        let app = try App(options)
        let (authorities, _) = try app.openAuthorities()
        let list = try AuthorityWords.worded { try authorities.delegations(of: login, acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(list)
        default:
            Output.table(
                app.say.language == .vi
                    ? ["#", "người giao", "người được giao", "chức danh", "thời hạn", "văn bản", "phạm vi"]
                    : ["#", "from", "to", "title", "term", "document", "scope"],
                list.map {
                    ["\($0.id)", $0.delegator, $0.delegate, $0.title, AuthorityWords.term($0.startsOn, $0.endsOn),
                     $0.document, $0.scope]
                })
        }
    }
}
