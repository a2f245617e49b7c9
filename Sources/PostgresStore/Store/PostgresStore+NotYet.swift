public import Casework

// A port PostgreSQL does not implement yet throws ``PostgresStore/notAvailable(_:)`` — "… not available on PostgreSQL
// yet (issue 13)" — and never pretends: nothing is read or written. Today every port of ``InspectorateStore`` is
// implemented; a report figure added to SQLite without its PostgreSQL query throws it (``PostgresStore/figureQuery(_:)``).
// `docs/postgres.md` lists what works; the conformance suite runs a port's tests only on the stores that implement it
// (`StoreFactory.ports`).

/// The PostgreSQL store answers every port: what the composition root hands to the application layer.
extension PostgresStore: InspectorateStore {}
