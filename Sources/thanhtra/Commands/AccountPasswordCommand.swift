import ArgumentParser
import Inspectorate

/// `thanhtra account password [LOGIN]`.
struct AccountPasswordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password",
        abstract: "Change a password (your own, or anyone's as quan_tri); the account's sessions end.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The account's login (default: the acting account).")
    var login: String?

    @Flag(help: "Read the new password from the first line of standard input.")
    var passwordStdin = false

    func run() throws {
        let app = try App(options)
        let accounts = try app.openAccounts()
        let acting = app.acting
        let target = login ?? acting.account
        let password = try PasswordInput.read(fromStandardInput: passwordStdin, confirming: true)
        try AccountWords.worded { try accounts.setPassword(login: target, password: password, acting: acting) }
        Output.line(AdminText.passwordChanged(target.lowercased(), app.say))
    }
}
