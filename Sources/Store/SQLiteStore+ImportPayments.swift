public import Casework
import GRDB

/// Writing a batch of legacy payments (`thanhtra import --kind payments`): the rows `case pay` would have written,
/// in one transaction with one journal entry.
extension SQLiteStore {
    /// Writes `payments` in one transaction, journaled as one entry `command` whose payload `payload` builds from
    /// what was written; then every decided case of the batch whose payments now cover its fine becomes settled.
    ///
    /// What `case pay` checks against the tables is checked again inside the transaction: the case is decided and
    /// not cancelled, the receipt is new, and no payment takes more of the fine than is still owed.
    ///
    /// - Returns: How many payments were written and the sums paid towards fines and surcharges.
    /// - Throws: ``StoreError`` `.notFound` for an unknown case, `.invalid` for a case without a decision, a
    ///   cancelled one or a payment above what is owed, `.duplicate` for a receipt already recorded. Then nothing
    ///   of the batch is written or journaled.
    public func importPayments(
        _ payments: [LegacyPaymentRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try perform(command, context: context) { db in
            let caseFacts = try db.cachedStatement(
                sql: """
                    SELECT c.state, d.totalFineVND,
                        (SELECT COALESCE(SUM(y.amountVND), 0) FROM payment y WHERE y.caseId = c.id) AS paidVND,
                        (SELECT COALESCE(MAX(y.position) + 1, 0) FROM payment y WHERE y.caseId = c.id) AS nextPosition
                    FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id WHERE c.id = ?
                    """)
            let receiptHolder = try db.cachedStatement(sql: "SELECT caseId FROM payment WHERE receipt = ?")
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
            // Per case of the batch: the fine, what is paid so far and the next position, read once.
            var ledgers: [Int64: (state: String, fine: Int64, paid: Int64, next: Int)] = [:]
            var amount: Int64 = 0
            var surcharge: Int64 = 0
            for record in payments {
                let id = record.caseID.rawValue
                var ledger: (state: String, fine: Int64, paid: Int64, next: Int)
                if let known = ledgers[id] {
                    ledger = known
                } else {
                    guard let row = try Row.fetchOne(caseFacts, arguments: [id]) else {
                        throw StoreError.penaltyCaseNotFound(record.caseID)
                    }
                    guard let fine = row["totalFineVND"] as Int64? else {
                        throw StoreError.noDecision(id, event: "payment")
                    }
                    ledger = (row["state"], fine, row["paidVND"], row["nextPosition"])
                }
                guard ledger.state != PenaltyCase.State.cancelled.rawValue else {
                    throw StoreError(
                        .invalid, "case #\(id) is cancelled; no payment is recorded against it",
                        refusal: .paymentOnCancelledCase(record.caseID))
                }
                let payment = record.payment
                guard payment.amountVND.rawValue <= ledger.fine - ledger.paid else {
                    throw StoreError(
                        .invalid,
                        "the payment \(payment.receipt) of \(payment.amountVND.formatted()) is more than the fine still owed on case #\(id)",
                        hint: "someone may have recorded a payment since the import was checked",
                        refusal: .paymentAboveOwed(record.caseID))
                }
                if let holder = try Int64.fetchOne(receiptHolder, arguments: [payment.receipt]) {
                    throw StoreError.duplicateReceipt(payment.receipt, existing: holder)
                }
                try insert.execute(arguments: [
                    id, ledger.next, payment.paidOn.databaseValue, payment.amountVND.databaseValue, payment.surchargeVND.databaseValue, payment.receipt,
                ])
                ledger.paid += payment.amountVND.rawValue
                ledger.next += 1
                ledgers[id] = ledger
                try VND.accumulate(&amount, payment.amountVND.rawValue, into: "payments in this batch", at: "penalty case #\(id)")
                try VND.accumulate(
                    &surcharge, payment.surchargeVND.rawValue, into: "surcharges in this batch", at: "penalty case #\(id)")
            }
            let settle = try db.cachedStatement(
                sql: "UPDATE penaltyCase SET state = 'settled' WHERE id = ? AND state = 'decided'")
            for (id, ledger) in ledgers where ledger.paid >= ledger.fine {
                try settle.execute(arguments: [id])
            }
            let result = ImportBatchResult(rows: payments.count, amountVND: VND(amount), surchargeVND: VND(surcharge))
            return (result: result, payload: payload(result))
        }
    }
}
