import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra role revoke LOGIN ROLE`.
struct RoleRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Take a role from an account.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The account's login.") var login: String
    @Argument(help: ArgumentHelp("The role.", valueName: "role")) var role: RoleArgument

    func run() throws {
        let app = try App(options)
        let (authorities, _) = try app.openAuthorities()
        let account = try AuthorityWords.worded { try authorities.revokeRole(role.role, from: login, acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(account)
        default:
            Output.line(AdminText.roleChanged(granted: false, role.role, account, app.say))
        }
    }
}
