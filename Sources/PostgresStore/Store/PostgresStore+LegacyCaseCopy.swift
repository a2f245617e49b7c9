public import Casework
import PostgresNIO

/// The bulk writes of an import of penalty cases and payments: the checks SQLite's store makes row by row, made for
/// the whole batch with one look-up per kind of number, then one `COPY … FROM STDIN` per table instead of a statement
/// per row. The refusals are the row-by-row ones, for the first offending row in the order given (a number recorded
/// before, or by an earlier row of the batch); the rollup triggers see the rows once per table, as one statement.
extension PostgresStore {
    /// Writes a batch of cases (each with its decision and cancellation when it has them) in one transaction.
    ///
    /// - Throws: ``StoreError`` `.duplicate` for a record or decision number already used in its year.
    public func importCases(
        _ cases: [LegacyCaseRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try importBatch(command, context: context, payload: payload) { try Self.copyCases(cases, $0) }
    }

    /// Writes a batch of payments in one transaction, settling each decided case its payments pay off.
    ///
    /// - Throws: ``StoreError`` for an unknown or undecided case, a cancelled case, a payment above what is owed, a
    ///   receipt already recorded.
    public func importPayments(
        _ payments: [LegacyPaymentRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try importBatch(command, context: context, payload: payload) { try Self.copyPayments(payments, $0) }
    }

    /// One batch of an import: `write` in one transaction holding the write lock, journaled as `command` with the
    /// payload `payload` builds from its result.
    func importBatch(
        _ command: String, context: CommandContext, payload: (ImportBatchResult) -> ImportBatchPayload,
        _ write: (PGSession) throws -> ImportBatchResult
    ) throws -> ImportBatchResult {
        try perform(command, context: context) { session in
            let result = try write(session)
            return (result: result, payload: payload(result))
        }
    }

    /// Checks `cases` against the numbers recorded (one look-up for the record numbers, one for the decision
    /// numbers, each within its year) and against each other, then takes their IDs from the sequence and writes them
    /// with one COPY per table.
    static func copyCases(_ cases: [LegacyCaseRecord], _ session: PGSession) throws -> ImportBatchResult {
        var records = try recorded(
            cases.map { RecordedKey($0.newCase.record.number, year: $0.newCase.record.madeOn.year) }, as: .caseRecordNumber,
            session
        ).mapValues(BatchHolder.recorded)
        var decisions = try recorded(
            cases.compactMap { $0.decision.map { RecordedKey($0.number, year: $0.decidedOn.year) } },
            as: .penaltyDecisionNumber, session
        ).mapValues(BatchHolder.recorded)
        for (index, record) in cases.enumerated() {
            let number = record.newCase.record
            let recordKey = RecordedKey(number.number, year: number.madeOn.year)
            if let holder = records[recordKey] {
                throw StoreError.duplicateRecord(number.number, existing: try holder.id(in: "penaltycase", session))
            }
            records[recordKey] = .batch(index)
            guard let decision = record.decision else { continue }
            let decisionKey = RecordedKey(decision.number, year: decision.decidedOn.year)
            if let holder = decisions[decisionKey] {
                throw StoreError.duplicateDecisionNumber(
                    decision.number, existing: try holder.id(in: "penaltycase", session))
            }
            decisions[decisionKey] = .batch(index)
        }
        let ids = try session.reserveIDs(cases.count, of: "penaltycase")
        var tables = CaseTables()
        for (record, id) in zip(cases, ids) {
            tables.add(record.newCase, id: id, state: record.state, cancellation: record.cancellation)
            if let decision = record.decision { try tables.add(decision, caseID: id) }
        }
        try tables.copy(session)
        return ImportBatchResult(rows: cases.count, firstID: ids.first, lastID: ids.last)
    }

    /// What a case needs to know to take a payment: its state, fine, what is paid and the next payment's position.
    private struct Ledger {
        var state: String
        var fine: Int64?
        var paid: Int64
        var next: Int64
    }

    /// Checks `payments` in the order given against their cases' ledgers (read in one query) and the receipts
    /// recorded (one look-up), writes them with one COPY, and settles in one statement each decided case they pay
    /// off.
    static func copyPayments(_ payments: [LegacyPaymentRecord], _ session: PGSession) throws -> ImportBatchResult {
        let caseIDs = Array(Set(payments.map(\.caseID.rawValue))).sorted()
        var ledgers: [Int64: Ledger] = [:]
        for row in try session.rows(
            """
            SELECT c.id, c.state, d.totalFineVND,
                (SELECT COALESCE(SUM(y.amountVND), 0) FROM payment y WHERE y.caseId = c.id)::bigint AS paidVND,
                (SELECT COALESCE(MAX(y.position) + 1, 0) FROM payment y WHERE y.caseId = c.id)::bigint AS nextPosition
            FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id WHERE c.id = ANY(\(caseIDs))
            """)
        {
            ledgers[try row.int64("id")] = Ledger(
                state: try row.string("state"), fine: try row.optionalInt64("totalFineVND"),
                paid: try row.int64("paidVND"), next: try row.int64("nextPosition"))
        }
        var receipts = try recorded(payments.map { RecordedKey($0.payment.receipt) }, as: .paymentReceipt, session)
        var rows = PGCopyRows()
        var amount: Int64 = 0
        var surcharge: Int64 = 0
        for record in payments {
            let id = record.caseID.rawValue
            guard var ledger = ledgers[id] else { throw StoreError.penaltyCaseNotFound(record.caseID) }
            guard let fine = ledger.fine else { throw StoreError.noDecision(id, event: "payment") }
            guard ledger.state != PenaltyCase.State.cancelled.rawValue else {
                throw StoreError(
                    .invalid, "case #\(id) is cancelled; no payment is recorded against it",
                    refusal: .paymentOnCancelledCase(record.caseID))
            }
            let payment = record.payment
            guard payment.amountVND.rawValue <= fine - ledger.paid else {
                throw StoreError(
                    .invalid,
                    "the payment \(payment.receipt) of \(payment.amountVND.formatted()) is more than the fine still "
                        + "owed on case #\(id)",
                    hint: "someone may have recorded a payment since the import was checked",
                    refusal: .paymentAboveOwed(record.caseID))
            }
            if let holder = receipts[RecordedKey(payment.receipt)] {
                throw StoreError.duplicateReceipt(payment.receipt, existing: holder)
            }
            receipts[RecordedKey(payment.receipt)] = id
            rows.row { fields in
                fields.int(id)
                fields.int(ledger.next)
                fields.date(payment.paidOn)
                fields.int(payment.amountVND.rawValue)
                fields.int(payment.surchargeVND.rawValue)
                fields.text(payment.receipt)
            }
            ledger.paid += payment.amountVND.rawValue
            ledger.next += 1
            ledgers[id] = ledger
            try VND.accumulate(
                &amount, payment.amountVND.rawValue, into: "payments in this batch", at: "penalty case #\(id)")
            try VND.accumulate(
                &surcharge, payment.surchargeVND.rawValue, into: "surcharges in this batch", at: "penalty case #\(id)")
        }
        try session.copy(
            into: "payment", columns: ["caseid", "position", "paidon", "amountvnd", "surchargevnd", "receipt"], rows: rows)
        let settled = caseIDs.filter { id in
            guard let ledger = ledgers[id], let fine = ledger.fine else { return false }
            return ledger.paid >= fine
        }
        if !settled.isEmpty {
            try session.execute("UPDATE penaltyCase SET state = 'settled' WHERE id = ANY(\(settled)) AND state = 'decided'")
        }
        return ImportBatchResult(rows: payments.count, amountVND: VND(amount), surchargeVND: VND(surcharge))
    }
}

/// Who holds a number or receipt met while a batch is checked: a row recorded before, or an earlier row of the batch,
/// not written yet.
enum BatchHolder {
    /// A recorded row, by ID.
    case recorded(Int64)
    /// The row at this index of the batch.
    case batch(Int)

    /// The holder's ID, to name it in a refusal. An earlier row of the batch has none yet: it gets the one it would
    /// have been written with (the sequence's values up to it are taken, as writing the rows before the refused one
    /// would have taken them), so the refusal reads as SQLite's, which writes row by row.
    func id(in table: String, _ session: PGSession) throws -> Int64 {
        switch self {
        case .recorded(let id): return id
        case .batch(let index): return try session.reserveIDs(index + 1, of: table)[index]
        }
    }
}

/// The rows of a batch of cases, one ``PGCopyRows`` per table, in the columns of the store's single-row inserts
/// (``PostgresStore/insertCase(_:state:cancellation:checkingSubject:_:)``, ``PostgresStore/insertDecision(_:caseID:_:)``).
private struct CaseTables {
    var cases = PGCopyRows()
    var violations = PGCopyRows()
    var violationCircumstances = PGCopyRows()
    var caseCircumstances = PGCopyRows()
    var decisions = PGCopyRows()
    var lines = PGCopyRows()
    var sanctions = PGCopyRows()
    var bodies = PGCopyRows()

    mutating func add(_ new: NewPenaltyCase, id: Int64, state: PenaltyCase.State, cancellation: Cancellation?) {
        cases.row { fields in
            fields.int(id)
            fields.int(new.subjectID.rawValue)
            fields.text(new.violatorKind.rawValue)
            fields.text(new.record.number)
            fields.date(new.record.madeOn)
            fields.text(new.record.place)
            fields.date(new.openedOn)
            fields.date(new.decisionDueOn)
            fields.text(new.packHash)
            fields.text(state.rawValue)
            fields.bool(new.facts.isComplex)
            fields.bool(new.facts.explanationRequested)
            fields.bool(new.facts.isMinor)
            fields.int(Int64(new.facts.extensionDays))
            fields.text(new.facts.extensionReason)
            fields.date(cancellation?.cancelledOn)
            fields.text(cancellation?.reason)
        }
        for (position, violation) in new.violations.enumerated() {
            violations.row { fields in
                fields.int(id)
                fields.int(Int64(position))
                fields.text(violation.code)
                fields.text(violation.sector)
                fields.date(violation.committedOn)
                fields.date(violation.endedOn)
                fields.date(violation.detectedOn)
                fields.int(violation.illegalGainVND.rawValue)
            }
            for (kind, codes) in [("mitigating", violation.mitigating), ("aggravating", violation.aggravating)] {
                for (codePosition, code) in codes.enumerated() {
                    violationCircumstances.row { fields in
                        fields.int(id)
                        fields.int(Int64(position))
                        fields.text(kind)
                        fields.int(Int64(codePosition))
                        fields.text(code)
                    }
                }
            }
        }
        for (kind, codes) in [("mitigating", new.mitigating), ("aggravating", new.aggravating)] {
            for (position, code) in codes.enumerated() {
                caseCircumstances.row { fields in
                    fields.int(id)
                    fields.text(kind)
                    fields.int(Int64(position))
                    fields.text(code)
                }
            }
        }
        if let body = new.body {
            bodies.row { fields in
                fields.int(id)
                fields.text(body)
            }
        }
    }

    mutating func add(_ decision: PenaltyDecision, caseID id: Int64) throws {
        let steps = try PostgresStore.canonicalJSON(decision.steps)
        decisions.row { fields in
            fields.int(id)
            fields.text(decision.number)
            fields.date(decision.decidedOn)
            fields.text(decision.signerTitle)
            fields.text(decision.signerName)
            fields.int(decision.totalFineVND.rawValue)
            fields.int(decision.totalRemedialVND.rawValue)
            fields.text(decision.packHash)
            fields.text(steps)
            fields.date(decision.receivedOn)
            fields.date(decision.paymentDueOn)
            fields.date(decision.enforcementExpiresOn)
        }
        for (position, line) in decision.lines.enumerated() {
            let remedialVND = try line.remedies.reduce(VND.zero) { try $0.adding($1.amountVND) }
            let remedies = try PostgresStore.canonicalJSON(line.remedies)
            let steps = try PostgresStore.canonicalJSON(line.steps)
            lines.row { fields in
                fields.int(id)
                fields.int(Int64(position))
                fields.text(line.code)
                fields.text(line.title)
                fields.text(line.legalBasis)
                fields.text(line.sector)
                fields.int(line.frameMinVND.rawValue)
                fields.int(line.frameMaxVND.rawValue)
                fields.int(line.fineVND.rawValue)
                fields.bool(line.isWarning)
                fields.text(remedies)
                fields.int(remedialVND.rawValue)
                fields.text(steps)
            }
        }
        if let recorded = decision.sanctions, !recorded.isEmpty {
            sanctions.row { fields in
                fields.int(id)
                fields.int(recorded.confiscatedVND.rawValue)
                fields.int(Int64(recorded.licenceRevocations))
                fields.int(Int64(recorded.activitySuspensions))
                fields.int(Int64(recorded.remedialMeasures))
            }
        }
    }

    /// Sends every table, parents before children (the foreign keys are checked at the end of each COPY).
    func copy(_ session: PGSession) throws {
        try session.copy(
            into: "penaltycase",
            columns: [
                "id", "subjectid", "violatorkind", "recordnumber", "recordmadeon", "recordplace", "openedon",
                "decisiondueon", "openedwithpack", "state", "iscomplex", "explanationrequested", "isminor",
                "extensiondays", "extensionreason", "cancelledon", "cancellationreason",
            ], rows: cases)
        try session.copy(
            into: "caseviolation",
            columns: [
                "caseid", "position", "code", "sector", "committedon", "endedon", "detectedon", "illegalgainvnd",
            ], rows: violations)
        try session.copy(
            into: "violationcircumstance", columns: ["caseid", "violationposition", "kind", "position", "code"],
            rows: violationCircumstances)
        try session.copy(
            into: "casecircumstance", columns: ["caseid", "kind", "position", "code"], rows: caseCircumstances)
        try session.copy(
            into: "penaltydecision",
            columns: [
                "caseid", "number", "decidedon", "signertitle", "signername", "totalfinevnd", "totalremedialvnd",
                "packhash", "steps", "receivedon", "paymentdueon", "enforcementexpireson",
            ], rows: decisions)
        try session.copy(
            into: "decisionline",
            columns: [
                "caseid", "position", "code", "title", "legalbasis", "sector", "frameminvnd", "framemaxvnd", "finevnd",
                "iswarning", "remedies", "remedialvnd", "steps",
            ], rows: lines)
        try session.copy(
            into: "decisionsanction",
            columns: ["caseid", "confiscatedvnd", "licencerevocations", "activitysuspensions", "remedialmeasures"],
            rows: sanctions)
        try session.copy(into: "casebody", columns: ["caseid", "body"], rows: bodies)
    }
}
