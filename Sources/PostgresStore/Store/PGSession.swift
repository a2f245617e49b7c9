import Casework
import Foundation
import Logging
import PostgresNIO

/// One connection, used by one thread at a time, with blocking calls: the ports are synchronous, so every query waits
/// for PostgresNIO's future on the calling thread (never an event-loop thread: the connection's loop belongs to the
/// store's own one-thread group, see ``PostgresStore``).
///
/// Not `Sendable`: a session is handed to one transaction's body and lives only as long as it.
final class PGSession {
    let connection: PostgresConnection
    let logger: Logger
    /// The database's name, for messages.
    let database: String
    /// Where ``copy(into:columns:rows:)`` runs PostgresNIO's async COPY, and a report's check its prepared statement
    /// (``AmountBoundProbe``), while this thread waits.
    let copyExecutor: PGCopyExecutor
    /// The journal's head as the write lock found it (``PostgresStore/takeWriteLock(_:timeout:readingJournalHead:)``),
    /// then as each entry this transaction appends leaves it: the next entry chains to it without reading the head
    /// again, one round trip fewer while the lock is held. `nil` outside a command's write transaction.
    var lockedJournalHead: (sequence: Int64, hash: String)?

    init(connection: PostgresConnection, logger: Logger, database: String, copyExecutor: PGCopyExecutor) {
        self.connection = connection
        self.logger = logger
        self.database = database
        self.copyExecutor = copyExecutor
    }

    /// Every row `query` returns.
    ///
    /// - Throws: PostgresNIO's `PSQLError` (the store translates it at its boundary).
    func rows(_ query: PostgresQuery) throws -> [PGRow] {
        try profiled(query) {
            try requireOpen()
            return try connection.query(query, logger: logger).wait().rows.map { PGRow(row: $0.makeRandomAccess()) }
        }
    }

    /// The first row `query` returns, or `nil`.
    func row(_ query: PostgresQuery) throws -> PGRow? { try rows(query).first }

    /// Runs a statement; returns the number of rows it changed (0 when the server does not say).
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try profiled(query) {
            try requireOpen()
            return try connection.query(query, logger: logger).wait().metadata.rows ?? 0
        }
    }

    /// The error of a statement on a connection that is already closed; the store's boundary translates it into "lost
    /// the connection".
    struct ConnectionClosed: Error {}

    /// Throws ``ConnectionClosed`` when the connection is already closed (the server ended it between two
    /// statements of a transaction: an administrator, a restart, `idle_in_transaction_session_timeout`).
    ///
    /// PostgresNIO 1.33 never completes a query sent on a closed connection (its issue: vapor/postgres-nio pull 487,
    /// merged and reverted in 501): without this check such a command waited forever instead of failing
    /// (`ConnectionPoolTests`). A connection that closes after the check fails its query with an error.
    func requireOpen() throws {
        if connection.isClosed { throw ConnectionClosed() }
    }

    /// Runs a statement written without parameters, given as text (a migration's statement, a `SET`). A literal
    /// with interpolations goes to ``execute(_:)`` instead, where every interpolated value is a bound parameter.
    @discardableResult
    func execute(sql: String) throws -> Int { try execute(PostgresQuery(unsafeSQL: sql)) }

    /// Whether `THANHTRA_PROFILE_SQL=1`: then every statement that takes 1 ms or more is written to stderr with its
    /// time (the round trip and the rows' decoding), as SQLite's store does (docs/performance.md).
    static let isProfiling = ProcessInfo.processInfo.environment["THANHTRA_PROFILE_SQL"] == "1"

    /// Runs `body`, the statement `query`, timing it when ``isProfiling``.
    private func profiled<T>(_ query: PostgresQuery, _ body: () throws -> T) rethrows -> T {
        guard Self.isProfiling else { return try body() }
        let started = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let tenths = (DispatchTime.now().uptimeNanoseconds - started) / 100_000  // of a millisecond
        if tenths >= 10 {
            let text = query.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            FileHandle.standardError.write(Data("sql \(tenths / 10).\(tenths % 10) ms: \(text)\n".utf8))
        }
        return result
    }
}

/// A statement built piece by piece with `$n` parameters: conditions that depend on a filter.
struct PGStatement {
    private(set) var sql = ""
    private(set) var bindings = PostgresBindings()

    init(_ sql: String = "") { self.sql = sql }

