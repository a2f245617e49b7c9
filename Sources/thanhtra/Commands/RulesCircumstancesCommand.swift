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
            Output.table(
                ["kind", "code", "title", "citation"],
                mitigating.map { ["mitigating", $0.code, $0.title, $0.citation] }
                    + aggravating.map { ["aggravating", $0.code, $0.title, $0.citation] })
        }
    }
}
