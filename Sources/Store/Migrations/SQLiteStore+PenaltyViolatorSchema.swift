import GRDB

/// The rollups behind the four penalty figures split by violator kind, added for issue 16 and computed from the base
/// tables until now: `penalty.fines_organizations_vnd` and `penalty.fines_individuals_vnd` (additive by day, read
/// from `penaltyDailyFineByKind` summed over the period's days), and `penalty.violators_organizations` and
/// `penalty.violators_persons` (distinct subjects: not additive, read from `penaltyViolatorDay` as the number of
/// distinct subjects among the period's rows of one kind, a range of its primary key — a covering index across
/// `penaltyDecision` and `penaltyCase`, which no index of either table can be).
///
/// TRIGGERs keep both in the statement that changes a row, as for `penaltyDailyFlow` (``PenaltyViolators``, built by
/// ``DailyRollup``): a decision inserted adds its contribution, deleted subtracts it, updated (case, date, fine)
/// subtracts the old and adds the new; a case cancelled, uncancelled, moved to another subject or violator kind
/// subtracts its decision's old contribution and adds the new one. A row of `penaltyViolatorDay` whose decisions all
/// went may stay with `decisions = 0`; the figure counts only rows above zero.
///
/// The SQL of the tables and their triggers is part of the migration `2026-12-11-createPenaltyViolatorRollups`: do
/// not change it; change the rollups in a new migration.
extension SQLiteStore {
    static func createPenaltyViolatorRollups(_ db: Database) throws {
        for rollup in [PenaltyViolators.fines, PenaltyViolators.violators] {
            try rollup.create(db, triggers: PenaltyViolators.triggers(rollup), totals: PenaltyViolators.totals(rollup))
        }
    }
}
