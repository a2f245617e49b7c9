public import Casework
import Foundation
public import Logging
import PostgresNIO

/// The shared store: a PostgreSQL database through PostgresNIO, implementing Casework's ``InspectorateStore`` (issue
/// 13; what is not available yet is listed in `docs/postgres.md` and throws ``StoreError/notAvailableOnPostgres(_:)``).
///
/// The ports are synchronous, and so is the CLI; a server calls them from worker threads. The store therefore owns
/// its own `MultiThreadedEventLoopGroup` and its connections (``PGConnectionPool``: one for the command line, two for
/// its reads, one per worker for `serve`), and every query blocks the calling thread on PostgresNIO's future
/// (`EventLoopFuture.wait()`), never on a Swift task: a caller on Swift's cooperative pool blocks only itself, and
/// nothing the store waits for needs that pool. Each transaction holds one connection of its own from BEGIN to
/// COMMIT; calls from more threads than connections wait for one; several processes, or several stores, are ordered
/// by the database.
///
/// ```swift
/// let store = try PostgresStore(settings: PostgresSettings(url: "postgres://app@db.local/thanhtra"))
/// let subject = try store.addSubject(new, context: context)
/// ```
///
/// Every change is one transaction at PostgreSQL's READ COMMITTED that first takes one transaction-level advisory
/// lock (`pg_advisory_xact_lock`, the key ``PostgresMigrator/lockKey``): the equivalent of SQLite's `BEGIN
/// IMMEDIATE`, so writers queue and each reads the journal head no other writer can move; it waits at most
/// ``busyTimeout`` seconds, then fails with ``StoreError`` `.busy`, as SQLite's store does. Reads run in one
/// REPEATABLE READ, READ ONLY transaction each (a consistent snapshot, never waiting for writers).
public final class PostgresStore: Sendable {
    /// The settings it connected with (their description never shows the password).
    public let settings: PostgresSettings
    /// How long a write waits for other writers' lock, in seconds: 5 by default, as SQLite's store.
    public let busyTimeout: Int
    /// The connections the calls of this store take, one per transaction.
    let connection: PGConnectionPool
    /// Inside ``inOneTransaction(_:)``: the open transaction every command joins as a savepoint.
    let joined: JoinedTransaction?

    /// How long a write waits for another writer by default, in seconds.
    public static let defaultBusyTimeout = 5

    /// Connects, and brings the schema up to date (``PostgresMigrator``, under its advisory lock).
    ///
    /// - Parameters:
    ///   - settings: where and as whom to connect; the role must own the schema (it creates the tables).
    ///   - busyTimeout: how long a write waits for other writers, in seconds.
    ///   - connections: the most connections open at once (one per thread that calls the store at the same time:
    ///     `serve` passes its workers); 1 by default.
    ///   - logger: PostgresNIO's logger; by default one that logs only errors.
    /// - Throws: ``StoreError`` `.io` when the server cannot be reached or refuses the login (the message names the
    ///   server, never the password), `.schemaTooNew` when a newer thanhtra migrated the database, `.busy` when
    ///   another process holds the migration lock too long.
    public init(
        settings: PostgresSettings, busyTimeout: Int = PostgresStore.defaultBusyTimeout, connections: Int = 1,
        logger: Logger? = nil
    ) throws {
        self.settings = settings
        self.busyTimeout = busyTimeout
        self.joined = nil
        var quiet = Logger(label: "thanhtra.postgres")
        quiet.logLevel = .error
        self.connection = try PGConnectionPool(settings: settings, size: max(1, connections), logger: logger ?? quiet)
        let where_ = settings.description
        try connection.withSession { session in
            do {
                _ = try PostgresMigrator().migrate(session)
            } catch let error as PostgresMigrationError where error.kind == .unknownMigrations {
                throw StoreError(
                    .schemaTooNew, "\(where_) was created by a newer thanhtra", hint: "upgrade thanhtra to open this database")
            } catch let error as PostgresMigrationError {
                throw StoreError(.io, "cannot migrate \(where_): \(error.message)", hint: error.hint)
            } catch {
                throw Self.translate(error, settings: settings)
            }
        }
    }

    /// A view of `store` whose commands join `transaction`.
    private init(joining transaction: JoinedTransaction, of store: PostgresStore) {
        self.settings = store.settings
        self.busyTimeout = store.busyTimeout
        self.connection = store.connection
        self.joined = transaction
    }

