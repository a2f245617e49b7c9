import PostgresStore
import Testing

@Suite struct PostgresSettingsTests {
    /// An environment with no PG* variable, the login `inspector` and no home (so no password file).
    static let bare = PostgresEnvironment(variables: [:], loginName: "inspector", homeDirectory: nil)

    static func settings(_ url: String, _ variables: [String: String] = [:]) throws -> PostgresSettings {
        try PostgresSettings(
            url: url, environment: PostgresEnvironment(variables: variables, loginName: "inspector", homeDirectory: nil))
    }

    @Test func aTCPURLGivesEveryPart() throws {
        let settings = try Self.settings("postgres://app:s3cret@db.example:6543/thanhtra")
        #expect(settings.endpoint == .tcp(host: "db.example", port: 6543))
        #expect(settings.user == "app")
        #expect(settings.password?.revealed == "s3cret")
        #expect(settings.passwordSource == .url)
        #expect(settings.database == "thanhtra")
        #expect(settings.sslMode == .prefer)
        #expect(settings.endpoint.socketPath == nil)
    }

    @Test func thePostgresqlSchemeIsTheSameURL() throws {
        #expect(
            try Self.settings("postgresql://app@db.example/thanhtra")
                == Self.settings("postgres://app@db.example/thanhtra"))
    }

    @Test func aURLWithoutPortUserOrPasswordTakesTheDefaults() throws {
        let settings = try Self.settings("postgres://db.example/thanhtra")
        #expect(settings.endpoint == .tcp(host: "db.example", port: 5432))
        #expect(settings.user == "inspector")  // the login name
        #expect(settings.password == nil && settings.passwordSource == nil)
        #expect(settings.database == "thanhtra")
    }

    @Test func theUserComesFromTheURLElsePGUSERElseTheLogin() throws {
        #expect(try Self.settings("postgres://app@db.example/d", ["PGUSER": "other"]).user == "app")
        #expect(try Self.settings("postgres://db.example/d", ["PGUSER": "other"]).user == "other")
        #expect(try Self.settings("postgres://db.example/d", ["PGUSER": ""]).user == "inspector")
        #expect(try Self.settings("postgres://db.example/d").user == "inspector")
    }

    @Test func theDatabaseDefaultsToPGDATABASEThenTheUser() throws {
        #expect(try Self.settings("postgres://app@db.example").database == "app")
        #expect(try Self.settings("postgres://app@db.example/", ["PGDATABASE": "records"]).database == "records")
    }

    @Test func hostAndPortComeFromPGHOSTAndPGPORTWhenTheURLHasNone() throws {
        let settings = try Self.settings("postgres:///thanhtra", ["PGHOST": "127.0.0.1", "PGPORT": "5433"])
        #expect(settings.endpoint == .tcp(host: "127.0.0.1", port: 5433))
        let named = try Self.settings("postgres://db.example:6000/thanhtra", ["PGHOST": "x", "PGPORT": "5433"])
        #expect(named.endpoint == .tcp(host: "db.example", port: 6000))
    }

    @Test func aPercentEncodedSocketDirectoryIsAUnixSocket() throws {
        let settings = try Self.settings("postgres://app@%2Fvar%2Frun%2Fpostgresql/thanhtra")
        #expect(settings.endpoint == .unixSocket(directory: "/var/run/postgresql", port: 5432))
        #expect(settings.endpoint.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(settings.description == "postgres://app@%2Fvar%2Frun%2Fpostgresql:5432/thanhtra")
    }

    @Test func theHostParameterNamesASocketDirectory() throws {
        let settings = try Self.settings("postgres:///thanhtra?host=/tmp/pg/&port=5433&user=app")
        #expect(settings.endpoint == .unixSocket(directory: "/tmp/pg/", port: 5433))
        #expect(settings.endpoint.socketPath == "/tmp/pg/.s.PGSQL.5433")
        #expect(settings.user == "app")
    }

    @Test func noHostAnywhereMeansDebiansSocketDirectory() throws {
        let settings = try Self.settings("postgres:///thanhtra")
        #expect(settings.endpoint == .unixSocket(directory: "/var/run/postgresql", port: 5432))
    }

    @Test func userPasswordAndDatabaseArePercentDecoded() throws {
        let settings = try Self.settings("postgres://nguy%E1%BB%85n:p%40ss%3Aw%2Frd%25@db.example/thanh%20tra")
        #expect(settings.user == "nguyễn")
        #expect(settings.password?.revealed == "p@ss:w/rd%")
        #expect(settings.database == "thanh tra")
    }

    @Test func anIPv6HostIsWrittenInBrackets() throws {
        let settings = try Self.settings("postgres://app@[::1]:5433/thanhtra")
        #expect(settings.endpoint == .tcp(host: "::1", port: 5433))
        #expect(settings.description == "postgres://app@[::1]:5433/thanhtra")
    }

    @Test func queryParametersOverrideAndConfigure() throws {
        let settings = try Self.settings(
            "postgres://app@db.example/one?dbname=two&sslmode=disable&application_name=thanhtra&connect_timeout=3")
        #expect(settings.database == "two")
        #expect(settings.sslMode == .disable)
        #expect(settings.applicationName == "thanhtra")
        #expect(settings.connectTimeout == 3)
        #expect(try Self.settings("postgres://db.example/d", ["PGSSLMODE": "require"]).sslMode == .require)
    }

    @Test func thePasswordComesFromTheURLElsePGPASSWORD() throws {
        let fromURL = try Self.settings("postgres://app:url@db.example/d", ["PGPASSWORD": "env"])
        #expect(fromURL.password?.revealed == "url" && fromURL.passwordSource == .url)
        let fromEnvironment = try Self.settings("postgres://app@db.example/d", ["PGPASSWORD": "env"])
        #expect(fromEnvironment.password?.revealed == "env" && fromEnvironment.passwordSource == .environment)
    }

    @Test func thePasswordNeverPrints() throws {
        let settings = try Self.settings("postgres://app:s3cret@db.example:6543/thanhtra")
        #expect(settings.description == "postgres://app:********@db.example:6543/thanhtra")
        #expect(settings.debugDescription == settings.description)
        #expect(!String(reflecting: settings).contains("s3cret"))
        #expect("\(try #require(settings.password))" == "********")
        var dumped = ""
        dump(settings, to: &dumped)
        #expect(!dumped.contains("s3cret"))
        #expect(dumped.contains("app"))  // the dump does show the rest
    }

    @Test func aURLOfAnotherSchemeIsRefused() throws {
        let error = try #require(throws: PostgresSettingsError.self) { try Self.settings("mysql://app@db/thanhtra") }
        #expect(error.kind == .unsupportedScheme)
        #expect(
            error.description == """
                error: a PostgreSQL database URL starts with postgres:// or postgresql://
                  --> database URL, scheme
                  help: write postgres://user[:password]@host[:port]/database, or \
                postgres://user@%2Fvar%2Frun%2Fpostgresql/database for a unix socket (see docs/postgres.md)
                """)
    }

    @Test(arguments: ["postgres://db:99999/d", "postgres://db:54x2/d", "postgres://db:0/d", "postgres://db:-1/d"])
    func aBadPortIsRefused(url: String) throws {
        let error = try #require(throws: PostgresSettingsError.self) { try Self.settings(url) }
        #expect(error.kind == .invalidPort)
        #expect(error.part == "port")
        #expect(error.hint == "a port is a number from 1 to 65535; leave it out for 5432")
    }

    @Test func aBadPGPORTIsNamed() throws {
        let error = try #require(throws: PostgresSettingsError.self) {
            try Self.settings("postgres://db/d", ["PGPORT": "five"])
        }
        #expect(error.description.hasPrefix("error: invalid port \"five\"\n  --> database URL, PGPORT"))
    }

    @Test func aBrokenEscapeInThePasswordIsRefusedWithoutShowingIt() throws {
        let error = try #require(throws: PostgresSettingsError.self) {
            try Self.settings("postgres://app:hunter%zz2@db/d")
        }
        #expect(error.kind == .malformedURL)
        #expect(error.message == "invalid percent-encoding in the password")
        #expect(!error.description.contains("hunter"))
    }

    @Test func aNulEscapeIsRefused() throws {
        let error = try #require(throws: PostgresSettingsError.self) { try Self.settings("postgres://db/a%00b") }
        #expect(error.kind == .malformedURL && error.part == "database")
    }

    @Test func anUnclosedIPv6BracketIsRefused() throws {
        let error = try #require(throws: PostgresSettingsError.self) { try Self.settings("postgres://[::1/d") }
        #expect(error.kind == .malformedURL)
        #expect(error.message == "the IPv6 address has no closing bracket")
    }

    @Test func aListOfHostsIsRefused() throws {
        let error = try #require(throws: PostgresSettingsError.self) { try Self.settings("postgres://a,b/d") }
        #expect(error.message == "a list of hosts is not supported")
    }

    @Test func anUnknownOrBadParameterIsRefused() throws {
        let unknown = try #require(throws: PostgresSettingsError.self) { try Self.settings("postgres://db/d?foo=1") }
        #expect(unknown.kind == .unknownParameter && unknown.message == "unknown query parameter \"foo\"")
        let badMode = try #require(throws: PostgresSettingsError.self) {
            try Self.settings("postgres://db/d?sslmode=allow")
        }
        #expect(badMode.kind == .invalidParameterValue && badMode.part == "sslmode")
        let noValue = try #require(throws: PostgresSettingsError.self) { try Self.settings("postgres://db/d?sslmode") }
        #expect(noValue.kind == .malformedURL)
    }
}
