import Casework
import GRDB

/// Writing and reading a decision's confiscation, supplementary sanctions and remedial measures
/// (``DecisionSanctions``; table `decisionSanction`, migration `2026-12-13-createDecisionSanction`).
extension SQLiteStore {
    /// Writes the sanctions of case `id`'s decision; nothing when it has none.
    static func insertSanctions(_ sanctions: DecisionSanctions?, caseID id: Int64, _ db: Database) throws {
        guard let sanctions, !sanctions.isEmpty else { return }
        try db.execute(
            sql: """
                INSERT INTO decisionSanction (caseId, confiscatedVND, licenceRevocations, activitySuspensions, remedialMeasures)
                VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [
                id, sanctions.confiscatedVND.databaseValue, sanctions.licenceRevocations,
                sanctions.activitySuspensions, sanctions.remedialMeasures,
            ])
    }
}

extension DecisionSanctions {
    /// The sanctions of a `decisionSanction` row.
    static func make(_ column: ColumnReader) throws -> DecisionSanctions {
        DecisionSanctions(
            confiscatedVND: try column("confiscatedVND"), licenceRevocations: try column("licenceRevocations"),
            activitySuspensions: try column("activitySuspensions"), remedialMeasures: try column("remedialMeasures"))
    }
}
