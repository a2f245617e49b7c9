import Casework
import Foundation

/// The figures of issue 16's second slice on PostgreSQL, with SQLite's definitions (`Sources/Store/FigureQuery+
/// Handling.swift`, `+FollowUpStock.swift`, `+Progress.swift`, where each is documented) in PostgreSQL's dialect:
/// the handling classes, the follow-up stock at the period's end, the inspections in progress and the violators
/// penalized. Each is the sum over its members here, but the violators and the inspections in progress, read from
/// their rollups as on SQLite; a whole store's follow-up stock is read in one statement from its rollup instead
/// (``followUpStock``, `PostgresFigureQuery+FollowUpStock.swift`), equal to these sums.
extension PostgresFigureQuery {
    // MARK: Handling classes

    /// The handling-class figures and `transfer.persons_accepted`.
    static let handlingFigures: [String: PostgresFigureQuery] = [
        Figure.reviewCollectivesRecommended: handling(.review, "collectives"),
        Figure.reviewPersonsRecommended: handling(.review, "persons"),
        Figure.disciplineCollectivesRecommended: handling(.discipline, "collectives"),
        Figure.disciplinePersonsRecommended: handling(.discipline, "persons"),
        Figure.administrativeCollectivesRecommended: handling(.administrative, "collectives"),
        Figure.administrativePersonsRecommended: handling(.administrative, "persons"),
        Figure.transferPersonsAccepted: followUps(.transfer, "persons"),
    ]

