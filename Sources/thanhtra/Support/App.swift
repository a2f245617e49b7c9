import ArgumentParser
import Casework
import Foundation
import Inspectorate
import PostgresStore
import Rules
import Store

/// The composition root: the one place that names a concrete store and builds the rule engine. `--db` chooses the
/// store: a `postgres://` (or `postgresql://`) URL opens ``PostgresStore``, anything else is a SQLite file; everything else in the executable sees the ports (``InspectorateStore``,
/// ``InspectoratePolicy``) and the application layer (``Inspectorate``).
///
/// Also the wiring shared by commands: the configuration, the opened store, the rule pack in force.
struct App {
    let configuration: Configuration

    /// - Parameter formats: the `--format` values the command prints; any other is a usage error.
    init(_ options: GlobalOptions, formats: Set<OutputFormat> = OutputFormat.basic) throws {
        configuration = try Configuration(options: options)
        guard formats.contains(configuration.format) else {
            let format = configuration.format.rawValue
            throw ValidationError.said(
                "--format \(format) is not available for this command; use "
                    + formats.map(\.rawValue).sorted().joined(separator: " or "),
                "lệnh này không có --format \(format); dùng " + formats.map(\.rawValue).sorted().joined(separator: " hoặc "))
        }
    }

    /// Opens the existing database; a missing file is an error that says to run `thanhtra init`. Inside
    /// `batch --atomic`, the batch's store (see ``atomicStore``). A PostgreSQL database must exist on its server; the
    /// store brings its schema up to date when it opens. When the database has accounts, `--as` must name an active
    /// one (``requireActingAccount(_:)``) unless `checkingActor` is false (`serve`, whose pages sign people in).
    ///
    /// `readsOnly`: the command only reads, one query after the other (``openRegistry(reading:)``), so a SQLite file
    /// is opened with one connection (``SQLiteStore/init(path:busyTimeout:singleConnection:)``): its schema is parsed
    /// once (docs/performance.md, figure 5).
    func openStore(checkingActor: Bool = true, readsOnly: Bool = false) throws -> any InspectorateStore {
        if let shared = App.atomicStore { return shared }
        guard let warm = App.warm else { return try openNewStore(checkingActor: checkingActor, readsOnly: readsOnly) }
        let store = try warm.store(configuration.databasePath) { try openNewStore(checkingActor: false) }
        if checkingActor { try requireActingAccount(store) }
        return store
    }

    /// The store `serve` runs on, and how to close it when the server stops. On PostgreSQL: a store of one connection
    /// per worker (``PostgresStore/init(settings:busyTimeout:connections:logger:)``), so the workers' transactions run
    /// side by side, closed gracefully by `close`; a SQLite file as ``openStore(checkingActor:)`` opens it (its pool of
    /// readers is GRDB's), with nothing to close.
    func openServingStore(workers: Int) throws -> (store: any InspectorateStore, close: () -> Void) {
        if App.atomicStore == nil, App.warm == nil, let settings = try postgresSettings() {
            let store = try PostgresStore(settings: settings, connections: workers)
            return (store, { store.close() })
        }
        return (try openStore(checkingActor: false), {})
    }

