import Casework
import GRDB

/// A land area is stored as an INTEGER count of square decimetres; a negative integer does not decode.
extension LandArea: StoredValue {
    /// The INTEGER count of square decimetres.
    var databaseValue: DatabaseValue { rawValue.databaseValue }

    /// The area of a non-negative INTEGER; `nil` for anything else.
    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LandArea? {
        Int64.fromDatabaseValue(dbValue).flatMap { LandArea(rawValue: $0) }
    }
}
