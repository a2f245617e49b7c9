import Casework
import GRDB

/// Writing penalty cases: the rows of a new case, and the rows each ``CaseEvent`` appends.
///
/// These run inside a command's transaction (see ``SQLiteStore/perform(_:context:_:)``), so the checks they make
/// before writing cannot be raced by another writer.
extension SQLiteStore {
    /// Inserts a new case with its violations and circumstances, in state `open`.
    ///
    /// - Returns: The new case's ID.
    /// - Throws: ``StoreError`` `.notFound` for an unknown subject, `.duplicate` for a record number already used.
    static func insertCase(_ new: NewPenaltyCase, _ db: Database) throws -> Int64 {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM subject WHERE id = ?", arguments: [new.subjectID.databaseValue]) != nil else {
            throw StoreError.subjectNotFound(new.subjectID)
        }
        if let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM penaltyCase WHERE recordNumber = ? AND substr(recordMadeOn, 1, 4) = ?",
            arguments: [new.record.number, new.record.madeOn.yearText])
        {
            throw StoreError.duplicateRecord(new.record.number, existing: existing)
        }
        try db.execute(
            sql: """
                INSERT INTO penaltyCase (
                    subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                    openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays, extensionReason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                new.subjectID.databaseValue, new.violatorKind.rawValue, new.record.number, new.record.madeOn.databaseValue, new.record.place,
                new.openedOn.databaseValue, new.decisionDueOn.databaseValue, new.packHash, PenaltyCase.State.open.rawValue, new.facts.isComplex,
                new.facts.explanationRequested, new.facts.isMinor, new.facts.extensionDays, new.facts.extensionReason,
            ])
        let id = db.lastInsertedRowID
        for (position, violation) in new.violations.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO caseViolation (
                        caseId, position, code, sector, committedOn, endedOn, detectedOn, illegalGainVND)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position, violation.code, violation.sector, violation.committedOn.databaseValue, violation.endedOn.databaseValue,
                    violation.detectedOn.databaseValue, violation.illegalGainVND.databaseValue,
                ])
            for (kind, codes) in [("mitigating", violation.mitigating), ("aggravating", violation.aggravating)] {
                for (codePosition, code) in codes.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO violationCircumstance (caseId, violationPosition, kind, position, code)
                            VALUES (?, ?, ?, ?, ?)
                            """,
                        arguments: [id, position, kind, codePosition, code])
                }
            }
        }
        for (kind, codes) in [("mitigating", new.mitigating), ("aggravating", new.aggravating)] {
            for (position, code) in codes.enumerated() {
                try db.execute(
                    sql: "INSERT INTO caseCircumstance (caseId, kind, position, code) VALUES (?, ?, ?, ?)",
                    arguments: [id, kind, position, code])
            }
        }
        try insertCaseBody(new.body, caseID: id, db)
        return id
    }

    /// Writes what `event` adds to case `id` (but not the new state).
    ///
    /// - Throws: ``StoreError`` `.duplicate` for a receipt or decision number already recorded (naming the case
    ///   that has it) or a second decision; `.invalid` for a delivery or payment without a decision, a second
    ///   delivery or a second cancellation.
    static func record(_ event: CaseEvent, caseID id: Int64, _ db: Database) throws {
        switch event {
        case .decided(let decision):
            try insertDecision(decision, caseID: id, db)
        case .delivered(let receivedOn, let paymentDueOn):
            try requireDecision(id, event: "delivery", db)
            // Set once: only a decision that was never delivered is updated.
            try db.execute(
                sql: """
                    UPDATE penaltyDecision SET receivedOn = ?, paymentDueOn = ?
                    WHERE caseId = ? AND receivedOn IS NULL AND paymentDueOn IS NULL
                    """,
                arguments: [receivedOn.databaseValue, paymentDueOn.databaseValue, id])
            guard db.changesCount == 1 else { throw StoreError.alreadyDelivered(id) }
        case .paid(let payment):
            try requireDecision(id, event: "payment", db)
            if let holder = try Int64.fetchOne(
                db, sql: "SELECT caseId FROM payment WHERE receipt = ?", arguments: [payment.receipt])
            {
                throw StoreError.duplicateReceipt(payment.receipt, existing: holder)
            }
            try db.execute(
                sql: """
                    INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, try nextPosition(in: "payment", caseID: id, db), payment.paidOn.databaseValue, payment.amountVND.databaseValue,
                    payment.surchargeVND.databaseValue, payment.receipt,
                ])
        case .installmentsApproved(let installments):
            let first = try nextPosition(in: "installment", caseID: id, db)
            for (offset, installment) in installments.enumerated() {
                try db.execute(
                    sql: "INSERT INTO installment (caseId, position, dueOn, amountVND) VALUES (?, ?, ?, ?)",
                    arguments: [id, first + offset, installment.dueOn.databaseValue, installment.amountVND.databaseValue])
            }
        case .postponed(let postponement):
            try db.execute(
                sql: "INSERT INTO postponement (caseId, position, fromOn, untilOn, reason) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    id, try nextPosition(in: "postponement", caseID: id, db), postponement.fromOn.databaseValue,
                    postponement.untilOn.databaseValue, postponement.reason,
                ])
        case .decisionDeadlineExtended(let newDueOn, let days, let reason):
            try db.execute(
                sql: """
                    INSERT INTO decisionDeadlineExtension (caseId, position, newDueOn, days, reason)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, try nextPosition(in: "decisionDeadlineExtension", caseID: id, db), newDueOn.databaseValue, days, reason,
                ])
            try db.execute(sql: "UPDATE penaltyCase SET decisionDueOn = ? WHERE id = ?", arguments: [newDueOn.databaseValue, id])
        case .cancelled(let cancellation):
            // The state is written with the cancellation: the schema requires both or neither.
            try db.execute(
                sql: """
                    UPDATE penaltyCase SET cancelledOn = ?, cancellationReason = ?, state = ?
                    WHERE id = ? AND cancelledOn IS NULL
                    """,
                arguments: [
                    cancellation.cancelledOn.databaseValue, cancellation.reason, PenaltyCase.State.cancelled.rawValue, id,
                ])
            guard db.changesCount == 1 else { throw StoreError.alreadyCancelled(id) }
        }
    }

    /// Inserts the decision of case `id` and its lines; each line's `remedialVND` is the sum of its remedies.
    private static func insertDecision(_ decision: PenaltyDecision, caseID id: Int64, _ db: Database) throws {
        if let existing = try String.fetchOne(
            db, sql: "SELECT number FROM penaltyDecision WHERE caseId = ?", arguments: [id])
        {
            throw StoreError.alreadyDecided(id, number: existing)
        }
        if let holder = try Int64.fetchOne(
            db, sql: "SELECT caseId FROM penaltyDecision WHERE number = ? AND substr(decidedOn, 1, 4) = ?",
            arguments: [decision.number, decision.decidedOn.yearText])
        {
            throw StoreError.duplicateDecisionNumber(decision.number, existing: holder)
        }
        try db.execute(
            sql: """
                INSERT INTO penaltyDecision (
                    caseId, number, decidedOn, signerTitle, signerName, totalFineVND, totalRemedialVND, packHash,
                    steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, decision.number, decision.decidedOn.databaseValue, decision.signerTitle, decision.signerName,
                decision.totalFineVND.databaseValue, decision.totalRemedialVND.databaseValue, decision.packHash, try canonicalJSON(decision.steps),
                decision.receivedOn.databaseValue, decision.paymentDueOn.databaseValue, decision.enforcementExpiresOn.databaseValue,
            ])
        for (position, line) in decision.lines.enumerated() {
            let remedialVND = try line.remedies.reduce(VND.zero) { try $0.adding($1.amountVND) }
            try db.execute(
                sql: """
                    INSERT INTO decisionLine (
                        caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND, fineVND,
                        isWarning, remedies, remedialVND, steps)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position, line.code, line.title, line.legalBasis, line.sector, line.frameMinVND.databaseValue,
                    line.frameMaxVND.databaseValue, line.fineVND.databaseValue, line.isWarning, try canonicalJSON(line.remedies), remedialVND.databaseValue,
                    try canonicalJSON(line.steps),
                ])
        }
        try insertSanctions(decision.sanctions, caseID: id, db)
    }

    /// Throws ``StoreError`` `.invalid` unless case `id` has a decision.
    private static func requireDecision(_ id: Int64, event: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM penaltyDecision WHERE caseId = ?", arguments: [id]) != nil
        else { throw StoreError.noDecision(id, event: event) }
    }

    /// The position after the last row of `table` for case `id`; 0 for its first row.
    private static func nextPosition(in table: String, caseID id: Int64, _ db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM \(table) WHERE caseId = ?", arguments: [id]) ?? 0
    }
}