    private func openNewStore(checkingActor: Bool, readsOnly: Bool = false) throws -> any InspectorateStore {
        if let settings = try postgresSettings() {
            // A read may open a second connection, for a report's scopes on the same snapshot as its period
            // (``PostgresStore/figures(for:scopes:)``); every other command keeps to one.
            let store = try PostgresStore(settings: settings, connections: readsOnly ? 2 : 1)
            if checkingActor { try requireActingAccount(store) }
            return store
        }
        let path = configuration.databasePath
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError.said(
                ("no database at \(path)", "không có cơ sở dữ liệu tại \(path)"),
                hint: (
                    "run `thanhtra init` to create it, or pass --db PATH (or set THANHTRA_DB) to use another",
                    "chạy `thanhtra init` để tạo, hoặc dùng --db ĐƯỜNG_DẪN (hoặc đặt THANHTRA_DB) cho cơ sở dữ liệu khác"
                ))
        }
        let store = try SQLiteStore(path: path, singleConnection: readsOnly)
        if checkingActor { try requireActingAccount(store) }
        return store
    }

    /// Creates the database file if needed (`thanhtra init`) and opens it; on PostgreSQL, creates the schema in the
    /// existing database.
    func createStore() throws -> any InspectorateStore {
        if let settings = try postgresSettings() { return try PostgresStore(settings: settings) }
        return try SQLiteStore(path: configuration.databasePath)
    }

    /// Whether `--db` names a PostgreSQL database (`postgres://…` or `postgresql://…`).
    var usesPostgres: Bool {
        let db = configuration.databasePath
        return db.hasPrefix("postgres://") || db.hasPrefix("postgresql://")
    }

    /// Whether there is a database to open without creating one: the SQLite file exists, or `--db` is a PostgreSQL
    /// URL (its database lives on the server).
    var databaseExists: Bool {
        usesPostgres || FileManager.default.fileExists(atPath: configuration.databasePath)
    }

    /// The database as messages name it: the SQLite path, or the PostgreSQL URL with its password masked
    /// (`postgres://app:********@db.local:5432/thanhtra`); never the password.
    var databaseName: String {
        guard usesPostgres else { return configuration.databasePath }
        return (try? postgresSettings())?.description ?? "the PostgreSQL database of --db"
    }

    /// The PostgreSQL settings of a `postgres://` `--db`, completed as `psql` completes them (PG* variables,
    /// ~/.pgpass, defaults); `nil` for a SQLite path. The password file's warnings go to stderr.
    func postgresSettings() throws -> PostgresSettings? {
        try Self.postgresSettings(configuration.databasePath)
    }

    /// The PostgreSQL settings of `location` when it is a `postgres://` or `postgresql://` URL, else `nil`.
    static func postgresSettings(_ location: String) throws -> PostgresSettings? {
        guard location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let settings = try PostgresSettings(
            url: location,
            environment: PostgresEnvironment(
                variables: environment, loginName: environment["USER"] ?? NSUserName(),
                homeDirectory: environment["HOME"] ?? NSHomeDirectory()))
        for warning in settings.warnings { Output.error("warning: \(warning)") }
        return settings
    }

    /// Runs `body` with a store whose every command joins one transaction of the database, committed only if
    /// `body` says so (`batch --atomic`), through the store's ``TransactionalStore`` port.
    ///
    /// - Throws: ``CommandError`` when the database does not exist; ``StoreError``; what `body` throws.
    func inOneTransaction<T>(_ body: (any InspectorateStore) throws -> (result: T, commit: Bool)) throws -> T {
        try openStore().inOneTransaction(body)
    }

    /// A scratch file for what an import's check pass remembers (a temporary SQLite file).
    func makeImportScratch() throws -> any ImportScratch {
        try Self.makeImportScratch()
    }

    /// The scratch store of an import's check (a temporary SQLite file), for the server's imports too.
    static func makeImportScratch() throws -> any ImportScratch {
        try SQLiteImportScratch()
    }

    /// The rule engine of `pack`, with the configured limits; a rule's `print` goes to stderr.
    func makeEngine(_ pack: RulePack) throws -> RuleEngine {
        let limits = configuration.ruleLimits
        guard let warm = App.warm else { return try RuleEngine(pack: pack, limits: limits, log: Output.ruleLog) }
        return try warm.engine("\(pack.hash) \(limits)") { try RuleEngine(pack: pack, limits: limits, log: Output.ruleLog) }
    }

    /// The application layer over the store and the pack in force.
    ///
    /// `readsOnly`: the command only reads (a period's report), so a SQLite file is opened with one connection, as
    /// ``openStore(checkingActor:readsOnly:)`` says.
    func openInspectorate(readsOnly: Bool = false) throws -> Inspectorate {
        let (store, engine) = try openCasework(readsOnly: readsOnly)
        return Inspectorate(store: store, policy: engine, pack: record(engine.pack, engine: engine))
    }

    /// The use cases that need no rule engine; with `recordingPack`, changes are journaled under the pack in force
    /// (its files read, no engine built unless the store does not hold the pack yet).
    func openRegistry(recordingPack: Bool = false) throws -> Registry {
        let store = try openStore()
        return Registry(store: store, pack: recordingPack ? record(try loadPack(recordedIn: store)) : nil)
    }

    /// The reads' use cases, once the acting account may `action` (`--as` with a role that allows it, when the
    /// database has accounts: the same table as the server's pages and API).
    /// - Throws: ``CommandError`` worded from ``InspectorateError/actionNotAllowed(account:action:)``.
    func openRegistry(reading action: CaseworkAction) throws -> Registry {
        let registry = Registry(store: try openStore(readsOnly: true))
        try authorize(action, in: registry.store)
        return registry
    }

    /// Refuses `action` unless the acting account's roles allow it (when `store` has accounts).
    /// - Throws: ``CommandError`` worded from ``InspectorateError/actionNotAllowed(account:action:)``.
    func authorize(_ action: CaseworkAction, in store: any InspectorateStore) throws {
        let acting = acting
        try worded { try Registry(store: store).authorize(action, acting: acting) }
    }

    /// The words of what people read, in the command line's language.
    var say: Wording { Wording(language: configuration.language) }

    /// Who acts and when: the account, the business date, the real time the journal records.
    var acting: Acting {
        Acting(account: configuration.actor, today: configuration.clock.today(), recordedAt: configuration.clock.timestamp())
    }

    /// The pack as the journal records it; its name and version come from `engine` when the command has one, else
    /// from an engine built only if the store does not hold the pack yet.
    func record(_ pack: RulePack, engine: RuleEngine? = nil) -> RulePackRecord {
        let limits = configuration.ruleLimits
        return RulePackRecord(
            hash: pack.hash, files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) }),
            manifest: {
                guard let manifest = engine?.manifest ?? (try? RuleEngine(pack: pack, limits: limits).manifest) else {
                    return nil
                }
                return (manifest.name, manifest.version)
            })
    }

    /// The rule pack folder in force: `--rules`/`THANHTRA_RULES`, else the one recorded at `init`, else `./rules`.
    func rulesDirectory(recordedIn store: (any CaseStore)?) throws -> String {
        if let directory = configuration.rulesDirectory { return directory }
        if let store, let recorded = try store.setting(SettingKey.rulesDirectory) { return recorded }
        return "rules"
    }

    /// Reads the rule pack in force (its files and hash; no Lua state is created): with four-eyes on
    /// (`init --four-eyes`), the active stored pack (``fourEyesPack(recordedIn:authoring:)``), else the folder —
    /// inside a `batch`, read once per folder (``WarmResources``).
    ///
    /// - Parameter authoring: For the rule author's tools, which read an explicit `--rules` folder as given.
    func loadPack(recordedIn store: (any CaseStore)?, authoring: Bool = false) throws -> RulePack {
        if let store, let active = try fourEyesPack(recordedIn: store, authoring: authoring) { return active }
        let directory = try rulesDirectory(recordedIn: store)
        guard let warm = App.warm else { return try RulePack.load(from: directory) }
        return try warm.pack(directory) { try RulePack.load(from: directory) }
    }

    /// Who, when and under which rules a command runs: what the journal records with it. The pack's files are
    /// stored under its hash the first time it is used, so `rules history` and later explanations can reach it;
    /// its manifest is read from `engine` when the command has built one.
    func context(pack: RulePack, store: any InspectorateStore, engine: RuleEngine? = nil) throws -> CommandContext {
        try record(pack, engine: engine).context(for: acting, in: store)
    }
}

// MARK: - db copy

extension App {
    /// A store for `db copy`, by a SQLite path or a `postgres://` URL, with the name messages use for it (the URL's
    /// password masked) and whether this call created the SQLite file. A PostgreSQL database must exist on its
    /// server (its schema is brought up to date); a missing SQLite file is created only when `creating`.
    ///
    /// - Throws: ``CommandError`` for a missing source file; ``StoreError``; a URL's errors.
    func openCopyStore(_ location: String, creating: Bool) throws -> (store: any CopyableStore, name: String, created: Bool) {
        if let settings = try Self.postgresSettings(location) {
            return (try PostgresStore(settings: settings), settings.description, false)
        }
        let exists = FileManager.default.fileExists(atPath: location)
        guard exists || creating else {
            throw CommandError(
                message: say("no database at \(location)", "không có cơ sở dữ liệu tại \(location)"),
                hint: say("give the path of an existing SQLite file, or a postgres:// URL",
                    "chỉ ra đường dẫn của một tệp SQLite đã có, hoặc một URL postgres://"))
        }
        return (try SQLiteStore(path: location), location, !exists)
    }
}
