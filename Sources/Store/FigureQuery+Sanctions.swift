import Casework

/// What the period's penalty decisions impose besides fines (``DecisionSanctions``, table `decisionSanction`,
/// migration `2026-12-13-createDecisionSanction`): the value confiscated, the licences withdrawn, the activities
/// suspended, the remedial measures ordered, and the decisions with a sanction other than money by the violator's
/// kind. Members are the decisions (their cases), as for every penalty figure; a cancelled case is in none.
///
/// Each reads the decisions dated in the period through `penaltyDecisionOnDecidedOn`, then their sanctions and case
/// by key (`CROSS JOIN` keeps that order). Not rolled up: only decisions with sanctions have a row, and the period's
/// decisions are one index range. A period's report reads all six in one pass over that range (``sanctionTotals``).
extension FigureQuery {
    /// The queries of the six sanction figures.
    static let sanctionFigures: [String: FigureQuery] = [
        Figure.confiscatedVND: sanctioned("s.confiscatedVND", where: "s.confiscatedVND > 0"),
        Figure.licenceRevocations: sanctioned("s.licenceRevocations", where: "s.licenceRevocations > 0"),
        Figure.activitySuspensions: sanctioned("s.activitySuspensions", where: "s.activitySuspensions > 0"),
        Figure.remedialMeasures: sanctioned("s.remedialMeasures", where: "s.remedialMeasures > 0"),
        Figure.otherSanctionsOrganizations: sanctioned(
            "1", where: "\(otherSanction) AND +c.violatorKind \(FormKind.organizations)"),
        Figure.otherSanctionsIndividuals: sanctioned(
            "1", where: "\(otherSanction) AND +c.violatorKind \(FormKind.individuals)"),
    ]

    /// A decision imposes a sanction other than money: something confiscated, a licence withdrawn or an activity
    /// suspended (``DecisionSanctions/hasOtherSanction``).
    static let otherSanction =
        "(s.confiscatedVND > 0 OR s.licenceRevocations > 0 OR s.activitySuspensions > 0)"

    /// Decisions dated in the period on cases not cancelled whose sanctions `s` meet `condition`, valued at `value`.
    static func sanctioned(_ value: String, where condition: String) -> FigureQuery {
        FigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT c.id AS id, \(value) AS value, c.recordNumber AS label
                FROM penaltyDecision p CROSS JOIN decisionSanction s CROSS JOIN penaltyCase c
                WHERE s.caseId = p.caseId AND c.id = p.caseId AND p.decidedOn >= :from AND p.decidedOn < :before
                    AND c.cancelledOn IS NULL\(caseScope("c.id")) AND \(condition)
                """)
    }

    /// The six sanction figures of the period as the columns of one row, named by figure: one pass over the period's
    /// decisions instead of six (at 10M cases a month has some 140 000 decisions, 6–19 ms a pass). Each column is
    /// `SUM(value)` over its figure's members (``sanctionFigures``): a sum over every sanction row equals the sum over
    /// those above zero, the amounts being at least zero by the table's checks. `ReportFigureConformanceTests` compares
    /// the two on random histories, through ``SQLiteStore/figures(for:)`` against the members.
    static let sanctionTotals: String = """
        SELECT COALESCE(SUM(s.confiscatedVND), 0) AS "\(Figure.confiscatedVND)",
            COALESCE(SUM(s.licenceRevocations), 0) AS "\(Figure.licenceRevocations)",
            COALESCE(SUM(s.activitySuspensions), 0) AS "\(Figure.activitySuspensions)",
            COALESCE(SUM(s.remedialMeasures), 0) AS "\(Figure.remedialMeasures)",
            COALESCE(SUM(\(otherSanction) AND c.violatorKind \(FormKind.organizations)), 0)
                AS "\(Figure.otherSanctionsOrganizations)",
            COALESCE(SUM(\(otherSanction) AND c.violatorKind \(FormKind.individuals)), 0)
                AS "\(Figure.otherSanctionsIndividuals)"
        FROM penaltyDecision p CROSS JOIN decisionSanction s CROSS JOIN penaltyCase c
        WHERE s.caseId = p.caseId AND c.id = p.caseId AND p.decidedOn >= :from AND p.decidedOn < :before
            AND c.cancelledOn IS NULL\(caseScope("c.id"))
        """

    /// The figures ``sanctionTotals`` reads, in its columns' order.
    static let sanctionNames = [
        Figure.confiscatedVND, Figure.licenceRevocations, Figure.activitySuspensions, Figure.remedialMeasures,
        Figure.otherSanctionsOrganizations, Figure.otherSanctionsIndividuals,
    ]
}
