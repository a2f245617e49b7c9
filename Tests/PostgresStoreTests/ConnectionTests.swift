import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// Real connections to the test server, with settings resolved from URLs as a user would write them.
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct ConnectionTests {
    static let logger = TestServer.logger

    @Test func aUnixSocketURLConnectsThroughTheSocket() async throws {
        // Given the directory and port of the server's socket, and a role named after the login: pg_virtualenv's
        // clusters take socket connections by peer authentication (the role must be the operating system's user)
        let server = try TestServer.settings()
        let login = ProcessInfo.processInfo.userName
        let admin = try await server.connect(logger: Self.logger)
        try await admin.query(
            PostgresQuery(
                unsafeSQL: """
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(login)') THEN
                            CREATE ROLE "\(login)" LOGIN;
                        END IF;
                    END $$
                    """), logger: Self.logger)
        let directory = try #require(
            try await admin.strings("SHOW unix_socket_directories").first?.split(separator: ",").first.map(String.init))
        let port = try #require(try await admin.strings("SHOW port").first)
        try await admin.close()
        let encoded = try #require(directory.addingPercentEncoding(withAllowedCharacters: .alphanumerics))

        // When a URL names the socket's directory as its host
        let settings = try PostgresSettings(
            url: "postgres://\(encoded):\(port)/\(server.database)",
            environment: PostgresEnvironment(variables: [:], loginName: login, homeDirectory: nil))
        #expect(settings.endpoint == .unixSocket(directory: directory, port: Int(port) ?? 0))
        let connection = try await settings.connect(logger: Self.logger)

        // Then the server sees a socket connection (no client address) as the login, with ISO dates and no JIT
        #expect(try await connection.strings("SELECT coalesce(inet_client_addr()::text, 'socket')") == ["socket"])
        #expect(try await connection.strings("SELECT current_user::text") == [login])
        #expect(try await connection.strings("SHOW DateStyle") == ["ISO, YMD"])
        #expect(try await connection.strings("SHOW jit") == ["off"])
        try await connection.close()
    }

    @Test func aPasswordFromDotPgpassLogsIn() async throws {
        // Given the server's password only in a private .pgpass, and no PGPASSWORD
        let server = try TestServer.settings()
        guard case .tcp(let host, let port) = server.endpoint else {
            Issue.record("the test server is expected on TCP (pg_virtualenv sets PGHOST=localhost)")
            return
        }
        let password = try #require(server.password?.revealed)
        let home = try TemporaryHome(pgpass: "other:*:*:*:wrong\n\(host):\(port):*:\(server.user):\(password)\n")
        defer { home.remove() }

        // When the URL names no password
        let settings = try home.settings("postgres://\(server.user)@\(host):\(port)/\(server.database)?sslmode=disable")
        #expect(settings.passwordSource == .passwordFile(path: home.path + "/.pgpass"))
        #expect(!settings.description.contains(password))

        // Then the connection logs in with the file's password
        let connection = try await settings.connect(logger: Self.logger)
        #expect(try await connection.strings("SELECT 'logged in'") == ["logged in"])
        try await connection.close()
    }
}
