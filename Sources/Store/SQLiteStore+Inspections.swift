public import Casework
import GRDB

/// Inspections: Casework's ``InspectionStore`` port over the `inspection` tables.
///
/// Every change is one ``perform(_:context:_:)`` transaction with its journal entry. Casework decides what may
/// happen to an inspection (``InspectionCasework``), seeing it as loaded inside the transaction; the store checks only
/// what its tables can tell (subjects exist and belong to the inspection, numbers and receipts are unique, a step
/// is recorded once) and keeps what is recorded.
extension SQLiteStore: InspectionStore {
    /// Opens an inspection in state `open`, journaled as `inspection open` with the stored inspection as payload.
    ///
    /// - Throws: ``StoreError/subjectNotFound(_:)`` for an unknown subject; `.invalid` when the schema refuses a
    ///   value (validate with ``InspectionCasework/open(_:today:)`` first).
    public func openInspection(_ new: NewInspection, context: CommandContext) throws -> Inspection {
        try perform("inspection open", context: context) { db in
            let id = try Self.insertInspection(new, db)
            let stored = try Self.reloadInspection(id, db)
            return (result: stored, payload: stored)
        }
    }

    /// The inspection with all its parts in stored order, or `nil`.
    /// - Throws: ``StoreError``; `.corrupt` when a stored value cannot be read.
    public func inspection(id: Inspection.ID) throws -> Inspection? {
        try read { db in try Inspection.fetchOne(db, id: id.rawValue) }
    }

    /// Changes an inspection in one transaction: loads it, asks `change` what happened, writes that, the new state
    /// and any new due dates, and journals `command` with payload `{"event": …, "inspection": id}` (and
    /// `"deadlines"` when the update carries them).
    ///
    /// ```swift
    /// let announced = try store.updateInspection(id, command: "inspection announce", context: context) { current in
    ///     try InspectionCasework.announce(current, on: day, today: today)
    /// }
    /// ```
    /// - Throws: What `change` throws, unchanged (then nothing is written or journaled);
    ///   ``StoreError/inspectionNotFound(_:)``; `.duplicate` for a decision or conclusion number already used;
    ///   `.invalid` for a step recorded twice or a change the schema refuses.
    public func updateInspection(
        _ id: Inspection.ID, command: String, context: CommandContext,
        _ change: (Inspection) throws -> InspectionUpdate
    ) throws -> Inspection {
        try perform(command, context: context) { db in
            let current = try Self.loadInspection(id.rawValue, db)
            let update = try change(current)
            try Self.record(update, inspectionID: id.rawValue, db)
            let updated = try Self.reloadInspection(id.rawValue, db)
            return (
                result: updated,
                payload: InspectionEventPayload(inspection: id, event: update.event, deadlines: update.deadlines)
            )
        }
    }

    /// Records a finding, journaled as `finding add` with the stored finding as payload.
    ///
    /// - Throws: What `make` throws; ``StoreError/inspectionNotFound(_:)``; `.invalid` for a subject the inspection
    ///   does not cover.
    public func addFinding(
        to id: Inspection.ID, context: CommandContext, _ make: (Inspection) throws -> NewFinding
    ) throws -> Finding {
        try perform("finding add", context: context) { db in
            let new = try make(try Self.loadInspection(id.rawValue, db))
            let findingID = try Self.insertFinding(new, inspectionID: id.rawValue, db)
            let stored = try Self.reloadInspection(id.rawValue, db)
            guard let finding = stored.findings.first(where: { $0.id.rawValue == findingID }) else {
                preconditionFailure("finding #\(findingID) was written in this transaction and must be readable")
            }
            return (result: finding, payload: finding)
        }
    }

    /// Records a recommendation, journaled as `recommend` with the stored recommendation as payload.
    ///
    /// - Throws: What `make` throws; ``StoreError/inspectionNotFound(_:)``; `.invalid` for a finding of another
    ///   inspection, a subject it does not cover, or figures the schema refuses for the kind.
    public func addRecommendation(
        to id: Inspection.ID, context: CommandContext, _ make: (Inspection) throws -> NewRecommendation
    ) throws -> Recommendation {
        try perform("recommend", context: context) { db in
            let new = try make(try Self.loadInspection(id.rawValue, db))
            let recommendationID = try Self.insertRecommendation(new, inspectionID: id.rawValue, db)
            let stored = try Self.reloadInspection(id.rawValue, db)
            guard let recommendation = stored.recommendations.first(where: { $0.id.rawValue == recommendationID }) else {
                preconditionFailure("recommendation #\(recommendationID) was written in this transaction")
            }
            return (result: recommendation, payload: recommendation)
        }
    }

