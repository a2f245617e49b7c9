import Casework
import GRDB
import Foundation

/// A subject is a row of the `subject` table; `nameFolded` is derived from the name and not part of the value.
/// Internal: read only inside Store, without GRDB's record protocols (a conformance of a Casework type to them would
/// export GRDB).
extension Subject {
    /// The subject `sql` selects (a whole `subject` row), if any.
    static func fetchOne(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments()
    ) throws -> Subject? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map { try Subject(row: $0) }
    }

    /// The subject a prepared statement selects, if any.
    static func fetchOne(_ statement: Statement, arguments: StatementArguments) throws -> Subject? {
        try Row.fetchOne(statement, arguments: arguments).map { try Subject(row: $0) }
    }

    /// The subjects `sql` selects (whole `subject` rows).
    static func fetchAll(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments()
    ) throws -> [Subject] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { try Subject(row: $0) }
    }

    /// Decodes a `subject` row.
    init(row: Row) throws {
        guard let kind = Kind(rawValue: row["kind"]) else {
            throw StoreError(
                .corrupt, "subject #\(row["id"] as Int64) has an unknown kind",
                hint: "the database was changed outside thanhtra; restore it from a backup")
        }
        self.init(
            // NULL: a family household or a residential community without its representative's ID.
            id: ID(rawValue: row["id"]), kind: kind, identifier: row["identifier"] ?? "", name: row["name"],
            address: row["address"])
    }

    /// `name` lowercased, without diacritics, and with `đ` as `d`: what `subject.nameFolded` holds and what searches
    /// compare against. `Nguyễn Văn Đông` → `nguyen van dong`.
    static func folded(_ text: String) -> String { SearchFold.folded(text) }
}

/// Tagged IDs (subjects, cases, inspections…) are stored as their integer.
extension Tagged: StoredValue where RawValue: DatabaseValueConvertible {
    /// The raw value's database value.
    var databaseValue: DatabaseValue { rawValue.databaseValue }

    /// The tagged value of a database value, or `nil` when the raw type cannot decode it.
    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        RawValue.fromDatabaseValue(dbValue).map(Self.init(rawValue:))
    }
}
