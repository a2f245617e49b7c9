public import Casework
public import GRDB

/// A calendar date is stored as TEXT `YYYY-MM-DD`, which sorts and compares like the date.
extension CalendarDate: SQLExpressible, StatementBinding, DatabaseValueConvertible {
    /// `YYYY-MM-DD`.
    public var databaseValue: DatabaseValue { description.databaseValue }

    /// The date of a `YYYY-MM-DD` text, or `nil` for anything else.
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(dbValue).flatMap { CalendarDate($0) }
    }
}

/// An amount is stored as an INTEGER count of đồng; a negative integer, or one above ``VND/maximum`` (a row written
/// outside thanhtra, or before the bound), does not decode, so a reader reports the record instead of computing with it.
extension VND: SQLExpressible, StatementBinding, DatabaseValueConvertible {
    /// The INTEGER count of đồng.
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    /// The amount of an INTEGER from 0 to ``VND/maximum``; `nil` for anything else.
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> VND? {
        Int64.fromDatabaseValue(dbValue).flatMap { VND(bounded: $0) }
    }
}
