import Casework
import PostgresNIO

/// A read split over two connections that see one snapshot: PostgreSQL plans and runs a statement on one backend
/// process, so a read of several large statements (a report's period and its scopes) finishes sooner when two
/// backends take a share each, and the two shares still read one state of the database, as one transaction would.
extension PostgresStore {
    /// `first` and `second` on one snapshot, at once when the pool can lend a second connection: `first` in a
    /// REPEATABLE READ READ ONLY transaction on the caller's connection, which exports its snapshot
    /// (`pg_export_snapshot()`), `second` on a spare connection in a transaction that imports it (`SET TRANSACTION
    /// SNAPSHOT`, ``PGSnapshotPartner``). Without a spare connection (a pool of one, every other connection held, or
    /// the server refusing another), `second` runs after `first` in the caller's transaction: the same snapshot, the
    /// same values. Inside an atomic batch both run in the batch's transaction, as ``read(_:)``.
    ///
    /// Both transactions end whatever happens (COMMIT when both halves succeed, ROLLBACK otherwise), and this returns
    /// only after the partner's thread has ended its transaction and returned its connection.
    ///
    /// - Parameter betweenStarts: for tests, run after the caller's transaction has exported its snapshot and before
    ///   the partner imports it (a write committed there is seen by neither half).
    /// - Throws: ``StoreError`` for database failures; errors thrown by `first` or `second` pass through unchanged
    ///   (`first`'s when both fail).
    func readSharingSnapshot<First, Second>(
        _ first: (PGSession) throws -> First, _ second: @escaping (PGSession) throws -> Second,
        betweenStarts: (() throws -> Void)? = nil
    ) throws -> (First, Second) {
        if let joined { return try translating { (try first(joined.session), try second(joined.session)) } }
        guard connection.size >= 2 else {
            return try read { session in (try first(session), try second(session)) }
        }
        return try connection.withSession { session in
            try translating {
                let partner = PGSnapshotPartner(pool: connection, body: second)
                partner.start()
                // On every way out: the partner released (it ends its transaction), and waited for.
                defer {
                    partner.publish(nil)
                    _ = partner.outcome()
                }
                try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                do {
                    let identifier = try session.row("SELECT pg_export_snapshot() AS snapshot")?.string("snapshot")
                    try betweenStarts?()
                    partner.publish(identifier)
                    let mine = try first(session)
                    let theirs: Second
                    switch partner.outcome() {
                    case .unavailable: theirs = try second(session)
                    case .done(let result): theirs = try result.get()
                    }
                    try session.execute("COMMIT")
                    return (mine, theirs)
                } catch {
                    partner.publish(nil)
                    _ = partner.outcome()
                    _ = try? session.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }
}
