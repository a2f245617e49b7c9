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

/// An amount is stored as an INTEGER count of đồng; a negative integer does not decode.
extension VND: SQLExpressible, StatementBinding, DatabaseValueConvertible {}
