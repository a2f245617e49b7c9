import Casework

/// The policy recommendations (kiến nghị hoàn thiện cơ chế, chính sách, pháp luật; ``Recommendation/Kind/policy``),
/// counted in documents (văn bản): those recommended by the inspections concluded in the period, and those done by
/// the follow-ups dated in it. The documents are kept beside the rows, in `recommendationDocuments` and
/// `followUpDocuments` (migration `2026-12-12-allowPolicyRecommendation`).
extension FigureQuery {
    /// The queries of `policy.documents_recommended` and `policy.documents_done`.
    static let policyFigures: [String: FigureQuery] = [
        Figure.policyDocumentsRecommended: policyRecommended,
        Figure.policyDocumentsDone: policyDone,
    ]

    /// Policy recommendations of inspections concluded in the period, valued at their documents: read from the
    /// conclusion date's index (`CROSS JOIN` keeps that order), then each inspection's recommendations by
    /// `recommendationOnInspectionId` and their documents by key.
    static let policyRecommended = FigureQuery(
        kind: .recommendation,
        sql: """
            SELECT r.id AS id, g.documents AS value, r.description AS label
            FROM inspection i CROSS JOIN inspectionDecision d CROSS JOIN recommendation r
                CROSS JOIN recommendationDocuments g
            WHERE d.inspectionId = i.id AND r.inspectionId = i.id AND g.recommendationId = r.id
                AND \(concludedCondition) AND r.kind = '\(Recommendation.Kind.policy.rawValue)'\(scope("i.id"))
            """)

    /// Follow-ups dated in the period on policy recommendations, valued at their documents: read from the follow-up
    /// date's index, then their documents and recommendation by key.
    static let policyDone = FigureQuery(
        kind: .followUp,
        sql: """
            SELECT x.id AS id, g.documents AS value, x.doneOn || ' ' || r.description AS label
            FROM followUp x CROSS JOIN followUpDocuments g CROSS JOIN recommendation r
                CROSS JOIN inspectionDecision d
            WHERE g.followUpId = x.id AND r.id = x.recommendationId AND d.inspectionId = r.inspectionId
                AND x.doneOn >= :from AND x.doneOn < :before
                AND r.kind = '\(Recommendation.Kind.policy.rawValue)'\(scope("r.inspectionId"))
            """)
}
