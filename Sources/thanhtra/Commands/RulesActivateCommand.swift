import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra rules activate HASH`: the second pair of eyes.
struct RulesActivateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activate",
        abstract: "Activate a proposed rule pack; never by the account that proposed it.",
        discussion: """
            The active pack is what `thanhtra serve` runs and, once `thanhtra init --four-eyes` turned the rule on,
            what every command decides with. The pack active before is retired. With accounts, activating needs the
            role duyet_quy_tac.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The proposed pack's hash, or its first 6 or more hex digits (see `thanhtra rules proposals`).")
    var hash: String

    func run() throws {
        let app = try App(options)
        let (approval, _) = try app.openRulePackApproval()
        let activated = try AuthorityWords.worded { try approval.activate(hash, acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(activated)
        default: Output.line(app.say("activated ", "đã kích hoạt ") + ProposalText.line(activated, app.say))
        }
    }
}
