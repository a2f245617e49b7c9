import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// The tests' own server helper: a test whose body fails must fail, not hang the run (a hung PostgreSQL test in CI is
/// a 90-minute timeout instead of a red test).
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct TestServerTests {
    struct Planned: Error {}

    /// The databases of the test server whose name is `name`.
    static func databases(named name: String) async throws -> [String] {
        let admin = try await TestServer.settings().connect(logger: TestServer.logger)
        do {
            let names = try await admin.strings("SELECT datname::text FROM pg_database WHERE datname = '\(name)'")
            try await admin.close()
            return names
        } catch {
            try? await admin.close()
            throw error
        }
    }

    @Test func whatTheBodyThrowsReachesTheCallerAndTheDatabaseIsDropped() async throws {
        var name = ""
        await #expect(throws: Planned.self) {
            try await TestServer.withEmptyDatabase { connection -> Int in
                name = try await connection.strings("SELECT current_database()::text").first ?? ""
                throw Planned()
            }
        }
        #expect(name.hasPrefix("thanhtra_test_"))
        #expect(try await Self.databases(named: name).isEmpty)
    }

    @Test func aFailingQueryInsideATransactionFailsTheTestWithTheServersError() async throws {
        var name = ""
        let error = await #expect(throws: PSQLError.self) {
            try await TestServer.withEmptyDatabase { connection in
                name = try await connection.strings("SELECT current_database()::text").first ?? ""
                try await connection.query("BEGIN", logger: TestServer.logger)
                try await connection.query("SELECT 1/0", logger: TestServer.logger)
            }
        }
        #expect(error?.serverInfo?[.sqlState] == "22012")  // division_by_zero
        #expect(try await Self.databases(named: name).isEmpty)
    }

    @Test func aBodyThatSucceedsReturnsItsValue() async throws {
        let value = try await TestServer.withEmptyDatabase { connection in
            try await connection.strings("SELECT 'Thanh tra'::text").first
        }
        #expect(value == "Thanh tra")
    }
}
