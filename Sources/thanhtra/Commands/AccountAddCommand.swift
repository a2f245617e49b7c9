import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra account add LOGIN --name NAME --role ROLE…`.
struct AccountAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an account; its password is asked for (or read with --password-stdin).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The sign-in name: a-z, digits, '.', '_', '-'.")
    var login: String

    @Option(name: .long, help: "The person's name as colleagues read it.")
    var name: String

    @Option(
        name: .customLong("role"),
        help: ArgumentHelp(
            "A role; repeat for several: \(AccountRole.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "role"))
    var roles: [RoleArgument]

    @Flag(help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    func run() throws {
        let app = try App(options)
        let accounts = try app.openAccounts()
        let password = try PasswordInput.read(fromStandardInput: passwordStdin, confirming: true)
        let account = try AccountWords.worded {
            try accounts.addAccount(login: login, displayName: name, roles: roles.map(\.role), password: password, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(account)
        default: Output.line(AdminText.accountAdded(account, app.say))
        }
    }
}