    /// Records a follow-up, journaled as `follow-up record` with the stored follow-up as payload.
    ///
    /// `make` sees the recommendation with every follow-up recorded before, inside the write transaction, so
    /// ``InspectionCasework/recordFollowUp(_:on:_:allowOver:today:)``'s "no more than recommended" holds when written.
    /// - Throws: What `make` throws; ``StoreError/recommendationNotFound(_:)``; `.duplicate` for a receipt already
    ///   recorded.
    public func recordFollowUp(
        on id: Recommendation.ID, context: CommandContext,
        _ make: (Inspection, Recommendation) throws -> NewFollowUp
    ) throws -> FollowUp {
        try perform("follow-up record", context: context) { db in
            guard let inspectionID = try Int64.fetchOne(
                db, sql: "SELECT inspectionId FROM recommendation WHERE id = ?", arguments: [id.databaseValue])
            else { throw StoreError.recommendationNotFound(id) }
            let inspection = try Self.reloadInspection(inspectionID, db)
            guard let recommendation = inspection.recommendations.first(where: { $0.id == id }) else {
                preconditionFailure("recommendation #\(id) belongs to inspection #\(inspectionID)")
            }
            let new = try make(inspection, recommendation)
            let followUpID = try Self.insertFollowUp(new, recommendationID: id.rawValue, db)
            let stored = FollowUp(
                id: FollowUp.ID(rawValue: followUpID), recommendationID: id, doneOn: new.doneOn, figures: new.figures,
                receipt: new.receipt, note: new.note, overReason: new.overReason)
            return (result: stored, payload: stored)
        }
    }

    /// Inspections matching `filter`, by opening date (newest first), then ID (highest first), at most
    /// `filter.limit`. Every criterion is a SQL condition.
    /// - Throws: ``StoreError``.
    public func inspections(_ filter: InspectionFilter) throws -> [Inspection] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        func require(_ condition: String, _ values: [(any DatabaseValueConvertible)?] = []) {
            conditions.append(condition)
            arguments += StatementArguments(values)
        }
        if let state = filter.state { require("i.state = ?", [state.rawValue]) }
        if let mode = filter.mode { require("i.mode = ?", [mode.rawValue]) }
        if let category = filter.category { require("i.category = ?", [category]) }
        if let level = filter.level { require("i.level = ?", [level]) }
        if let subjectID = filter.subjectID {
            require(
                "EXISTS (SELECT 1 FROM inspectionSubject s WHERE s.inspectionId = i.id AND s.subjectId = ?)",
                [subjectID.databaseValue])
        }
        if let from = filter.openedFrom { require("i.openedOn >= ?", [from.databaseValue]) }
        if let before = filter.openedBefore { require("i.openedOn < ?", [before.databaseValue]) }
        if let asOf = filter.onsiteOverdueAsOf { require("i.state = 'onsite' AND i.onsiteDueOn < ?", [asOf.databaseValue]) }
        if let asOf = filter.reportOverdueAsOf { require("i.state = 'onsiteEnded' AND i.reportDueOn < ?", [asOf.databaseValue]) }
        if let asOf = filter.conclusionOverdueAsOf {
            require("i.state IN ('onsiteEnded', 'reported', 'drafted') AND i.conclusionDueOn < ?", [asOf.databaseValue])
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.map { "(\($0))" }.joined(separator: " AND ")
        arguments += [max(0, filter.limit)]
        let sql = "SELECT i.id FROM inspection i \(whereClause) ORDER BY i.openedOn DESC, i.id DESC LIMIT ?"
        return try read { db in
            try Inspection.fetchAll(db, ids: try Int64.fetchAll(db, sql: sql, arguments: arguments))
        }
    }

    /// The inspection, or ``StoreError/inspectionNotFound(_:)``.
    private static func loadInspection(_ id: Int64, _ db: Database) throws -> Inspection {
        guard let inspection = try Inspection.fetchOne(db, id: id) else {
            throw StoreError.inspectionNotFound(Inspection.ID(rawValue: id))
        }
        return inspection
    }

    /// The inspection just written in this transaction.
    private static func reloadInspection(_ id: Int64, _ db: Database) throws -> Inspection {
        guard let stored = try Inspection.fetchOne(db, id: id) else {
            preconditionFailure("inspection #\(id) was written in this transaction and must be readable")
        }
        return stored
    }
}

/// The journal payload of an inspection update: `{"event": {"announced": {"on": "2026-03-02"}}, "inspection": 7}`.
private struct InspectionEventPayload: Encodable {
    var inspection: Inspection.ID
    var event: InspectionEvent
    var deadlines: InspectionDeadlines?
}
