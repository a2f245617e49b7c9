import ArgumentParser
import Inspectorate

/// `thanhtra account disable LOGIN`.
struct AccountDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable an account: it can no longer sign in or act; its sessions end.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The account's login.")
    var login: String

    func run() throws {
        let app = try App(options)
        let accounts = try app.openAccounts()
        try AccountWords.worded { try accounts.disableAccount(login: login, acting: app.acting) }
        Output.line(AdminText.accountDisabled(login.lowercased(), app.say))
    }
}
