import Casework
import GRDB

/// The confiscation, supplementary sanctions and remedial measures of a penalty decision (``DecisionSanctions``),
/// in a table of their own beside `penaltyDecision`: a row seal covers every column of its row, so a new column of
/// `penaltyDecision` would change the seal of every decision already recorded. A decision has a row only when it
/// imposes one of them; the period's figures read the decisions by `penaltyDecisionOnDecidedOn` and this table by
/// its key. PostgreSQL's migration of the same name creates the same table.
extension SQLiteStore {
    static func createDecisionSanction(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS decisionSanction (
                    caseId INTEGER PRIMARY KEY NOT NULL REFERENCES penaltyDecision(caseId),
                    confiscatedVND INTEGER NOT NULL CHECK (confiscatedVND BETWEEN 0 AND \(VND.maximum.rawValue)),
                    licenceRevocations INTEGER NOT NULL CHECK (licenceRevocations >= 0),
                    activitySuspensions INTEGER NOT NULL CHECK (activitySuspensions >= 0),
                    remedialMeasures INTEGER NOT NULL CHECK (remedialMeasures >= 0),
                    CHECK (confiscatedVND + licenceRevocations + activitySuspensions + remedialMeasures > 0)
                );
                """)
    }
}
