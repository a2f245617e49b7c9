import Foundation

/// The parts a `postgres://` URL spells out, percent-decoded, before anything is defaulted.
///
/// `nil` means the URL leaves that part out. See ``PostgresSettings`` for the accepted forms.
struct PostgresURL: Sendable, Equatable {
    var user: String?
    var password: String?
    var host: String?
    var port: Int?
    var database: String?
    var sslMode: PostgresSettings.SSLMode?
    var applicationName: String?
    var connectTimeout: Int?

    /// Parses libpq's URI syntax: `postgres[ql]://[user[:password]@][host][:port][/database][?name=value&…]`.
    ///
    /// - Throws: ``PostgresSettingsError`` naming the part that is wrong; the message never repeats the password.
    init(parsing url: String) throws {
        let rest: Substring
        if url.hasPrefix("postgresql://") {
            rest = url.dropFirst("postgresql://".count)
        } else if url.hasPrefix("postgres://") {
            rest = url.dropFirst("postgres://".count)
        } else {
            throw PostgresSettingsError(
                .unsupportedScheme, "a PostgreSQL database URL starts with postgres:// or postgresql://",
                part: "scheme", hint: PostgresSettingsError.formsHint)
        }
        let beforeQuery = rest.prefix { $0 != "?" }
        let query = rest.dropFirst(beforeQuery.count).dropFirst()
        let authority = beforeQuery.prefix { $0 != "/" }
        let path = beforeQuery.dropFirst(authority.count).dropFirst()

        var hostPort = authority
        if let at = authority.firstIndex(of: "@") {
            let userInfo = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                user = try Self.decoded(userInfo[..<colon], part: "user")
                password = try Self.decoded(userInfo[userInfo.index(after: colon)...], part: "password")
            } else {
                user = try Self.decoded(userInfo, part: "user")
            }
        }
        try parseHostPort(hostPort)
        if !path.isEmpty {
            database = try Self.decoded(path, part: "database")
        }
        if !query.isEmpty {
            try parseQuery(query)
        }
        if user?.isEmpty == true { user = nil }
        if host?.isEmpty == true { host = nil }
        if database?.isEmpty == true { database = nil }
    }

    private mutating func parseHostPort(_ hostPort: Substring) throws {
        var portText: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else {
                throw PostgresSettingsError(
                    .malformedURL, "the IPv6 address has no closing bracket", part: "host",
                    hint: "write an IPv6 host in brackets: postgres://user@[::1]:5432/database")
            }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") {
                portText = after.dropFirst()
            } else if !after.isEmpty {
                throw PostgresSettingsError(
                    .malformedURL, "unexpected text after the IPv6 address", part: "host",
                    hint: "write an IPv6 host in brackets, then :port")
            }
        } else {
            let hostText = hostPort.prefix { $0 != ":" }
            if hostPort.count > hostText.count { portText = hostPort.dropFirst(hostText.count + 1) }
            if hostText.contains(",") {
                throw PostgresSettingsError(
                    .malformedURL, "a list of hosts is not supported", part: "host",
                    hint: "name one host; thanhtra does not fail over between servers")
            }
            host = try Self.decoded(hostText, part: "host")
        }
        if let portText, !portText.isEmpty {  // `host:` with no port is the default port, as in libpq
            port = try Self.port(portText, part: "port")
        }
    }

    private mutating func parseQuery(_ query: Substring) throws {
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            guard let equals = pair.firstIndex(of: "=") else {
                throw PostgresSettingsError(
                    .malformedURL, "query parameter \"\(pair.prefix(40))\" has no value", part: "query",
                    hint: "write parameters as name=value, separated by &")
            }
            let name = try Self.decoded(pair[..<equals], part: "query")
            let value = try Self.decoded(pair[pair.index(after: equals)...], part: name)
            switch name {
            case "host": host = value
            case "port": port = try Self.port(Substring(value), part: "port")
            case "user": user = value
            case "password": password = value
            case "dbname": database = value
            case "sslmode": sslMode = try Self.sslMode(value)
            case "application_name": applicationName = value
            case "connect_timeout":
                guard let seconds = Int(value), seconds >= 0 else {
                    throw PostgresSettingsError(
                        .invalidParameterValue, "connect_timeout must be a whole number of seconds, got \"\(value)\"",
                        part: "connect_timeout", hint: "write connect_timeout=10")
                }
                connectTimeout = seconds
            default:
                throw PostgresSettingsError(
                    .unknownParameter, "unknown query parameter \"\(name)\"", part: "query",
                    hint: "use host, port, user, password, dbname, sslmode, application_name or connect_timeout")
            }
        }
    }

    static func sslMode(_ value: String) throws -> PostgresSettings.SSLMode {
        guard let mode = PostgresSettings.SSLMode(rawValue: value) else {
            throw PostgresSettingsError(
                .invalidParameterValue, "sslmode \"\(value)\" is not supported", part: "sslmode",
                hint: "use sslmode=disable, prefer, require or verify-full")
        }
        return mode
    }

    static func port(_ text: Substring, part: String) throws -> Int {
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let port = Int(text),
            (1...65_535).contains(port)
        else {
            throw PostgresSettingsError(
                .invalidPort, "invalid port \"\(text.prefix(20))\"", part: part,
                hint: "a port is a number from 1 to 65535; leave it out for 5432")
        }
        return port
    }

    /// Percent-decodes one part; `%00` and broken escapes are refused, as libpq refuses them.
    private static func decoded(_ text: Substring, part: String) throws -> String {
        guard !text.contains("%") else {
            guard !text.lowercased().contains("%00"), let decoded = String(text).removingPercentEncoding else {
                // The password's text is never repeated, whatever went wrong with it.
                throw PostgresSettingsError(
                    .malformedURL, "invalid percent-encoding in the \(part)", part: part,
                    hint: "write % as %25, and each escape as % and two hex digits (not %00)")
            }
            return decoded
        }
        return String(text)
    }
}
