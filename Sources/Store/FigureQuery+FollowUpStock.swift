import Casework

/// The follow-up stock at the period's end (theo dõi, đôn đốc thực hiện kết luận thanh tra; legal-vn.md §2.6): the
/// conclusions to implement, implemented and not; the money to recover and recovered; the collectives and persons to
/// handle and handled; the cases and persons prosecuted.
///
/// A conclusion is *to implement* in a period when its inspection was concluded before the period's end, made at
/// least one recommendation, and was not yet implemented at the period's start. It is *implemented* by a day when
/// every one of its recommendations is done by the follow-ups dated before that day: they add up to at least the
/// money, land, collectives, persons, cases and documents (a policy recommendation's, kept in
/// `recommendationDocuments` and `followUpDocuments`) recommended. The money, handling and prosecution figures are those of
/// the conclusions to implement: what they recommended, and what their follow-ups dated before the period's end did
/// (since the conclusion, not only in the period). No rollup: ``followUpStock`` reads the conclusions before the
/// period's end through the conclusion date's index once for all nineteen figures (it is not additive by day: whether a
/// conclusion is still to implement depends on the period's start and end together).
extension FigureQuery {
    /// The stock figures valued at what the conclusions to implement recommended: figure, kind, column.
    private static let recommendedFigures: [(name: String, kind: Recommendation.Kind, column: String)] = [
        (Figure.followUpRecoveryDueVND, .recovery, "amountVND"),
        (Figure.followUpLandDue, .recovery, "landAreaDM2"),
        (Figure.followUpCollectivesDue, .handling, "collectives"),
        (Figure.followUpPersonsDue, .handling, "persons"),
    ]

    /// The stock figures valued at what the follow-ups of the conclusions to implement did: figure, kind, column.
    private static let doneFigures: [(name: String, kind: Recommendation.Kind, column: String)] = [
        (Figure.followUpRecoveredVND, .recovery, "amountVND"),
        (Figure.followUpLandRecovered, .recovery, "landAreaDM2"),
        (Figure.followUpCollectivesHandled, .handling, "collectives"),
        (Figure.followUpPersonsHandled, .handling, "persons"),
        (Figure.followUpProsecutedCases, .transfer, "cases"),
        (Figure.followUpProsecutedPersons, .transfer, "persons"),
    ]

    /// The queries of the follow-up stock figures.
    static let followUpStockFigures: [String: FigureQuery] = {
        var queries: [String: FigureQuery] = [
            Figure.followUpConclusions: FigureQuery(
                kind: .inspection, sql: selectInspections(inspectionColumns, where: toImplement)),
            Figure.followUpConclusionsDone: FigureQuery(
                kind: .inspection,
                sql: selectInspections(inspectionColumns, where: "\(toImplement) AND \(implemented(before: ":before"))")),
            Figure.followUpConclusionsPending: FigureQuery(
                kind: .inspection,
                sql: selectInspections(inspectionColumns, where: "\(toImplement) AND NOT \(implemented(before: ":before"))")),
        ]
        for figure in recommendedFigures { queries[figure.name] = recommended(figure.kind, figure.column) }
        for figure in doneFigures { queries[figure.name] = done(figure.kind, figure.column) }
        for figure in handledByClass { queries[figure.name] = handled(figure.handling, figure.column) }
        return queries
    }()

    /// The nineteen follow-up stock figures in one statement, one column each named by its figure, equal to the sums
    /// over their members (``followUpStockFigures``): the conclusions to implement are found once (a materialized
    /// `WITH`, with whether each is implemented by the period's end), then their recommendations and their
    /// follow-ups dated before the period's end are summed by kind, in one pass each. Carries the
    /// ``scope(_:)`` mark, so ``restricted(_:to:)`` makes it count some categories only.
    static let followUpStock: String = {
        func sum(
            _ kind: Recommendation.Kind, _ value: String, as name: String, handling: Recommendation.Handling? = nil
        ) -> String {
            let handled = handling.map { " AND \(handlingClass) = '\($0.rawValue)'" } ?? ""
            return "COALESCE(SUM(CASE WHEN r.kind = '\(kind.rawValue)'\(handled) AND \(value) > 0 THEN \(value) ELSE 0 END), 0) AS \"\(name)\""
        }
        let recommendedSums = recommendedFigures.map { sum($0.kind, "r.\($0.column)", as: $0.name) }
        let doneSums =
            doneFigures.map { sum($0.kind, "x.\($0.column)", as: $0.name) }
            + handledByClass.map { sum(.handling, "x.\($0.column)", as: $0.name, handling: $0.handling) }
        return """
            WITH t AS MATERIALIZED (
                \(selectInspections("i.id AS id, \(implemented(before: ":before")) AS done", where: toImplement))
            )
            SELECT c.n AS "\(Figure.followUpConclusions)", c.done AS "\(Figure.followUpConclusionsDone)",
                c.n - c.done AS "\(Figure.followUpConclusionsPending)", q.*, y.*
            FROM (SELECT COUNT(*) AS n, COALESCE(SUM(t.done), 0) AS done FROM t) c,
                (SELECT \(recommendedSums.joined(separator: ", "))
                    FROM t CROSS JOIN recommendation r WHERE r.inspectionId = t.id) q,
                (SELECT \(doneSums.joined(separator: ", "))
                    FROM t CROSS JOIN recommendation r CROSS JOIN followUp x
                        LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
                    WHERE r.inspectionId = t.id AND x.recommendationId = r.id AND x.doneOn < :before) y
            """
    }()

