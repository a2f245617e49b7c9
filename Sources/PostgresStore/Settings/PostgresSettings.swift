/// Where and as whom to connect to PostgreSQL: what a `postgres://` URL says, completed the way libpq completes it.
///
/// The accepted forms are libpq's connection URIs (PostgreSQL manual, "Connection Strings"), one host only:
///
/// ```
/// postgres://user:password@host:port/database          TCP; `postgresql://` works as well
/// postgres://user@[::1]:5433/database                  an IPv6 address in brackets
/// postgres://user@%2Fvar%2Frun%2Fpostgresql/database   a unix socket: the socket's directory, percent-encoded
/// postgres:///database?host=/var/run/postgresql        the same, as a query parameter
/// postgres:///database                                 everything else from PG* variables and the defaults
/// ```
///
/// Query parameters: `host`, `port`, `user`, `password`, `dbname`, `sslmode` (`disable`, `prefer`, `require`,
/// `verify-full`), `application_name`, `connect_timeout` (seconds); a parameter overrides the same part of the URL. A
/// host that starts with `/` is a socket directory; the socket is `<directory>/.s.PGSQL.<port>`, as libpq names it.
///
/// What the URL leaves out comes, as with libpq, from `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGSSLMODE` and
/// `PGAPPNAME`, then from the defaults: the socket directory `/var/run/postgresql` (Debian's), port 5432, the login
/// name as user, the user's name as database, `sslmode=prefer`. The password is the URL's, else `PGPASSWORD`, else
/// the first matching line of the password file (``PasswordFile``: `PGPASSFILE`, else `~/.pgpass`).
///
/// The password never shows: ``description`` masks it, and so do `debugDescription` and `dump`.
public struct PostgresSettings: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The server's address.
    public var endpoint: Endpoint
    /// The role to connect as.
    public var user: String
    /// The password, if any source gave one; it prints as `********`.
    public var password: Password?
    /// Where ``password`` came from; `nil` when there is none.
    public var passwordSource: PasswordSource?
    /// The database to connect to.
    public var database: String
    /// Whether to use TLS (libpq's `sslmode`); not used for a unix socket.
    public var sslMode: SSLMode
    /// `application_name`, shown in `pg_stat_activity`.
    public var applicationName: String?
    /// Seconds to wait for the connection; `nil` for PostgresNIO's default (10 s).
    public var connectTimeout: Int?
    /// Why a password file was passed over (its permissions, or it is not a plain file), in libpq's words; not part
    /// of equality. Empty when none was.
    public var warnings: [String] = []

    /// The default socket directory: Debian's (`DEFAULT_PGSOCKET_DIR` of its libpq).
    public static let defaultSocketDirectory = "/var/run/postgresql"
    /// The default port.
    public static let defaultPort = 5432

    /// How to reach the server.
    public enum Endpoint: Sendable, Equatable {
        /// A host name or IP address, and a port.
        case tcp(host: String, port: Int)
        /// A unix socket in `directory`; its file is named after the port.
        case unixSocket(directory: String, port: Int)

        /// The port: of the TCP connection, or the one that names the socket file.
        public var port: Int {
            switch self {
            case .tcp(_, let port), .unixSocket(_, let port): port
            }
        }

        /// The socket file's path (`/var/run/postgresql/.s.PGSQL.5432`), for a unix socket.
        public var socketPath: String? {
            guard case .unixSocket(let directory, let port) = self else { return nil }
            let trimmed = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
            return "\(trimmed)/.s.PGSQL.\(port)"
        }

        /// The host as the password file matches it: the host name, or the socket directory — `localhost` for the
        /// default directory, as libpq's `passwordFromFile` does.
        var passwordFileHost: String {
            switch self {
            case .tcp(let host, _): host
            case .unixSocket(let directory, _):
                directory == PostgresSettings.defaultSocketDirectory ? "localhost" : directory
            }
        }
    }

    /// libpq's `sslmode` values that thanhtra supports.
    public enum SSLMode: String, Sendable, Equatable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS if the server offers it, without checking its certificate (libpq's default).
        case prefer
        /// TLS always, without checking the certificate (libpq's `require` without a root certificate).
        case require
        /// TLS always, the certificate checked against the system's roots and the host name.
        case verifyFull = "verify-full"
    }

    /// Where the password came from.
    public enum PasswordSource: Sendable, Equatable {
        /// The URL's user information or its `password` parameter.
        case url
        /// The `PGPASSWORD` variable.
        case environment
        /// A line of this password file.
        case passwordFile(path: String)
    }

    /// A password that never prints: its description, debug description and mirror are `********`.
    public struct Password: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
        CustomReflectable
    {
        /// The password itself; pass it to the connection and nowhere else.
        public let revealed: String

        /// Wraps a password.
        public init(_ revealed: String) { self.revealed = revealed }

        public var description: String { "********" }
        public var debugDescription: String { "********" }
        public var customMirror: Mirror { Mirror(self, unlabeledChildren: [Any](), displayStyle: .struct) }
    }

    /// The settings as a URL with the password masked, e.g. `postgres://app:********@db.local:5432/thanhtra`.
    public var description: String {
        let userInfo = percentEncoded(user) + (password == nil ? "" : ":********")
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : percentEncoded(host)
            return "postgres://\(userInfo)@\(shownHost):\(port)/\(percentEncoded(database))"
        case .unixSocket(let directory, let port):
            return "postgres://\(userInfo)@\(percentEncoded(directory)):\(port)/\(percentEncoded(database))"
        }
    }

    public var debugDescription: String { description }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.endpoint == rhs.endpoint && lhs.user == rhs.user && lhs.password == rhs.password
            && lhs.passwordSource == rhs.passwordSource && lhs.database == rhs.database && lhs.sslMode == rhs.sslMode
            && lhs.applicationName == rhs.applicationName && lhs.connectTimeout == rhs.connectTimeout
    }

    private func percentEncoded(_ part: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".utf8)
        var result = ""
        for byte in part.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
