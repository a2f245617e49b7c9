import Casework
import GRDB

/// A Casework value kept in one column (a date, an amount, an area, a tagged ID): how it is written and read back.
///
/// Internal on purpose. Conforming Casework's public types to GRDB's `DatabaseValueConvertible` would be a public
/// conformance, which needs GRDB imported publicly and so hands it to every client of Store. Instead a value is
/// bound through ``databaseValue`` (`arguments: [date.databaseValue]`) and read through the readers below, which
/// accept a ``StoredValue`` where GRDB's accept a `DatabaseValueConvertible`.
protocol StoredValue {
    /// The value as the column holds it.
    var databaseValue: DatabaseValue { get }
    /// The value a column holds, or `nil` when it holds something else (NULL included).
    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self?
}

extension Optional where Wrapped: StoredValue {
    /// The wrapped value as the column holds it; NULL for `nil`.
    var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
}

extension Row {
    /// The value of `column`, read as GRDB reads a `DatabaseValueConvertible` through the same subscript: a NULL, or
    /// a value that does not decode, is a programming error (the schema's NOT NULL and CHECK constraints prevent it).
    subscript<Value: StoredValue>(_ column: String) -> Value {
        let dbValue: DatabaseValue = self[column]
        guard let value = Value.fromDatabaseValue(dbValue) else {
            preconditionFailure("could not read \(Value.self) from column \(column)")
        }
        return value
    }

    /// The value of `column`, `nil` for NULL; a value that does not decode is a programming error.
    subscript<Value: StoredValue>(_ column: String) -> Value? {
        let dbValue: DatabaseValue = self[column]
        if dbValue.isNull { return nil }
        guard let value = Value.fromDatabaseValue(dbValue) else {
            preconditionFailure("could not read \(Value.self) from column \(column)")
        }
        return value
    }

    /// The value at `index`, as ``subscript(_:)-(String)``.
    subscript<Value: StoredValue>(_ index: Int) -> Value {
        let dbValue: DatabaseValue = self[index]
        guard let value = Value.fromDatabaseValue(dbValue) else {
            preconditionFailure("could not read \(Value.self) from column \(index)")
        }
        return value
    }

    /// The value at `index`, `nil` for NULL.
    subscript<Value: StoredValue>(_ index: Int) -> Value? {
        let dbValue: DatabaseValue = self[index]
        if dbValue.isNull { return nil }
        guard let value = Value.fromDatabaseValue(dbValue) else {
            preconditionFailure("could not read \(Value.self) from column \(index)")
        }
        return value
    }

    /// The value of `column`.
    ///
    /// - Throws: GRDB's error when the column is missing; ``StoreError`` `.corrupt` when it holds NULL or a value
    ///   that does not decode (never the value itself: it may be personal data).
    func decode<Value: StoredValue>(_ type: Value.Type, forColumn column: String) throws -> Value {
        let dbValue = try decode(DatabaseValue.self, forColumn: column)
        guard let value = Value.fromDatabaseValue(dbValue) else { throw Self.unreadable(column) }
        return value
    }

    /// The value of `column`, `nil` for NULL.
    ///
    /// - Throws: As ``decode(_:forColumn:)``, except for NULL.
    func decode<Value: StoredValue>(_ type: Value?.Type, forColumn column: String) throws -> Value? {
        let dbValue = try decode(DatabaseValue.self, forColumn: column)
        if dbValue.isNull { return nil }
        guard let value = Value.fromDatabaseValue(dbValue) else { throw Self.unreadable(column) }
        return value
    }

    private static func unreadable(_ column: String) -> StoreError {
        StoreError(
            .corrupt, "a row holds a value thanhtra cannot read in its column \(column)",
            hint: "the database was changed outside thanhtra; restore it from a backup")
    }
}
