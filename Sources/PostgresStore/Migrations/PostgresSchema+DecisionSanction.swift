import Casework

/// A penalty decision's confiscation, supplementary sanctions and remedial measures (``DecisionSanctions``):
/// SQLite's `2026-12-13-createDecisionSanction`, a table of its own beside `penaltyDecision`, one row for a decision
/// that imposes any of them.
extension PostgresSchema {
    static let createDecisionSanction = [
        """
        CREATE TABLE decisionSanction (
            caseId BIGINT PRIMARY KEY REFERENCES penaltyDecision(caseId),
            confiscatedVND BIGINT NOT NULL CHECK (confiscatedVND BETWEEN 0 AND \(VND.maximum.rawValue)),
            licenceRevocations INTEGER NOT NULL CHECK (licenceRevocations >= 0),
            activitySuspensions INTEGER NOT NULL CHECK (activitySuspensions >= 0),
            remedialMeasures INTEGER NOT NULL CHECK (remedialMeasures >= 0),
            CHECK (confiscatedVND + licenceRevocations + activitySuspensions + remedialMeasures > 0)
        )
        """
    ]
}
