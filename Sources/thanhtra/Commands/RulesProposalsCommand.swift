import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra rules proposals`.
struct RulesProposalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposals", abstract: "List proposed rule packs, newest first, with their check, test and diff results.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let app = try App(options)
        let (approval, _) = try app.openRulePackApproval()
        let proposals = try approval.proposals()
        switch app.configuration.format {
        case .json: try Output.json(proposals)
        default:
            if proposals.isEmpty { Output.error(app.say("no rule pack has been proposed", "chưa có bộ quy tắc nào được đề xuất")) }
            proposals.forEach { Output.line(ProposalText.line($0, app.say)) }
        }
    }
}
