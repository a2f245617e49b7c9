import Casework
import GRDB

/// Writing inspections: the rows of a new inspection, the rows and dates each ``InspectionEvent`` writes, and the
/// rows of findings, recommendations and follow-ups.
///
/// These run inside a command's transaction (see ``SQLiteStore/perform(_:context:_:)``), so the checks they make
/// before writing cannot be raced by another writer.
extension SQLiteStore {
    /// Inserts a new inspection with its subjects, in state `open`.
    ///
    /// - Returns: The new inspection's ID.
    /// - Throws: ``StoreError`` `.notFound` for an unknown subject.
    static func insertInspection(_ new: NewInspection, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO inspection (
                    mode, category, level, groundKind, groundReference, planYear, planEntryKey, content, field,
                    leadUnit, openedOn, openedWithPack, state, onsiteDueOn, reportDueOn, conclusionDueOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                new.mode.rawValue, new.category, new.level, new.ground?.kind.rawValue, new.ground?.reference,
                new.planEntry?.year, new.planEntry?.entryKey, new.content, new.field, new.leadUnit, new.openedOn.databaseValue,
                new.packHash, Inspection.State.open.rawValue, new.deadlines.onsiteDueOn.databaseValue, new.deadlines.reportDueOn.databaseValue,
                new.deadlines.conclusionDueOn.databaseValue,
            ])
        let id = db.lastInsertedRowID
        try addSubjects(new.subjects, to: id, db)
        try insertInspectionBody(new.body, inspectionID: id, db)
        return id
    }

    /// Appends `subjects` to inspection `id`'s list.
    private static func addSubjects(_ subjects: [Subject.ID], to id: Int64, _ db: Database) throws {
        let first = try nextPosition(in: "inspectionSubject", inspectionID: id, db)
        for (offset, subject) in subjects.enumerated() {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM subject WHERE id = ?", arguments: [subject.databaseValue]) != nil else {
                throw StoreError.subjectNotFound(subject)
            }
            try db.execute(
                sql: "INSERT INTO inspectionSubject (inspectionId, position, subjectId) VALUES (?, ?, ?)",
                arguments: [id, first + offset, subject.databaseValue])
        }
    }

    /// Writes what `update` records on inspection `id`: the event's rows or dates, the new state, the deadlines.
    ///
    /// A step with a date column (announced, on-site ended, reported, drafted, concluded, closed) is written with
    /// the new state in one statement, as the schema's state CHECKs require, and only if not yet recorded.
    /// - Throws: ``StoreError`` `.duplicate` for a decision or conclusion number another inspection has; `.invalid`
    ///   for a step recorded twice.
    static func record(_ update: InspectionUpdate, inspectionID id: Int64, _ db: Database) throws {
        let state = update.newState.rawValue
        /// Sets a step's date columns and the state, once.
        func setStep(_ step: String, _ assignments: [String: (any DatabaseValueConvertible)?]) throws {
            let sorted = assignments.sorted { $0.key < $1.key }
            let set = (sorted.map { "\($0.key) = ?" } + ["state = ?"]).joined(separator: ", ")
            let unset = sorted.map { "\($0.key) IS NULL" }.joined(separator: " AND ")
            try db.execute(
                sql: "UPDATE inspection SET \(set) WHERE id = ? AND \(unset)",
                arguments: StatementArguments(sorted.map(\.value) + [state, id]))
            guard db.changesCount == 1 else { throw StoreError.stepAlreadyRecorded(id, step: step) }
        }

        switch update.event {
        case .decided(let decision, let subjects):
            try insertDecision(decision, inspectionID: id, db)
            try addSubjects(subjects, to: id, db)
        case .announced(let day):
            try setStep("announcement", ["announcedOn": day.databaseValue])
        case .extended(let grantedOn, let days, let reason):
            try db.execute(
                sql: """
                    INSERT INTO inspectionExtension (inspectionId, position, grantedOn, days, reason)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [id, try nextPosition(in: "inspectionExtension", inspectionID: id, db), grantedOn.databaseValue, days, reason])
        case .suspended(let day, let reason):
            // The partial unique index refuses a second suspension while one is open.
            try db.execute(
                sql: """
                    INSERT INTO inspectionSuspension (inspectionId, position, suspendedOn, reason) VALUES (?, ?, ?, ?)
                    """,
                arguments: [id, try nextPosition(in: "inspectionSuspension", inspectionID: id, db), day.databaseValue, reason])
        case .resumed(let day):
            try db.execute(
                sql: "UPDATE inspectionSuspension SET resumedOn = ? WHERE inspectionId = ? AND resumedOn IS NULL",
                arguments: [day.databaseValue, id])
            guard db.changesCount == 1 else {
                throw StoreError(
                    .invalid, "inspection #\(id) is not suspended, so it cannot resume",
                    hint: "see `thanhtra inspection show \(id)`")
            }
        case .onsiteEnded(let day):
            try setStep("end of on-site work", ["onsiteEndedOn": day.databaseValue])
        case .reported(let day):
            try setStep("result report", ["reportedOn": day.databaseValue])
        case .drafted(let day):
            try setStep("draft conclusion", ["draftedOn": day.databaseValue])
        case .concluded(let conclusion):
            if let holder = try Int64.fetchOne(
                db, sql: "SELECT id FROM inspection WHERE conclusionNumber = ? AND substr(concludedOn, 1, 4) = ?",
                arguments: [conclusion.number, conclusion.concludedOn.yearText])
            {
                throw StoreError.duplicateConclusion(conclusion.number, existing: holder)
            }
            try setStep(
                "conclusion", ["conclusionNumber": conclusion.number, "concludedOn": conclusion.concludedOn.databaseValue])
        case .closed(let day):
            try setStep("closing", ["closedOn": day.databaseValue])
        }
        try db.execute(sql: "UPDATE inspection SET state = ? WHERE id = ?", arguments: [state, id])
        if let deadlines = update.deadlines {
            try db.execute(
                sql: "UPDATE inspection SET onsiteDueOn = ?, reportDueOn = ?, conclusionDueOn = ? WHERE id = ?",
                arguments: [deadlines.onsiteDueOn.databaseValue, deadlines.reportDueOn.databaseValue, deadlines.conclusionDueOn.databaseValue, id])
        }
    }

    /// Inserts the decision of inspection `id` and its team members.
    private static func insertDecision(_ decision: InspectionDecision, inspectionID id: Int64, _ db: Database) throws {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM inspectionDecision WHERE inspectionId = ?", arguments: [id]) != nil {
            throw StoreError.stepAlreadyRecorded(id, step: "decision")
        }
        if let holder = try Int64.fetchOne(
            db, sql: "SELECT inspectionId FROM inspectionDecision WHERE number = ? AND substr(decidedOn, 1, 4) = ?",
            arguments: [decision.number, decision.decidedOn.yearText])
        {
            throw StoreError.duplicateInspectionDecision(decision.number, existing: holder)
        }
        try db.execute(
            sql: """
                INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, decision.number, decision.decidedOn.databaseValue, decision.signerTitle, decision.signerName, decision.teamLead,
            ])
        for (position, name) in decision.members.enumerated() {
            try db.execute(
                sql: "INSERT INTO inspectionTeamMember (inspectionId, position, name) VALUES (?, ?, ?)",
                arguments: [id, position, name])
        }
    }

    /// Inserts a finding of inspection `id`; returns its ID.
    static func insertFinding(_ new: NewFinding, inspectionID id: Int64, _ db: Database) throws -> Int64 {
        try requireSubject(new.subjectID, of: id, db)
        try db.execute(
            sql: """
                INSERT INTO finding (inspectionId, subjectId, description, category, amountVND, landAreaDM2)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, new.subjectID.databaseValue, new.description, new.category, new.amountVND.databaseValue, new.landArea.databaseValue])
        return db.lastInsertedRowID
    }

    /// Inserts a recommendation of inspection `id` with its names; returns its ID.
    static func insertRecommendation(_ new: NewRecommendation, inspectionID id: Int64, _ db: Database) throws -> Int64 {
        if let subject = new.subjectID { try requireSubject(subject, of: id, db) }
        if let finding = new.findingID {
            guard try Bool.fetchOne(
                db, sql: "SELECT 1 FROM finding WHERE id = ? AND inspectionId = ?", arguments: [finding.databaseValue, id]) != nil
            else { throw StoreError.findingOfAnotherInspection(finding, of: id) }
        }
        let figures = new.figures
        try db.execute(
            sql: """
                INSERT INTO recommendation (
                    inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2, collectives,
                    persons, cases)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, new.kind.rawValue, new.findingID.databaseValue, new.subjectID.databaseValue, new.description, figures.amountVND.databaseValue,
                figures.landArea.databaseValue, figures.collectives, figures.persons, figures.cases,
            ])
        let recommendationID = db.lastInsertedRowID
        for (position, name) in new.names.enumerated() {
            try db.execute(
                sql: "INSERT INTO recommendationName (recommendationId, position, name) VALUES (?, ?, ?)",
                arguments: [recommendationID, position, name])
        }
        try insertHandling(new.handling, recommendationID: recommendationID, db)
        try insertDocuments(figures.documents, into: "recommendationDocuments", key: "recommendationId", recommendationID, db)
        return recommendationID
    }

    /// Inserts a follow-up of recommendation `id`; returns its ID.
    static func insertFollowUp(_ new: NewFollowUp, recommendationID id: Int64, _ db: Database) throws -> Int64 {
        if let receipt = new.receipt,
            let holder = try Row.fetchOne(
                db,
                sql: """
                    SELECT f.recommendationId, r.inspectionId FROM followUp f
                    JOIN recommendation r ON r.id = f.recommendationId WHERE f.receipt = ?
                    """,
                arguments: [receipt])
        {
            throw StoreError.duplicateFollowUpReceipt(
                receipt, recommendation: holder["recommendationId"], inspection: holder["inspectionId"])
        }
        let figures = new.figures
        try db.execute(
            sql: """
                INSERT INTO followUp (
                    recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases, receipt, note,
                    overReason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, new.doneOn.databaseValue, figures.amountVND.databaseValue, figures.landArea.databaseValue, figures.collectives, figures.persons,
                figures.cases, new.receipt, new.note, new.overReason,
            ])
        let followUpID = db.lastInsertedRowID
        try insertDocuments(figures.documents, into: "followUpDocuments", key: "followUpId", followUpID, db)
        return followUpID
    }

    /// Throws ``StoreError`` `.invalid` unless `subject` is one of inspection `id`'s subjects.
    private static func requireSubject(_ subject: Subject.ID, of id: Int64, _ db: Database) throws {
        guard try Bool.fetchOne(
            db, sql: "SELECT 1 FROM inspectionSubject WHERE inspectionId = ? AND subjectId = ?",
            arguments: [id, subject.databaseValue]) != nil
        else { throw StoreError.notASubject(subject, of: id) }
    }

    /// The position after the last row of `table` for inspection `id`; 0 for its first row.
    private static func nextPosition(in table: String, inspectionID id: Int64, _ db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM \(table) WHERE inspectionId = ?", arguments: [id]) ?? 0
    }

    /// Writes the documents of a policy recommendation or of its follow-up (`recommendationDocuments` or
    /// `followUpDocuments`, keyed by `key` = `id`); nothing for zero, which every other kind has.
    static func insertDocuments(_ documents: Int, into table: String, key: String, _ id: Int64, _ db: Database) throws {
        guard documents != 0 else { return }
        try db.execute(sql: "INSERT INTO \(table) (\(key), documents) VALUES (?, ?)", arguments: [id, documents])
    }

    /// Writes how a handling recommendation asks its collectives and persons to be handled; nothing for `nil`.
    static func insertHandling(_ handling: Recommendation.Handling?, recommendationID: Int64, _ db: Database) throws {
        guard let handling else { return }
        try db.execute(
            sql: "INSERT INTO recommendationHandling (recommendationId, handling) VALUES (?, ?)",
            arguments: [recommendationID, handling.rawValue])
    }
}
