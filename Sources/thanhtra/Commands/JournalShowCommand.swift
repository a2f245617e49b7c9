import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra journal show`.
struct JournalShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "List journal entries, oldest first.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Show entries after this sequence number.")
    var after: Int64 = 0

    @Option(help: "At most this many entries.")
    var limit: Int = 50

    func validate() throws {
        guard limit > 0 else { throw ValidationError.said("--limit must be at least 1", "--limit ít nhất là 1") }
        guard after >= 0 else { throw ValidationError.said("--after must not be negative", "--after không được âm") }
    }

    func run() throws {
        let app = try App(options)
        let entries = try app.openRegistry(reading: .readJournal).journal(after: after, limit: limit)
        switch app.configuration.format {
        case .json: try Output.json(entries)
        default:
            Output.table(
                app.say.language == .vi
                    ? ["#", "ghi lúc", "người thực hiện", "lệnh", "bộ quy tắc", "mã băm"]
                    : ["#", "recorded at", "actor", "command", "rules", "hash"],
                entries.map {
                    [String($0.sequence), $0.recordedAt, $0.actor, $0.command, String(($0.packHash ?? "-").prefix(12)),
                     String($0.hash.prefix(12))]
                })
        }
    }
}
