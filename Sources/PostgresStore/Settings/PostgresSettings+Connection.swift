public import Logging
public import PostgresNIO

extension PostgresSettings {
    /// The startup parameters every connection sends: dates as `YYYY-MM-DD` whatever the server's default
    /// (`DateStyle`), so that `date::text` is a ``Casework`` calendar date on every server; and no JIT compilation
    /// (`jit`). A report's figures are one statement of some 140 subqueries whose estimated cost, on a database of
    /// 100 000 cases, passes the thresholds of PostgreSQL's JIT: it compiled 1 632 functions for 18.8 s to run a
    /// statement that takes 1.9 s without (docs/performance.md); thanhtra's statements return a row or a page, never
    /// the long scans JIT pays back on.
    static let startupParameters: [(String, String)] = [("DateStyle", "ISO, YMD"), ("jit", "off")]

    /// PostgresNIO's configuration for these settings.
    ///
    /// - Throws: NIOSSL's error when the TLS context cannot be made (no system trust roots for `verify-full`).
    public func makeConnectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password?.revealed, database: database,
                tls: try makeTLS())
        case .unixSocket:
            configuration = PostgresConnection.Configuration(
                unixSocketPath: endpoint.socketPath ?? "", username: user, password: password?.revealed,
                database: database)
        }
        var parameters = Self.startupParameters
        if let applicationName { parameters.append(("application_name", applicationName)) }
        configuration.options.additionalStartupParameters = parameters
        if let connectTimeout { configuration.options.connectTimeout = .seconds(Int64(connectTimeout)) }
        return configuration
    }

    /// Opens one connection.
    ///
    /// - Parameters:
    ///   - id: a number that tells this connection apart in the logs.
    ///   - logger: where PostgresNIO logs; it never logs the password.
    /// - Throws: PostgresNIO's `PSQLError` when the server cannot be reached or refuses the login.
    public func connect(id: Int = 0, logger: Logger) async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            configuration: makeConnectionConfiguration(), id: id,
            logger: logger)
    }

    private func makeTLS() throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable:
            return .disable
        case .prefer:
            tls.certificateVerification = .none  // libpq's prefer encrypts without checking who answers
            return .prefer(try NIOSSLContext(configuration: tls))
        case .require:
            tls.certificateVerification = .none  // libpq's require, without a root certificate, checks nothing either
            return .require(try NIOSSLContext(configuration: tls))
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: tls))
        }
    }
}
