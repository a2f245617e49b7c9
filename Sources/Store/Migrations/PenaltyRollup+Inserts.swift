/// Shortcuts for the INSERTs that bulk loads make by the million: a new case, its decision, its payments in date
/// order. When the case's other rows are as Casework writes them, what the row changes is a few known days, written
/// with one statement instead of recomputing the case twice (a few µs instead of about 60). Each shortcut is a
/// trigger `WHEN` its condition holds; the general trigger runs `WHEN NOT` (see ``PenaltyRollup/triggers``), so
/// every row takes exactly one of the two, and both give the same result (`PenaltyRollupTests` checks it).
///
/// Notation as in ``SQLiteStore/createPenaltyDailyChange(_:)``: `dueNext` = `decisionDueOn + 1`, `paymentNext` =
/// `paymentDueOn + 1`; a cancelled case (or a row without its case) changes nothing, which the statements' join on
/// a case not cancelled gives.
extension PenaltyRollup {
    /// One shortcut trigger.
    struct FastInsert {
        var table: String
        /// When the shortcut is exact.
        var when: String
        var sql: String
    }

    private static func fastInsert(on table: String, when condition: String, _ select: String) -> FastInsert {
        let name = "penaltyDailyChangeAfterInsertOn\(table.prefix(1).uppercased())\(table.dropFirst())"
        return FastInsert(
            table: table, when: condition,
            sql: """
                CREATE TRIGGER \(name) AFTER INSERT ON \(table) WHEN \(condition)
                BEGIN
                \(upsert(select))
                END;
                """)
    }

    /// The case `NEW.caseId`, if it is not cancelled, as `c`.
    private static let liveCase = "penaltyCase c WHERE c.id = NEW.caseId AND c.cancelledOn IS NULL"

    static let fastInserts: [FastInsert] = [
        // A case without decision or payments (always, with foreign keys on): decisions overdue from
        // max(dueNext, openedOn) on.
        fastInsert(
            on: "penaltyCase",
            when: """
                NOT EXISTS (SELECT 1 FROM penaltyDecision WHERE caseId = NEW.id)
                AND NOT EXISTS (SELECT 1 FROM payment WHERE caseId = NEW.id)
                """,
            """
            SELECT max(date(NEW.decisionDueOn, '+1 day'), NEW.openedOn), 0, 1, 0
            WHERE NEW.cancelledOn IS NULL AND date(NEW.decisionDueOn, '+1 day') IS NOT NULL
            """),
        // A decision on a case without payments: the fine is owed from decidedOn; the case stops being overdue for
        // its decision from max(dueNext, openedOn, decidedOn) (the days it was counted before the decision stay);
        // a fine is overdue from max(paymentNext, decidedOn) when it is delivered.
        fastInsert(
            on: "penaltyDecision",
            when: "NOT EXISTS (SELECT 1 FROM payment WHERE caseId = NEW.caseId)",
            """
            SELECT NEW.decidedOn, NEW.totalFineVND, 0, 0 FROM \(liveCase) AND NEW.totalFineVND <> 0
            UNION ALL
            SELECT max(date(c.decisionDueOn, '+1 day'), c.openedOn, NEW.decidedOn), 0, -1, 0 FROM \(liveCase)
                AND date(c.decisionDueOn, '+1 day') IS NOT NULL
            UNION ALL
            SELECT max(date(NEW.paymentDueOn, '+1 day'), NEW.decidedOn), 0, 0, 1 FROM \(liveCase)
                AND NEW.totalFineVND > 0 AND date(NEW.paymentDueOn, '+1 day') IS NOT NULL
            """),
        // A payment on or after the decision and every earlier payment, within the fine: from paidOn on, the case
        // owes `amountVND` less; if it now owes nothing, it leaves the payments overdue from
        // max(paymentNext, paidOn). Before paidOn nothing changes, as no other payment is later.
        fastInsert(
            on: "payment",
            when: """
                NOT EXISTS (SELECT 1 FROM \(liveCase))
                OR EXISTS (SELECT 1 FROM penaltyDecision p WHERE p.caseId = NEW.caseId AND p.decidedOn <= NEW.paidOn
                    AND p.totalFineVND >= (SELECT SUM(y.amountVND) FROM payment y WHERE y.caseId = NEW.caseId)
                    AND NOT EXISTS (SELECT 1 FROM payment y WHERE y.caseId = NEW.caseId AND y.paidOn > NEW.paidOn))
                """,
            """
            SELECT NEW.paidOn, -NEW.amountVND, 0, 0 FROM \(liveCase) AND NEW.amountVND <> 0
            UNION ALL
            SELECT max(date(p.paymentDueOn, '+1 day'), NEW.paidOn), 0, 0, -1
            FROM penaltyCase c JOIN penaltyDecision p ON p.caseId = c.id
            WHERE c.id = NEW.caseId AND c.cancelledOn IS NULL AND NEW.amountVND > 0
                AND date(p.paymentDueOn, '+1 day') IS NOT NULL
                AND p.totalFineVND = (SELECT SUM(y.amountVND) FROM payment y WHERE y.caseId = NEW.caseId)
            """),
    ]
}
