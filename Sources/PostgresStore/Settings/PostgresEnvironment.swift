/// What libpq would read from the process to complete a connection URL: the `PG*` variables, the login name and the
/// home directory (for `~/.pgpass`).
///
/// The executable builds it once from its own environment (nothing below the executable reads the environment);
/// tests build it by hand.
public struct PostgresEnvironment: Sendable, Equatable {
    /// The variables; only `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGPASSFILE`, `PGSSLMODE` and
    /// `PGAPPNAME` are read.
    public var variables: [String: String]
    /// The operating system's login name: the user when neither the URL nor `PGUSER` names one.
    public var loginName: String
    /// The home directory, where `.pgpass` is looked for when `PGPASSFILE` is not set; `nil` for no password file.
    public var homeDirectory: String?

    /// An environment.
    ///
    /// - Parameters:
    ///   - variables: the process's variables, or a test's.
    ///   - loginName: the login name.
    ///   - homeDirectory: the home directory, or `nil` to look for no `~/.pgpass`.
    public init(variables: [String: String], loginName: String, homeDirectory: String?) {
        self.variables = variables
        self.loginName = loginName
        self.homeDirectory = homeDirectory
    }

    /// A variable's value, `nil` when it is unset or empty (libpq treats both alike).
    func value(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The password file libpq would read: `PGPASSFILE`, else `<home>/.pgpass`.
    var passwordFilePath: String? {
        if let path = value("PGPASSFILE") { return path }
        return homeDirectory.map { $0.hasSuffix("/") ? "\($0).pgpass" : "\($0)/.pgpass" }
    }
}
