import Casework
import Dispatch
import Foundation
import PostgresStore
import Synchronization
import Testing

/// The store's connections (``PostgresStore/init(settings:busyTimeout:connections:logger:)``, what `serve` opens):
/// never more than its limit, each transaction on one of its own, a connection the server closed replaced, and
/// closing ends them all.
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct ConnectionPoolTests {
    static let context = PostgresStoreTests.context

    /// The connections `database` has now, from `psql` on the server's maintenance database.
    static func connections(to database: String) throws -> Int {
        Int(try psql("SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)'")) ?? -1
    }

    /// Runs `sql` in `psql` with the test server's PG* variables (on `database` when given); its output, trimmed.
    @discardableResult
    static func psql(in database: String? = nil, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql] + (database.map { ["-d", $0] } ?? [])
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func subject(_ number: Int) -> NewSubject {
        NewSubject(
            kind: .organization, identifier: String(format: "01%08d", number), name: "Công ty \(number)",
            address: "Hà Nội")
    }

    @Test func manyThreadsShareAtMostTheLimitOfConnectionsAndLoseNoWrite() async throws {
        try await PostgresStoreTests.withStore { _, settings in
            // Given a store of three connections
            let store = try PostgresStore(settings: settings, connections: 3)
            #expect(store.connectionLimit == 3)

            // When twelve threads each write ten subjects and read after each write
            let threads = 12
            let writes = 10
            let failures = Mutex<[String]>([])
            let peak = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in 0..<writes {
                    do {
                        let added = try store.addSubject(Self.subject(thread * 100 + index), context: Self.context)
                        if try store.subject(id: added.id)?.name != added.name {
                            failures.withLock { $0.append("subject \(added.id) not read back") }
                        }
                        let open = store.openConnections
                        peak.withLock { $0 = max($0, open) }
                    } catch {
                        failures.withLock { $0.append("thread \(thread): \(error)") }
                    }
                }
            }

            // Then every write is there once, the journal is one chain, and no more than three connections opened
            #expect(failures.withLock { $0 } == [])
            #expect(try store.subjects(kind: nil, search: nil, limit: 1_000).count == threads * writes)
            guard case .intact(let entries, _) = try store.verifyJournal() else {
                Issue.record("the journal is not intact")
                return
            }
            #expect(entries == threads * writes)
            #expect((1...3).contains(peak.withLock { $0 }))
            #expect(try Self.connections(to: settings.database) <= 3 + 1, "its three and the first store's one")
            store.close()
        }
    }

    @Test func aConnectionTheServerClosedIsReplacedOnTheNextCall() async throws {
        try await PostgresStoreTests.withStore { _, settings in
            // Given a store that wrote on its connection
            let store = try PostgresStore(settings: settings, connections: 2)
            _ = try store.addSubject(Self.subject(1), context: Self.context)

            // When the server ends every connection to the database (an administrator, a restart)
            let ended = try Self.psql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(settings.database)'")
            #expect(Int(ended) ?? 0 >= 1, "\(ended)")
            Thread.sleep(forTimeInterval: 1)

            // Then the next calls open a new connection and work
            _ = try store.addSubject(Self.subject(2), context: Self.context)
            #expect(try store.subjects(kind: nil, search: nil, limit: 1_000).count == 2)
            #expect(store.openConnections == 1)
            store.close()
        }
    }

    @Test func aConnectionTheServerEndsInsideATransactionFailsTheCommandInsteadOfWaitingForever() async throws {
        try await PostgresStoreTests.withStore { _, settings in
            let store = try PostgresStore(settings: settings, connections: 1)
            // Given a batch that has written on its connection
            let error = #expect(throws: StoreError.self) {
                try store.inOneTransaction { batch -> (result: Void, commit: Bool) in
                    _ = try batch.addSubject(Self.subject(1), context: Self.context)
                    // When the server ends the connection before the batch's next statement
                    let ended = try Self.psql(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(settings.database)'")
                    #expect(Int(ended) ?? 0 >= 1, "\(ended)")
                    Thread.sleep(forTimeInterval: 1)
                    _ = try batch.addSubject(Self.subject(2), context: Self.context)
                    return ((), true)
                }
            }
            // Then the command fails with the lost connection (PostgresNIO would wait forever for the statement)
            #expect(error?.kind == .io)
            #expect(error?.message.hasPrefix("lost the connection to postgres://") == true, "\(String(describing: error))")
            // and nothing of the batch was written; the next call opens a new connection
            #expect(try store.subjects(kind: nil, search: nil, limit: 10).isEmpty)
            #expect(try store.journal(after: 0, limit: 10).isEmpty)
            store.close()
        }
    }

    @Test func aClosedStoreHasNoConnectionAndRefusesCalls() async throws {
        try await PostgresStoreTests.withStore { _, settings in
            let store = try PostgresStore(settings: settings, connections: 2)
            _ = try store.addSubject(Self.subject(1), context: Self.context)
            #expect(store.openConnections == 1)

            store.close()

            #expect(store.openConnections == 0)
            let refusal = #expect(throws: StoreError.self) { try store.subjects(kind: nil, search: nil, limit: 1_000) }
            #expect(refusal?.kind == .io)
        }
    }
}
