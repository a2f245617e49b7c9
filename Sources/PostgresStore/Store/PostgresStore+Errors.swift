public import Casework
import PostgresNIO

/// Translation of PostgresNIO's errors into ``StoreError`` at the store's boundary.
///
/// Messages name the server as ``PostgresSettings`` describes it (never the password) and use the server's own
/// message only where it names no data; statement arguments and the server's detail lines are never shown.
extension PostgresStore {
    /// The ``StoreError`` for an error from a query on the database `settings` names; other errors are returned
    /// unchanged.
    static func translate(_ error: any Error, settings: PostgresSettings) -> any Error {
        guard let error = error as? PSQLError else {
            if error is StoreError || error is PostgresMigrationError { return error }
            if error is PGSession.ConnectionClosed { return connectionFailure(error, settings: settings) }
            if String(reflecting: type(of: error)).hasPrefix("NIO") {
                return connectionFailure(error, settings: settings)
            }
            return error
        }
        guard error.code == .server, let state = error.serverInfo?[.sqlState] else {
            return connectionFailure(error, settings: settings)
        }
        let message = error.serverInfo?[.message] ?? "SQLSTATE \(state)"
        switch state {
        case "55P03", "40P01", "40001":  // lock_not_available (lock_timeout), deadlock, serialization failure
            return StoreError(
                .busy, "database is busy: another thanhtra is writing to \(settings)", hint: "try again in a moment")
        case "23505":
            return StoreError(
                .duplicate, "the value is already recorded (\(message))",
                hint: "look up the existing record instead of adding it again")
        case "23001":  // restrict_violation: the append-only triggers
            return StoreError(
                .invalid, "refused by the database: \(message)",
                hint: "the journal is append-only; record a correcting command instead of changing history")
        case "42501":  // insufficient_privilege: the application role reaching past its grants
            return StoreError(
                .invalid, "refused by the database's privileges on \(settings): \(message)",
                hint: "the application role may only append to the journal and filed reports; the schema's owner "
                    + "grants what the commands need (docs/operations.md)")
        case "22003":
            return StoreError(
                .invalid, "a total does not fit in 64 bits on \(settings): a stored amount is probably above the "
                    + "bound of \(VND.maximum.formatted()) (10^15 đồng)",
                hint: "run a report to see which record holds it; the database was changed outside thanhtra")
        case "3D000":
            return StoreError(
                .io, "cannot open \(settings): the database does not exist",
                hint: "create it (createdb, or CREATE DATABASE as its owner), then run thanhtra's init")
        default:
            if state.hasPrefix("23") {
                return StoreError(
                    .invalid, "the database refused the change (\(message))",
                    hint: "this is a bug in thanhtra if the input was validated; please report it")
            }
            if state.hasPrefix("28") {
                return StoreError(
                    .io, "cannot log in to \(settings): \(message)",
                    hint: "check the user and the password (the URL, PGPASSWORD or ~/.pgpass)")
            }
            if state.hasPrefix("08") || state.hasPrefix("57P") || state.hasPrefix("53") {
                return StoreError(
                    .io, "lost the connection to \(settings): \(message)",
                    hint: "check that the server is running; then try again")
            }
            return StoreError(
                .io, "database error on \(settings): \(message) (SQLSTATE \(state))",
                hint: "try again; if it persists, check the database with the journal's verify command")
        }
    }

    /// The ``StoreError`` for a connection that could not be made or was lost.
    static func connectionFailure(_ error: any Error, settings: PostgresSettings) -> StoreError {
        if let error = error as? PSQLError, error.code == .server, error.serverInfo?[.sqlState] != nil,
            let translated = translate(error, settings: settings) as? StoreError
        {
            return translated
        }
        if error is PGSession.ConnectionClosed
            || (error as? PSQLError).map({ $0.code == .serverClosedConnection || $0.code == .clientClosedConnection })
                == true
        {
            return StoreError(
                .io, "lost the connection to \(settings): it was closed",
                hint: "check that the server is running, then run the command again (what it had not committed was "
                    + "not written)")
        }
        let reason: String
        if let error = error as? PSQLError {
            reason = "\(error.code)"
        } else {
            reason = String(describing: type(of: error))
        }
        return StoreError(
            .io, "cannot reach the PostgreSQL server \(settings) (\(reason))",
            hint: "check that the server is running and the host, port and sslmode of the URL")
    }

    /// The error of a port method that this store does not implement yet (issue 13).
    ///
    /// ```
    /// error: report figures are not available on PostgreSQL yet (issue 13)
    ///   help: use a SQLite database for this for now; docs/postgres.md lists what works on PostgreSQL
    /// ```
    static func notAvailable(_ what: String) -> StoreError {
        StoreError(
            .invalid, "\(what) not available on PostgreSQL yet (issue 13)",
            hint: "use a SQLite database for this for now; docs/postgres.md lists what works on PostgreSQL")
    }
}
