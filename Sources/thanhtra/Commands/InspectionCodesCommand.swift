import ArgumentParser
import Casework
import Rules

/// `thanhtra inspection codes`: the category, level and finding-category codes in force.
struct InspectionCodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes", abstract: "List the inspection categories, levels and finding categories the rule pack defines.")
    @OptionGroup var options: GlobalOptions
    @Option(help: "In force on this day (default: today).", transform: Parse.date) var on: CalendarDate?

    func run() throws {
        let app = try App(options)
        let (_, engine) = try app.openCaseworkOrPack()
        let catalog = try engine.inspectionCatalog(on: on ?? app.today)
        switch app.configuration.format {
        case .json: try Output.json(catalog)
        default:
            let say = app.say
            let (category, level, finding) = (say("category", "loại thanh tra"), say("level", "cấp"), say("finding", "loại phát hiện"))
            Output.table(
                [say("kind", "loại mã"), say("code", "mã"), say("title", "tên")],
                catalog.categories.map { [category, $0.code, $0.title] } + catalog.levels.map { [level, $0.code, $0.title] }
                    + catalog.findingCategories.map { [finding, $0.code, $0.title] })
        }
    }
}
