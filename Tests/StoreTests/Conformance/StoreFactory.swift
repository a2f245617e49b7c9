import Casework
import Foundation
import Logging
import PostgresNIO
import PostgresStore
import Store
import Testing

/// One kind of store the conformance suite runs against: how to make a fresh, empty one for one test, how to
/// dispose of it afterwards, and which ports it implements.
///
/// Every test under `Conformance/` takes a factory as its argument and sees only the ports (`any
/// InspectorateStore`), so each is written once and runs once per store that implements what it uses:
/// `@Test(arguments: StoreFactory.implementing(.subjects, .penaltyCases))`. A store that does not implement a port
/// yet gets no test for it at all (nothing skipped and counted as passed). This file is the only one under
/// `Conformance/` that names a concrete store.
struct StoreFactory: Sendable, CustomTestStringConvertible {
    /// A group of ports, as the conformance tests use them.
    enum Port: Sendable, Hashable, CaseIterable {
        /// `CaseStore`: settings, subjects, the journal (append, read, head, verify).
        case subjects, settings, journal
        /// `inspections`: `InspectionStore` but for `inspectionFlow`, a period figure, which is under `reports`.
        case rulePacks, penaltyCases, inspections, plans, reports, filedReports
        /// `PenaltyCaseBatchReader` (the whole-case batches); `CaseSnapshotReader` is `caseSnapshots`.
        case penaltyCaseBatches, caseSnapshots
        /// `TransactionalStore` (`batch --atomic`).
        case transactions
        /// `SubjectImportStore`; `LegacyImportStore` is `legacyImport`.
        case subjectImport, legacyImport
        /// `AccountStore` (kept out of `InspectorateStore`; the tests cast the store to it).
        case accounts
        /// `AuthorityStore` (roles, legal titles, delegations) and `RulePackProposalStore` (four-eyes rule packs),
        /// also kept out of `InspectorateStore`.
        case authority, proposals
    }

    /// What the test report calls this store: `SQLite`, `PostgreSQL`.
    let name: String
    /// The ports it implements; the tests of the others are not generated for it.
    let ports: Set<Port>
    /// Makes a fresh store with the full schema and nothing in it; a store that keeps files keeps them in `scratch`,
    /// which is removed after the test.
    let make: @Sendable (_ scratch: TemporaryDirectory) throws -> any InspectorateStore
    /// Opens another store on the database `make` made in `scratch` (as a second process would): for the tests of
    /// concurrent writers.
    var reopen: @Sendable (_ scratch: TemporaryDirectory) throws -> any InspectorateStore
    /// Removes what `make` made outside `scratch` (a database on a server); called after the store is released.
    var dispose: @Sendable (_ scratch: TemporaryDirectory) -> Void = { _ in }

    var testDescription: String { name }

    /// Every store the suite runs against: PostgreSQL when a server is there (`scripts/with-postgres.sh`), and in CI
    /// always (where a missing server fails the PostgreSQL tests instead of skipping them).
    static let all: [StoreFactory] = {
        if PostgresTestDatabase.runs { return [.sqlite, .postgres] }
        FileHandle.standardError.write(Data("StoreTests: PostgreSQL skipped: \(PostgresTestDatabase.skipReason)\n".utf8))
        return [.sqlite]
    }()

    /// The stores that implement every port in `ports`.
    static func implementing(_ ports: Port...) -> [StoreFactory] {
        all.filter { Set(ports).isSubset(of: $0.ports) }
    }

    /// The SQLite store on a file of its own (a file, not `:memory:`, so that the store runs as `thanhtra` runs it:
    /// a WAL-mode pool with separate readers). It implements every port.
    static let sqlite = StoreFactory(
        name: "SQLite", ports: Set(Port.allCases), make: { scratch in try SQLiteStore(path: scratch.path()) },
        reopen: { scratch in try SQLiteStore(path: scratch.path()) })

    /// The PostgreSQL store on a database of its own, created for the test from the PG* variables and dropped
    /// afterwards. The ports it implements so far (issue 13; docs/postgres.md).
    static let postgres = StoreFactory(
        name: "PostgreSQL",
        ports: [
            .subjects, .settings, .journal, .rulePacks, .penaltyCases, .penaltyCaseBatches, .filedReports,
            .transactions, .subjectImport, .caseSnapshots, .inspections, .plans, .legacyImport, .reports,
            .accounts, .authority, .proposals,
        ],
        make: { scratch in try PostgresTestDatabase.makeStore(for: scratch) },
        reopen: { scratch in
            try PostgresStore(settings: try PostgresTestDatabase.settings(database: PostgresTestDatabase.name(for: scratch)))
        },
        dispose: { scratch in PostgresTestDatabase.drop(for: scratch) })

