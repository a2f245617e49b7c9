import Casework
import Foundation
import GRDB

/// Reading whole penalty cases: the `penaltyCase` row and the rows of every part table.
///
/// Cases are read in batches, with one query per table for the whole batch, so listing a hundred cases costs the
/// same ten queries as reading one.
extension PenaltyCase {
    /// The cases with these IDs, in the order of `ids`; IDs without a case are skipped.
    ///
    /// - Throws: ``StoreError`` of kind ``StoreError/Kind/corrupt`` when a stored value cannot be read (a date that
    ///   is not `YYYY-MM-DD`, a negative amount, JSON that does not decode); database errors.
    static func fetchAll(_ db: Database, ids: [Int64]) throws -> [PenaltyCase] {
        try fetchInBatches(ids: ids, id: \.id.rawValue) { try fetchBatch(db, ids: $0) }
    }

    /// The case with this ID, or `nil`.
    static func fetchOne(_ db: Database, id: Int64) throws -> PenaltyCase? {
        try fetchAll(db, ids: [id]).first
    }

    /// One batch of cases, in no particular order.
    private static func fetchBatch(_ db: Database, ids: [Int64]) throws -> [PenaltyCase] {
        guard !ids.isEmpty else { return [] }
        let marks = databaseQuestionMarks(count: ids.count)
        /// Rows of a part table for the batch, grouped by case and in stored order.
        func parts(_ table: String, orderedBy order: String = "position") throws -> [Int64: [ColumnReader]] {
            let rows = try batchRows(
                db, sql: "SELECT * FROM \(table) WHERE caseId IN (\(marks)) ORDER BY caseId, \(order)", ids: ids)
            return Dictionary(grouping: rows.map { ColumnReader(row: $0, table: table, caseID: $0["caseId"]) }) {
                $0.ownerID
            }
        }

        let cases = try batchRows(db, sql: "SELECT * FROM penaltyCase WHERE id IN (\(marks))", ids: ids)
        let violations = try parts("caseViolation")
        let circumstances = try parts("caseCircumstance", orderedBy: "kind, position")
        let ownCircumstances = try parts("violationCircumstance", orderedBy: "violationPosition, kind, position")
        let decisions = try parts("penaltyDecision", orderedBy: "caseId")
        let lines = try parts("decisionLine")
        let sanctions = try parts("decisionSanction", orderedBy: "caseId")
        let payments = try parts("payment")
        let installments = try parts("installment")
        let postponements = try parts("postponement")
        let extensions = try parts("decisionDeadlineExtension")
        let bodies = try parts("caseBody", orderedBy: "caseId")

        return try cases.map { row in
            let column = ColumnReader(row: row, table: "penaltyCase", caseID: row["id"])
            let id = column.ownerID
            let circumstanceRows = circumstances[id] ?? []
            func circumstanceCodes(_ kind: String) throws -> [String] {
                try circumstanceRows.filter { try $0("kind") == kind }.map { try $0("code") }
            }
            let loaded = PenaltyCase(
                id: ID(rawValue: id), subjectID: try column("subjectId"),
                violatorKind: try column.enumeration("violatorKind"),
                record: ViolationRecord(
                    number: try column("recordNumber"), madeOn: try column("recordMadeOn"),
                    place: try column("recordPlace")),
                violations: try withOwnCircumstances(
                    (violations[id] ?? []).map(makeViolation), ownCircumstances[id] ?? []),
                mitigating: try circumstanceCodes("mitigating"), aggravating: try circumstanceCodes("aggravating"),
                facts: try makeFacts(column, extensions: extensions[id] ?? []),
                openedOn: try column("openedOn"), decisionDueOn: try column("decisionDueOn"),
                openedWithPack: try column("openedWithPack"), state: try column.enumeration("state"),
                decision: try decisions[id]?.first.map {
                    try makeDecision($0, lines: lines[id] ?? [], sanctions: sanctions[id]?.first)
                },
                payments: try (payments[id] ?? []).map {
                    Payment(
                        paidOn: try $0("paidOn"), amountVND: try $0("amountVND"), surchargeVND: try $0("surchargeVND"),
                        receipt: try $0("receipt"))
                },
                installments: try (installments[id] ?? []).map {
                    Installment(dueOn: try $0("dueOn"), amountVND: try $0("amountVND"))
                },
                postponements: try (postponements[id] ?? []).map {
                    Postponement(fromOn: try $0("fromOn"), untilOn: try $0("untilOn"), reason: try $0("reason"))
                },
                cancellation: try makeCancellation(column), body: try bodies[id]?.first.map { try $0("body") })
            guard loaded.amountsAddUp else {
                throw StoreError(
                    .corrupt, "penalty case #\(id): its payments add up to more than a 64-bit count of đồng",
                    hint: "the database was changed outside thanhtra; restore it from a backup")
            }
            return loaded
        }
    }

