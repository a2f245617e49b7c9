public import Casework
import PostgresNIO

/// The bulk write of an import of inspections: the checks SQLite's store makes row by row (the decision and
/// conclusion numbers within their year, the follow-ups' receipts), made for the whole batch with one look-up each,
/// then one `COPY … FROM STDIN` per table — inspection, subjects, decision, team, finding, recommendations, their
/// handling and follow-ups — instead of a statement per row.
extension PostgresStore {
    /// Writes a batch of inspections (decision, timeline, finding, recommendations and follow-ups) in one
    /// transaction.
    ///
    /// - Throws: ``StoreError`` `.duplicate` for a decision or conclusion number or a follow-up receipt already used.
    public func importInspections(
        _ inspections: [LegacyInspectionRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try importBatch(command, context: context, payload: payload) { try Self.copyInspections(inspections, $0) }
    }

    /// Checks `inspections` in the order given against the numbers and receipts recorded and against each other,
    /// then takes the IDs of the inspections, findings, recommendations and follow-ups from their sequences and writes every
    /// table with one COPY.
    static func copyInspections(_ inspections: [LegacyInspectionRecord], _ session: PGSession) throws
        -> ImportBatchResult
    {
        try checkNumbers(of: inspections, session)
        let ids = try session.reserveIDs(inspections.count, of: "inspection")
        var findingIDs = try session.reserveIDs(inspections.filter { $0.finding != nil }.count, of: "finding")[...]
        var recommendationIDs = try session.reserveIDs(
            inspections.reduce(0) { $0 + $1.recommendations.count }, of: "recommendation")[...]
        var followUpIDs = try session.reserveIDs(
            inspections.reduce(0) { $0 + $1.recommendations.filter { $0.followUp != nil }.count }, of: "followUp")[...]
        var tables = InspectionTables()
        for (record, id) in zip(inspections, ids) {
            tables.add(record, id: id)
            let findingID = record.finding == nil ? nil : findingIDs.popFirst()
            if let finding = record.finding, let findingID { tables.add(finding, id: findingID, inspectionID: id) }
            for legacy in record.recommendations {
                guard let recommendationID = recommendationIDs.popFirst() else {
                    preconditionFailure("one reserved ID per recommendation")
                }
                tables.add(legacy.recommendation, id: recommendationID, findingID: findingID, inspectionID: id)
                if let followUp = legacy.followUp {
                    guard let followUpID = followUpIDs.popFirst() else { preconditionFailure("one reserved ID per follow-up") }
                    tables.add(followUp, id: followUpID, recommendationID: recommendationID)
                }
            }
        }
        try tables.copy(session)
        return ImportBatchResult(rows: inspections.count, firstID: ids.first, lastID: ids.last)
    }

    /// Refuses the first inspection, in the order given, whose decision or conclusion number (within its year) or
    /// one of whose follow-up receipts is recorded already or taken by an earlier row of the batch: the row-by-row
    /// refusals, in their order.
    ///
    /// - Throws: ``StoreError`` `.duplicate`.
    private static func checkNumbers(of inspections: [LegacyInspectionRecord], _ session: PGSession) throws {
        var decisions = try recorded(
            inspections.map { RecordedKey($0.decision.number, year: $0.decision.decidedOn.year) },
            as: .inspectionDecisionNumber, session
        ).mapValues(BatchHolder.recorded)
        var conclusions = try recorded(
            inspections.compactMap { $0.timeline.conclusion.map { RecordedKey($0.number, year: $0.concludedOn.year) } },
            as: .conclusionNumber, session
        ).mapValues(BatchHolder.recorded)
        var receipts = try followUpReceipts(
            inspections.flatMap { $0.recommendations.compactMap(\.followUp?.receipt) }, session
        ).mapValues { (recommendation: BatchHolder.recorded($0.recommendation), inspection: BatchHolder.recorded($0.inspection)) }
        var recommendationIndex = 0
        for (index, record) in inspections.enumerated() {
            let decision = record.decision
            let decisionKey = RecordedKey(decision.number, year: decision.decidedOn.year)
            if let holder = decisions[decisionKey] {
                throw StoreError.duplicateInspectionDecision(
                    decision.number, existing: try holder.id(in: "inspection", session))
            }
            decisions[decisionKey] = .batch(index)
            if let conclusion = record.timeline.conclusion {
                let key = RecordedKey(conclusion.number, year: conclusion.concludedOn.year)
                if let holder = conclusions[key] {
                    throw StoreError.duplicateConclusion(conclusion.number, existing: try holder.id(in: "inspection", session))
                }
                conclusions[key] = .batch(index)
            }
            for legacy in record.recommendations {
                defer { recommendationIndex += 1 }
                guard let receipt = legacy.followUp?.receipt else { continue }
                if let holder = receipts[receipt] {
                    throw StoreError.duplicateFollowUpReceipt(
                        receipt, recommendation: try holder.recommendation.id(in: "recommendation", session),
                        inspection: try holder.inspection.id(in: "inspection", session))
                }
                receipts[receipt] = (.batch(recommendationIndex), .batch(index))
            }
        }
    }

    /// The follow-ups recorded with one of `receipts`: each receipt's recommendation and inspection.
    private static func followUpReceipts(_ receipts: [String], _ session: PGSession) throws
        -> [String: (recommendation: Int64, inspection: Int64)]
    {
        guard !receipts.isEmpty else { return [:] }
        var found: [String: (recommendation: Int64, inspection: Int64)] = [:]
        for row in try session.rows(
            """
            SELECT f.receipt, f.recommendationId, r.inspectionId FROM followUp f
            JOIN recommendation r ON r.id = f.recommendationId WHERE f.receipt = ANY(\(Array(Set(receipts)).sorted()))
            ORDER BY f.id
            """)
        {
            let receipt = try row.string("receipt")
            if found[receipt] == nil {
                found[receipt] = (try row.int64("recommendationId"), try row.int64("inspectionId"))
            }
        }
        return found
    }
}

/// The rows of a batch of inspections, one ``PGCopyRows`` per table, in the columns of the store's single-row
/// inserts (`PostgresStore+Inspections.swift`).
private struct InspectionTables {
    var inspections = PGCopyRows()
    var subjects = PGCopyRows()
    var decisions = PGCopyRows()
    var members = PGCopyRows()
    var findings = PGCopyRows()
    var recommendations = PGCopyRows()
    var handlings = PGCopyRows()
    var recommendationDocuments = PGCopyRows()
    var followUps = PGCopyRows()
    var followUpDocuments = PGCopyRows()
    var bodies = PGCopyRows()