    /// The most connections this store opens at once.
    public var connectionLimit: Int { connection.size }

    /// The connections open now, idle or in a transaction (at most ``connectionLimit``).
    public var openConnections: Int { connection.openCount }

    /// Closes the store's connections (a server's graceful stop): the idle ones at once, each busy one when its
    /// transaction ends, waiting at most `timeout` seconds for them. Later calls fail with ``StoreError`` `.io`.
    public func close(waiting timeout: Int = 10) {
        connection.close(waiting: timeout)
    }

    // MARK: - Reading

    /// Runs `body` in one read-only REPEATABLE READ transaction (inside an atomic batch: in the batch's transaction,
    /// so it sees what earlier commands wrote).
    ///
    /// - Throws: ``StoreError`` for database failures; errors thrown by `body` pass through unchanged.
    func read<T>(_ body: (PGSession) throws -> T) throws -> T {
        if let joined { return try translating { try body(joined.session) } }
        return try connection.withSession { session in
            try translating {
                try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                do {
                    let result = try body(session)
                    try session.execute("COMMIT")
                    return result
                } catch {
                    _ = try? session.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }

    /// Runs `body`, which sends ONE statement, without BEGIN and COMMIT around it: a single statement reads one
    /// snapshot by itself, so the explicit transaction of ``read(_:)`` would only add two round trips (inside an
    /// atomic batch: in the batch's transaction, as ``read(_:)``). For the look-ups every command makes before it
    /// writes (whether the store has accounts, a setting, whether a pack is stored).
    ///
    /// - Throws: ``StoreError`` for database failures; errors thrown by `body` pass through unchanged.
    func readStatement<T>(_ body: (PGSession) throws -> T) throws -> T {
        if let joined { return try translating { try body(joined.session) } }
        return try connection.withSession { session in try translating { try body(session) } }
    }

    // MARK: - Writing

    /// Runs a command: `body` changes the database and returns its result and the journal payload; one journal entry
    /// records it; all in one transaction (inside an atomic batch: one savepoint of the batch's transaction).
    ///
    /// The transaction takes the write lock (``lockKey``) before `body` reads anything, so the checks `body` makes and
    /// the journal head it chains to cannot change before the commit. If anything throws, nothing is written.
    ///
    /// - Throws: ``StoreError`` for database failures (`.busy` after ``busyTimeout``, constraint violations,
    ///   connection loss); errors thrown by `body` pass through unchanged.
    func perform<T, Payload: Encodable>(
        _ command: String, context: CommandContext, _ body: (PGSession) throws -> (result: T, payload: Payload)
    ) throws -> T {
        if let joined {
            return try translating {
                try joined.session.execute("SAVEPOINT command")
                do {
                    let output = try body(joined.session)
                    try Self.appendJournalEntry(
                        joined.session, command: command, payload: try Self.canonicalJSON(output.payload),
                        context: context)
                    try joined.session.execute("RELEASE SAVEPOINT command")
                    return output.result
                } catch {
                    _ = try? joined.session.execute("ROLLBACK TO SAVEPOINT command")
                    _ = try? joined.session.execute("RELEASE SAVEPOINT command")
                    throw error
                }
            }
        }
        return try writing(readingJournalHead: true) { session in
            let output = try body(session)
            try Self.appendJournalEntry(
                session, command: command, payload: try Self.canonicalJSON(output.payload), context: context)
            return output.result
        }
    }

    /// ``perform(_:context:_:)`` with a payload known before `body` runs.
    func perform<T>(
        _ command: String, payload: some Encodable, context: CommandContext, _ body: (PGSession) throws -> T
    ) throws -> T {
        try perform(command, context: context) { session in (result: try body(session), payload: payload) }
    }

    /// One write transaction holding the write lock: BEGIN, the lock (waiting at most ``busyTimeout``), `body`,
    /// COMMIT; ROLLBACK when anything throws. With `readingJournalHead`, the lock's statement also reads the journal's
    /// head for the entry `body`'s command appends (``PGSession/lockedJournalHead``).
    func writing<T>(readingJournalHead: Bool = false, _ body: (PGSession) throws -> T) throws -> T {
        try connection.withSession { session in
            try translating {
                try session.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
                defer { session.lockedJournalHead = nil }
                do {
                    session.lockedJournalHead = try Self.takeWriteLock(
                        session, timeout: busyTimeout, readingJournalHead: readingJournalHead)
                    let result = try body(session)
                    try session.execute("COMMIT")
                    return result
                } catch {
                    _ = try? session.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }

    /// The key of the transaction-level advisory lock every write takes: the migrator's, so that writes also wait
    /// for a migration in progress.
    static let lockKey = PostgresMigrator.lockKey

    /// Takes the write lock for the rest of the transaction, waiting at most `timeout` seconds (PostgreSQL's
    /// `lock_timeout`, set for the lock only), in one statement: one round trip where three were (the select list is
    /// evaluated in order, so the timeout is set before the lock is waited for and cleared after it is taken).
    ///
    /// With `readingJournalHead`, the same round trip returns the journal's head as it is once the lock is held:
    /// through the function `thanhtraWriteLock` (migration `2026-12-15-createWriteLockFunction`), which reads the head
    /// in a statement of its own after taking the lock. A single statement could not: at READ COMMITTED a statement
    /// reads the snapshot of its start, taken before the wait, and would miss an entry committed by the writer it
    /// waited for; a VOLATILE function's statements each take a fresh one.
    ///
    /// - Returns: The head (sequence 0 and the genesis hash for an empty journal) when `readingJournalHead`.
    @discardableResult
    static func takeWriteLock(
        _ session: PGSession, timeout: Int, readingJournalHead: Bool = false
    ) throws -> (sequence: Int64, hash: String)? {
        let seconds = "\(max(1, timeout))s"
        guard readingJournalHead else {
            try session.execute(
                sql: """
                    SELECT set_config('lock_timeout', '\(seconds)', true), pg_advisory_xact_lock(\(lockKey)),
                        set_config('lock_timeout', '0', true)
                    """)
            return nil
        }
        guard let row = try session.row("SELECT headSequence, headHash FROM thanhtraWriteLock(\(lockKey), \(seconds))"),
            let sequence = try row.optionalInt64("headSequence"), let hash = try row.optionalString("headHash")
        else { return (0, JournalEntry.genesisHash) }
        return (sequence, hash)
    }

    /// `value` as JSON with sorted keys and unescaped slashes: the same text SQLite's store journals for the same
    /// value (the same encoder settings), so payloads are byte-identical on both stores.
    static func canonicalJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StoreError(
                .invalid, "the command's journal payload cannot be encoded as JSON: \(error)",
                hint: "this is a bug in thanhtra; please report it")
        }
    }

    /// Runs `body`, translating PostgresNIO's and NIO's errors into ``StoreError``; others pass through unchanged.
    func translating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Self.translate(error, settings: settings)
        }
    }
}

// MARK: - The atomic batch

extension PostgresStore: TransactionalStore {
    /// Runs `body` with a store whose every change joins one transaction (each command a savepoint of it), committed
    /// only when `body` says so; the write lock is taken once, at the start, so other writers wait until it ends.
    ///
    /// - Throws: ``StoreError`` `.busy` when the lock is not free within ``busyTimeout``; what `body` throws, after
    ///   rolling back.
    public func inOneTransaction<T>(_ body: (any InspectorateStore) throws -> (result: T, commit: Bool)) throws -> T {
        if joined != nil {
            throw StoreError(
                .invalid, "a batch cannot run inside another batch's transaction", hint: "put the lines in one batch")
        }
        return try connection.withSession { session in
            try translating {
                try session.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
                do {
                    try Self.takeWriteLock(session, timeout: busyTimeout)
                    let view = PostgresStore(joining: JoinedTransaction(session: session), of: self)
                    let (result, commit) = try body(view)
                    try session.execute(commit ? "COMMIT" : "ROLLBACK")
                    return result
                } catch {
                    _ = try? session.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }
}

/// The open transaction of an atomic batch, shared by the commands of the batch.
///
/// `@unchecked Sendable`: it is used only on the thread that runs ``PostgresStore/inOneTransaction(_:)``'s body,
/// which holds the connection's lock for the whole batch; the view store carrying it never outlives that call.
final class JoinedTransaction: @unchecked Sendable {
    let session: PGSession
    init(session: PGSession) { self.session = session }
}
