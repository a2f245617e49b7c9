import ArgumentParser
import Casework

/// `thanhtra journal …`: the append-only, hash-chained record of every change.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Show and verify the journal of changes.",
        subcommands: [JournalShowCommand.self, JournalVerifyCommand.self])
}

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
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard after >= 0 else { throw ValidationError("--after must not be negative") }
    }

    func run() throws {
        let app = try App(options)
        let entries = try app.openStore().journal(after: after, limit: limit)
        switch app.configuration.format {
        case .json: try Output.json(entries)
        default:
            Output.table(
                ["#", "recorded at", "actor", "command", "rules", "hash"],
                entries.map {
                    [String($0.sequence), $0.recordedAt, $0.actor, $0.command, String(($0.packHash ?? "-").prefix(12)),
                     String($0.hash.prefix(12))]
                })
        }
    }
}

/// `thanhtra journal verify`.
struct JournalVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the journal's hash chain and name the first broken entry.",
        discussion: "Exit status: 0 when the chain is intact, 1 when an entry was altered, removed or inserted.")

    @OptionGroup var options: GlobalOptions

    struct Result: Encodable {
        var intact: Bool
        var entries: Int64?
        var head: String?
        var brokenAt: Int64?
        var reason: String?
    }

    func run() throws {
        let app = try App(options)
        let verification = try app.openStore().verifyJournal()
        let result: Result =
            switch verification {
            case .intact(let entries, let head): Result(intact: true, entries: entries, head: head)
            case .broken(let sequence, let reason): Result(intact: false, brokenAt: sequence, reason: reason)
            }
        switch app.configuration.format {
        case .json: try Output.json(result)
        default:
            if result.intact {
                Output.line("journal intact: \(result.entries ?? 0) entries, head \(result.head ?? "-")")
            } else {
                Output.error(
                    "error: journal broken at entry #\(result.brokenAt ?? 0): \(result.reason ?? "")\n"
                        + "  help: the database was changed outside thanhtra; restore it from a backup and keep this copy for investigation")
            }
        }
        if !result.intact { throw ExitCode(1) }
    }
}
