import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra delegate FROM TO --title T --from D --to D --document NUMBER [--scope TEXT]`: giao quyền xử phạt.
struct DelegateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delegate", abstract: "Record a delegation of a title (giao quyền, Luật XLVPHC Điều 54).",
        discussion: """
            The delegator must hold the title itself on every day of the term (a title held by delegation cannot be
            delegated again). A delegation is made in writing: --document is the number of the decision giao quyền.
            The term is closed: --from is its first day, --to its last. Recorded by quan_tri or by the delegator.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Who lends the title (its holder).") var delegator: String
    @Argument(help: "Who receives it.") var delegate: String
    @Option(help: "The pack's signer title code.") var title: String
    @Option(help: "The first day of the term (YYYY-MM-DD).", transform: Parse.date) var from: CalendarDate
    @Option(help: "The last day of the term (YYYY-MM-DD).", transform: Parse.date) var to: CalendarDate
    @Option(help: "The number of the written decision (e.g. 12/QĐ-TTr).") var document: String
    @Option(help: "The content and scope as the decision words them.") var scope: String = ""

    func run() throws {
        let app = try App(options)
        let (authorities, store) = try app.openAuthorities()
        let engine = try app.signerTitles(recordedIn: store)
        let recorded = try AuthorityWords.worded {
            try authorities.delegate(
                title: title, from: delegator, to: delegate, startsOn: from, endsOn: to, document: document,
                scope: scope, titles: engine, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(recorded)
        default:
            let name = AdminText.titleName(recorded.title, on: recorded.startsOn, engine: engine)
            Output.line(AdminText.delegation(recorded, named: name, app.say))
        }
    }
}
