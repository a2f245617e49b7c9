import Casework

extension FigureQuery {
    // MARK: Building blocks

    /// Inspections that have a decision, as `i` with their decision `d` (for findings and recommendations).
    static let decidedInspections = "inspection i JOIN inspectionDecision d ON d.inspectionId = i.id"

    /// Joins the decided inspection `i` (with its decision `d`) that `column` refers to.
    static func joiningInspection(on column: String) -> String {
        "JOIN inspection i ON i.id = \(column) JOIN inspectionDecision d ON d.inspectionId = i.id"
    }

    /// An inspection as a member.
    static let inspectionColumns = "i.id AS id, 1 AS value, i.content AS label"

    /// Selects `columns` of the decided inspections `i` (decision `d`) meeting `condition`, reading `inspection`
    /// first, through the index on the date `condition` restricts, or with `decisionFirst` `inspectionDecision`
    /// first, through its date. `CROSS JOIN` keeps that order: without statistics SQLite's planner would rather
    /// start from the equality indexes on mode, category or level and read every inspection of one.
    static func selectInspections(_ columns: String, where condition: String, decisionFirst: Bool = false)
        -> String
    {
        let tables =
            decisionFirst
            ? "inspectionDecision d CROSS JOIN inspection i" : "inspection i CROSS JOIN inspectionDecision d"
        return "SELECT \(columns) FROM \(tables) WHERE d.inspectionId = i.id AND \(condition)\(scope("i.id"))"
    }

    /// Decided in the period.
    static let openedCondition = "d.decidedOn >= :from AND d.decidedOn < :before"

    /// Selects `columns` of the period's total inspections meeting `condition`: those carried over (in progress at
    /// its start, ``selectInProgress(_:on:where:)``), then those opened (the two never overlap: decided before
    /// `:from`, or on or after it).
    private static func selectTotal(_ columns: String, where condition: String = "1 = 1") -> String {
        """
        \(selectInProgress(columns, on: ":from", where: condition))
        UNION ALL
        \(selectInspections(columns, where: "\(openedCondition) AND \(condition)", decisionFirst: true))
        """
    }

    /// The period's total inspections meeting `condition`, as members. A condition on mode, category or level is
    /// written with SQLite's unary `+` (`+i.mode = 'regular'`), which keeps the planner off those columns' indexes
    /// and on the dates.
    static func total(where condition: String = "1 = 1") -> FigureQuery {
        FigureQuery(kind: .inspection, sql: selectTotal(inspectionColumns, where: condition))
    }

    /// Decided inspections meeting `condition`, as members.
    static func inspections(where condition: String, decisionFirst: Bool = false) -> FigureQuery {
        FigureQuery(
            kind: .inspection,
            sql: selectInspections(inspectionColumns, where: condition, decisionFirst: decisionFirst))
    }

    /// Concluded in the period.
    static let concludedCondition = "i.concludedOn >= :from AND i.concludedOn < :before"

    /// Findings of inspections concluded in the period whose `column` is not zero, valued at `column`.
    private static func findings(_ column: String) -> FigureQuery {
        FigureQuery(
            kind: .finding,
            sql: """
                SELECT f.id AS id, f.\(column) AS value, f.description AS label
                FROM finding f \(joiningInspection(on: "f.inspectionId"))
                WHERE \(concludedCondition) AND f.\(column) > 0\(scope("f.inspectionId"))
                """)
    }

    /// Findings of inspections concluded in the period on a subject of `subjectKind` (`organization`, `person`)
    /// whose `column` is not zero, valued at `column`.
    private static func findings(_ column: String, subjectKind: String) -> FigureQuery {
        FigureQuery(
            kind: .finding,
            sql: """
                SELECT f.id AS id, f.\(column) AS value, f.description AS label
                FROM finding f \(joiningInspection(on: "f.inspectionId")) JOIN subject b ON b.id = f.subjectId
                WHERE \(concludedCondition) AND f.\(column) > 0 AND +b.kind \(subjectKind)\(scope("f.inspectionId"))
                """)
    }