    private static func makeViolation(_ column: ColumnReader) throws -> CaseViolation {
        CaseViolation(
            code: try column("code"), sector: try column("sector"), committedOn: try column("committedOn"),
            endedOn: try column("endedOn"), detectedOn: try column("detectedOn"),
            illegalGainVND: try column("illegalGainVND"))
    }

    /// `violations` with their own circumstances (`violationCircumstance` rows, in order) put on each.
    private static func withOwnCircumstances(
        _ violations: [CaseViolation], _ rows: [ColumnReader]
    ) throws -> [CaseViolation] {
        var violations = violations
        for row in rows {
            let position: Int = try row("violationPosition")
            guard violations.indices.contains(position) else {
                throw StoreError(
                    .corrupt, "penalty case #\(row.ownerID): a circumstance names violation \(position + 1), which the case has not",
                    hint: "the database was changed outside thanhtra; restore it from a backup")
            }
            let code: String = try row("code")
            switch try row("kind") as String {
            case "mitigating": violations[position].mitigating.append(code)
            default: violations[position].aggravating.append(code)
            }
        }
        return violations
    }

    /// The facts as opened, with every granted extension of the decision deadline added: the days summed and the
    /// latest reason, as Casework applies a ``CaseEvent/decisionDeadlineExtended(newDueOn:days:reason:)``.
    private static func makeFacts(_ column: ColumnReader, extensions: [ColumnReader]) throws -> CaseFacts {
        var facts = CaseFacts(
            isComplex: try column("isComplex"), explanationRequested: try column("explanationRequested"),
            isMinor: try column("isMinor"), extensionDays: try column("extensionDays"),
            extensionReason: try column("extensionReason"))
        for granted in extensions {
            facts.extensionDays += try granted("days") as Int
            facts.extensionReason = try granted("reason") as String
        }
        return facts
    }

    private static func makeDecision(_ column: ColumnReader, lines: [ColumnReader], sanctions: ColumnReader?) throws
        -> PenaltyDecision
    {
        PenaltyDecision(
            number: try column("number"), decidedOn: try column("decidedOn"), signerTitle: try column("signerTitle"),
            signerName: try column("signerName"),
            lines: try lines.map { line in
                FineLine(
                    code: try line("code"), title: try line("title"), legalBasis: try line("legalBasis"),
                    sector: try line("sector"), frameMinVND: try line("frameMinVND"),
                    frameMaxVND: try line("frameMaxVND"), fineVND: try line("fineVND"), isWarning: try line("isWarning"),
                    remedies: try line.json("remedies"), steps: try line.json("steps"))
            },
            totalFineVND: try column("totalFineVND"), totalRemedialVND: try column("totalRemedialVND"),
            packHash: try column("packHash"), steps: try column.json("steps"), receivedOn: try column("receivedOn"),
            paymentDueOn: try column("paymentDueOn"), enforcementExpiresOn: try column("enforcementExpiresOn"),
            sanctions: try sanctions.map(DecisionSanctions.make))
    }

    private static func makeCancellation(_ column: ColumnReader) throws -> Cancellation? {
        let cancelledOn: CalendarDate? = try column("cancelledOn")
        let reason: String? = try column("cancellationReason")
        guard let cancelledOn, let reason else { return nil }
        return Cancellation(cancelledOn: cancelledOn, reason: reason)
    }
}