    /// Runs `body` with a fresh store of this kind, and removes what the store left behind afterwards, whatever
    /// `body` does.
    ///
    /// - Returns: What `body` returns.
    /// - Throws: What making the store or `body` throws.
    func withStore<T>(_ body: (any InspectorateStore) throws -> T) throws -> T {
        let scratch = try TemporaryDirectory()
        defer {
            dispose(scratch)
            scratch.remove()
        }
        // The store is released when `run` returns, before its files are removed.
        func run() throws -> T { try body(try make(scratch)) }
        return try run()
    }

    /// Runs `body` with two stores on one fresh database (as two processes would have), removed afterwards.
    func withTwoStores<T>(_ body: (any InspectorateStore, any InspectorateStore) throws -> T) throws -> T {
        let scratch = try TemporaryDirectory()
        defer {
            dispose(scratch)
            scratch.remove()
        }
        func run() throws -> T {
            let first = try make(scratch)
            return try body(first, try reopen(scratch))
        }
        return try run()
    }
}

/// The PostgreSQL databases of the conformance suite: one per test, on the server `scripts/with-postgres.sh` starts
/// (pg_virtualenv exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE).
enum PostgresTestDatabase {
    static let variables = ProcessInfo.processInfo.environment

    /// Whether a run without PostgreSQL must fail rather than skip (`CI` set and not `false`, or
    /// `THANHTRA_REQUIRE_POSTGRES=1`), as `PostgresStoreTests` decide.
    static var isRequired: Bool {
        let ci = variables["CI"] ?? ""
        return (!ci.isEmpty && ci != "false") || variables["THANHTRA_REQUIRE_POSTGRES"] == "1"
    }

    /// Whether the PG* variables name a server.
    static var isAvailable: Bool { !(variables["PGHOST"] ?? "").isEmpty }

    /// Run the PostgreSQL factory: with a server, and in CI also without (to fail).
    static var runs: Bool { isAvailable || isRequired }

    static let skipReason =
        "no PostgreSQL server: PGHOST is not set; run the tests under scripts/with-postgres.sh (scripts/test.sh does)"

    /// The database of the test whose scratch directory is `scratch`: named after it, so `drop` finds it.
    static func name(for scratch: TemporaryDirectory) -> String {
        "thanhtra_conformance_" + scratch.url.lastPathComponent.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// The server's settings from the PG* variables, on `database`.
    static func settings(database: String? = nil) throws -> PostgresSettings {
        guard isAvailable else {
            Issue.record("\(skipReason) — and this run requires PostgreSQL (CI or THANHTRA_REQUIRE_POSTGRES=1)")
            throw StoreError(.io, skipReason)
        }
        var settings = try PostgresSettings(
            url: "postgres://",
            environment: PostgresEnvironment(variables: variables, loginName: "postgres", homeDirectory: nil))
        if let database { settings.database = database }
        return settings
    }

    /// Runs one statement on the server's maintenance database (the one PGDATABASE names).
    static func administer(_ sql: String) throws {
        let configuration = try settings().makeConnectionConfiguration()
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 0, logger: logger
        ).wait()
        defer { try? connection.close().wait() }
        _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
    }

    /// A new, empty database for the test, and the store on it (which migrates it), of two connections as the
    /// command line opens for a read: a report's scopes are read on the second, sharing the first's snapshot
    /// (``PostgresStore/figures(for:scopes:)``), so every figure test runs that way too.
    static func makeStore(for scratch: TemporaryDirectory, connections: Int = 2) throws -> PostgresStore {
        try administer("CREATE DATABASE \(name(for: scratch))")
        return try PostgresStore(settings: try settings(database: name(for: scratch)), connections: connections)
    }

    /// Drops the test's database, if it was made (closing any connection still on it).
    static func drop(for scratch: TemporaryDirectory) {
        guard isAvailable else { return }
        try? administer("DROP DATABASE IF EXISTS \(name(for: scratch)) WITH (FORCE)")
    }

    static let logger: Logger = {
        var logger = Logger(label: "thanhtra.tests.conformance")
        logger.logLevel = .error
        return logger
    }()
}
