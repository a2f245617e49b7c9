import Casework

/// The sanction figures on PostgreSQL, SQLite's definitions (`Sources/Store/FigureQuery+Sanctions.swift`, where
/// each is documented) in PostgreSQL's dialect: what the period's decisions impose besides fines, from
/// `decisionSanction`. Not rolled up; each sums its members.
extension PostgresFigureQuery {
    /// The six sanction figures.
    static let sanctionFigures: [String: PostgresFigureQuery] = [
        Figure.confiscatedVND: sanctioned("s.confiscatedVND", where: "s.confiscatedVND > 0"),
        Figure.licenceRevocations: sanctioned("s.licenceRevocations", where: "s.licenceRevocations > 0"),
        Figure.activitySuspensions: sanctioned("s.activitySuspensions", where: "s.activitySuspensions > 0"),
        Figure.remedialMeasures: sanctioned("s.remedialMeasures", where: "s.remedialMeasures > 0"),
        Figure.otherSanctionsOrganizations: sanctioned(
            "1", where: "\(otherSanction) AND c.violatorKind \(FormKind.organizations)"),
        Figure.otherSanctionsIndividuals: sanctioned(
            "1", where: "\(otherSanction) AND c.violatorKind \(FormKind.individuals)"),
    ]

    /// Something confiscated, a licence withdrawn or an activity suspended.
    private static let otherSanction =
        "(s.confiscatedVND > 0 OR s.licenceRevocations > 0 OR s.activitySuspensions > 0)"

    /// Decisions dated in the period on cases not cancelled whose sanctions `s` meet `condition`, valued at `value`.
    private static func sanctioned(_ value: String, where condition: String) -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT c.id AS id, \(value) AS value, c.recordNumber AS label
                FROM penaltyDecision p JOIN decisionSanction s ON s.caseId = p.caseId
                JOIN penaltyCase c ON c.id = p.caseId
                WHERE p.decidedOn >= :from AND p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id")) AND \(condition)
                """)
    }
}
