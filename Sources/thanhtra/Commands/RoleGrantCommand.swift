import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra role grant LOGIN ROLE`.
struct RoleGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grant", abstract: "Give an account a role.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The account's login.") var login: String
    @Argument(help: ArgumentHelp("The role.", valueName: "role")) var role: RoleArgument

    func run() throws {
        let app = try App(options)
        let (authorities, _) = try app.openAuthorities()
        let account = try AuthorityWords.worded { try authorities.grantRole(role.role, to: login, acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(account)
        default:
            Output.line(AdminText.roleChanged(granted: true, role.role, account, app.say))
        }
    }
}
