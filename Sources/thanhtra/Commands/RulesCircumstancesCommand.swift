import ArgumentParser
import Casework
import Rules

/// `thanhtra rules circumstances`.
struct RulesCircumstancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circumstances", abstract: "List the mitigating and aggravating circumstance codes.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let app = try App(options)
        let (_, engine) = try app.openCaseworkOrPack()
        let (mitigating, aggravating) = try engine.circumstances()
        switch app.configuration.format {
        case .json:
            struct Both: Encodable { var mitigating: [CircumstanceEntry]; var aggravating: [CircumstanceEntry] }
            try Output.json(Both(mitigating: mitigating, aggravating: aggravating))
        default:
            let say = app.say
            let (less, more) = (say("mitigating", "giảm nhẹ"), say("aggravating", "tăng nặng"))
            Output.table(
                [say("kind", "loại"), say("code", "mã"), say("title", "tình tiết"), say("citation", "căn cứ")],
                mitigating.map { [less, $0.code, $0.title, $0.citation] } + aggravating.map { [more, $0.code, $0.title, $0.citation] })
        }
    }
}
