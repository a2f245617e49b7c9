/// The write lock and the journal's head in one round trip (PostgreSQL only; SQLite's writer is in-process and has no
/// round trips to save): `thanhtraWriteLock(lockKey, timeout)` sets `lock_timeout` for the wait, takes the
/// transaction-level advisory lock every write takes (``PostgresStore/lockKey``), clears the timeout, and returns the
/// journal's last entry (no row for an empty journal).
///
/// It is `VOLATILE` on purpose: at READ COMMITTED each statement of a volatile function reads a fresh snapshot, so the
/// head it returns is read after the lock is held and includes the entry of the writer it waited for. The same
/// select written as one statement would read the snapshot taken before the wait. Callers:
/// ``PostgresStore/takeWriteLock(_:timeout:readingJournalHead:)``.
extension PostgresSchema {
    static let createWriteLockFunction = [
        """
        CREATE FUNCTION thanhtraWriteLock(lockKey BIGINT, timeout TEXT)
        RETURNS TABLE (headSequence BIGINT, headHash TEXT)
        LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
            PERFORM set_config('lock_timeout', timeout, true);
            PERFORM pg_advisory_xact_lock(lockKey);
            PERFORM set_config('lock_timeout', '0', true);
            RETURN QUERY SELECT j.sequence, j.hash FROM journal j ORDER BY j.sequence DESC LIMIT 1;
        END
        $$
        """
    ]
}