    mutating func add(_ record: LegacyInspectionRecord, id: Int64) {
        let new = record.newInspection
        let timeline = record.timeline
        if let body = new.body {
            bodies.row { fields in
                fields.int(id)
                fields.text(body)
            }
        }
        inspections.row { fields in
            fields.int(id)
            fields.text(new.mode.rawValue)
            fields.text(new.category)
            fields.text(new.level)
            fields.text(new.ground?.kind.rawValue)
            fields.text(new.ground?.reference)
            fields.int(new.planEntry.map { Int64($0.year) })
            fields.text(new.planEntry?.entryKey)
            fields.text(new.content)
            fields.text(new.field)
            fields.text(new.leadUnit)
            fields.date(new.openedOn)
            fields.text(new.packHash)
            fields.text(record.state.rawValue)
            fields.date(timeline.announcedOn)
            fields.date(timeline.onsiteEndedOn)
            fields.date(timeline.reportedOn)
            fields.date(timeline.draftedOn)
            fields.text(timeline.conclusion?.number)
            fields.date(timeline.conclusion?.concludedOn)
            fields.date(timeline.closedOn)
            fields.date(new.deadlines.onsiteDueOn)
            fields.date(new.deadlines.reportDueOn)
            fields.date(new.deadlines.conclusionDueOn)
        }
        for (position, subject) in new.subjects.enumerated() {
            subjects.row { fields in
                fields.int(id)
                fields.int(Int64(position))
                fields.int(subject.rawValue)
            }
        }
        let decision = record.decision
        decisions.row { fields in
            fields.int(id)
            fields.text(decision.number)
            fields.date(decision.decidedOn)
            fields.text(decision.signerTitle)
            fields.text(decision.signerName)
            fields.text(decision.teamLead)
        }
        for (position, name) in decision.members.enumerated() {
            members.row { fields in
                fields.int(id)
                fields.int(Int64(position))
                fields.text(name)
            }
        }
    }

