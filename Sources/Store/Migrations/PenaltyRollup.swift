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

        /// The table's name capitalized, for trigger names.
        var name: String { table.prefix(1).uppercased() + table.dropFirst() }

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
    /// `changedOn, outstandingVND, overdueDecisions, overduePayments`.
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
        """
    }

    /// Adds `sign` × the changes of the cases in `rows` to `penaltyDailyChange`, when `condition` holds.
    static func apply(_ rows: Rows, sign: String, when condition: String = "1 = 1") -> String {
        upsert(
            """
            SELECT d.changedOn, \(sign) * d.outstandingVND, \(sign) * d.overdueDecisions, \(sign) * d.overduePayments
            FROM (\(changes(of: rows))) d
            WHERE \(condition)
            """)
    }

    /// Adds the rows of `select` (columns: the day, then the three changes) to `penaltyDailyChange`. (`select` ends
    /// with a `WHERE`: SQLite needs one before `ON CONFLICT` to tell it from a join's `ON`.)
    static func upsert(_ select: String) -> String {
        """
        INSERT INTO penaltyDailyChange (changedOn, outstandingVND, overdueDecisions, overduePayments)
        \(select)
        ON CONFLICT (changedOn) DO UPDATE SET
            outstandingVND = outstandingVND + excluded.outstandingVND,
            overdueDecisions = overdueDecisions + excluded.overdueDecisions,
            overduePayments = overduePayments + excluded.overduePayments;
        """
    }

    /// The trigger after `operation` on `part`'s table: for each case the row belonged to (before) or belongs to
    /// (after), subtract its changes as they were and add them as they are. An INSERT trigger runs only when
    /// ``fastInserts`` has no shortcut for the row (`WHEN NOT …`).
    private static func trigger(_ operation: String, on part: Part) -> String {
        var event = operation
        var statements: [String] = []
        var name = "penaltyDailyChangeAfter\(operation.prefix(1))\(operation.dropFirst().lowercased())On\(part.name)"
        var condition = ""
        func recompute(_ id: String, when condition: String = "1 = 1") {
            statements.append(apply(rows(of: id, previous: part, operation: operation), sign: "-1", when: condition))
            statements.append(apply(rows(of: id, previous: nil, operation: operation), sign: "1", when: condition))
        }
        switch operation {
        case "INSERT":
            recompute("NEW.\(part.key)")
            name = "penaltyDailyChangeAfterOtherInsertOn\(part.name)"
            if let fast = fastInserts.first(where: { $0.table == part.table }) { condition = "WHEN NOT (\(fast.when))" }
        case "DELETE":
            recompute("OLD.\(part.key)")
        default:
            event = "UPDATE OF \(part.columns.joined(separator: ", "))"
            recompute("OLD.\(part.key)")
            recompute("NEW.\(part.key)", when: "NEW.\(part.key) IS NOT OLD.\(part.key)")
        }
        return """
            CREATE TRIGGER \(name) AFTER \(event) ON \(part.table) \(condition)
            BEGIN
            \(statements.joined(separator: "\n"))
            END;
            """
    }

    /// The twelve triggers: after INSERT (a shortcut and the general case), UPDATE and DELETE on each of the three
    /// tables.
    static var triggers: [String] {
        let general = Part.all.flatMap { part in ["INSERT", "UPDATE", "DELETE"].map { trigger($0, on: part) } }
        return fastInserts.map(\.sql) + general
    }
}
