import Foundation
import Logging
import PostgresNIO
import PostgresStore
import Testing

/// The PostgreSQL server the tests use: the private one `scripts/with-postgres.sh` starts (pg_virtualenv exports
/// PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE).
///
/// Without PGHOST the tests that need a server skip with ``skipReason``; in CI (`CI` set and not `false`) or with
/// `THANHTRA_REQUIRE_POSTGRES=1` they run anyway and fail with that reason, so a CI run never passes by skipping.
enum TestServer {
    static let variables = ProcessInfo.processInfo.environment

    /// Whether a run without PostgreSQL must fail rather than skip.
    static var isRequired: Bool {
        let ci = variables["CI"] ?? ""
        return (!ci.isEmpty && ci != "false") || variables["THANHTRA_REQUIRE_POSTGRES"] == "1"
    }

    /// Whether the PG* variables name a server.
    static var isAvailable: Bool { !(variables["PGHOST"] ?? "").isEmpty }

    /// The condition of `.enabled(if:)`: run with a server, and in CI also without (to fail).
    static var runs: Bool { isAvailable || isRequired }

    static let skipReason: Comment =
        "no PostgreSQL server: PGHOST is not set; run the tests under scripts/with-postgres.sh (scripts/test.sh does)"

    static let logger: Logger = {
        var logger = Logger(label: "thanhtra.tests.postgres")
        logger.logLevel = .warning
        return logger
    }()

    /// The server's settings from the PG* variables (through ``PostgresSettings``'s own resolution), on `database`.
    static func settings(database: String? = nil) throws -> PostgresSettings {
        guard isAvailable else {
            Issue.record("\(skipReason) — and this run requires PostgreSQL (CI or THANHTRA_REQUIRE_POSTGRES=1)")
            throw MissingServer()
        }
        var settings = try PostgresSettings(
            url: "postgres://",
            environment: PostgresEnvironment(variables: variables, loginName: "postgres", homeDirectory: nil))
        if let database { settings.database = database }
        return settings
    }

    struct MissingServer: Error {}

    /// Runs `body` on a connection to a new, empty database of its own, dropped afterwards, so that tests running
    /// at once never see each other's tables.
    ///
    /// What `body` throws is rethrown after the clean-up, outside it: a query on the closed administrator connection
    /// never completes (PostgresNIO), so a clean-up that caught `body`'s error after closing hung the whole test run
    /// instead of failing the test (`TestServerTests`).
    static func withEmptyDatabase<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let name = "thanhtra_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try await settings().connect(logger: logger)
        let result: Result<T, any Error>
        do {
            try await admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
            let connection = try await settings(database: name).connect(id: 1, logger: logger)
            do {
                result = .success(try await body(connection))
            } catch {
                result = .failure(error)
            }
            try? await connection.close()
        } catch {
            result = .failure(error)
        }
        var dropFailure: (any Error)? = nil
        do {
            try await admin.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger)
        } catch {
            dropFailure = error
        }
        try? await admin.close()
        let value = try result.get()
        if let dropFailure { throw dropFailure }
        return value
    }
}

extension PostgresConnection {
    /// The rows of a query of one text column, in order.
    func strings(_ sql: String) async throws -> [String] {
        var values: [String] = []
        for try await value in try await query(PostgresQuery(unsafeSQL: sql), logger: TestServer.logger)
            .decode(String.self)
        {
            values.append(value)
        }
        return values
    }

    /// The server's message of the error `sql` raises, or `nil` if it succeeds.
    func failure(of sql: String) async -> String? {
        do {
            try await query(PostgresQuery(unsafeSQL: sql), logger: TestServer.logger)
            return nil
        } catch let error as PSQLError {
            return error.serverInfo?[.message] ?? "\(error.code)"
        } catch {
            return "\(error)"
        }
    }
}
