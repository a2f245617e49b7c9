/// The three daily rollups behind the report figures, SQLite's `2026-11-30-createPenaltyDailyChange`,
/// `2026-12-01-createPenaltyDailyFlow` and `2026-12-02-createInspectionDailyChange`: the same tables, columns and
/// meaning (see SQLite's `SQLiteStore+PenaltyRollupSchema.swift`, `+PenaltyFlowSchema.swift` and
/// `+InspectionRollupSchema.swift`), kept by statement-level PL/pgSQL triggers (``PostgresRollup``) that recompute the
/// touched cases or inspections before and after each statement.
///
/// Never edit a shipped rollup's SQL: change it in a new migration that drops and recreates the triggers.
extension PostgresSchema {
    /// Per day, the change of the three penalty figures as of a day: `outstandingVND`, `overdueDecisions`,
    /// `overduePayments` (a figure as of `x` is the sum of the changes on the days up to `x`).
    static let penaltyDailyChange = PostgresRollup(
        table: "penaltyDailyChange", day: "changedOn",
        columns: ["outstandingVND", "overdueDecisions", "overduePayments"],
        parts: [
            .init(table: "penaltyCase", key: "id", columns: ["id", "openedOn", "decisionDueOn", "cancelledOn"]),
            .init(
                table: "penaltyDecision", key: "caseId",
                columns: ["caseId", "decidedOn", "totalFineVND", "paymentDueOn"]),
            .init(table: "payment", key: "caseId", columns: ["caseId", "paidOn", "amountVND"]),
        ],
        changes: { rows in
            let cases = rows["penaltyCase"], decisions = rows["penaltyDecision"], payments = rows["payment"]
            // The days a case's figures can change: the opening, the day after the decision deadline, the
            // decision, the day after the payment deadline, the payments; on each, the value as of that day less
            // the value as of the day before (SQLite's `PenaltyRollup.changes(of:)`).
            return """
                SELECT x.day AS changedOn,
                    CASE WHEN k.decidedOn <= x.day THEN GREATEST(0, k.fine - x.paidThrough) ELSE 0 END
                        - CASE WHEN k.decidedOn < x.day THEN GREATEST(0, k.fine - x.paidBefore) ELSE 0 END
                        AS outstandingVND,
                    CASE WHEN k.dueNext <= x.day AND k.openedOn <= x.day
                            AND (k.decidedOn IS NULL OR k.decidedOn > x.day) THEN 1 ELSE 0 END
                        - CASE WHEN k.dueNext < x.day AND k.openedOn < x.day
                            AND (k.decidedOn IS NULL OR k.decidedOn >= x.day) THEN 1 ELSE 0 END AS overdueDecisions,
                    CASE WHEN k.paymentNext <= x.day AND k.decidedOn <= x.day AND k.fine > x.paidThrough THEN 1 ELSE 0 END
                        - CASE WHEN k.paymentNext < x.day AND k.decidedOn < x.day AND k.fine > x.paidBefore THEN 1 ELSE 0 END
                        AS overduePayments
                FROM (
                    SELECT e.caseId AS caseId, e.day AS day,
                        COALESCE(SUM(CASE WHEN y.paidOn <= e.day THEN y.amountVND END), 0)::bigint AS paidThrough,
                        COALESCE(SUM(CASE WHEN y.paidOn < e.day THEN y.amountVND END), 0)::bigint AS paidBefore
                    FROM (
                        SELECT ec.id AS caseId, ec.openedOn AS day FROM \(cases) ec
                        UNION SELECT ec.id, ec.decisionDueOn + 1 FROM \(cases) ec
                        UNION SELECT ed.caseId, ed.decidedOn FROM \(decisions) ed
                        UNION SELECT ed.caseId, ed.paymentDueOn + 1 FROM \(decisions) ed WHERE ed.paymentDueOn IS NOT NULL
                        UNION SELECT ey.caseId, ey.paidOn FROM \(payments) ey
                    ) e LEFT JOIN \(payments) y ON y.caseId = e.caseId
                    WHERE e.day IS NOT NULL
                    GROUP BY e.caseId, e.day
                ) x JOIN (
                    SELECT c.id AS id, c.openedOn AS openedOn, c.decisionDueOn + 1 AS dueNext,
                        p.decidedOn AS decidedOn, p.totalFineVND AS fine, p.paymentDueOn + 1 AS paymentNext
                    FROM \(cases) c LEFT JOIN \(decisions) p ON p.caseId = c.id
                    WHERE c.cancelledOn IS NULL
                ) k ON k.id = x.caseId
                """
        })