    /// One member per subject of `subjectKind` (or every kind) that an inspection concluded in the period
    /// inspected: its first such inspection (lowest ID), labelled with the subject's name. The kind is compared as
    /// `+b.kind`, which keeps the planner off the subjects' `(kind, identifier)` index and on the conclusion date.
    private static func subjectsInspected(kind subjectKind: String? = nil) -> FigureQuery {
        let condition = subjectKind.map { " AND +b.kind \($0)" } ?? ""
        return FigureQuery(
            kind: .inspection,
            sql: """
                SELECT MIN(i.id) AS id, 1 AS value, MIN(b.name) AS label
                FROM \(decidedInspections) JOIN inspectionSubject s ON s.inspectionId = i.id
                JOIN subject b ON b.id = s.subjectId
                WHERE \(concludedCondition)\(condition)\(scope("i.id")) GROUP BY s.subjectId
                """,
            countSQL: """
                SELECT COUNT(DISTINCT s.subjectId)
                FROM \(decidedInspections) JOIN inspectionSubject s ON s.inspectionId = i.id
                \(subjectKind == nil ? "" : "JOIN subject b ON b.id = s.subjectId")
                WHERE \(concludedCondition)\(condition)\(scope("i.id"))
                """)
    }

    /// One member per subject of `subjectKind` (or every kind) with a finding in the inspections concluded in the
    /// period: its first finding (lowest ID).
    private static func subjectsInViolation(kind subjectKind: String? = nil) -> FigureQuery {
        let condition = subjectKind.map { " AND +b.kind \($0)" } ?? ""
        return FigureQuery(
            kind: .finding,
            sql: """
                SELECT MIN(f.id) AS id, 1 AS value, MIN(b.name) AS label
                FROM finding f \(joiningInspection(on: "f.inspectionId")) JOIN subject b ON b.id = f.subjectId
                WHERE \(concludedCondition)\(condition)\(scope("f.inspectionId")) GROUP BY f.subjectId
                """,
            countSQL: """
                SELECT COUNT(DISTINCT f.subjectId)
                FROM finding f \(joiningInspection(on: "f.inspectionId"))
                \(subjectKind == nil ? "" : "JOIN subject b ON b.id = f.subjectId")
                WHERE \(concludedCondition)\(condition)\(scope("f.inspectionId"))
                """)
    }

    /// Recommendations of `kind` made by inspections concluded in the period, valued at their `column`.
    static func recommendations(_ kind: Recommendation.Kind, _ column: String) -> FigureQuery {
        FigureQuery(
            kind: .recommendation,
            sql: """
                SELECT r.id AS id, r.\(column) AS value, r.description AS label
                FROM recommendation r \(joiningInspection(on: "r.inspectionId"))
                WHERE \(concludedCondition) AND r.kind = '\(kind.rawValue)' AND r.\(column) > 0\(scope("r.inspectionId"))
                """)
    }

    /// Follow-ups dated in the period on recommendations of `kind`, valued at their `column`.
    static func followUps(_ kind: Recommendation.Kind, _ column: String) -> FigureQuery {
        FigureQuery(
            kind: .followUp,
            sql: """
                SELECT x.id AS id, x.\(column) AS value, x.doneOn || ' ' || r.description AS label
                FROM followUp x JOIN recommendation r ON r.id = x.recommendationId
                JOIN inspectionDecision d ON d.inspectionId = r.inspectionId
                WHERE x.doneOn >= :from AND x.doneOn < :before AND r.kind = '\(kind.rawValue)' AND x.\(column) > 0\(scope("r.inspectionId"))
                """)
    }

