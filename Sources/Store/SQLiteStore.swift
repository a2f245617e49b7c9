public import Casework
import GRDB
import Foundation

/// The embedded store: one SQLite file, accessed through GRDB, implementing every port of Casework's
/// ``InspectorateStore``. GRDB stays inside this target: no public API takes or returns a GRDB type.
///
/// Open it once per process and share it; it is a `Sendable` value holding GRDB's thread-safe writer:
///
/// ```swift
/// let store = try SQLiteStore(path: configuration.databasePath)   // creates and migrates the file if needed
/// let subject = try store.addSubject(new, context: context)
/// ```
///
/// On disk the file is in WAL mode, so readers never block the single writer, and several `thanhtra` processes
/// may use the same file: every write is an `IMMEDIATE` transaction, so writers queue on SQLite's lock (waiting
/// up to ``defaultBusyTimeout``) and each reads a consistent journal head. Foreign keys are enforced.
///
/// Every change goes through ``perform(_:payload:context:_:)`` (or its sibling
/// ``perform(_:context:_:)``), which writes the change and its journal entry in one transaction.
public struct SQLiteStore: CaseStore {
    /// GRDB's connection: a `DatabasePool` for a file, a `DatabaseQueue` in memory.
    let writer: any DatabaseWriter

    /// The file this store opened, as given to ``init(path:)``; `:memory:` for ``makeEmpty()``. Used in messages.
    public let path: String

    /// The integrity check before this store's first write (``WriteCheck``).
    let writeCheck = WriteCheck()

    /// How long a write waits by default for another process's write to finish before failing with
    /// ``StoreError/Kind/busy``, in seconds: 5.
    public static let defaultBusyTimeout: Double = 5