    /// Per day, what the rows dated that day add to the nine penalty flow figures (cases opened on `recordMadeOn`;
    /// decisions, their splits, warning lines, fines and remedial amounts on `decidedOn`; payments on `paidOn`), over
    /// cases not cancelled (SQLite's `PenaltyFlow`).
    static let penaltyDailyFlow = PostgresRollup(
        table: "penaltyDailyFlow", day: "countedOn",
        columns: [
            "casesOpened", "decisions", "decisionsOrganizations", "decisionsIndividuals", "warnings",
            "finesImposedVND", "remedialVND", "finesCollectedVND", "surchargesCollectedVND",
        ],
        parts: [
            .init(table: "penaltyCase", key: "id", columns: ["id", "recordMadeOn", "violatorKind", "cancelledOn"]),
            .init(
                table: "penaltyDecision", key: "caseId",
                columns: ["caseId", "decidedOn", "totalFineVND", "totalRemedialVND"]),
            .init(table: "decisionLine", key: "caseId", columns: ["caseId", "position", "isWarning"]),
            .init(table: "payment", key: "caseId", columns: ["caseId", "paidOn", "amountVND", "surchargeVND"]),
        ],
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
                    (SELECT COUNT(*) FROM \(lines) l WHERE l.caseId = p.caseId AND l.isWarning),
                    p.totalFineVND, p.totalRemedialVND, 0, 0
                FROM \(decisions) p JOIN \(cases) c ON c.id = p.caseId WHERE c.cancelledOn IS NULL
                UNION ALL
                SELECT y.paidOn, 0, 0, 0, 0, 0, 0, 0, y.amountVND, y.surchargeVND
                FROM \(payments) y JOIN \(cases) c ON c.id = y.caseId WHERE c.cancelledOn IS NULL
                """
        })

    /// The inspection modes, each with its pair of columns `<mode>Decided`, `<mode>Left`.
    static let inspectionModes = ["scheduled", "unscheduled", "regular"]

    /// Per day and mode, the decided inspections that enter the period totals (on `decidedOn`) and leave them (on
    /// the later of `decidedOn` and `concludedOn`), and the changes of the on-site and conclusion overdue counts
    /// (SQLite's `InspectionRollup`).
    static let inspectionDailyChange = PostgresRollup(
        table: "inspectionDailyChange", day: "changedOn",
        columns: inspectionModes.flatMap { ["\($0)Decided", "\($0)Left"] } + ["overdueOnsite", "overdueConclusions"],
        parts: [
            .init(
                table: "inspection", key: "id",
                columns: [
                    "id", "mode", "announcedOn", "onsiteEndedOn", "concludedOn", "onsiteDueOn", "conclusionDueOn",
                ]),
            .init(table: "inspectionDecision", key: "inspectionId", columns: ["inspectionId", "decidedOn"]),
        ],
        changes: { rows in
            let onsiteStart = PostgresRollup.latest("i.onsiteDueOn + 1", "i.announcedOn")
            let conclusionStart = PostgresRollup.latest("i.conclusionDueOn + 1", "d.decidedOn")
            func row(_ day: String, _ values: [String: String], _ condition: String) -> String {
                let columns = inspectionModes.flatMap { ["\($0)Decided", "\($0)Left"] } + ["overdueOnsite", "overdueConclusions"]
                let list = columns.map { "\(values[$0] ?? "0") AS \($0)" }.joined(separator: ", ")
                return """
                    SELECT \(day) AS changedOn, \(list)
                    FROM \(rows["inspection"]) i JOIN \(rows["inspectionDecision"]) d ON d.inspectionId = i.id
                    WHERE \(condition)
                    """
            }
            func byMode(_ suffix: String) -> [String: String] {
                Dictionary(uniqueKeysWithValues: inspectionModes.map {
                    ("\($0)\(suffix)", "CASE WHEN i.mode = '\($0)' THEN 1 ELSE 0 END")
                })
            }
            return [
                row("d.decidedOn", byMode("Decided"), "TRUE"),
                row("GREATEST(d.decidedOn, i.concludedOn)", byMode("Left"), "i.concludedOn IS NOT NULL"),
                row(
                    onsiteStart, ["overdueOnsite": "1"],
                    "(\(onsiteStart)) IS NOT NULL AND (i.onsiteEndedOn IS NULL OR (\(onsiteStart)) < i.onsiteEndedOn)"),
                row("i.onsiteEndedOn", ["overdueOnsite": "-1"], "(\(onsiteStart)) < i.onsiteEndedOn"),
                row(
                    conclusionStart, ["overdueConclusions": "1"],
                    "(\(conclusionStart)) IS NOT NULL AND (i.concludedOn IS NULL OR (\(conclusionStart)) < i.concludedOn)"),
                row("i.concludedOn", ["overdueConclusions": "-1"], "(\(conclusionStart)) < i.concludedOn"),
            ].joined(separator: "\nUNION ALL\n")
        })

    /// Every rollup as its triggers keep it now, in the order of their migrations (the penalty flow as
    /// `2026-12-15-countFlowWarningsByJoin` made it again).
    static let rollups = [
        penaltyDailyChange, penaltyDailyFlowByJoin, inspectionDailyChange, followUpStockChange, penaltyDailyFineByKind,
        penaltyViolatorDay, inspectionCategoryChange,
    ]
}
