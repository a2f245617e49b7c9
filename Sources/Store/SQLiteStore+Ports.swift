public import Casework

/// The SQLite store answers every port at once: what the composition root hands to the application layer.
extension SQLiteStore: InspectorateStore {}
