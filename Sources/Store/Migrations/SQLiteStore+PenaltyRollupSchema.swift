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
/// computed on its rows *after* it. So the table is always the sum over the cases as they are, whatever order
/// their rows are written in, and a rolled-back statement or transaction rolls it back too.
///
/// `INSERT OR REPLACE` on these tables would delete rows without firing the DELETE triggers (SQLite fires them
/// only with `recursive_triggers` on); thanhtra never uses it on them. ``rebuildPenaltyDailyChange(_:)`` recomputes
/// the table from scratch: the migration's backfill, and what a bulk loader that drops the triggers runs after.
///
/// The SQL below is part of the migration `2026-11-30-createPenaltyDailyChange`: do not change it; change the
/// rollup in a new migration that drops and recreates the triggers.
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

/// The SQL of the penalty rollup (see ``SQLiteStore/createPenaltyDailyChange(_:)``).
enum PenaltyRollup {
    /// The rows a case's figures are computed from, each as a table or subquery with these columns: `cases`
    /// (`id, openedOn, decisionDueOn, cancelledOn`), `decisions` (`caseId, decidedOn, totalFineVND,
    /// paymentDueOn`) and `payments` (`caseId, paidOn, amountVND`).
    struct Rows {
        var cases: String
        var decisions: String
        var payments: String

        /// Every row of the three tables.
        static let tables = Rows(cases: "penaltyCase", decisions: "penaltyDecision", payments: "payment")
    }

    /// One of the three tables a case's figures read.
    struct Part {
        var table: String
        /// The column naming the case.
        var key: String
        /// The columns the figures read (for ``Rows``), the key first.
        var columns: [String]

        static let all = [
            Part(table: "penaltyCase", key: "id", columns: ["id", "openedOn", "decisionDueOn", "cancelledOn"]),
            Part(
                table: "penaltyDecision", key: "caseId",
                columns: ["caseId", "decidedOn", "totalFineVND", "paymentDueOn"]),
            Part(table: "payment", key: "caseId", columns: ["caseId", "paidOn", "amountVND"]),
        ]

        /// The rows of case `id` as they are.
        func current(_ id: String) -> String {
            "(SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE \(key) = \(id))"
        }

        /// The rows of case `id` as they were before the trigger's statement changed this table's row: the current
        /// ones without the new row, with the old row.
        func previous(_ id: String, operation: String) -> String {
            let list = columns.joined(separator: ", ")
            let old = "SELECT \(columns.map { "OLD.\($0) AS \($0)" }.joined(separator: ", ")) WHERE OLD.\(key) = \(id)"
            switch operation {
            case "INSERT": return "(SELECT \(list) FROM \(table) WHERE \(key) = \(id) AND rowid <> NEW.rowid)"
            case "DELETE": return "(SELECT \(list) FROM \(table) WHERE \(key) = \(id) UNION ALL \(old))"
            default:
                return "(SELECT \(list) FROM \(table) WHERE \(key) = \(id) AND rowid <> NEW.rowid UNION ALL \(old))"
            }
        }
    }

    /// The rows of case `id`, with `changed`'s as they were before the statement.
    private static func rows(of id: String, previous changed: Part?, operation: String) -> Rows {
        let parts = Part.all.map { part in
            part.table == changed?.table ? part.previous(id, operation: operation) : part.current(id)
        }
        return Rows(cases: parts[0], decisions: parts[1], payments: parts[2])
    }

    /// The days on which the figures of the cases in `rows` change, as columns `caseId, day`: the opening, the day
    /// after the decision deadline, the decision, the day after the payment deadline, the payments.
    private static func eventDays(_ rows: Rows) -> String {
        """
        SELECT id AS caseId, openedOn AS day FROM \(rows.cases)
        UNION SELECT id, date(decisionDueOn, '+1 day') FROM \(rows.cases)
        UNION SELECT caseId, decidedOn FROM \(rows.decisions)
        UNION SELECT caseId, date(paymentDueOn, '+1 day') FROM \(rows.decisions) WHERE paymentDueOn IS NOT NULL
        UNION SELECT caseId, paidOn FROM \(rows.payments)
        """
    }

