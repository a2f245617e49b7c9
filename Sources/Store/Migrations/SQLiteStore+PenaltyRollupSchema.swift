import GRDB

/// The daily rollup behind the three "as of the period's end" penalty figures: `penalty.outstanding_vnd`,
/// `overdue.decisions` and `overdue.payments`.
///
/// Each of them is, for every case, a value as of the period's last day `x` (`x` = `:through`, and `< :before` is
/// `<= x`):
///
/// - outstanding `O(x)`: the fine less the payments made on or before `x`, if the case was decided on or before `x`
///   and that is positive; else 0;
/// - decisions overdue `D(x)`: 1 if `decisionDueOn < x`, `openedOn <= x` and the case has no decision dated on or
///   before `x`; else 0;
/// - payments overdue `P(x)`: 1 if the case was decided on or before `x`, `paymentDueOn < x` and the fine less the
///   payments made on or before `x` is positive; else 0;
///
/// and 0 for a cancelled case, whenever it was cancelled. Such a value can change only on a case's *event days*:
/// `openedOn`, `decisionDueOn + 1`, `decidedOn`, `paymentDueOn + 1` and each `paidOn`. `penaltyDailyChange` holds,
/// per day `e`, the sum over all cases of `F(e) − F(e − 1)`, so that a figure as of `x` is the sum of the changes on
/// the days up to `x`: `SUM(…) WHERE changedOn < :before`, a read of a few thousand rows however many cases there
/// are.
///
/// The change of one case on day `e` is computed from its rows as they are (no invariant is assumed: a payment
/// larger than what is owed, or dated before the decision, a cancellation undone, a due date moved any number of
/// times, all give the same values as the per-case queries of ``FigureQuery``). TRIGGERs keep the table up to date
/// in the statement that changes a case: after any INSERT, DELETE or UPDATE (of a column the figures read) of a
/// `penaltyCase`, `penaltyDecision` or `payment` row, they subtract the case's changes computed on its rows *before*
/// the statement (the current rows with the changed row taken out and its old values put back) and add those
/// computed on its rows *after* it (``PenaltyRollup/changes(of:)``, about 60 µs). The INSERTs bulk loads make by the
/// million (a new case; a decision on a case without payments; a payment within the fine, dated on or after the
/// decision and the case's other payments) take a shortcut trigger that writes the few days they change (about
/// 1–2 µs; ``PenaltyRollup/fastInserts``). So the table is always the sum over the cases as they are, whatever
/// order their rows are written in, and a failed statement or rolled-back transaction rolls it back too. A day
/// whose changes cancel out may keep a row of zeros.
///
/// `INSERT OR REPLACE` on these tables would delete rows without firing the DELETE triggers (SQLite fires them
/// only with `recursive_triggers` on); thanhtra never uses it on them. ``rebuildPenaltyDailyChange(_:)`` recomputes
/// the table from scratch (the migration's backfill: about 23 s for 1M cases).
///
/// The SQL of the table and its triggers (here, in `PenaltyRollup.swift` and `PenaltyRollup+Inserts.swift`) is part
/// of the migration `2026-11-30-createPenaltyDailyChange`: do not change it; change the rollup in a new migration
/// that drops and recreates the triggers.
extension SQLiteStore {
    static func createPenaltyDailyChange(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE penaltyDailyChange (
                    changedOn TEXT PRIMARY KEY NOT NULL,
                    outstandingVND INTEGER NOT NULL,
                    overdueDecisions INTEGER NOT NULL,
                    overduePayments INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
        for trigger in PenaltyRollup.triggers { try db.execute(sql: trigger) }
        try rebuildPenaltyDailyChange(db)
    }

    /// Recomputes `penaltyDailyChange` from every case's rows, in one statement.
    static func rebuildPenaltyDailyChange(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM penaltyDailyChange")
        try db.execute(
            sql: """
                INSERT INTO penaltyDailyChange (changedOn, outstandingVND, overdueDecisions, overduePayments)
                \(PenaltyRollup.changes(of: .tables))
                """)
    }
}
