import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra delegation end ID --on DATE`.
struct DelegationEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "End a delegation early: --on is the last day of its term.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The delegation's number (see `thanhtra delegation list`).") var id: Int64
    @Option(help: "The new last day of the term (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate

    func run() throws {
        let app = try App(options)
        let (authorities, _) = try app.openAuthorities()
        let ended = try AuthorityWords.worded {
            try authorities.endDelegation(Delegation.ID(id), lastDay: on, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(ended)
        default: Output.line(AdminText.delegation(ended, until: on, named: nil, app.say))
        }
    }
}
