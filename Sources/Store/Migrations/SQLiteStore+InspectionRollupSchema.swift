import GRDB

/// The daily rollup behind the inspection counts `inspections.total`, `.carried_over`, `.opened`, `.scheduled`,
/// `.unscheduled`, `.regular` and the two as-of figures `overdue.onsite` and `overdue.conclusions`.
///
/// A decided inspection (decision `d`) is in a period `[from, before)`'s total when it was carried over
/// (`d.decidedOn < from` and not `concludedOn < from`) or opened (`from <= d.decidedOn < before`), that is
/// `[decidedOn < before] − [decidedOn < from and concludedOn < from]`: it *enters* on `decidedOn` and *leaves* on
/// `max(decidedOn, concludedOn)`, and the total is the inspections entered before `before` less those left before
/// `from`. `inspectionDailyChange` holds, per day and mode, how many enter (`<mode>Decided`) and leave (`<mode>Left`)
/// that day, so
///
/// - total = `SUM(Decided) WHERE changedOn < :before` − `SUM(Left) WHERE changedOn < :from`;
/// - carried over = `SUM(Decided − Left) WHERE changedOn < :from`;
/// - opened = `SUM(Decided) WHERE :from <= changedOn < :before`;
///
/// with `scheduled`, `unscheduled` and `regular` the same over their mode's columns. The overdue counts are as of the
/// period's last day `x = before − 1`: on-site overdue when `onsiteDueOn < x`, `announcedOn <= x` and not
/// `onsiteEndedOn <= x`, i.e. for `x` in `[max(onsiteDueOn + 1, announcedOn), onsiteEndedOn)`; conclusion overdue when
/// `conclusionDueOn < x`, `decidedOn <= x` and not `concludedOn <= x`, i.e. for `x` in
/// `[max(conclusionDueOn + 1, decidedOn), concludedOn)`. Each interval is +1 on its first day and −1 on its end
/// (``InspectionRollup``), and the figure is `SUM(…) WHERE changedOn < :before`. Every read is of the rollup's rows
/// (a few thousand days) through its primary key, however many inspections there are.
///
/// TRIGGERs keep the table up to date in the statement that changes a row, each with one UPSERT: after an INSERT
/// they add the changes of the inspection with its decision (if the other row is there), after a DELETE they
/// subtract them, after an UPDATE of a column the rollup reads (when its value changes) they subtract the old row's
/// and add the new one's. No order or invariant is assumed: a decision written before its inspection, a conclusion
/// dated before the decision, due dates moved any number of times all give the values of the per-inspection queries
/// of ``FigureQuery``. A failed statement or rolled-back transaction rolls the table back too. A day whose changes
/// cancel out may keep a row of zeros.
///
/// As for the penalty rollups, `INSERT OR REPLACE` on these tables would delete rows without firing the DELETE
/// triggers; thanhtra never uses it on them. ``rebuildInspectionDailyChange(_:)`` recomputes the table from scratch
/// (the migration's backfill).
///
/// The SQL of the table and its triggers (here and in `InspectionRollup.swift`) is part of the migration
/// `2026-12-02-createInspectionDailyChange`: do not change it; change the rollup in a new migration that drops and
/// recreates the triggers.
extension SQLiteStore {
    static func createInspectionDailyChange(_ db: Database) throws {
        try InspectionRollup.rollup.create(db, triggers: InspectionRollup.triggers(InspectionRollup.rollup), totals: InspectionRollup.totals)
    }

    /// Recomputes the table from every decided inspection, in one statement.
    static func rebuildInspectionDailyChange(_ db: Database) throws {
        try InspectionRollup.rollup.rebuild(db, totals: InspectionRollup.totals)
    }
}
