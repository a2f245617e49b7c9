import GRDB

/// Indexes for the period figures (``SQLiteStore/figures(for:)``): every date a figure restricts to a range is
/// indexed, so that a figure reads the rows of its period and not the whole table.
///
/// - `inspectionDecisionOnDecidedOn`: inspections opened, carried over and in total count from their decision date.
/// - `inspectionOnOnsiteEndedOn`: `inspections.onsite_ended`.
/// - `penaltyCaseOnDecisionDueOn`: `overdue.decisions`.
///
/// The other dates the figures use were indexed with their tables (`inspection.concludedOn`, `…onsiteDueOn`,
/// `…conclusionDueOn`, `followUp.doneOn`, `penaltyCase.recordMadeOn`, `penaltyDecision.decidedOn`,
/// `…paymentDueOn`, `payment.paidOn`).
extension SQLiteStore {
    static func createReportIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX inspectionDecisionOnDecidedOn ON inspectionDecision(decidedOn);
                CREATE INDEX inspectionOnOnsiteEndedOn ON inspection(onsiteEndedOn);
                CREATE INDEX penaltyCaseOnDecisionDueOn ON penaltyCase(decisionDueOn);
                """)
    }
}
