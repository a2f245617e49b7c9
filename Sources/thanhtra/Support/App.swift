import ArgumentParser
import Casework
import Foundation
import Rules
import Store

/// The wiring shared by commands: the configuration, the opened store, the rule pack in force.
struct App {
    let configuration: Configuration

    /// - Parameter formats: the `--format` values the command prints; any other is a usage error.
    init(_ options: GlobalOptions, formats: Set<OutputFormat> = OutputFormat.basic) throws {
        configuration = try Configuration(options: options)
        guard formats.contains(configuration.format) else {
            throw ValidationError(
                "--format \(configuration.format.rawValue) is not available for this command; use "
                    + formats.map(\.rawValue).sorted().joined(separator: " or "))
        }
    }

    /// Opens the existing database; a missing file is an error that says to run `thanhtra init`. Inside
    /// `batch --atomic`, the batch's store (see ``atomicStore``).
    func openStore() throws -> SQLiteStore {
        if let shared = App.atomicStore { return shared }
        let path = configuration.databasePath
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError(
                message: "no database at \(path)",
                hint: "run `thanhtra init` to create it, or pass --db PATH (or set THANHTRA_DB) to use another")
        }
        return try SQLiteStore(path: path)
    }

    /// The rule pack folder in force: `--rules`/`THANHTRA_RULES`, else the one recorded at `init`, else `./rules`.
    func rulesDirectory(recordedIn store: SQLiteStore?) throws -> String {
        if let directory = configuration.rulesDirectory { return directory }
        if let store, let recorded = try store.setting(SettingKey.rulesDirectory) { return recorded }
        return "rules"
    }

    /// Reads the rule pack in force (its files and hash; no Lua state is created).
    func loadPack(recordedIn store: SQLiteStore?) throws -> RulePack {
        try RulePack.load(from: rulesDirectory(recordedIn: store))
    }

    /// Who, when and under which rules a command runs: what the journal records with it. The pack's files are
    /// stored under its hash the first time it is used, so `rules history` and later explanations can reach it.
    func context(pack: RulePack, store: SQLiteStore) throws -> CommandContext {
        let context = CommandContext(actor: configuration.actor, timestamp: configuration.clock.timestamp(), packHash: pack.hash)
        guard try !store.hasRulePack(hash: pack.hash) else { return context }
        let manifest = try? RuleEngine(pack: pack, limits: configuration.ruleLimits).manifest
        try store.recordRulePack(
            StoredRulePack(
                hash: pack.hash, name: manifest?.name ?? "", version: manifest?.version ?? "", recordedAt: context.timestamp,
                files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) })),
            context: context)
        return context
    }
}

/// Keys of the settings stored in the database.
enum SettingKey {
    static let rulesDirectory = "rules.directory"
    static let rulesHash = "rules.hash"
    static let initializedOn = "initializedOn"
}
