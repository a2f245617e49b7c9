import ArgumentParser
import Casework
import Rules

/// `thanhtra rules catalog`: the violation codes a case can use.
struct RulesCatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "List the violation catalog: codes, legal basis, fine frames.",
        discussion: "One row per version of a code: a code a later text amended has one row per text, each with its dates.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Only entries in force on this day (default: today; 'all' for every version).") var on: String?
    @Option(help: "Only this sector.") var sector: String?

    func run() throws {
        let app = try App(options)
        let (_, engine) = try app.openCaseworkOrPack()
        let day: CalendarDate? = on == "all" ? nil : try on.map(Parse.date) ?? app.today
        let entries = try engine.catalog(on: day, sector: sector)
        switch app.configuration.format {
        case .json: try Output.json(entries)
        default:
            Output.table(
                ["code", "sector", "frame", "for", "warning", "in force", "basis", "succeeds"],
                entries.map {
                    [$0.code, $0.sector,
                     $0.isSanctioned ? "\(CaseText.money($0.frameMinVND)) – \(CaseText.money($0.frameMaxVND))" : "not sanctioned",
                     $0.statedFor, $0.warningAllowed ? "yes" : "no",
                     "\($0.effectiveFrom?.description ?? "…") – \($0.effectiveTo?.description ?? "")", $0.basis,
                     $0.succeeds.joined(separator: ", ")]
                })
        }
    }
}

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
        default: Output.table(["code", "title", "limit", "citation"], titles.map { [$0.code, $0.title, $0.limit, $0.citation] })
        }
    }
}