    /// Appends SQL text.
    mutating func append(_ text: String) { sql += text }

    /// Binds `value` and returns its placeholder (`$3`).
    mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        bindings.append(value)
        return "$\(bindings.count)"
    }

    /// Binds a date (as PostgreSQL's `DATE`) and returns its placeholder.
    mutating func bind(_ date: CalendarDate) -> String { bind(PGDate(date)) }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }
}

/// A ``CalendarDate`` as PostgreSQL's `DATE` on the wire: binary, a 32-bit count of days since 2000-01-01.
struct PGDate: PostgresNonThrowingEncodable, PostgresDecodable, Sendable {
    var date: CalendarDate
    init(_ date: CalendarDate) { self.date = date }

    /// 2000-01-01 as ``CalendarDate/dayNumber`` (days since 1970-01-01).
    private static let epoch = 10_957

    static var psqlType: PostgresDataType { .date }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeInteger(Int32(date.dayNumber - Self.epoch))
    }

    init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        switch (type, format) {
        case (.date, .binary):
            guard buffer.readableBytes == 4, let days = buffer.readInteger(as: Int32.self) else {
                throw PostgresDecodingError.Code.failure
            }
            self.date = CalendarDate(dayNumber: Int(days) + Self.epoch)
        case (.date, .text), (.text, _), (.varchar, _):
            guard let text = buffer.readString(length: buffer.readableBytes), let date = CalendarDate(text) else {
                throw PostgresDecodingError.Code.failure
            }
            self.date = date
        default:
            throw PostgresDecodingError.Code.typeMismatch
        }
    }
}

/// One row of a result, read by column name (PostgreSQL folds unquoted names to lower case, so names are compared in
/// lower case), turning a value that does not decode into a ``StoreError`` `.corrupt` naming the column, never the
/// value (it may be personal data).
struct PGRow {
    let row: PostgresRandomAccessRow

    private func cell(_ column: String) throws -> PostgresCell {
        let name = column.lowercased()
        guard row.contains(name) else { throw Self.corrupt(column, "is missing") }
        return row[name]
    }

    /// The column as `Value`; NULL is an error unless `Value` is optional.
    func callAsFunction<Value: PostgresDecodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        do {
            return try cell(column).decode(Value.self)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.corrupt(column, "cannot be read as \(Value.self)")
        }
    }

    func string(_ column: String) throws -> String { try self(column) }
    func optionalString(_ column: String) throws -> String? { try self(column) }
    func int64(_ column: String) throws -> Int64 { try self(column) }
    func optionalInt64(_ column: String) throws -> Int64? { try self(column) }
    func int(_ column: String) throws -> Int { Int(try self(column, as: Int64.self)) }
    func bool(_ column: String) throws -> Bool { try self(column) }
    func date(_ column: String) throws -> CalendarDate { try self(column, as: PGDate.self).date }
    func optionalDate(_ column: String) throws -> CalendarDate? { try self(column, as: PGDate?.self)?.date }

    /// A money column: a non-negative count of đồng.
    func vnd(_ column: String) throws -> VND {
        guard let value = VND(rawValue: try int64(column)) else { throw Self.corrupt(column, "is not an amount of đồng") }
        return value
    }

    func optionalVND(_ column: String) throws -> VND? {
        guard let raw = try optionalInt64(column) else { return nil }
        guard let value = VND(rawValue: raw) else { throw Self.corrupt(column, "is not an amount of đồng") }
        return value
    }

    /// A TEXT column holding an enumeration's raw value.
    func enumeration<Value: RawRepresentable>(_ column: String) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try string(column)) else { throw Self.corrupt(column, "holds an unknown value") }
        return value
    }

    /// A TEXT column holding JSON.
    func json<Value: Decodable>(_ column: String) throws -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(try string(column).utf8))
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.corrupt(column, "holds JSON thanhtra cannot read")
        }
    }

    /// A BYTEA column.
    func bytes(_ column: String) throws -> [UInt8] {
        let buffer: ByteBuffer = try self(column)
        return Array(buffer.readableBytesView)
    }

    static func corrupt(_ column: String, _ problem: String) -> StoreError {
        StoreError(
            .corrupt, "the PostgreSQL database has a value thanhtra cannot read: column \(column) \(problem)",
            hint: "the database was changed outside thanhtra, or by a newer version; restore it from a backup")
    }
}