    /// The changes of the three figures per day over the cases in `rows` (only days where one changes), as columns
    /// `changedOn, outstandingVND, overdueDecisions, overduePayments`, ordered by day.
    ///
    /// For each event day `e` of a case `k`, with `through` = paid on or before `e` and `before` = paid before `e`,
    /// the change is the value as of `e` less the value as of the day before, `e − 1` (where `≤ e − 1` is `< e`,
    /// and `decisionDueOn < e − 1` is `decisionDueOn + 1 < e`).
    static func changes(of rows: Rows) -> String {
        """
        SELECT x.day AS changedOn,
            SUM(CASE WHEN k.decidedOn <= x.day THEN MAX(0, k.fine - x.paidThrough) ELSE 0 END
                - CASE WHEN k.decidedOn < x.day THEN MAX(0, k.fine - x.paidBefore) ELSE 0 END) AS outstandingVND,
            SUM(CASE WHEN k.dueNext <= x.day AND k.openedOn <= x.day
                    AND (k.decidedOn IS NULL OR k.decidedOn > x.day) THEN 1 ELSE 0 END
                - CASE WHEN k.dueNext < x.day AND k.openedOn < x.day
                    AND (k.decidedOn IS NULL OR k.decidedOn >= x.day) THEN 1 ELSE 0 END) AS overdueDecisions,
            SUM(CASE WHEN k.paymentNext <= x.day AND k.decidedOn <= x.day AND k.fine > x.paidThrough THEN 1 ELSE 0 END
                - CASE WHEN k.paymentNext < x.day AND k.decidedOn < x.day AND k.fine > x.paidBefore THEN 1 ELSE 0 END
            ) AS overduePayments
        FROM (
            SELECT e.caseId AS caseId, e.day AS day,
                COALESCE(SUM(CASE WHEN y.paidOn <= e.day THEN y.amountVND END), 0) AS paidThrough,
                COALESCE(SUM(CASE WHEN y.paidOn < e.day THEN y.amountVND END), 0) AS paidBefore
            FROM (\(eventDays(rows))) e LEFT JOIN \(rows.payments) y ON y.caseId = e.caseId
            WHERE e.day IS NOT NULL
            GROUP BY e.caseId, e.day
        ) x JOIN (
            SELECT c.id AS id, c.openedOn AS openedOn, date(c.decisionDueOn, '+1 day') AS dueNext,
                p.decidedOn AS decidedOn, p.totalFineVND AS fine, date(p.paymentDueOn, '+1 day') AS paymentNext
            FROM \(rows.cases) c LEFT JOIN \(rows.decisions) p ON p.caseId = c.id
            WHERE c.cancelledOn IS NULL
        ) k ON k.id = x.caseId
        GROUP BY x.day
        HAVING outstandingVND <> 0 OR overdueDecisions <> 0 OR overduePayments <> 0
        ORDER BY x.day
        """
    }

    /// Adds `sign` × the changes of the cases in `rows` to `penaltyDailyChange`, when `condition` holds.
    private static func apply(_ rows: Rows, sign: String, when condition: String = "1 = 1") -> String {
        """
        INSERT INTO penaltyDailyChange (changedOn, outstandingVND, overdueDecisions, overduePayments)
        SELECT d.changedOn, \(sign) * d.outstandingVND, \(sign) * d.overdueDecisions, \(sign) * d.overduePayments
        FROM (\(changes(of: rows))) d
        WHERE \(condition)
        ON CONFLICT (changedOn) DO UPDATE SET
            outstandingVND = outstandingVND + excluded.outstandingVND,
            overdueDecisions = overdueDecisions + excluded.overdueDecisions,
            overduePayments = overduePayments + excluded.overduePayments;
        """
    }

    /// The trigger after `operation` on `part`'s table: for each case the row belonged to (before) or belongs to
    /// (after), subtract its changes as they were and add them as they are.
    private static func trigger(_ operation: String, on part: Part) -> String {
        var event = operation
        var statements: [String] = []
        func recompute(_ id: String, when condition: String = "1 = 1") {
            statements.append(apply(rows(of: id, previous: part, operation: operation), sign: "-1", when: condition))
            statements.append(apply(rows(of: id, previous: nil, operation: operation), sign: "1", when: condition))
        }
        switch operation {
        case "INSERT":
            recompute("NEW.\(part.key)")
        case "DELETE":
            recompute("OLD.\(part.key)")
        default:
            event = "UPDATE OF \(part.columns.joined(separator: ", "))"
            recompute("OLD.\(part.key)")
            recompute("NEW.\(part.key)", when: "NEW.\(part.key) IS NOT OLD.\(part.key)")
        }
        let verb = ["INSERT": "Insert", "UPDATE": "Update", "DELETE": "Delete"][operation] ?? operation
        let name = "penaltyDailyChangeAfter\(verb)On\(part.table.prefix(1).uppercased())\(part.table.dropFirst())"
        return """
            CREATE TRIGGER \(name) AFTER \(event) ON \(part.table)
            BEGIN
            \(statements.joined(separator: "\n"))
            END;
            """
    }

    /// The nine triggers: after INSERT, UPDATE and DELETE on each of the three tables.
    static var triggers: [String] {
        Part.all.flatMap { part in ["INSERT", "UPDATE", "DELETE"].map { trigger($0, on: part) } }
    }
}
