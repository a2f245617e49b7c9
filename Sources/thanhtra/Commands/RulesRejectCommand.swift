import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra rules reject HASH --reason TEXT`.
struct RulesRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Reject a proposed rule pack, with the reason; never by its proposer.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The proposed pack's hash, or its first 6 or more hex digits.") var hash: String
    @Option(help: "Why it is rejected.") var reason: String

    func run() throws {
        let app = try App(options)
        let (approval, _) = try app.openRulePackApproval()
        let rejected = try AuthorityWords.worded { try approval.reject(hash, reason: reason, acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(rejected)
        default: Output.line(app.say("rejected ", "đã từ chối ") + ProposalText.line(rejected, app.say))
        }
    }
}
