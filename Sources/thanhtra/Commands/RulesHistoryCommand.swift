import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra rules history`: every rule pack version that decided anything in this database.
struct RulesHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List the rule pack versions stored in the database, with dates and what they decided.",
        discussion: "Each version's files are stored under its content hash the first time a command runs with it.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let app = try App(options)
        let history = try app.openRegistry().rulePackHistory()
        switch app.configuration.format {
        case .json: try Output.json(history)
        default:
            Output.table(
                app.say.vietnamese
                    ? ["mã băm", "bộ quy tắc", "dùng lần đầu", "dùng lần cuối", "đã quyết định"]
                    : ["hash", "pack", "first used", "last used", "decided"],
                history.map { use in
                    [String(use.hash.prefix(12)), "\(use.name) \(use.version)", use.recordedAt, use.lastUsedAt ?? "-",
                     use.commands.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")]
                })
        }
    }
}