    /// Handling recommendations of class `handling` of inspections concluded in the period, valued at `column`; one
    /// without a class (recorded before the classes) counts as administrative.
    static func handling(_ handling: Recommendation.Handling, _ column: String) -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .recommendation,
            sql: """
                SELECT r.id AS id, r.\(column) AS value, r.description AS label
                FROM recommendation r \(joiningInspection(on: "r.inspectionId"))
                LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
                WHERE \(concludedCondition) AND r.kind = 'handling'
                    AND COALESCE(h.handling, '\(Recommendation.Handling.administrative.rawValue)') = '\(handling.rawValue)'
                    AND r.\(column) > 0\(scope("i.id"))
                """)
    }

    // MARK: Follow-up stock

    /// The follow-up stock figures at the period's end.
    static let followUpStockFigures: [String: PostgresFigureQuery] = [
        Figure.followUpConclusions: PostgresFigureQuery(
            kind: .inspection, sql: selectInspections(inspectionColumns, where: toImplement)),
        Figure.followUpConclusionsDone: PostgresFigureQuery(
            kind: .inspection,
            sql: selectInspections(inspectionColumns, where: "\(toImplement) AND \(implemented(before: ":before"))")),
        Figure.followUpConclusionsPending: PostgresFigureQuery(
            kind: .inspection,
            sql: selectInspections(inspectionColumns, where: "\(toImplement) AND NOT \(implemented(before: ":before"))")),
        Figure.followUpRecoveryDueVND: recommended(.recovery, "amountVND"),
        Figure.followUpRecoveredVND: done(.recovery, "amountVND"),
        Figure.followUpCollectivesDue: recommended(.handling, "collectives"),
        Figure.followUpCollectivesHandled: done(.handling, "collectives"),
        Figure.followUpPersonsDue: recommended(.handling, "persons"),
        Figure.followUpPersonsHandled: done(.handling, "persons"),
        Figure.followUpProsecutedCases: done(.transfer, "cases"),
        Figure.followUpProsecutedPersons: done(.transfer, "persons"),
        Figure.followUpLandDue: recommended(.recovery, "landAreaDM2"),
        Figure.followUpLandRecovered: done(.recovery, "landAreaDM2"),
        Figure.followUpReviewCollectivesHandled: done(.handling, "collectives", handling: .review),
        Figure.followUpReviewPersonsHandled: done(.handling, "persons", handling: .review),
        Figure.followUpDisciplineCollectivesHandled: done(.handling, "collectives", handling: .discipline),
        Figure.followUpDisciplinePersonsHandled: done(.handling, "persons", handling: .discipline),
        Figure.followUpAdministrativeCollectivesHandled: done(.handling, "collectives", handling: .administrative),
        Figure.followUpAdministrativePersonsHandled: done(.handling, "persons", handling: .administrative),
    ]

    /// Every recommendation of the inspection `i` is done by the follow-ups dated before `bound`.
    static func implemented(before bound: String) -> String {
        """
        NOT EXISTS (SELECT 1 FROM recommendation q WHERE q.inspectionId = i.id AND NOT (
            SELECT COALESCE(SUM(y.amountVND), 0) >= q.amountVND AND COALESCE(SUM(y.landAreaDM2), 0) >= q.landAreaDM2
                AND COALESCE(SUM(y.collectives), 0) >= q.collectives AND COALESCE(SUM(y.persons), 0) >= q.persons
                AND COALESCE(SUM(y.cases), 0) >= q.cases
                AND COALESCE(SUM(g.documents), 0) >= COALESCE((SELECT w.documents FROM recommendationDocuments w
                    WHERE w.recommendationId = q.id), 0)
            FROM followUp y LEFT JOIN followUpDocuments g ON g.followUpId = y.id
            WHERE y.recommendationId = q.id AND y.doneOn < \(bound)))
        """
    }

    /// Concluded before the period's end with at least one recommendation, not implemented at the period's start.
    static let toImplement = """
        i.concludedOn < :before AND EXISTS (SELECT 1 FROM recommendation e WHERE e.inspectionId = i.id) \
        AND NOT \(implemented(before: ":from"))
        """

    /// `sql`, a statement of figure values, with the follow-up stock's two conditions on an inspection `i` —
    /// ``toImplement`` and implemented by the period's end — each computed once, in a materialized `WITH`, instead
    /// of in every figure that names it: the same inspections (each condition reads only `i` and the period), but
    /// PostgreSQL plans and runs the correlated sums once per statement rather than some forty times (planning them
    /// was most of a report's time on the server). Members keep the figures' own SQL. A statement that starts with
    /// its own `WITH` (``valuesStatement(_:)``'s merged sums) keeps its `WITH`s after these two.
    static func sharingStockConditions(_ sql: String) -> String {
        guard sql.contains(toImplement) else { return sql }
        let implementedAtEnd = implemented(before: ":before")
        var text = sql.replacingOccurrences(of: toImplement, with: "(i.id IN (SELECT t.id FROM stockToImplement t))")
            .replacingOccurrences(of: implementedAtEnd, with: "(i.id IN (SELECT t.id FROM stockImplemented t))")
        if text.hasPrefix("WITH ") { text = "," + text.dropFirst("WITH".count) }
        return """
            WITH stockToImplement AS MATERIALIZED (SELECT i.id FROM inspection i WHERE \(toImplement)),
            stockImplemented AS MATERIALIZED (
                SELECT i.id FROM inspection i JOIN stockToImplement t ON t.id = i.id WHERE \(implementedAtEnd))
            \(text)
            """
    }

    /// The recommendations of `kind` of the conclusions to implement, valued at `column`.
    private static func recommended(_ kind: Recommendation.Kind, _ column: String) -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .recommendation,
            sql: """
                SELECT r.id AS id, r.\(column) AS value, r.description AS label
                FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id
                JOIN recommendation r ON r.inspectionId = i.id
                WHERE \(toImplement) AND r.kind = '\(kind.rawValue)' AND r.\(column) > 0\(scope("i.id"))
                """)
    }

    /// The follow-ups dated before the period's end on the recommendations of `kind` of the conclusions to
    /// implement, valued at `column`; with `handling`, only the handling recommendations of that class (one without
    /// a class counts as administrative).
    private static func done(
        _ kind: Recommendation.Kind, _ column: String, handling: Recommendation.Handling? = nil
    ) -> PostgresFigureQuery {
        let join = handling == nil ? "" : " LEFT JOIN recommendationHandling h ON h.recommendationId = r.id"
        let condition = handling.map {
            " AND COALESCE(h.handling, '\(Recommendation.Handling.administrative.rawValue)') = '\($0.rawValue)'"
        } ?? ""
        return PostgresFigureQuery(
            kind: .followUp,
            sql: """
                SELECT x.id AS id, x.\(column) AS value, x.doneOn::text || ' ' || r.description AS label
                FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id
                JOIN recommendation r ON r.inspectionId = i.id JOIN followUp x ON x.recommendationId = r.id\(join)
                WHERE \(toImplement) AND r.kind = '\(kind.rawValue)'\(condition) AND x.doneOn < :before
                    AND x.\(column) > 0\(scope("i.id"))
                """)
    }

    // MARK: In progress, violators

    /// Selects `columns` of the inspections `i` in progress on `day` (`:from` or `:before`): decided before it and
    /// not concluded before it, a range of `inspectionSpan`'s primary key `(endOn, decidedOn, inspectionId)` (migration
    /// `2026-12-20-createInspectionSpan`), each inspection then looked up by its key (`LATERAL`, kept by `OFFSET 0`).
    /// `columns` and `condition` read `i`'s `id`, `mode`, `category`, `level`, `field` and `content` only.
    ///
    /// PostgreSQL estimates the range at several times its rows (two ranges on columns it takes for independent:
    /// 10 112 for 1 532 at 100 000 cases) and, joining on its own, hashed every inspection and every inspection
    /// subject against it: the scope's subjects in progress took 14–23 ms so and 5–7 by key, the census 8–10 ms and
    /// 4–5 (psql, alternately, 2026-12-07, docs/performance.md). Before the span, with the conclusion's date and the
    /// decision's in two tables, it read every inspection concluded since `day` (or never) and hashed every decision.
    static func selectInProgress(_ columns: String, on day: String, where condition: String = "TRUE") -> String {
        """
        SELECT \(columns) FROM inspectionSpan sp CROSS JOIN LATERAL (
            SELECT i.id, i.mode, i.category, i.level, i.field, i.content FROM inspection i
            WHERE i.id = sp.inspectionId OFFSET 0) i
        WHERE sp.endOn >= \(day) AND sp.decidedOn < \(day) AND \(condition)\(scope("i.id"))
        """
    }

    /// `inspections.ongoing` and `inspections.ongoing_subjects`: the inspections in progress at the period's end.
    /// `inspections.ongoing` reads its value from `inspectionDailyChange`, as `inspections.carried_over` does (the
    /// same stock at the period's start), as on SQLite. The subjects' members start from `inspectionSpan`, so their
    /// tables are not those of the subjects inspected and their count is not merged into that pass
    /// (``valuesStatement(_:)``): a few thousand index entries instead of an `OR` over every inspection.
    static let progressFigures: [String: PostgresFigureQuery] = [
        Figure.ongoing: PostgresFigureQuery(
            kind: .inspection, sql: selectInProgress(inspectionColumns, on: ":before"),
            valueSQL: inProgress(before: ":before")),
        // One member per subject: the first inspection (lowest ID) in progress at the end that covers it.
        Figure.ongoingSubjects: PostgresFigureQuery(
            kind: .inspection,
            sql: """
                SELECT MIN(i.id) AS id, 1 AS value, MIN(b.name COLLATE "C") AS label
                FROM inspectionSpan sp CROSS JOIN LATERAL (
                    SELECT i.id, i.category FROM inspection i WHERE i.id = sp.inspectionId OFFSET 0) i
                JOIN inspectionSubject s ON s.inspectionId = i.id JOIN subject b ON b.id = s.subjectId
                WHERE sp.endOn >= :before AND sp.decidedOn < :before\(scope("i.id"))
                GROUP BY s.subjectId
                """,
            // The count without joining `subject` for the labels: that join hashed or sorted the whole subject table
            // (20 000 rows at 1 000 000 cases: 10.6 ms of the period's statement and 11 ms of the scopes', `EXPLAIN
            // ANALYZE`, 2026-12-08), where the count needs only the inspections' subjects.
            countSQL: """
                SELECT COUNT(DISTINCT s.subjectId)::bigint
                FROM inspectionSpan sp CROSS JOIN LATERAL (
                    SELECT i.id, i.category FROM inspection i WHERE i.id = sp.inspectionId OFFSET 0) i
                JOIN inspectionSubject s ON s.inspectionId = i.id
                WHERE sp.endOn >= :before AND sp.decidedOn < :before\(scope("i.id"))
                """),
    ]

    /// `penalty.violators_organizations` and `penalty.violators_persons`.
    static let violatorFigures: [String: PostgresFigureQuery] = [
        Figure.violatorsOrganizations: violators(kind: FormKind.organizations),
        Figure.violatorsPersons: violators(kind: FormKind.individuals),
    ]

    /// One member per violator of `violatorKind` with a decision dated in the period on a case not cancelled: its
    /// first such case, labelled with the subject's name. The value is the number of distinct subjects of the
    /// period's rows of `penaltyViolatorDay` (``PostgresSchema/penaltyViolatorDay``), a range of its primary key.
    private static func violators(kind violatorKind: String) -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT MIN(c.id) AS id, 1 AS value, MIN(b.name COLLATE "C") AS label
                FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId JOIN subject b ON b.id = c.subjectId
                WHERE p.decidedOn >= :from AND p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))
                    AND c.violatorKind \(violatorKind)
                GROUP BY c.subjectId
                """,
            valueSQL: """
                SELECT COUNT(DISTINCT subjectId)::bigint FROM penaltyViolatorDay
                WHERE violatorKind \(violatorKind) AND decidedOn >= :from AND decidedOn < :before AND decisions > 0
                """)
    }
}
