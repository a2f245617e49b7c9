public import Casework
import PostgresNIO

/// Reading whole penalty cases: the `penaltyCase` row and the rows of every part table, one query per table for the
/// whole batch.
extension PostgresStore {
    /// The cases with these IDs, in the order of `ids`; IDs without a case are skipped.
    ///
    /// - Throws: ``StoreError`` `.corrupt` when a stored value cannot be read; database errors.
    static func penaltyCases(ids: [Int64], _ session: PGSession) throws -> [PenaltyCase] {
        guard !ids.isEmpty else { return [] }
        var loaded: [Int64: PenaltyCase] = [:]
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + 500)])
            for value in try penaltyCaseBatch(batch, session) { loaded[value.id.rawValue] = value }
            start += 500
        }
        return ids.compactMap { loaded[$0] }
    }

    /// `violations` of case `id` with their own circumstances (`violationCircumstance` rows, in order).
    private static func withOwnCircumstances(
        _ id: Int64, _ violations: [CaseViolation], _ rows: [PGRow]
    ) throws -> [CaseViolation] {
        var violations = violations
        for row in rows {
            let position = Int(try row.int64("violationPosition"))
            guard violations.indices.contains(position) else {
                throw StoreError(
                    .corrupt, "penalty case #\(id): a circumstance names violation \(position + 1), which the case has not",
                    hint: "the database was changed outside thanhtra; restore it from a backup")
            }
            let code = try row.string("code")
            if try row.string("kind") == "mitigating" {
                violations[position].mitigating.append(code)
            } else {
                violations[position].aggravating.append(code)
            }
        }
        return violations
    }

    /// One batch of cases, in no particular order.
    private static func penaltyCaseBatch(_ ids: [Int64], _ session: PGSession) throws -> [PenaltyCase] {
        func parts(_ table: String, orderedBy order: String = "position") throws -> [Int64: [PGRow]] {
            var statement = PGStatement("SELECT * FROM \(table) WHERE caseId = ANY(")
            statement.append(statement.bind(ids) + ") ORDER BY caseId, \(order)")
            return Dictionary(grouping: try session.rows(statement.query)) { (try? $0.int64("caseId")) ?? -1 }
        }
        var statement = PGStatement("SELECT * FROM penaltyCase WHERE id = ANY(")
        statement.append(statement.bind(ids) + ")")
        let cases = try session.rows(statement.query)
        let violations = try parts("caseViolation")
        let circumstances = try parts("caseCircumstance", orderedBy: "kind COLLATE \"C\", position")
        let ownCircumstances = try parts(
            "violationCircumstance", orderedBy: "violationPosition, kind COLLATE \"C\", position")
        let decisions = try parts("penaltyDecision", orderedBy: "caseId")
        let lines = try parts("decisionLine")
        let sanctions = try parts("decisionSanction", orderedBy: "caseId")
        let payments = try parts("payment")
        let installments = try parts("installment")
        let postponements = try parts("postponement")
        let extensions = try parts("decisionDeadlineExtension")
        let bodies = try parts("caseBody", orderedBy: "caseId")

        return try cases.map { row in
            let id = try row.int64("id")
            let circumstanceRows = circumstances[id] ?? []
            func circumstanceCodes(_ kind: String) throws -> [String] {
                try circumstanceRows.filter { try $0.string("kind") == kind }.map { try $0.string("code") }
            }
            let loaded = PenaltyCase(
                id: PenaltyCase.ID(rawValue: id), subjectID: Subject.ID(try row.int64("subjectId")),
                violatorKind: try row.enumeration("violatorKind"),
                record: ViolationRecord(
                    number: try row.string("recordNumber"), madeOn: try row.date("recordMadeOn"),
                    place: try row.string("recordPlace")),
                violations: try withOwnCircumstances(
                    id,
                    (violations[id] ?? []).map {
                        CaseViolation(
                            code: try $0.string("code"), sector: try $0.string("sector"),
                            committedOn: try $0.date("committedOn"), endedOn: try $0.optionalDate("endedOn"),
                            detectedOn: try $0.optionalDate("detectedOn"), illegalGainVND: try $0.vnd("illegalGainVND"))
                    }, ownCircumstances[id] ?? []),
                mitigating: try circumstanceCodes("mitigating"), aggravating: try circumstanceCodes("aggravating"),
                facts: try facts(row, extensions: extensions[id] ?? []),
                openedOn: try row.date("openedOn"), decisionDueOn: try row.date("decisionDueOn"),
                openedWithPack: try row.string("openedWithPack"), state: try row.enumeration("state"),
                decision: try decisions[id]?.first.map {
                    try decision($0, lines: lines[id] ?? [], sanctions: sanctions[id]?.first)
                },
                payments: try (payments[id] ?? []).map {
                    Payment(
                        paidOn: try $0.date("paidOn"), amountVND: try $0.vnd("amountVND"),
                        surchargeVND: try $0.vnd("surchargeVND"), receipt: try $0.string("receipt"))
                },
                installments: try (installments[id] ?? []).map {
                    Installment(dueOn: try $0.date("dueOn"), amountVND: try $0.vnd("amountVND"))
                },
                postponements: try (postponements[id] ?? []).map {
                    Postponement(
                        fromOn: try $0.date("fromOn"), untilOn: try $0.date("untilOn"), reason: try $0.string("reason"))
                },
                cancellation: try cancellation(row), body: try bodies[id]?.first.map { try $0.string("body") })
            guard loaded.amountsAddUp else {
                throw StoreError(
                    .corrupt, "penalty case #\(id): its payments add up to more than a 64-bit count of đồng",
                    hint: "the database was changed outside thanhtra; restore it from a backup")
            }
            return loaded
        }
    }

    /// The facts as opened, with every granted extension added: the days summed and the latest reason.
    private static func facts(_ row: PGRow, extensions: [PGRow]) throws -> CaseFacts {
        var facts = CaseFacts(
            isComplex: try row.bool("isComplex"), explanationRequested: try row.bool("explanationRequested"),
            isMinor: try row.bool("isMinor"), extensionDays: try row.int("extensionDays"),
            extensionReason: try row.optionalString("extensionReason"))
        for granted in extensions {
            facts.extensionDays += try granted.int("days")
            facts.extensionReason = try granted.string("reason")
        }
        return facts
    }

    private static func decision(_ row: PGRow, lines: [PGRow], sanctions: PGRow?) throws -> PenaltyDecision {
        PenaltyDecision(
            number: try row.string("number"), decidedOn: try row.date("decidedOn"),
            signerTitle: try row.string("signerTitle"), signerName: try row.string("signerName"),
            lines: try lines.map { line in
                FineLine(
                    code: try line.string("code"), title: try line.string("title"),
                    legalBasis: try line.string("legalBasis"), sector: try line.string("sector"),
                    frameMinVND: try line.vnd("frameMinVND"), frameMaxVND: try line.vnd("frameMaxVND"),
                    fineVND: try line.vnd("fineVND"), isWarning: try line.bool("isWarning"),
                    remedies: try line.json("remedies"), steps: try line.json("steps"))
            },
            totalFineVND: try row.vnd("totalFineVND"), totalRemedialVND: try row.vnd("totalRemedialVND"),
            packHash: try row.string("packHash"), steps: try row.json("steps"),
            receivedOn: try row.optionalDate("receivedOn"), paymentDueOn: try row.optionalDate("paymentDueOn"),
            enforcementExpiresOn: try row.date("enforcementExpiresOn"),
            sanctions: try sanctions.map {
                DecisionSanctions(
                    confiscatedVND: try $0.vnd("confiscatedVND"), licenceRevocations: try $0.int("licenceRevocations"),
                    activitySuspensions: try $0.int("activitySuspensions"),
                    remedialMeasures: try $0.int("remedialMeasures"))
            })
    }

    private static func cancellation(_ row: PGRow) throws -> Cancellation? {
        guard let cancelledOn = try row.optionalDate("cancelledOn"),
            let reason = try row.optionalString("cancellationReason")
        else { return nil }
        return Cancellation(cancelledOn: cancelledOn, reason: reason)
    }
}
