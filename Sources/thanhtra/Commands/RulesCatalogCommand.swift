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
