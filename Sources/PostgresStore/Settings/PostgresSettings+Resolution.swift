extension PostgresSettings {
    /// Settings from a `postgres://` URL, completed from the environment and the defaults as libpq completes them.
    ///
    /// ```swift
    /// let settings = try PostgresSettings(url: "postgres://app@db.local/thanhtra", environment: environment)
    /// print(settings)  // postgres://app:********@db.local:5432/thanhtra, if ~/.pgpass has app's password
    /// ```
    ///
    /// - Parameters:
    ///   - url: one of the forms of ``PostgresSettings``.
    ///   - environment: the `PG*` variables, login name and home directory to complete it from.
    /// - Throws: ``PostgresSettingsError`` when the URL (or `PGPORT`, `PGSSLMODE`) is malformed. A password file
    ///   that cannot be used is passed over with a warning in ``warnings``, as libpq does.
    public init(url: String, environment: PostgresEnvironment) throws {
        let parts = try PostgresURL(parsing: url)
        let host = parts.host ?? environment.value("PGHOST") ?? Self.defaultSocketDirectory
        let port =
            try parts.port ?? environment.value("PGPORT").map { try PostgresURL.port(Substring($0), part: "PGPORT") }
            ?? Self.defaultPort
        endpoint = host.hasPrefix("/") ? .unixSocket(directory: host, port: port) : .tcp(host: host, port: port)
        user = parts.user ?? environment.value("PGUSER") ?? environment.loginName
        database = parts.database ?? environment.value("PGDATABASE") ?? user
        sslMode = try parts.sslMode ?? environment.value("PGSSLMODE").map(PostgresURL.sslMode) ?? .prefer
        applicationName = parts.applicationName ?? environment.value("PGAPPNAME")
        connectTimeout = parts.connectTimeout

        if let password = parts.password {
            self.password = Password(password)
            passwordSource = .url
        } else if let password = environment.value("PGPASSWORD") {
            self.password = Password(password)
            passwordSource = .environment
        } else if let path = environment.passwordFilePath {
            switch PasswordFile.load(path: path) {
            case .absent:
                break
            case .passedOver(let warning):
                warnings.append(warning)
            case .loaded(let file):
                let found = file.password(
                    host: endpoint.passwordFileHost, port: endpoint.port, database: database, user: user)
                if let found {
                    self.password = Password(found)
                    passwordSource = .passwordFile(path: path)
                }
            }
        }
    }
}
