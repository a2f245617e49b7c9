import Casework
import GRDB

/// A calendar date is stored as TEXT `YYYY-MM-DD`, which sorts and compares like the date.
extension CalendarDate: StoredValue {
    /// `YYYY-MM-DD`.
    var databaseValue: DatabaseValue { description.databaseValue }

    /// The date of a `YYYY-MM-DD` text, or `nil` for anything else.
    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(dbValue).flatMap { CalendarDate($0) }
    }
}

/// An amount is stored as an INTEGER count of đồng; a negative integer, or one above ``VND/maximum`` (a row written
/// outside thanhtra, or before the bound), does not decode, so a reader reports the record instead of computing with it.
extension VND: StoredValue {
    /// The INTEGER count of đồng.
    var databaseValue: DatabaseValue { rawValue.databaseValue }

    /// The amount of an INTEGER from 0 to ``VND/maximum``; `nil` for anything else.
    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> VND? {
        Int64.fromDatabaseValue(dbValue).flatMap { VND(bounded: $0) }
    }
}
