import Casework

/// The handling recommended split by how the collectives and persons are to be handled (kiểm điểm rút kinh nghiệm,
/// xử lý kỷ luật, xử lý hành chính), and the persons of transferred cases prosecuted.
extension FigureQuery {
    /// The queries of the handling-class figures and `transfer.persons_accepted`.
    static let handlingFigures: [String: FigureQuery] = [
        Figure.reviewCollectivesRecommended: handling(.review, "collectives"),
        Figure.reviewPersonsRecommended: handling(.review, "persons"),
        Figure.disciplineCollectivesRecommended: handling(.discipline, "collectives"),
        Figure.disciplinePersonsRecommended: handling(.discipline, "persons"),
        Figure.administrativeCollectivesRecommended: handling(.administrative, "collectives"),
        Figure.administrativePersonsRecommended: handling(.administrative, "persons"),
        // Follow-ups dated in the period on transfer recommendations, valued at the persons prosecuted.
        Figure.transferPersonsAccepted: followUps(.transfer, "persons"),
    ]

    /// Handling recommendations of class `handling` made by inspections concluded in the period, valued at their
    /// `column` (`collectives` or `persons`). A handling recommendation without a row in `recommendationHandling`
    /// (recorded before the classes) counts as ``Recommendation/Handling/administrative``, so the three classes add
    /// up to `handling.collectives_recommended` and `handling.persons_recommended`.
    static func handling(_ handling: Recommendation.Handling, _ column: String) -> FigureQuery {
        FigureQuery(
            kind: .recommendation,
            sql: """
                SELECT r.id AS id, r.\(column) AS value, r.description AS label
                FROM recommendation r \(joiningInspection(on: "r.inspectionId"))
                LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
                WHERE \(concludedCondition) AND r.kind = 'handling'
                    AND \(handlingClass) = '\(handling.rawValue)'
                    AND r.\(column) > 0\(scope("r.inspectionId"))
                """)
    }
}
