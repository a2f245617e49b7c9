/// The penalty flow rollup counting a decision's warning lines with a grouped join instead of a correlated subquery:
/// PostgreSQL's own migration `2026-12-15-countFlowWarningsByJoin` (SQLite's row triggers count one decision's lines
/// at a time and need no change).
///
/// ``penaltyDailyFlow``'s `changes` count each decision's warnings with `(SELECT COUNT(*) FROM lines l WHERE
/// l.caseId = p.caseId AND l.isWarning)`. In the statement triggers the lines are a subquery over the transition
/// table (the case's lines before the statement, `… EXCEPT ALL SELECT … FROM newRows`), which PostgreSQL computes
/// again for every decision: a `COPY` of `n` lines took time in `n²` (the bench's loader turned the trigger off; 100 000
/// cases' lines had not loaded after 4 minutes). Here the lines are counted once, grouped by case, and joined to the
/// decisions: the same rows, in time proportional to the statement's rows. The migration drops the trigger functions
/// and makes them again (same names, same triggers); the table's rows do not change.
extension PostgresSchema {
    /// ``penaltyDailyFlow`` with its warnings counted by a grouped join: what the triggers run from
    /// `2026-12-15-countFlowWarningsByJoin` on.
    static let penaltyDailyFlowByJoin = PostgresRollup(
        table: penaltyDailyFlow.table, day: penaltyDailyFlow.day, columns: penaltyDailyFlow.columns,
        parts: penaltyDailyFlow.parts,
        changes: { rows in
            let cases = rows["penaltyCase"], decisions = rows["penaltyDecision"]
            let lines = rows["decisionLine"], payments = rows["payment"]
            return """
                SELECT c.recordMadeOn AS countedOn, 1 AS casesOpened, 0 AS decisions, 0 AS decisionsOrganizations,
                    0 AS decisionsIndividuals, 0::bigint AS warnings, 0::bigint AS finesImposedVND,
                    0::bigint AS remedialVND, 0::bigint AS finesCollectedVND, 0::bigint AS surchargesCollectedVND
                FROM \(cases) c WHERE c.cancelledOn IS NULL
                UNION ALL
                SELECT p.decidedOn, 0, 1, CASE WHEN c.violatorKind \(FormKind.organizations) THEN 1 ELSE 0 END,
                    CASE WHEN c.violatorKind \(FormKind.individuals) THEN 1 ELSE 0 END,
                    COALESCE(w.n, 0), p.totalFineVND, p.totalRemedialVND, 0, 0
                FROM \(decisions) p JOIN \(cases) c ON c.id = p.caseId
                LEFT JOIN (SELECT l.caseId AS caseId, COUNT(*) AS n FROM \(lines) l WHERE l.isWarning GROUP BY l.caseId) w
                    ON w.caseId = p.caseId
                WHERE c.cancelledOn IS NULL
                UNION ALL
                SELECT y.paidOn, 0, 0, 0, 0, 0, 0, 0, y.amountVND, y.surchargeVND
                FROM \(payments) y JOIN \(cases) c ON c.id = y.caseId WHERE c.cancelledOn IS NULL
                """
        })

    /// Migration `2026-12-15-countFlowWarningsByJoin`.
    static let countFlowWarningsByJoin = penaltyDailyFlowByJoin.droppingTriggers + penaltyDailyFlowByJoin.triggers
}
