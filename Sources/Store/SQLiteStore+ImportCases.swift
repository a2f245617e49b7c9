public import Casework
import GRDB

/// Writing a batch of legacy penalty cases (`thanhtra import --kind cases`): the rows `case open`, `case decide`,
/// `case deliver` and `case cancel` would have written, in one transaction with one journal entry.
extension SQLiteStore {
    /// Writes `cases` in one transaction, journaled as one entry `command` whose payload `payload` builds from what
    /// was written.
    ///
    /// Each case is stored in its recorded state with its violations and circumstances; a decision with its lines
    /// and its sanctions (``DecisionSanctions``, when the file gives any), as recorded (its `packHash` the import marker). Record and decision numbers are checked again inside the
    /// transaction, so a number someone recorded since the import's check fails the batch with a clear message.
    ///
    /// - Returns: How many cases were written and the IDs of the first and last.
    /// - Throws: ``StoreError`` `.duplicate` for a record or decision number already recorded; `.invalid` for a row
    ///   the schema refuses (an unknown subject). Then nothing of the batch is written or journaled.
    public func importCases(
        _ cases: [LegacyCaseRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try perform(command, context: context) { db in
            let recordHolder = try db.cachedStatement(
                sql: "SELECT id FROM penaltyCase WHERE recordNumber = ? AND substr(recordMadeOn, 1, 4) = ?")
            let decisionHolder = try db.cachedStatement(
                sql: "SELECT caseId FROM penaltyDecision WHERE number = ? AND substr(decidedOn, 1, 4) = ?")
            let insertCase = try db.cachedStatement(
                sql: """
                    INSERT INTO penaltyCase (
                        subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                        openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays, extensionReason,
                        cancelledOn, cancellationReason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertViolation = try db.cachedStatement(
                sql: """
                    INSERT INTO caseViolation (caseId, position, code, sector, committedOn, endedOn, detectedOn, illegalGainVND)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertCircumstance = try db.cachedStatement(
                sql: "INSERT INTO caseCircumstance (caseId, kind, position, code) VALUES (?, ?, ?, ?)")
            let insertOwnCircumstance = try db.cachedStatement(
                sql: """
                    INSERT INTO violationCircumstance (caseId, violationPosition, kind, position, code)
                    VALUES (?, ?, ?, ?, ?)
                    """)
            let insertDecision = try db.cachedStatement(
                sql: """
                    INSERT INTO penaltyDecision (
                        caseId, number, decidedOn, signerTitle, signerName, totalFineVND, totalRemedialVND, packHash,
                        steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertLine = try db.cachedStatement(
                sql: """
                    INSERT INTO decisionLine (
                        caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND, fineVND,
                        isWarning, remedies, remedialVND, steps)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var first: Int64?
            var last: Int64?
            for record in cases {
                let new = record.newCase
                if let existing = try Int64.fetchOne(
                    recordHolder, arguments: [new.record.number, new.record.madeOn.yearText]) {
                    throw StoreError.duplicateRecord(new.record.number, existing: existing)
                }
                try insertCase.execute(arguments: [
                    new.subjectID.databaseValue, new.violatorKind.rawValue, new.record.number, new.record.madeOn.databaseValue, new.record.place,
                    new.openedOn.databaseValue, new.decisionDueOn.databaseValue, new.packHash, record.state.rawValue, new.facts.isComplex,
                    new.facts.explanationRequested, new.facts.isMinor, new.facts.extensionDays,
                    new.facts.extensionReason,
                    record.cancellation?.cancelledOn.databaseValue, record.cancellation?.reason,
                ])
                let id = db.lastInsertedRowID
                if first == nil { first = id }
                last = id
                try Self.insertCaseBody(new.body, caseID: id, db)
                for (position, violation) in new.violations.enumerated() {
                    try insertViolation.execute(arguments: [
                        id, position, violation.code, violation.sector, violation.committedOn.databaseValue, violation.endedOn.databaseValue,
                        violation.detectedOn.databaseValue, violation.illegalGainVND.databaseValue,
                    ])
                    for (kind, codes) in [("mitigating", violation.mitigating), ("aggravating", violation.aggravating)] {
                        for (codePosition, code) in codes.enumerated() {
                            try insertOwnCircumstance.execute(arguments: [id, position, kind, codePosition, code])
                        }
                    }
                }
                for (kind, codes) in [("mitigating", new.mitigating), ("aggravating", new.aggravating)] {
                    for (position, code) in codes.enumerated() {
                        try insertCircumstance.execute(arguments: [id, kind, position, code])
                    }
                }
                guard let decision = record.decision else { continue }
                if let holder = try Int64.fetchOne(
                    decisionHolder, arguments: [decision.number, decision.decidedOn.yearText]) {
                    throw StoreError.duplicateDecisionNumber(decision.number, existing: holder)
                }
                try insertDecision.execute(arguments: [
                    id, decision.number, decision.decidedOn.databaseValue, decision.signerTitle, decision.signerName,
                    decision.totalFineVND.databaseValue, decision.totalRemedialVND.databaseValue, decision.packHash,
                    try Self.canonicalJSON(decision.steps),
                    decision.receivedOn.databaseValue, decision.paymentDueOn.databaseValue, decision.enforcementExpiresOn.databaseValue,
                ])
                for (position, line) in decision.lines.enumerated() {
                    let remedialVND = try line.remedies.reduce(VND.zero) { try $0.adding($1.amountVND) }
                    try insertLine.execute(arguments: [
                        id, position, line.code, line.title, line.legalBasis, line.sector, line.frameMinVND.databaseValue,
                        line.frameMaxVND.databaseValue, line.fineVND.databaseValue, line.isWarning, try Self.canonicalJSON(line.remedies),
                        remedialVND.databaseValue,
                        try Self.canonicalJSON(line.steps),
                    ])
                }
                try Self.insertSanctions(decision.sanctions, caseID: id, db)
            }
            let result = ImportBatchResult(rows: cases.count, firstID: first, lastID: last)
            return (result: result, payload: payload(result))
        }
    }
}