    /// Decisions dated in the period on cases not cancelled, as `p` with their case `c`; `value` is SQL.
    static func decisions(value: String, where condition: String = "1 = 1") -> FigureQuery {
        FigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT c.id AS id, \(value) AS value, c.recordNumber AS label
                FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                WHERE p.decidedOn >= :from AND p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id")) AND \(condition)
                """)
    }

    /// Payments dated in the period on cases not cancelled, valued at their `column`. A payment has no ID of its
    /// own: its member's ID is its case's, and the label names the receipt.
    private static func payments(_ column: String) -> FigureQuery {
        FigureQuery(
            kind: .payment,
            sql: """
                SELECT y.caseId AS id, y.\(column) AS value, c.recordNumber || ' ' || y.receipt AS label
                FROM payment y JOIN penaltyCase c ON c.id = y.caseId
                WHERE y.paidOn >= :from AND y.paidOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id")) AND y.\(column) > 0
                """)
    }

    /// What a decision's case still owes at the period's end: its total fine less the payments made before
    /// `:before`, as SQL on `p`.
    private static let owedAtEnd = """
        p.totalFineVND - COALESCE((SELECT SUM(y.amountVND) FROM payment y
            WHERE y.caseId = p.caseId AND y.paidOn < :before), 0)
        """

    /// The value of an "as of the period's end" penalty figure: the sum of its daily changes up to the period's
    /// last day, from `penaltyDailyChange` (see ``SQLiteStore/createPenaltyDailyChange(_:)``).
    private static func dailyChangeTotal(_ column: String) -> String {
        "SELECT COALESCE(SUM(\(column)), 0) FROM penaltyDailyChange WHERE changedOn < :before"
    }

    /// The value of a penalty flow figure: the sum of its daily contributions over the period, from
    /// `penaltyDailyFlow` (see ``SQLiteStore/createPenaltyDailyFlow(_:)``).
    private static func dailyFlowTotal(_ column: String) -> String {
        "SELECT COALESCE(SUM(\(column)), 0) FROM penaltyDailyFlow WHERE countedOn >= :from AND countedOn < :before"
    }

    /// `query` with its value read from `inspectionDailyChange` by `valueSQL` (see
    /// ``SQLiteStore/createInspectionDailyChange(_:)``).
    private static func rolledUp(_ query: FigureQuery, _ valueSQL: String) -> FigureQuery {
        var query = query
        query.valueSQL = valueSQL
        return query
    }

    /// The value of a period total over the modes `modes`, from `inspectionDailyChange`: the inspections that entered
    /// (were decided) before `:before`, less those that left (were concluded, not before their decision) before
    /// `:from`.
    private static func totalChange(_ modes: [String] = InspectionRollup.modes) -> String {
        let entered = modes.map { "\($0)Decided" }.joined(separator: " + ")
        let left = modes.map { "\($0)Left" }.joined(separator: " + ")
        return """
            SELECT COALESCE(SUM(\(entered)) - SUM(CASE WHEN changedOn < :from THEN \(left) ELSE 0 END), 0)
            FROM inspectionDailyChange WHERE changedOn < :before
            """
    }

    /// The number of inspections in progress on the day before `bound` (`:from` or `:before`): decided before it
    /// and not concluded before it, from `inspectionDailyChange` (those that entered before `bound` less those that
    /// left before it). With `:from` it is `inspections.carried_over`, with `:before` `inspections.ongoing`.
    static func inProgress(before bound: String) -> String {
        """
        SELECT COALESCE(SUM(\(InspectionRollup.allModes("Decided")) - (\(InspectionRollup.allModes("Left")))), 0)
        FROM inspectionDailyChange WHERE changedOn < \(bound)
        """
    }

    /// The value of an "as of the period's end" inspection figure: the sum of `column`'s daily changes up to the
    /// period's last day, from `inspectionDailyChange`.
    private static func inspectionChangeTotal(_ column: String) -> String {
        "SELECT COALESCE(SUM(\(column)), 0) FROM inspectionDailyChange WHERE changedOn < :before"
    }

    /// `query` with its value read from `penaltyDailyFineByKind`'s `column`, summed over the period's days (see
    /// ``SQLiteStore/createPenaltyViolatorRollups(_:)``).
    private static func finesByKind(_ query: FigureQuery, _ column: String) -> FigureQuery {
        var query = query
        query.valueSQL =
            "SELECT COALESCE(SUM(\(column)), 0) FROM penaltyDailyFineByKind WHERE countedOn >= :from AND countedOn < :before"
        return query
    }

    /// `query` with its value read from `penaltyDailyFlow`'s `column`.
    private static func flow(_ query: FigureQuery, _ column: String) -> FigureQuery {
        var query = query
        query.valueSQL = dailyFlowTotal(column)
        return query
    }

    // MARK: The figures

    /// The query of each fixed figure in ``Figure/all``: the ones below, and those of the published figures added
    /// later, each kept beside its concern (``handlingFigures``, ``followUpStockFigures``, ``progressFigures``,
    /// ``violatorFigures``, ``policyFigures``, ``sanctionFigures``).
    static let all: [String: FigureQuery] = base.merging(handlingFigures) { _, added in added }
        .merging(followUpStockFigures) { _, added in added }
        .merging(progressFigures) { _, added in added }
        .merging(violatorFigures) { _, added in added }
        .merging(policyFigures) { _, added in added }
        .merging(sanctionFigures) { _, added in added }

    /// The queries of the figures the forms had from the start.
    private static let base: [String: FigureQuery] = [
        Figure.carriedOver: rolledUp(
            FigureQuery(kind: .inspection, sql: selectInProgress(inspectionColumns, on: ":from")),
            inProgress(before: ":from")),
        Figure.opened: rolledUp(
            inspections(where: openedCondition, decisionFirst: true),
            """
            SELECT COALESCE(SUM(\(InspectionRollup.allModes("Decided"))), 0)
            FROM inspectionDailyChange WHERE changedOn >= :from AND changedOn < :before
            """),
        Figure.total: rolledUp(total(), totalChange()),
        Figure.scheduled: rolledUp(total(where: "+i.mode = 'scheduled'"), totalChange(["scheduled"])),
        Figure.unscheduled: rolledUp(total(where: "+i.mode = 'unscheduled'"), totalChange(["unscheduled"])),
        Figure.regular: rolledUp(total(where: "+i.mode = 'regular'"), totalChange(["regular"])),
        Figure.onsiteEnded: inspections(where: "i.onsiteEndedOn >= :from AND i.onsiteEndedOn < :before"),
        Figure.concluded: inspections(where: concludedCondition),
        // One member per subject: the first inspection (lowest ID) concluded in the period that inspected it.
        Figure.subjectsInspected: subjectsInspected(),
        Figure.organizationsInspected: subjectsInspected(kind: FormKind.organizations),
        Figure.personsInspected: subjectsInspected(kind: FormKind.individuals),
        // One member per subject: its first finding (lowest ID) in the inspections concluded in the period.
        Figure.subjectsInViolation: subjectsInViolation(),
        Figure.organizationsInViolation: subjectsInViolation(kind: FormKind.organizations),
        Figure.personsInViolation: subjectsInViolation(kind: FormKind.individuals),
        Figure.violationsVND: findings("amountVND"),
        Figure.violationsOrganizationsVND: findings("amountVND", subjectKind: FormKind.organizations),
        Figure.violationsPersonsVND: findings("amountVND", subjectKind: FormKind.individuals),
        Figure.violationsLand: findings("landAreaDM2"),
        Figure.recoveryRecommendedVND: recommendations(.recovery, "amountVND"),
        Figure.recoveryRecommendedLand: recommendations(.recovery, "landAreaDM2"),
        Figure.otherFinancialVND: recommendations(.otherFinancial, "amountVND"),
        Figure.collectivesRecommended: recommendations(.handling, "collectives"),
        Figure.personsRecommended: recommendations(.handling, "persons"),
        Figure.transferCases: recommendations(.transfer, "cases"),
        Figure.transferPersons: recommendations(.transfer, "persons"),
        Figure.recoveredVND: followUps(.recovery, "amountVND"),
        Figure.recoveredLand: followUps(.recovery, "landAreaDM2"),
        Figure.collectivesHandled: followUps(.handling, "collectives"),
        Figure.personsHandled: followUps(.handling, "persons"),
        Figure.transferCasesAccepted: followUps(.transfer, "cases"),
        Figure.penaltyCasesOpened: FigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT c.id AS id, 1 AS value, c.recordNumber AS label FROM penaltyCase c
                WHERE c.recordMadeOn >= :from AND c.recordMadeOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))
                """,
            valueSQL: dailyFlowTotal("casesOpened")),
        Figure.decisions: flow(decisions(value: "1"), "decisions"),
        Figure.decisionsOrganizations: flow(
            decisions(value: "1", where: "c.violatorKind \(FormKind.organizations)"), "decisionsOrganizations"),
        Figure.decisionsIndividuals: flow(
            decisions(value: "1", where: "c.violatorKind \(FormKind.individuals)"), "decisionsIndividuals"),
        Figure.warnings: flow(
            decisions(
                value: "(SELECT COUNT(*) FROM decisionLine l WHERE l.caseId = p.caseId AND l.isWarning)",
                where: "EXISTS (SELECT 1 FROM decisionLine l WHERE l.caseId = p.caseId AND l.isWarning)"),
            "warnings"),
        Figure.finesImposedVND: flow(
            decisions(value: "p.totalFineVND", where: "p.totalFineVND > 0"), "finesImposedVND"),
        // From `penaltyDailyFineByKind` (migration `2026-12-11-createPenaltyViolatorRollups`).
        Figure.finesOrganizationsVND: finesByKind(
            decisions(value: "p.totalFineVND", where: "p.totalFineVND > 0 AND c.violatorKind \(FormKind.organizations)"),
            "finesOrganizationsVND"),
        Figure.finesIndividualsVND: finesByKind(
            decisions(value: "p.totalFineVND", where: "p.totalFineVND > 0 AND c.violatorKind \(FormKind.individuals)"),
            "finesIndividualsVND"),
        Figure.remedialVND: flow(
            decisions(value: "p.totalRemedialVND", where: "p.totalRemedialVND > 0"), "remedialVND"),
        Figure.finesCollectedVND: flow(payments("amountVND"), "finesCollectedVND"),
        Figure.surchargesCollectedVND: flow(payments("surchargeVND"), "surchargesCollectedVND"),
        // As of the period's end: decisions made before it, less payments made before it.
        Figure.outstandingVND: FigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT o.id AS id, o.value AS value, o.label AS label FROM (
                    SELECT c.id AS id, \(owedAtEnd) AS value, c.recordNumber AS label
                    FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                    WHERE p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))) o
                WHERE o.value > 0
                """,
            valueSQL: dailyChangeTotal("outstandingVND")),
        // As of the last day: open then (opened by then, no decision by then), decision due before that day.
        Figure.decisionsOverdue: FigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT c.id AS id, 1 AS value, c.recordNumber AS label
                FROM penaltyCase c LEFT JOIN penaltyDecision p ON p.caseId = c.id
                WHERE c.decisionDueOn < :through AND c.openedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))
                    AND (p.caseId IS NULL OR p.decidedOn >= :before)
                """,
            valueSQL: dailyChangeTotal("overdueDecisions")),
        // As of the last day: decided by then, payment due before that day, something still owed then.
        Figure.paymentsOverdue: FigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT o.id AS id, 1 AS value, o.label AS label FROM (
                    SELECT c.id AS id, c.recordNumber AS label, \(owedAtEnd) AS owed
                    FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                    WHERE p.paymentDueOn < :through AND p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))) o
                WHERE o.owed > 0
                """,
            valueSQL: dailyChangeTotal("overduePayments")),
        // As of the last day: announced by then, on-site not ended by then, on-site due before that day.
        Figure.onsiteOverdue: rolledUp(
            inspections(
                where: """
                    i.onsiteDueOn < :through AND i.announcedOn < :before \
                    AND (i.onsiteEndedOn IS NULL OR i.onsiteEndedOn >= :before)
                    """),
            inspectionChangeTotal("overdueOnsite")),
        // As of the last day: decided by then, conclusion due before that day, not concluded by then.
        Figure.conclusionsOverdue: rolledUp(
            inspections(
                where: """
                    i.conclusionDueOn < :through AND (i.concludedOn IS NULL OR i.concludedOn >= :before) \
                    AND d.decidedOn < :before
                    """),
            inspectionChangeTotal("overdueConclusions")),
    ]
}
