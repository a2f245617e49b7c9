import GRDB

/// The daily rollup behind the nine penalty *flow* figures of a period `[from, before)`: `penalty.cases_opened`,
/// `penalty.decisions` (and `_organizations`, `_individuals`), `penalty.warnings`, `penalty.fines_imposed_vnd`,
/// `penalty.remedial_vnd`, `penalty.fines_collected_vnd` and `penalty.surcharges_collected_vnd`.
///
/// Each is additive by day: a case not cancelled counts once on its `recordMadeOn`; its decision on its `decidedOn`
/// (1, its warning lines, its fine, its remedial amount); each payment on its `paidOn`; a cancelled case in no
/// period, whenever it was cancelled (``PenaltyFlow``). `penaltyDailyFlow` holds, per day, the sum of what every
/// row contributes that day, so a figure is `SUM(column) WHERE countedOn >= :from AND countedOn < :before`, a read
/// of the period's few dozen rows through the primary key, however many cases there are.
///
/// TRIGGERs keep the table up to date in the statement that changes a row, each with one UPSERT: after an INSERT
/// they add the row's contribution (a case's with its decision and payments, if any were written first), after a
/// DELETE they subtract it, after an UPDATE of a column a figure reads (when its value changes) they subtract the
/// old row's and add the new one's. A decision's warnings are its `decisionLine` rows with `isWarning` as they are,
/// so a warning line inserted or deleted after its decision adds or subtracts 1 on the decision's day. Cancelling
/// a case subtracts its own, its decision's and its payments' contributions; undoing a cancellation adds them back.
/// A failed statement or rolled-back transaction rolls the table back too. A day whose contributions cancel out may
/// keep a row of zeros.
///
/// As for `penaltyDailyChange`, `INSERT OR REPLACE` on these tables would delete rows without firing the DELETE
/// triggers; thanhtra never uses it on them. ``rebuildPenaltyDailyFlow(_:)`` recomputes the table from scratch (the
/// migration's backfill).
///
/// The SQL of the table and its triggers (here and in `PenaltyFlow.swift`) is part of the migration
/// `2026-12-01-createPenaltyDailyFlow`: do not change it; change the rollup in a new migration that drops and
/// recreates the triggers.
extension SQLiteStore {
    static func createPenaltyDailyFlow(_ db: Database) throws {
        try PenaltyFlow.rollup.create(db, triggers: PenaltyFlow.triggers(PenaltyFlow.rollup), totals: PenaltyFlow.totals)
    }

    /// Recomputes the table from every case's rows, in one statement.
    static func rebuildPenaltyDailyFlow(_ db: Database) throws {
        try PenaltyFlow.rollup.rebuild(db, totals: PenaltyFlow.totals)
    }
}
