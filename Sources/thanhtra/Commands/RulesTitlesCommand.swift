import ArgumentParser
import Casework
import Rules

/// `thanhtra rules titles`.
struct RulesTitlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "titles", abstract: "List the signer titles and their competence to fine.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Titles in force on this day (default: today).", transform: Parse.date) var on: CalendarDate?

    func run() throws {
        let app = try App(options)
        let (_, engine) = try app.openCaseworkOrPack()
        let titles = try engine.titles(on: on ?? app.today)
        switch app.configuration.format {
        case .json: try Output.json(titles)
        default:
            let say = app.say
            Output.table(
                [say("code", "mã"), say("title", "chức danh"), say("limit", "mức phạt tối đa"), say("citation", "căn cứ")],
                titles.map { [$0.code, $0.title, $0.limit, $0.citation] })
        }
    }
}
