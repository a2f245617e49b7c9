import ArgumentParser
import Casework

/// `thanhtra account …`: the people who sign in, their roles, their passwords (issue 14).
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Manage accounts (tài khoản): add, list, disable, change a password.",
        discussion: """
            A database without accounts keeps the single-user behaviour. Once it has one, every command's --as must
            name an active account, and only an account with the role quan_tri adds, lists and disables accounts.
            Passwords are read from the terminal without echo, or from standard input with --password-stdin; never
            from the command line.
            """,
        subcommands: [
            AccountAddCommand.self, AccountListCommand.self, AccountDisableCommand.self, AccountPasswordCommand.self,
        ])
}

/// A role as `--role` takes it: its raw name (`thanh_tra_vien`, `quan_tri`, …).
struct RoleArgument: ExpressibleByArgument {
    var role: AccountRole

    init?(argument: String) {
        guard let role = AccountRole(rawValue: argument) else { return nil }
        self.role = role
    }

    static var allValueStrings: [String] { AccountRole.allCases.map(\.rawValue) }
}