    /// The stock figures of the collectives and persons handled, by class (``Recommendation/Handling``): figure,
    /// class, column.
    private static let handledByClass: [(name: String, handling: Recommendation.Handling, column: String)] = [
        (Figure.followUpReviewCollectivesHandled, .review, "collectives"),
        (Figure.followUpReviewPersonsHandled, .review, "persons"),
        (Figure.followUpDisciplineCollectivesHandled, .discipline, "collectives"),
        (Figure.followUpDisciplinePersonsHandled, .discipline, "persons"),
        (Figure.followUpAdministrativeCollectivesHandled, .administrative, "collectives"),
        (Figure.followUpAdministrativePersonsHandled, .administrative, "persons"),
    ]

    /// The class a handling recommendation `r` is counted in, from `recommendationHandling` joined as `h`: its own,
    /// or xử lý hành chính when it has none (recorded before the classes).
    static let handlingClass = "COALESCE(h.handling, '\(Recommendation.Handling.administrative.rawValue)')"

    /// The names of the figures ``followUpStock`` gives.
    static var followUpStockNames: [String] { Array(followUpStockFigures.keys) }

    /// Every recommendation of the inspection `i` is done by the follow-ups dated before `bound` (`:from` or
    /// `:before`): they add up to at least each of its figures.
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

    /// The inspection `i` was concluded before the period's end with at least one recommendation, and was not
    /// implemented at the period's start.
    static let toImplement = """
        i.concludedOn < :before AND EXISTS (SELECT 1 FROM recommendation e WHERE e.inspectionId = i.id) \
        AND NOT \(implemented(before: ":from"))
        """

    /// The recommendations of `kind` of the conclusions to implement, valued at their `column`.
    private static func recommended(_ kind: Recommendation.Kind, _ column: String) -> FigureQuery {
        FigureQuery(
            kind: .recommendation,
            sql: """
                SELECT r.id AS id, r.\(column) AS value, r.description AS label
                FROM inspection i CROSS JOIN inspectionDecision d CROSS JOIN recommendation r
                WHERE d.inspectionId = i.id AND r.inspectionId = i.id AND \(toImplement)
                    AND r.kind = '\(kind.rawValue)' AND r.\(column) > 0\(scope("i.id"))
                """)
    }

    /// The follow-ups dated before the period's end on the handling recommendations of class `handling` of the
    /// conclusions to implement, valued at their `column` (`collectives` or `persons`).
    private static func handled(_ handling: Recommendation.Handling, _ column: String) -> FigureQuery {
        FigureQuery(
            kind: .followUp,
            sql: """
                SELECT x.id AS id, x.\(column) AS value, x.doneOn || ' ' || r.description AS label
                FROM inspection i CROSS JOIN inspectionDecision d CROSS JOIN recommendation r CROSS JOIN followUp x
                    LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
                WHERE d.inspectionId = i.id AND r.inspectionId = i.id AND x.recommendationId = r.id AND \(toImplement)
                    AND r.kind = 'handling' AND \(handlingClass) = '\(handling.rawValue)' AND x.doneOn < :before
                    AND x.\(column) > 0\(scope("i.id"))
                """)
    }

    /// The follow-ups dated before the period's end on the recommendations of `kind` of the conclusions to
    /// implement, valued at their `column`.
    private static func done(_ kind: Recommendation.Kind, _ column: String) -> FigureQuery {
        FigureQuery(
            kind: .followUp,
            sql: """
                SELECT x.id AS id, x.\(column) AS value, x.doneOn || ' ' || r.description AS label
                FROM inspection i CROSS JOIN inspectionDecision d CROSS JOIN recommendation r CROSS JOIN followUp x
                WHERE d.inspectionId = i.id AND r.inspectionId = i.id AND x.recommendationId = r.id AND \(toImplement)
                    AND r.kind = '\(kind.rawValue)' AND x.doneOn < :before AND x.\(column) > 0\(scope("i.id"))
                """)
    }
}
