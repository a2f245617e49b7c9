public import Casework
import GRDB

/// Penalty cases: Casework's ``PenaltyCaseStore`` port over the `penaltyCase` tables.
///
/// Every change is one ``perform(_:context:_:)`` transaction with its journal entry. Casework decides what may
/// happen to a case; the store checks only what its tables can tell (the subject exists, numbers are unique, a
/// decision is delivered once) and keeps what is recorded.
extension SQLiteStore: PenaltyCaseStore {
    /// Opens a case in state `open`, journaled as `case open` with the stored case (including its new ID) as
    /// payload.
    ///
    /// - Returns: The stored case.
    /// - Throws: ``StoreError`` of kind ``StoreError/Kind/notFound`` for an unknown subject
    ///   (``StoreError/subjectNotFound(_:)``); ``StoreError/Kind/duplicate`` when the violation record already has
    ///   a case: `violation record BB-12/2026 is already case #4` (each face adds where to look).
    public func openCase(_ new: NewPenaltyCase, context: CommandContext) throws -> PenaltyCase {
        try perform("case open", context: context) { db in
            let id = try Self.insertCase(new, db)
            let stored = try Self.reload(id, db)
            return (result: stored, payload: stored)
        }
    }

    /// The case with all its parts in stored order, or `nil`.
    ///
    /// ``CaseFacts/extensionDays`` and ``CaseFacts/extensionReason`` include every extension granted since
    /// opening: the days added up, the latest reason.
    /// - Throws: ``StoreError``; `.corrupt` when a stored value cannot be read.
    public func penaltyCase(id: PenaltyCase.ID) throws -> PenaltyCase? {
        try read { db in try PenaltyCase.fetchOne(db, id: id.rawValue) }
    }

    /// Changes a case in one transaction: loads it, asks `change` what happened, writes that and the new state,
    /// and journals `command` with payload `{"case": id, "event": …}`.
    ///
    /// `change` sees the case as it is inside the write transaction, so a check it makes (a payment no larger than
    /// what is owed) holds when the change is written, even with other processes writing to the same file.
    /// `change` must not use the store.
    ///
    /// ```swift
    /// let paid = try store.updateCase(id, command: "case pay", context: context) { current in
    ///     try PenaltyCasework.pay(current, amountVND: amount, …)
    /// }
    /// ```
    /// - Returns: The case as stored after the change.
    /// - Throws: What `change` throws, unchanged (then nothing is written or journaled);
    ///   ``StoreError/penaltyCaseNotFound(_:)`` for an unknown case; ``StoreError`` `.duplicate` for a receipt or
    ///   decision number already recorded (naming the case that has it) or a second decision; `.invalid` for a
    ///   delivery or payment without a decision, a second delivery or cancellation, or a change the schema refuses.
    public func updateCase(
        _ id: PenaltyCase.ID, command: String, context: CommandContext,
        _ change: (PenaltyCase) throws -> CaseUpdate
    ) throws -> PenaltyCase {
        try perform(command, context: context) { db in
            guard let current = try PenaltyCase.fetchOne(db, id: id.rawValue) else {
                throw StoreError.penaltyCaseNotFound(id)
            }
            let update = try change(current)
            try Self.record(update.event, caseID: id.rawValue, db)
            try db.execute(
                sql: "UPDATE penaltyCase SET state = ? WHERE id = ?", arguments: [update.newState.rawValue, id.databaseValue])
            let updated = try Self.reload(id.rawValue, db)
            return (result: updated, payload: CaseEventPayload(case: id, event: update.event, signing: update.signing))
        }
    }

    /// Cases matching `filter`, by record date (newest first), then ID (highest first), at most `filter.limit`.
    ///
    /// Every criterion is a SQL condition; the outstanding fine is the decision's `totalFineVND` less the sum of
    /// the case's `payment.amountVND`. "Decided" means in state `decided` (not settled, not cancelled).
    /// - Throws: ``StoreError``.
    public func penaltyCases(_ filter: PenaltyCaseFilter) throws -> [PenaltyCase] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        func require(_ condition: String, _ values: [(any DatabaseValueConvertible)?] = []) {
            conditions.append(condition)
            arguments += StatementArguments(values)
        }
        let decided = PenaltyCase.State.decided.rawValue
        let owesFine = """
            d.totalFineVND > COALESCE((SELECT SUM(p.amountVND) FROM payment p WHERE p.caseId = c.id), 0)
            """
        if let state = filter.state { require("c.state = ?", [state.rawValue]) }
        if let subjectID = filter.subjectID { require("c.subjectId = ?", [subjectID.databaseValue]) }
        if let sector = filter.sector {
            require("EXISTS (SELECT 1 FROM caseViolation v WHERE v.caseId = c.id AND v.sector = ?)", [sector])
        }
        if let from = filter.recordFrom { require("c.recordMadeOn >= ?", [from.databaseValue]) }
        if let before = filter.recordBefore { require("c.recordMadeOn < ?", [before.databaseValue]) }
        if let asOf = filter.decisionOverdueAsOf {
            require("c.state = ? AND c.decisionDueOn < ?", [PenaltyCase.State.open.rawValue, asOf.databaseValue])
        }
        if let asOf = filter.paymentOverdueAsOf {
            require("c.state = ? AND d.paymentDueOn < ? AND \(owesFine)", [decided, asOf.databaseValue])
        }
        if filter.unpaidOnly { require("c.state = ? AND \(owesFine)", [decided]) }
        if let before = filter.enforcementExpiresBefore {
            require("c.state = ? AND d.enforcementExpiresOn < ?", [decided, before.databaseValue])
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.map { "(\($0))" }.joined(separator: " AND ")
        arguments += [max(0, filter.limit)]
        let sql = """
            SELECT c.id FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id
            \(whereClause)
            ORDER BY c.recordMadeOn DESC, c.id DESC
            LIMIT ?
            """
        return try read { db in
            let ids = try Int64.fetchAll(db, sql: sql, arguments: arguments)
            return try PenaltyCase.fetchAll(db, ids: ids)
        }
    }

    /// The case just written in this transaction.
    private static func reload(_ id: Int64, _ db: Database) throws -> PenaltyCase {
        guard let stored = try PenaltyCase.fetchOne(db, id: id) else {
            preconditionFailure("penalty case #\(id) was written in this transaction and must be readable")
        }
        return stored
    }
}

/// The journal payload of a case update: `{"case": 7, "event": {"paid": {"_0": {…}}}}`.
private struct CaseEventPayload: Encodable {
    var `case`: PenaltyCase.ID
    var event: CaseEvent
    /// Who signed under which title, and how it was held (a database with accounts); omitted when `nil`.
    var signing: SigningAuthority?
}
