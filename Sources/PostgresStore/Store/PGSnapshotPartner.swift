import Foundation
import PostgresNIO

/// The second half of a read on a shared snapshot (``PostgresStore/readSharingSnapshot(_:_:betweenStarts:)``): on a
/// thread of its own, a spare connection of the pool, a REPEATABLE READ READ ONLY transaction that imports the
/// snapshot the caller's transaction exported (`SET TRANSACTION SNAPSHOT`, PostgreSQL's "Snapshot Synchronization
/// Functions"), `body` in it, and COMMIT; ROLLBACK when anything in it fails.
///
/// The caller starts it before it exports its snapshot, so that the spare connection opens and BEGINs while the
/// caller's own BEGIN and export run; then the caller ``publish(_:)``es the snapshot's identifier (or `nil` when it
/// gives up: the partner ends its transaction without reading), runs its own half, and waits for
/// ``outcome()``. The partner never waits for the caller but for that identifier, and the caller always publishes
/// before it waits, so neither can wait for the other forever; the partner never waits for a connection either
/// (``PGConnectionPool/withSpareSession(_:)``).
///
/// `@unchecked Sendable`: `snapshot`, `result` and `body` are read and changed only while holding `condition`, but
/// for `body`, which the partner's thread alone calls, and which the caller's thread does not touch until
/// ``outcome()`` returned (it then calls the same work itself when the partner had no connection).
final class PGSnapshotPartner<Value>: @unchecked Sendable {
    /// What the partner's half came to.
    enum Outcome {
        /// No spare connection (every one held, or the server refused another), or its BEGIN failed before the
        /// snapshot was imported: the caller does the work on its own transaction, which has the same snapshot.
        case unavailable
        /// `body` ran on the imported snapshot (its value), or it or the import failed (its error).
        case done(Result<Value, any Error>)
    }

    /// The caller gave up before exporting a snapshot (the partner's transaction ends without reading).
    struct Abandoned: Error {}

    private let condition = NSCondition()
    /// `nil` until the caller publishes; then the snapshot's identifier, or `nil` inside when the caller gave up.
    private var snapshot: String??
    private var result: Outcome?
    private var body: ((PGSession) throws -> Value)?
    private let pool: PGConnectionPool

    init(pool: PGConnectionPool, body: @escaping (PGSession) throws -> Value) {
        self.pool = pool
        self.body = body
    }

    /// Starts the partner's thread (which opens or takes a spare connection and BEGINs at once).
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "thanhtra.postgres.snapshot-partner"
        thread.start()
    }

    /// Hands the caller's exported snapshot to the partner, or `nil` when the caller gives up; only the first call
    /// counts, so a caller may publish `nil` on every way out.
    func publish(_ identifier: String?) {
        condition.lock()
        if snapshot == nil {
            snapshot = .some(identifier)
            condition.broadcast()
        }
        condition.unlock()
    }

    /// Waits for the partner's thread to end its transaction and return its connection; what it came to.
    func outcome() -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result ?? .unavailable
    }

    private func waitForSnapshot() -> String? {
        condition.lock()
        defer { condition.unlock() }
        while snapshot == nil { condition.wait() }
        return snapshot ?? nil
    }

    private func run() {
        let work = body
        let outcome: Outcome =
            pool.withSpareSession { session -> Outcome in
                do {
                    try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                } catch {
                    return .unavailable
                }
                do {
                    guard let identifier = waitForSnapshot(), let work else { throw Abandoned() }
                    try session.execute(sql: "SET TRANSACTION SNAPSHOT '\(Self.quoted(identifier))'")
                    let value = try work(session)
                    try session.execute("COMMIT")
                    return .done(.success(value))
                } catch {
                    _ = try? session.execute("ROLLBACK")
                    return .done(.failure(error))
                }
            } ?? .unavailable
        condition.lock()
        body = nil
        result = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// `identifier` with its quotes doubled: the server's identifiers (`00000003-0000001B-1`) have none, but the
    /// statement takes no parameter, so the literal is escaped all the same.
    private static func quoted(_ identifier: String) -> String {
        identifier.replacingOccurrences(of: "'", with: "''")
    }
}
