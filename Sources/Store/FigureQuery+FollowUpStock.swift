import Casework

/// The follow-up stock at the period's end (theo dõi, đôn đốc thực hiện kết luận thanh tra; legal-vn.md §2.6): the
/// conclusions to implement, implemented and not; the money to recover and recovered; the collectives and persons to
/// handle and handled; the cases and persons prosecuted.
///
/// A conclusion is *to implement* in a period when its inspection was concluded before the period's end, made at
/// least one recommendation, and was not yet implemented at the period's start. It is *implemented* by a day when
/// every one of its recommendations is done by the follow-ups dated before that day: they add up to at least the
/// money, land, collectives, persons, cases and documents (a policy recommendation's, kept in
/// `recommendationDocuments` and `followUpDocuments`) recommended. The money, land, handling and prosecution figures
/// are those of the conclusions to implement: what they recommended, and what their follow-ups dated before the
/// period's end did (since the conclusion, not only in the period). ``followUpStock`` gives the nineteen figures in one statement from
/// the rollup `followUpStockChange` and the period's own conclusions and follow-ups (``FollowUpStockRollup``, over
/// each conclusion's implemented-on day, `conclusionImplemented`: ``ConclusionImplemented``), instead of reading every
/// conclusion before the period's end; the member lists (``followUpStockFigures``) still test each conclusion's
/// recommendations and follow-ups (``toImplement``), and `FollowUpStockTests` checks the two agree.
extension FigureQuery {
    /// The stock figures valued at what the conclusions to implement recommended: figure, kind, column.
    static let recommendedFigures: [(name: String, kind: Recommendation.Kind, column: String)] = [
        (Figure.followUpRecoveryDueVND, .recovery, "amountVND"),
        (Figure.followUpLandDue, .recovery, "landAreaDM2"),
        (Figure.followUpCollectivesDue, .handling, "collectives"),
        (Figure.followUpPersonsDue, .handling, "persons"),
    ]

    /// The stock figures valued at what the follow-ups of the conclusions to implement did: figure, kind, column.
    static let doneFigures: [(name: String, kind: Recommendation.Kind, column: String)] = [
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

    /// The stock figures of the collectives and persons handled, by class (``Recommendation/Handling``): figure,
    /// class, column.
    static let handledByClass: [(name: String, handling: Recommendation.Handling, column: String)] = [
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

    /// The nineteen follow-up stock figures in one statement, one column each named by its figure, equal to the sums
    /// over their members (``followUpStockFigures``): cumulative sums of `followUpStockChange` (``FollowUpStockRollup``,
    /// which says how they add up) before the period's start and end, less what the period's own conclusions and
    /// follow-ups add to them while implemented before its start: `p`, its conclusions implemented before its start
    /// (`conclusionImplemented`), their recommendations and follow-ups, and `z`, its follow-ups on conclusions
    /// implemented before its start. Carries the ``scope(_:)`` and ``categoryScope(_:)`` marks, so
    /// ``restricted(_:to:)`` makes it count some categories only.
    static let followUpStock: String = {
        func before(_ column: String, _ bound: String) -> String {
            "COALESCE(SUM(CASE WHEN s.changedOn < \(bound) THEN s.\(column) ELSE 0 END), 0) AS \(column)\(bound.dropFirst())"
        }
        func sum(_ value: String, as name: String) -> String { "COALESCE(SUM(\(value)), 0) AS \"\(name)\"" }
        let rollup = FollowUpStockRollup.self
        var cumulative = [before("concluded", ":before"), before("implemented", ":from"), before("implemented", ":before")]
        var figures = [
            "a.concludedbefore - a.implementedfrom - n.n AS \"\(Figure.followUpConclusions)\"",
            "a.implementedbefore - a.implementedfrom - n.n AS \"\(Figure.followUpConclusionsDone)\"",
            "a.concludedbefore - a.implementedbefore AS \"\(Figure.followUpConclusionsPending)\"",
        ]
        for (name, suffix, _, _) in rollup.recommended {
            cumulative += [before("concluded\(suffix)", ":before"), before("implemented\(suffix)", ":from")]
            figures.append("a.concluded\(suffix)before - a.implemented\(suffix)from - q.\"\(name)\" AS \"\(name)\"")
        }
        for (name, suffix, _) in rollup.done {
            cumulative += [before("done\(suffix)", ":before"), before("implementedDone\(suffix)", ":from")]
            figures.append(
                "a.done\(suffix)before - a.implementedDone\(suffix)from - y.\"\(name)\" - z.\"\(name)\" AS \"\(name)\"")
        }
        let recommendedSums = rollup.recommended.map { sum("(r.kind = '\($0.2.rawValue)') * r.\($0.3)", as: $0.0) }
        let doneSums = rollup.done.map { sum($0.value, as: $0.name) }
        return """
            WITH p AS MATERIALIZED (
                SELECT i.id AS id FROM inspection i CROSS JOIN conclusionImplemented c CROSS JOIN inspectionDecision d
                WHERE i.concludedOn >= :from AND i.concludedOn < :before AND c.inspectionId = i.id
                    AND c.implementedOn < :from AND d.inspectionId = i.id\(scope("i.id"))
            )
            SELECT \(figures.joined(separator: ",\n    "))
            FROM (SELECT \(cumulative.joined(separator: ",\n        "))
                    FROM followUpStockChange s WHERE s.changedOn < :before\(categoryScope("s.category"))) a,
                (SELECT COUNT(*) AS n FROM p) n,
                (SELECT \(recommendedSums.joined(separator: ", "))
                    FROM p CROSS JOIN recommendation r WHERE r.inspectionId = p.id) q,
                (SELECT \(doneSums.joined(separator: ", "))
                    FROM p CROSS JOIN recommendation r CROSS JOIN followUp x
                    WHERE r.inspectionId = p.id AND x.recommendationId = r.id AND x.doneOn < :before) y,
                (SELECT \(doneSums.joined(separator: ", "))
                    FROM followUp x CROSS JOIN recommendation r CROSS JOIN inspection i
                        CROSS JOIN conclusionImplemented c CROSS JOIN inspectionDecision d
                    WHERE x.doneOn >= :from AND x.doneOn < :before AND r.id = x.recommendationId
                        AND i.id = r.inspectionId AND i.concludedOn < :from AND c.inspectionId = i.id
                        AND c.implementedOn < :from AND d.inspectionId = i.id\(scope("i.id"))) z
            """
    }()

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
}
