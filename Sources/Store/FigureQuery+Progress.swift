import Casework

/// The inspections still in progress at the period's end (đang thực hiện) and the subjects they cover, and the
/// distinct violators of the period's penalty decisions.
extension FigureQuery {
    /// Selects `columns` of the inspections `i` in progress on `day` (a parameter, `:from` or `:before`): decided
    /// before it and not concluded before it, read as a range of `inspectionSpan`'s primary key `(endOn, decidedOn,
    /// inspectionId)` (migration `2026-12-20-createInspectionSpan`), each inspection then by its key; `CROSS JOIN`
    /// keeps that order.
    /// `columns` and `condition` read `i` only (a condition on mode or category written with SQLite's unary `+`, which
    /// keeps the planner on the span).
    static func selectInProgress(_ columns: String, on day: String, where condition: String = "1 = 1") -> String {
        """
        SELECT \(columns) FROM inspectionSpan sp CROSS JOIN inspection i
        WHERE sp.endOn >= \(day) AND sp.decidedOn < \(day) AND i.id = sp.inspectionId AND \(condition)\(scope("i.id"))
        """
    }

    /// The queries of `inspections.ongoing` and `inspections.ongoing_subjects`: the inspections in progress at the
    /// period's end (``selectInProgress(_:on:where:)`` on `:before`). `inspections.ongoing` reads its value from
    /// `inspectionDailyChange`, as `inspections.carried_over` does (the same stock, at the period's end instead of its
    /// start); the subjects are counted from the inspections.
    static let progressFigures: [String: FigureQuery] = [
        Figure.ongoing: FigureQuery(
            kind: .inspection, sql: selectInProgress(inspectionColumns, on: ":before"),
            valueSQL: inProgress(before: ":before")),
        // One member per subject: the first inspection (lowest ID) in progress at the end that covers it.
        Figure.ongoingSubjects: FigureQuery(
            kind: .inspection,
            sql: """
                SELECT MIN(i.id) AS id, 1 AS value, MIN(b.name) AS label
                FROM inspectionSpan sp CROSS JOIN inspection i CROSS JOIN inspectionSubject s CROSS JOIN subject b
                WHERE sp.endOn >= :before AND sp.decidedOn < :before AND i.id = sp.inspectionId
                    AND s.inspectionId = i.id AND b.id = s.subjectId\(scope("i.id"))
                GROUP BY s.subjectId
                """,
            countSQL: """
                SELECT COUNT(DISTINCT s.subjectId)
                FROM inspectionSpan sp CROSS JOIN inspection i CROSS JOIN inspectionSubject s
                WHERE sp.endOn >= :before AND sp.decidedOn < :before AND i.id = sp.inspectionId
                    AND s.inspectionId = i.id\(scope("i.id"))
                """),
    ]

    /// The queries of `penalty.violators_organizations` and `penalty.violators_persons`.
    static let violatorFigures: [String: FigureQuery] = [
        Figure.violatorsOrganizations: violators(kind: FormKind.organizations),
        Figure.violatorsPersons: violators(kind: FormKind.individuals),
    ]

    /// The subjects of the period's rows of `penaltyViolatorDay` for each violator figure, one row per subject and
    /// day, which ``SQLiteStore/figures(for:)`` counts once each in memory: the same number as the figure's
    /// `COUNT(DISTINCT subjectId)` (``violators(kind:)``'s value), for about half the work at 10M cases — SQLite
    /// builds a temporary B-tree for the distinct count (a month of 96 000 rows: 340 M instructions against 122 M
    /// for the rows alone; docs/performance.md, "Figure 3 at 10M cases").
    static let violatorSubjects: [(figure: String, sql: String)] = [
        (Figure.violatorsOrganizations, violatorSubjectsSQL(kind: FormKind.organizations)),
        (Figure.violatorsPersons, violatorSubjectsSQL(kind: FormKind.individuals)),
    ]

    private static func violatorSubjectsSQL(kind violatorKind: String) -> String {
        """
        SELECT subjectId FROM penaltyViolatorDay
        WHERE violatorKind \(violatorKind) AND decidedOn >= :from AND decidedOn < :before AND decisions > 0
        """
    }

    /// One member per violator of `violatorKind` with a decision dated in the period on a case not cancelled: its
    /// first such case (lowest ID), labelled with the subject's name. `CROSS JOIN` keeps the decisions' date index
    /// first: the planner would otherwise read the cases in subject order to group them. The value is the number of
    /// distinct subjects of the period's rows of `penaltyViolatorDay` (see
    /// ``SQLiteStore/createPenaltyViolatorRollups(_:)``), a range of its primary key.
    private static func violators(kind violatorKind: String) -> FigureQuery {
        FigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT MIN(c.id) AS id, 1 AS value, MIN(b.name) AS label
                FROM penaltyDecision p CROSS JOIN penaltyCase c CROSS JOIN subject b
                WHERE c.id = p.caseId AND b.id = c.subjectId AND p.decidedOn >= :from AND p.decidedOn < :before
                    AND c.cancelledOn IS NULL\(caseScope("c.id"))
                    AND c.violatorKind \(violatorKind)
                GROUP BY c.subjectId
                """,
            valueSQL: """
                SELECT COUNT(DISTINCT subjectId) FROM penaltyViolatorDay
                WHERE violatorKind \(violatorKind) AND decidedOn >= :from AND decidedOn < :before AND decisions > 0
                """)
    }
}
