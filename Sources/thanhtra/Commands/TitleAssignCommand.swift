import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra title assign LOGIN TITLE --from DATE [--to DATE]`.
struct TitleAssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Record that an account holds a title from a day (to a day).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The account's login.") var login: String
    @Argument(help: "The pack's signer title code (see `thanhtra rules titles`).") var title: String
    @Option(help: "The first day held (YYYY-MM-DD).", transform: Parse.date) var from: CalendarDate
    @Option(help: "The last day held (YYYY-MM-DD); none: until ended.", transform: Parse.date) var to: CalendarDate?

    func validate() throws {
        if let to, to < from { throw ValidationError.said("--to \(to) is before --from \(from)", "--to \(to) trước --from \(from)") }
    }

    func run() throws {
        let app = try App(options)
        let (authorities, store) = try app.openAuthorities()
        let engine = try app.signerTitles(recordedIn: store)
        let assigned = try AuthorityWords.worded {
            try authorities.assignTitle(login: login, title: title, from: from, to: to, titles: engine, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(assigned)
        default:
            let name = AdminText.titleName(assigned.title, on: assigned.startsOn, engine: engine)
            Output.line(AdminText.title(assigned, named: name, app.say))
        }
    }
}
