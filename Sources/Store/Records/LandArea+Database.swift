public import Casework
public import GRDB

/// A land area is stored as an INTEGER count of square decimetres; a negative integer does not decode.
extension LandArea: SQLExpressible, StatementBinding, DatabaseValueConvertible {}
