import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra title end ID --on DATE`.
struct TitleEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "End a title assignment: --on is the last day it is held.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The title assignment's number (see `thanhtra title list`).") var id: Int64
    @Option(help: "The last day held (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate

    func run() throws {
        let app = try App(options)
        let (authorities, _) = try app.openAuthorities()
        let ended = try AuthorityWords.worded {
            try authorities.endTitle(TitleAssignment.ID(id), lastDay: on, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(ended)
        default: Output.line(AdminText.title(ended, until: on, named: nil, app.say))
        }
    }
}
