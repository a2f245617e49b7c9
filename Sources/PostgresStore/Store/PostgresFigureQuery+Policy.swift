import Casework

/// The policy recommendation figures on PostgreSQL, SQLite's definitions (`Sources/Store/FigureQuery+Policy.swift`,
/// where each is documented) in PostgreSQL's dialect: the documents recommended by the inspections concluded in the
/// period, and those done by the follow-ups dated in it. Not rolled up; each sums its members.
extension PostgresFigureQuery {
    /// `policy.documents_recommended` and `policy.documents_done`.
    static let policyFigures: [String: PostgresFigureQuery] = [
        Figure.policyDocumentsRecommended: PostgresFigureQuery(
            kind: .recommendation,
            sql: """
                SELECT r.id AS id, g.documents AS value, r.description AS label
                FROM recommendation r \(joiningInspection(on: "r.inspectionId"))
                JOIN recommendationDocuments g ON g.recommendationId = r.id
                WHERE \(concludedCondition) AND r.kind = '\(Recommendation.Kind.policy.rawValue)'\(scope("i.id"))
                """),
        Figure.policyDocumentsDone: PostgresFigureQuery(
            kind: .followUp,
            sql: """
                SELECT x.id AS id, g.documents AS value, x.doneOn::text || ' ' || r.description AS label
                FROM followUp x JOIN followUpDocuments g ON g.followUpId = x.id
                \(recommendationOf("x", kind: "r.kind = '\(Recommendation.Kind.policy.rawValue)'"))
                JOIN inspectionDecision d ON d.inspectionId = r.inspectionId
                WHERE x.doneOn >= :from AND x.doneOn < :before\(scope("r.inspectionId"))
                """),
    ]
}
