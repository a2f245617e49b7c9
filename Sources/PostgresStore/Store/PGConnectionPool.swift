import Casework
import Foundation
import Logging
import PostgresNIO

/// A store's connections: at most ``size`` of them, opened when first needed, each handed to one caller at a time for
/// the whole of its transaction (transactions never share a connection).
///
/// The command line opens a store of one connection; `serve` opens one connection per worker thread, so the workers'
/// transactions run side by side on the server (writes still queue on the write lock, as on SQLite). A caller that
/// finds every connection busy waits for one to come back. A connection the server closed (a restart, an
/// administrator's `pg_terminate_backend`, a network failure) is dropped when it comes back or is found closed, and
/// a new one opens in its place on the next call. ``close()`` closes them all: the idle ones at once, the busy ones
/// as their callers return them.
///
/// `@unchecked Sendable`: `idle`, `open`, `nextID` and `isClosing` are read and changed only while holding
/// `condition`; a checked-out connection belongs to its caller until it is returned.
final class PGConnectionPool: @unchecked Sendable {
    /// The most connections open at once.
    let size: Int
    private let condition = NSCondition()
    /// Open connections no caller holds, the most recently returned last.
    private var idle: [PostgresConnection] = []
    /// Connections open or being opened, idle or held.
    private var open = 0
    /// The ID the next connection gets (PostgresNIO's logs name connections by it).
    private var nextID = 1
    private var isClosing = false
    private let group: MultiThreadedEventLoopGroup
    /// The thread COPYs run on (started by the first one), shared by the connections: a COPY only awaits its
    /// connection's event loop, so several interleave on it.
    private let copyExecutor = PGCopyExecutor()
    private let configuration: PostgresConnection.Configuration
    private let settings: PostgresSettings
    private let logger: Logger

    /// - Parameter size: the most connections open at once, at least 1.
    init(settings: PostgresSettings, size: Int, logger: Logger) throws {
        precondition(size >= 1, "a pool needs at least one connection")
        do {
            self.configuration = try settings.makeConnectionConfiguration()
        } catch {
            throw StoreError(
                .io, "cannot prepare the TLS connection to \(settings): \(error)",
                hint: "check sslmode and the system's trusted certificates")
        }
        self.settings = settings
        self.size = size
        self.logger = logger
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: min(size, 2))
    }

    /// Runs `body` with a connection of its own for the whole call, waiting for one when all ``size`` are held.
    ///
    /// - Throws: ``StoreError`` `.io` when no connection can be opened or the pool is closed; what `body` throws.
    func withSession<T>(_ body: (PGSession) throws -> T) throws -> T {
        guard let connection = try checkOut(waiting: true) else {
            preconditionFailure("a check-out that waits returns a connection")
        }
        defer { checkIn(connection) }
        return try body(
            PGSession(connection: connection, logger: logger, database: settings.database, copyExecutor: copyExecutor))
    }

    /// Runs `body` with a connection of its own when one is idle or can be opened now, without waiting for one:
    /// `nil`, without running `body`, when every one of ``size`` is held, the pool is closing, or the server refuses
    /// another connection (`max_connections`). For work a caller can also do on the connection it holds (the second
    /// half of a read on a shared snapshot, ``PostgresStore/readSharingSnapshot(_:_:betweenStarts:)``): it never
    /// waits for a connection while holding one, so it cannot deadlock the pool.
    func withSpareSession<T>(_ body: (PGSession) throws -> T) rethrows -> T? {
        guard let connection = try? checkOut(waiting: false) else { return nil }
        defer { checkIn(connection) }
        return try body(
            PGSession(connection: connection, logger: logger, database: settings.database, copyExecutor: copyExecutor))
    }

    /// The number of connections open now, idle or held (for tests and diagnostics).
    var openCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return open
    }

    /// Closes every connection: the idle ones now, each held one when its caller returns it; later calls fail.
    /// Waits at most `timeout` seconds for the held ones.
    func close(waiting timeout: Int = 10) {
        condition.lock()
        isClosing = true
        let closing = idle
        idle = []
        open -= closing.count
        condition.broadcast()
        condition.unlock()
        for connection in closing { try? connection.close().wait() }
        condition.lock()
        let deadline = Date(timeIntervalSinceNow: TimeInterval(timeout))
        while open > 0 && condition.wait(until: deadline) {}
        condition.unlock()
    }

    /// An idle connection, or a new one while fewer than ``size`` are open; otherwise, `waiting`, the next one a
    /// caller returns, and not `waiting`, `nil`.
    private func checkOut(waiting: Bool) throws -> PostgresConnection? {
        condition.lock()
        while true {
            if isClosing {
                condition.unlock()
                throw StoreError(.io, "the connections to \(settings) are closed", hint: "the server is stopping")
            }
            if let connection = idle.popLast() {
                if connection.isClosed {
                    open -= 1
                    continue
                }
                condition.unlock()
                return connection
            }
            if open < size {
                open += 1
                let id = nextID
                nextID += 1
                condition.unlock()
                do {
                    return try PostgresConnection.connect(
                        on: group.next(), configuration: configuration, id: id, logger: logger
                    ).wait()
                } catch {
                    condition.lock()
                    open -= 1
                    condition.signal()
                    condition.unlock()
                    throw PostgresStore.connectionFailure(error, settings: settings)
                }
            }
            guard waiting else {
                condition.unlock()
                return nil
            }
            condition.wait()
        }
    }

    private func checkIn(_ connection: PostgresConnection) {
        condition.lock()
        let keep = !isClosing && !connection.isClosed
        if keep {
            idle.append(connection)
        } else {
            open -= 1
        }
        condition.broadcast()
        condition.unlock()
        if !keep && !connection.isClosed { try? connection.close().wait() }
    }

    deinit {
        copyExecutor.stop()
        for connection in idle { try? connection.close().wait() }
        try? group.syncShutdownGracefully()
    }
}
