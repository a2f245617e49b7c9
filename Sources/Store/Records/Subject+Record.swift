public import Casework
public import GRDB
import Foundation

/// A subject is a row of the `subject` table; `nameFolded` is derived from the name and not part of the value.
extension Subject: FetchableRecord, TableRecord {
    /// `subject`.
    public static var databaseTableName: String { "subject" }

    /// Decodes a `subject` row.
    public init(row: Row) throws {
        guard let kind = Kind(rawValue: row["kind"]) else {
            throw StoreError(
                .corrupt, "subject #\(row["id"] as Int64) has an unknown kind",
                hint: "the database was changed outside thanhtra; restore it from a backup")
        }
        self.init(
            id: ID(rawValue: row["id"]), kind: kind, identifier: row["identifier"], name: row["name"],
            address: row["address"])
    }

    /// `name` lowercased, without diacritics, and with `đ` as `d`: what `subject.nameFolded` holds and what searches
    /// compare against. `Nguyễn Văn Đông` → `nguyen van dong`.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
    }
}

/// Subject IDs are stored as their integer.
extension Tagged: SQLExpressible, StatementBinding, DatabaseValueConvertible
where RawValue: DatabaseValueConvertible {
    /// The raw value's database value.
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    /// The tagged value of a database value, or `nil` when the raw type cannot decode it.
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        RawValue.fromDatabaseValue(dbValue).map(Self.init(rawValue:))
    }
}
