import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra account list`.
struct AccountListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let app = try App(options)
        let accounts = try app.openAccounts()
        let list = try AccountWords.worded { try accounts.listAccounts(acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(list)
        default:
            Output.table(
                app.say.language == .vi
                    ? ["tên đăng nhập", "họ tên", "vai trò", "đang dùng", "tạo lúc"]
                    : ["login", "name", "roles", "active", "created"],
                list.map {
                    [$0.login, $0.displayName, $0.roles.map(\.rawValue).joined(separator: ","), $0.isActive ? app.say("yes", "có") : app.say("no", "không"),
                     $0.createdAt]
                })
        }
    }
}
