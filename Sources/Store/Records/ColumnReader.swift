import Casework
import Foundation
import GRDB

/// Reads the columns of one row of a penalty-case or an inspection table, turning a value that does not decode into
/// a ``StoreError`` that names the record and the column but never the value (it may be personal data).
struct ColumnReader {
    let row: Row
    let table: String
    /// The ID of the penalty case or inspection the row belongs to.
    let ownerID: Int64
    /// How an error names the record: "penalty case" or "inspection".
    let ownerKind: String

    /// Reads a row of a penalty-case table.
    init(row: Row, table: String, caseID: Int64) {
        self.init(row: row, table: table, ownerID: caseID, ownerKind: "penalty case")
    }

    /// Reads a row of an inspection table.
    init(row: Row, table: String, inspectionID: Int64) {
        self.init(row: row, table: table, ownerID: inspectionID, ownerKind: "inspection")
    }

    private init(row: Row, table: String, ownerID: Int64, ownerKind: String) {
        self.row = row
        self.table = table
        self.ownerID = ownerID
        self.ownerKind = ownerKind
    }

    /// The column's value as `Value`; optional types read NULL as `nil`.
    func callAsFunction<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
        do {
            return try row.decode(Value.self, forColumn: column)
        } catch {
            throw corrupt(column)
        }
    }

    /// The column's value as a Casework value (a date, an amount, an area, an ID).
    func callAsFunction<Value: StoredValue>(_ column: String) throws -> Value {
        do {
            return try row.decode(Value.self, forColumn: column)
        } catch {
            throw corrupt(column)
        }
    }

    /// The column's value as a Casework value; NULL reads as `nil`.
    func callAsFunction<Value: StoredValue>(_ column: String) throws -> Value? {
        do {
            return try row.decode(Value?.self, forColumn: column)
        } catch {
            throw corrupt(column)
        }
    }

    /// A TEXT column holding an enumeration's raw value.
    func enumeration<Value: RawRepresentable>(_ column: String) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try self(column)) else { throw corrupt(column) }
        return value
    }

    /// A TEXT column holding an enumeration's raw value, or NULL (`nil`).
    func optionalEnumeration<Value: RawRepresentable>(_ column: String) throws -> Value? where Value.RawValue == String {
        let raw: String? = try self(column)
        guard let raw else { return nil }
        guard let value = Value(rawValue: raw) else { throw corrupt(column) }
        return value
    }

    /// A TEXT column holding JSON, such as a list of steps.
    func json<Value: Decodable>(_ column: String) throws -> Value {
        let text: String = try self(column)
        do {
            return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw corrupt(column)
        }
    }

    func corrupt(_ column: String) -> StoreError {
        StoreError(
            .corrupt, "\(ownerKind) #\(ownerID) has a value thanhtra cannot read in \(table).\(column)",
            hint: "the database was changed outside thanhtra; restore it from a backup")
    }
}