    mutating func add(_ finding: NewFinding, id: Int64, inspectionID: Int64) {
        findings.row { fields in
            fields.int(id)
            fields.int(inspectionID)
            fields.int(finding.subjectID.rawValue)
            fields.text(finding.description)
            fields.text(finding.category)
            fields.int(finding.amountVND.rawValue)
            fields.int(finding.landArea.rawValue)
        }
    }

    mutating func add(_ recommendation: NewRecommendation, id: Int64, findingID: Int64?, inspectionID: Int64) {
        let figures = recommendation.figures
        recommendations.row { fields in
            fields.int(id)
            fields.int(inspectionID)
            fields.text(recommendation.kind.rawValue)
            fields.int(findingID)
            fields.int(recommendation.subjectID?.rawValue)
            fields.text(recommendation.description)
            fields.int(figures.amountVND.rawValue)
            fields.int(figures.landArea.rawValue)
            fields.int(Int64(figures.collectives))
            fields.int(Int64(figures.persons))
            fields.int(Int64(figures.cases))
        }
        if let handling = recommendation.handling {
            handlings.row { fields in
                fields.int(id)
                fields.text(handling.rawValue)
            }
        }
        if figures.documents != 0 {
            recommendationDocuments.row { fields in
                fields.int(id)
                fields.int(Int64(figures.documents))
            }
        }
    }

    mutating func add(_ followUp: NewFollowUp, id: Int64, recommendationID: Int64) {
        let figures = followUp.figures
        followUps.row { fields in
            fields.int(id)
            fields.int(recommendationID)
            fields.date(followUp.doneOn)
            fields.int(figures.amountVND.rawValue)
            fields.int(figures.landArea.rawValue)
            fields.int(Int64(figures.collectives))
            fields.int(Int64(figures.persons))
            fields.int(Int64(figures.cases))
            fields.text(followUp.receipt)
            fields.text(followUp.note)
            fields.text(followUp.overReason)
        }
        if figures.documents != 0 {
            followUpDocuments.row { fields in
                fields.int(id)
                fields.int(Int64(figures.documents))
            }
        }
    }

    /// Sends every table, parents before children (the foreign keys are checked at the end of each COPY).
    func copy(_ session: PGSession) throws {
        try session.copy(
            into: "inspection",
            columns: [
                "id", "mode", "category", "level", "groundkind", "groundreference", "planyear", "planentrykey",
                "content", "field", "leadunit", "openedon", "openedwithpack", "state", "announcedon", "onsiteendedon",
                "reportedon", "draftedon", "conclusionnumber", "concludedon", "closedon", "onsitedueon",
                "reportdueon", "conclusiondueon",
            ], rows: inspections)
        try session.copy(into: "inspectionsubject", columns: ["inspectionid", "position", "subjectid"], rows: subjects)
        try session.copy(
            into: "inspectiondecision",
            columns: ["inspectionid", "number", "decidedon", "signertitle", "signername", "teamlead"], rows: decisions)
        try session.copy(into: "inspectionteammember", columns: ["inspectionid", "position", "name"], rows: members)
        try session.copy(
            into: "finding",
            columns: ["id", "inspectionid", "subjectid", "description", "category", "amountvnd", "landareadm2"],
            rows: findings)
        try session.copy(
            into: "recommendation",
            columns: [
                "id", "inspectionid", "kind", "findingid", "subjectid", "description", "amountvnd", "landareadm2",
                "collectives", "persons", "cases",
            ], rows: recommendations)
        try session.copy(into: "recommendationhandling", columns: ["recommendationid", "handling"], rows: handlings)
        try session.copy(
            into: "followup",
            columns: [
                "id", "recommendationid", "doneon", "amountvnd", "landareadm2", "collectives", "persons", "cases",
                "receipt", "note", "overreason",
            ], rows: followUps)
        try session.copy(
            into: "recommendationdocuments", columns: ["recommendationid", "documents"], rows: recommendationDocuments)
        try session.copy(into: "followupdocuments", columns: ["followupid", "documents"], rows: followUpDocuments)
        try session.copy(into: "inspectionbody", columns: ["inspectionid", "body"], rows: bodies)
    }
}