    /// Opens the database at `path`, creating the file if needed, and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - path: A file path; the directory must exist.
    ///   - busyTimeout: How long, in seconds, a write waits for another process's write; ``defaultBusyTimeout``
    ///     unless given.
    ///   - singleConnection: One connection for reads and writes (GRDB's `DatabaseQueue`) instead of a pool with
    ///     readers beside the writer: for a process that reads a little, one read after the other, and exits (`case
    ///     show`), SQLite then opens the file and parses its schema once, not twice. Only for an existing file that
    ///     this user may write, in a folder it may write (a new file is put in WAL mode by the pool; a read-only one
    ///     is opened as ``init(readOnlyPath:busyTimeout:)`` opens it). Reads then wait for the process's own
    ///     writes, never for another process's.
    /// - Throws: ``StoreError`` of kind ``StoreError/Kind/io`` when the file cannot be opened or created,
    ///   ``StoreError/Kind/corrupt`` when it is not a SQLite database, ``StoreError/Kind/schemaTooNew`` when a
    ///   newer thanhtra has migrated it, ``StoreError/Kind/busy`` when another process holds the lock too long.
    public init(path: String, busyTimeout: Double = SQLiteStore.defaultBusyTimeout, singleConnection: Bool = false)
        throws
    {
        var configuration = Self.makeConfiguration(busyTimeout: busyTimeout)
        configuration.label = "thanhtra"
        let pool: any DatabaseWriter
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if singleConnection, FileManager.default.isWritableFile(atPath: path),
                FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
            {
                pool = try DatabaseQueue(path: path, configuration: configuration)
            } else {
                pool = try Self.openPool(path: path, configuration: configuration, busyTimeout: busyTimeout)
            }
        } catch let error as DatabaseError where Self.isReadOnlyFailure(error, path: path) {
            // A read-only file or directory (an archive copy): every read still works; a write fails with
            // "cannot write to the database … it is read-only".
            try self.init(readOnlyPath: path, busyTimeout: busyTimeout)
            return
        } catch {
            throw Self.translate(error, path: path, opening: true)
        }
        try self.init(writer: pool, path: path)
    }

    /// Whether opening `path` for writing failed only because the file or its directory cannot be written.
    private static func isReadOnlyFailure(_ error: DatabaseError, path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return true
        default: return false
        }
    }

    /// Opens an existing file read-only: no migration, no write, no `-shm` or `-wal` created where SQLite cannot.
    ///
    /// SQLite reads a WAL-mode file read-only when its `-shm` exists or can be created (SQLite's "Read-Only
    /// Databases", wal.html §5). In a directory nobody may write to, and with no `-wal` left over (a clean copy),
    /// the file is opened `immutable`: SQLite then takes no locks and reads the main file alone. With a non-empty
    /// `-wal` that cannot be read that way, opening is refused rather than answering from an older state.
    ///
    /// - Throws: ``StoreError`` `.io` when the file cannot be read, `.schemaTooNew`/`.io` when its schema is not this
    ///   version's (upgrading it writes).
    public init(readOnlyPath path: String, busyTimeout: Double = SQLiteStore.defaultBusyTimeout) throws {
        var configuration = Self.makeConfiguration(busyTimeout: busyTimeout)
        configuration.label = "thanhtra-readonly"
        configuration.readonly = true
        var queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // Opening is lazy about the file's header: read it now, so a WAL file that needs `-shm` fails here.
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
        } catch let error as DatabaseError where Self.isReadOnlyFailure(error, path: path) {
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard wal == 0 else {
                throw StoreError(
                    .io,
                    "cannot read \(path): it is read-only and its write-ahead log \(path)-wal holds changes that SQLite "
                        + "can read only by creating \(path)-shm beside it",
                    hint: "copy \(path) and \(path)-wal together into a writable directory and open the copy")
            }
            do {
                queue = try DatabaseQueue(path: "file:\(Self.uriEscaped(path))?immutable=1", configuration: configuration)
                _ = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            } catch {
                throw Self.translate(error, path: path, opening: true)
            }
        } catch {
            throw Self.translate(error, path: path, opening: true)
        }
        try self.init(writer: queue, path: path)
    }

    /// `path` with the characters a `file:` URI gives meaning to (`%`, `?`, `#`) percent-encoded.
    private static func uriEscaped(_ path: String) -> String {
        var out = ""
        for character in path {
            switch character {
            case "%": out += "%25"
            case "?": out += "%3f"
            case "#": out += "%23"
            default: out.append(character)
            }
        }
        return out
    }

    /// Opens the pool, retrying for up to `busyTimeout` seconds while another process holds the lock.
    ///
    /// Opening a new file switches it to WAL mode, which needs an exclusive lock; SQLite answers `SQLITE_BUSY`
    /// at once, without waiting through the busy handler, when another process is switching or writing it at the
    /// same moment. Once the file is in WAL mode (it stays so), opening no longer takes that lock.
    private static func openPool(path: String, configuration: Configuration, busyTimeout: Double) throws
        -> DatabasePool
    {
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    /// An empty store in memory, with the full schema; for tests.
    ///
    /// - Throws: ``StoreError`` only if SQLite itself fails.
    public static func makeEmpty() throws -> SQLiteStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: makeConfiguration())
        } catch {
            throw translate(error, path: ":memory:", opening: true)
        }
        return try SQLiteStore(writer: queue, path: ":memory:")
    }

    /// Wraps an open writer and migrates it.
    init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        let migrator = Self.migrator
        try translatingErrors(opening: true) {
            // One read decides: a newer schema is refused, an up-to-date one needs no write transaction at all (so
            // read-only commands such as `case show` never take the write lock to open the file).
            let (superseded, complete) = try writer.read {
                (try migrator.hasBeenSuperseded($0), try migrator.hasCompletedMigrations($0))
            }
            if superseded {
                throw StoreError(
                    .schemaTooNew, "\(path) was created by a newer thanhtra",
                    hint: "upgrade thanhtra to open this database")
            }
            if !complete && writer.configuration.readonly {
                throw StoreError(
                    .io,
                    "cannot open \(path): it is read-only and was last written by an older thanhtra, whose schema "
                        + "must be upgraded (a write) before this version can read it",
                    hint: "open a writable copy once (`cp` it elsewhere and run any command on the copy)")
            }
            if !complete {
                let before = Set(try writer.read { try migrator.appliedIdentifiers($0) })
                try Self.migrate(writer, with: migrator)
                let ran = try writer.read { try migrator.appliedIdentifiers($0) }.filter { !before.contains($0) }
                try Self.sealAfterMigrating(writer, migrations: ran.sorted())
            }
        }
    }

    /// Runs the migrations that are not applied yet, tolerating another process migrating the same new file.
    ///
    /// GRDB reads which migrations are applied before running them, each in its own transaction, so two processes
    /// opening a new file at once can both start the same migration; the second fails (its table exists, its
    /// identifier is recorded, or the table it rebuilds is already rebuilt) once the first has committed, and rolls
    /// back. Then it tries again, reading the applied migrations afresh, for as long as someone else makes progress; a
    /// failure without progress is real and is thrown.
    private static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
        var applied = try writer.read { try migrator.appliedIdentifiers($0) }
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                // A DatabaseError (its table exists) or a migration's own check (a table already rebuilt is not the
                // one it expects: StoreError `.corrupt`) — either way, retried only when another process progressed.
                let now = try writer.read { try migrator.appliedIdentifiers($0) }
                guard now.count > applied.count else { throw error }
                applied = now
            }
        }
    }

    /// Foreign keys on, and writers wait `busyTimeout` seconds for each other instead of failing at once.
    private static func makeConfiguration(busyTimeout: Double = defaultBusyTimeout) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        // THANHTRA_PROFILE_SQL=1: every statement that takes 1 ms or more, with its time, on stderr; another number of
        // milliseconds sets the threshold (`=0` prints every statement; docs/performance.md).
        if let value = ProcessInfo.processInfo.environment["THANHTRA_PROFILE_SQL"], let milliseconds = Double(value),
            milliseconds >= 0
        {
            configuration.prepareDatabase { db in
                db.trace(options: .profile) { event in
                    guard case .profile(let statement, let duration) = event, duration * 1000 >= milliseconds else {
                        return
                    }
                    let text = statement.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    FileHandle.standardError.write(Data(String(format: "sql %.3f ms: %@\n", duration * 1000, text).utf8))
                }
            }
        }
        return configuration
    }

    // MARK: - Reading

    /// Runs `body` in a read-only transaction and returns its result.
    ///
    /// Internal: GRDB stays inside this target. Reads see a consistent snapshot and never wait for writers. The
    /// store's own queries use it, and so do its tests (`@testable import Store`):
    ///
    /// ```swift
    /// let count = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM subject") ?? 0 }
    /// ```
    /// - Throws: ``StoreError`` for database failures; errors thrown by `body` pass through unchanged.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors {
            do {
                return try writer.read(body)
            } catch let error as DatabaseError where error.isIntegerOverflow {
                throw overflowError(error)
            }
        }
    }

    // MARK: - Writing

    /// Runs a command: `body` changes the database, and one journal entry records it, in one transaction.
    ///
    /// This is the only way to change the store (internal: the ports' methods call it; tests reach it through
    /// `@testable import Store`). It
    ///
    /// 1. begins an `IMMEDIATE` transaction, waiting up to the busy timeout for other writers (other processes too);
    /// 2. runs `body`, which makes the command's changes through `db`;
    /// 3. appends one ``JournalEntry`` for `command`, chained to the current head, whose payload is `payload` as
    ///    canonical JSON (keys sorted; ``VND`` as integers, ``CalendarDate`` as `YYYY-MM-DD`);
    /// 4. commits.
    ///
    /// If `body` or any step throws, the transaction rolls back: neither the change nor the journal entry is
    /// written.
    ///
    /// ```swift
    /// let fine = try store.perform("fine assess", payload: request, context: context) { db in
    ///     try FineRecord(request).insertAndFetch(db)
    /// }
    /// ```
    ///
    /// `body` must use only `db`: calling another method of the store from inside it deadlocks or traps.
    /// When the payload should include something only `body` knows, such as a new row's ID, use
    /// ``perform(_:context:_:)``.
    ///
    /// - Parameters:
    ///   - command: The command's name as the user types it: `subject add`, `fine assess`.
    ///   - payload: What the journal records about the command; any `Encodable` value.
    ///   - context: Who, when and which rule pack.
    ///   - body: The command's changes.
    /// - Returns: What `body` returns.
    /// - Throws: ``StoreError`` for database failures (busy, constraint violations, I/O); errors thrown by `body`
    ///   (``InputError``, ``StoreError``, …) pass through unchanged.
    func perform<T>(
        _ command: String, payload: some Encodable, context: CommandContext, _ body: (Database) throws -> T
    ) throws -> T {
        try perform(command, context: context) { db in (result: try body(db), payload: payload) }
    }

    /// Runs a command whose journal payload depends on what `body` did, e.g. the ID it assigned.
    ///
    /// Identical to ``perform(_:payload:context:_:)`` except that `body` returns the payload with its result:
    ///
    /// ```swift
    /// let subject = try store.perform("subject add", context: context) { db in
    ///     let subject = try insert(new, db)
    ///     return (result: subject, payload: subject)
    /// }
    /// ```
    /// - Throws: As ``perform(_:payload:context:_:)``.
    func perform<T, Payload: Encodable>(
        _ command: String, context: CommandContext, _ body: (Database) throws -> (result: T, payload: Payload)
    ) throws -> T {
        try translatingErrors {
            try writer.writeWithoutTransaction { db in
                var result: T?
                // Inside an atomic batch's transaction (``inOneTransaction(path:busyTimeout:_:)``) the command is a
                // savepoint of it; otherwise a transaction of its own.
                try db.inCommandTransaction {
                    try Self.refuseUnsealedChanges(db, path: path)
                    try writeCheck.checkOnce(db, path: path)
                    let output = try body(db)
                    let payload = try Self.canonicalJSON(output.payload)
                    try Self.appendJournalEntry(db, command: command, payload: payload, context: context)
                    result = output.result
                    return .commit
                }
                guard let result else { preconditionFailure("a committed transaction always has a result") }
                return result
            }
        }
    }

    /// `value` as JSON with sorted keys and unescaped slashes: the same value always gives the same text.
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
}
