public import Casework
import GRDB

/// Writing a batch of legacy inspections (`thanhtra import --kind inspections`): the rows the step commands would
/// have written from `inspection open` to `close`, with the finding, recommendation and follow-up, in one
/// transaction with one journal entry.
extension SQLiteStore {
    /// Writes `inspections` in one transaction, journaled as one entry `command` whose payload `payload` builds from
    /// what was written.
    ///
    /// Each inspection is inserted in its recorded state with every step's date in one statement (the schema's
    /// CHECKs tie the state to the dates), then its subjects, its decision and team, and its finding,
    /// recommendation (linked to the finding) and follow-up. Decision and conclusion numbers and receipts are
    /// checked again inside the transaction.
    ///
    /// - Returns: How many inspections were written and the IDs of the first and last.
    /// - Throws: ``StoreError`` `.duplicate` for a number or receipt already recorded; `.invalid` for a row the
    ///   schema refuses. Then nothing of the batch is written or journaled.
    public func importInspections(
        _ inspections: [LegacyInspectionRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try perform(command, context: context) { db in
            let decisionHolder = try db.cachedStatement(
                sql: "SELECT inspectionId FROM inspectionDecision WHERE number = ? AND substr(decidedOn, 1, 4) = ?")
            let conclusionHolder = try db.cachedStatement(
                sql: "SELECT id FROM inspection WHERE conclusionNumber = ? AND substr(concludedOn, 1, 4) = ?")
            let receiptHolder = try db.cachedStatement(
                sql:
                    "SELECT f.recommendationId, r.inspectionId FROM followUp f JOIN recommendation r ON r.id = f.recommendationId WHERE f.receipt = ?"
            )
            let insertInspection = try db.cachedStatement(
                sql: """
                    INSERT INTO inspection (
                        mode, category, level, groundKind, groundReference, planYear, planEntryKey, content, field,
                        leadUnit, openedOn, openedWithPack, state, announcedOn, onsiteEndedOn, reportedOn, draftedOn,
                        conclusionNumber, concludedOn, closedOn, onsiteDueOn, reportDueOn, conclusionDueOn)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertSubject = try db.cachedStatement(
                sql: "INSERT INTO inspectionSubject (inspectionId, position, subjectId) VALUES (?, ?, ?)")
            let insertDecision = try db.cachedStatement(
                sql: """
                    INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            let insertMember = try db.cachedStatement(
                sql: "INSERT INTO inspectionTeamMember (inspectionId, position, name) VALUES (?, ?, ?)")
            let insertFinding = try db.cachedStatement(
                sql: """
                    INSERT INTO finding (inspectionId, subjectId, description, category, amountVND, landAreaDM2)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            let insertRecommendation = try db.cachedStatement(
                sql: """
                    INSERT INTO recommendation (
                        inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2, collectives,
                        persons, cases)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertFollowUp = try db.cachedStatement(
                sql: """
                    INSERT INTO followUp (
                        recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases, receipt, note,
                        overReason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var first: Int64?
            var last: Int64?
            for record in inspections {
                let new = record.newInspection
                let timeline = record.timeline
                if let holder = try Int64.fetchOne(
                    decisionHolder, arguments: [record.decision.number, record.decision.decidedOn.yearText]) {
                    throw StoreError.duplicateInspectionDecision(record.decision.number, existing: holder)
                }
                if let conclusion = timeline.conclusion,
                    let holder = try Int64.fetchOne(
                        conclusionHolder, arguments: [conclusion.number, conclusion.concludedOn.yearText])
                {
                    throw StoreError.duplicateConclusion(conclusion.number, existing: holder)
                }
                try insertInspection.execute(arguments: [
                    new.mode.rawValue, new.category, new.level, new.ground?.kind.rawValue, new.ground?.reference,
                    new.planEntry?.year, new.planEntry?.entryKey, new.content, new.field, new.leadUnit, new.openedOn.databaseValue,
                    new.packHash, record.state.rawValue, timeline.announcedOn.databaseValue, timeline.onsiteEndedOn.databaseValue,
                    timeline.reportedOn.databaseValue,
                    timeline.draftedOn.databaseValue, timeline.conclusion?.number, timeline.conclusion?.concludedOn.databaseValue,
                    timeline.closedOn.databaseValue,
                    new.deadlines.onsiteDueOn.databaseValue, new.deadlines.reportDueOn.databaseValue, new.deadlines.conclusionDueOn.databaseValue,
                ])
                let id = db.lastInsertedRowID
                if first == nil { first = id }
                last = id
                try Self.insertInspectionBody(new.body, inspectionID: id, db)
                for (position, subject) in new.subjects.enumerated() {
                    try insertSubject.execute(arguments: [id, position, subject.databaseValue])
                }
                let decision = record.decision
                try insertDecision.execute(arguments: [
                    id, decision.number, decision.decidedOn.databaseValue, decision.signerTitle, decision.signerName,
                    decision.teamLead,
                ])
                for (position, name) in decision.members.enumerated() {
                    try insertMember.execute(arguments: [id, position, name])
                }
                var findingID: Int64?
                if let finding = record.finding {
                    try insertFinding.execute(arguments: [
                        id, finding.subjectID.databaseValue, finding.description, finding.category, finding.amountVND.databaseValue,
                        finding.landArea.databaseValue,
                    ])
                    findingID = db.lastInsertedRowID
                }
                for legacy in record.recommendations {
                    let recommendation = legacy.recommendation
                    let figures = recommendation.figures
                    try insertRecommendation.execute(arguments: [
                        id, recommendation.kind.rawValue, findingID, recommendation.subjectID.databaseValue,
                        recommendation.description,
                        figures.amountVND.databaseValue, figures.landArea.databaseValue, figures.collectives, figures.persons, figures.cases,
                    ])
                    let recommendationID = db.lastInsertedRowID
                    try Self.insertHandling(recommendation.handling, recommendationID: recommendationID, db)
                    try Self.insertDocuments(
                        figures.documents, into: "recommendationDocuments", key: "recommendationId", recommendationID, db)
                    guard let followUp = legacy.followUp else { continue }
                    if let receipt = followUp.receipt,
                        let holder = try Row.fetchOne(receiptHolder, arguments: [receipt])
                    {
                        throw StoreError.duplicateFollowUpReceipt(
                            receipt, recommendation: holder["recommendationId"], inspection: holder["inspectionId"])
                    }
                    let done = followUp.figures
                    try insertFollowUp.execute(arguments: [
                        recommendationID, followUp.doneOn.databaseValue, done.amountVND.databaseValue, done.landArea.databaseValue, done.collectives,
                        done.persons,
                        done.cases, followUp.receipt, followUp.note, followUp.overReason,
                    ])
                    try Self.insertDocuments(
                        done.documents, into: "followUpDocuments", key: "followUpId", db.lastInsertedRowID, db)
                }
            }
            let result = ImportBatchResult(rows: inspections.count, firstID: first, lastID: last)
            return (result: result, payload: payload(result))
        }
    }
}
