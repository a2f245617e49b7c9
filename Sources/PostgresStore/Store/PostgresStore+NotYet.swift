public import Casework

// The ports PostgreSQL does not implement yet (issue 13). Each method throws
// ``PostgresStore/notAvailable(_:)`` — "… not available on PostgreSQL yet (issue 13)" — and never pretends: nothing is
// read or written. `docs/postgres.md` lists them; the conformance suite does not run their tests on PostgreSQL
// (`StoreFactory.ports`).

/// The PostgreSQL store answers every port (some with "not available yet"): what the composition root hands to the
/// application layer.
extension PostgresStore: InspectorateStore {}
