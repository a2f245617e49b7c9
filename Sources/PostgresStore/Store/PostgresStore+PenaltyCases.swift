public import Casework
import PostgresNIO

/// Penalty cases: Casework's ``PenaltyCaseStore`` port over the `penaltyCase` tables, as SQLite's store keeps them
/// (the same checks in the same order, the same errors, the same journal payloads).
///
/// The daily rollups SQLite keeps beside the cases (`penaltyDailyChange`, `penaltyDailyFlow`) are not in the
/// PostgreSQL schema yet: they serve the report figures, which are not available on PostgreSQL yet either.
extension PostgresStore: PenaltyCaseStore {
    /// Opens a case in state `open`, journaled as `case open` with the stored case as payload.
    ///
    /// - Throws: ``StoreError/subjectNotFound(_:)`` for an unknown subject; `.duplicate` when the violation record
    ///   already has a case.
    public func openCase(_ new: NewPenaltyCase, context: CommandContext) throws -> PenaltyCase {
        try perform("case open", context: context) { session in
            let id = try Self.insertCase(new, session)
            let stored = try Self.reload(id, session)
            return (result: stored, payload: stored)
        }
    }

    /// The case with all its parts in stored order, or `nil`.
    public func penaltyCase(id: PenaltyCase.ID) throws -> PenaltyCase? {
        try read { session in try Self.penaltyCases(ids: [id.rawValue], session).first }
    }

    /// Changes a case in one transaction: loads it (under the write lock), asks `change` what happened, writes that
    /// and the new state, and journals `command` with payload `{"case": id, "event": …}`.
    ///
    /// - Throws: what `change` throws (then nothing is written); ``StoreError/penaltyCaseNotFound(_:)``; `.duplicate`
    ///   for a receipt or decision number already recorded or a second decision; `.invalid` for a delivery or
    ///   payment without a decision, a second delivery or cancellation.
    public func updateCase(
        _ id: PenaltyCase.ID, command: String, context: CommandContext,
        _ change: (PenaltyCase) throws -> CaseUpdate
    ) throws -> PenaltyCase {
        try perform(command, context: context) { session in
            guard let current = try Self.penaltyCases(ids: [id.rawValue], session).first else {
                throw StoreError.penaltyCaseNotFound(id)
            }
            let update = try change(current)
            try Self.record(update.event, caseID: id.rawValue, session)
            try session.execute("UPDATE penaltyCase SET state = \(update.newState.rawValue) WHERE id = \(id.rawValue)")
            let updated = try Self.reload(id.rawValue, session)
            return (result: updated, payload: CaseEventPayload(case: id, event: update.event, signing: update.signing))
        }
    }

    /// Cases matching `filter`, by record date (newest first), then ID (highest first), at most `filter.limit`; the
    /// same conditions as SQLite's store.
    public func penaltyCases(_ filter: PenaltyCaseFilter) throws -> [PenaltyCase] {
        var statement = PGStatement()
        var conditions: [String] = []
        let decided = PenaltyCase.State.decided.rawValue
        let owesFine = "d.totalFineVND > COALESCE((SELECT SUM(p.amountVND) FROM payment p WHERE p.caseId = c.id), 0)"
        if let state = filter.state { conditions.append("c.state = \(statement.bind(state.rawValue))") }
        if let subjectID = filter.subjectID { conditions.append("c.subjectId = \(statement.bind(subjectID.rawValue))") }
        if let sector = filter.sector {
            conditions.append(
                "EXISTS (SELECT 1 FROM caseViolation v WHERE v.caseId = c.id AND v.sector = \(statement.bind(sector)))")
        }
        if let from = filter.recordFrom { conditions.append("c.recordMadeOn >= \(statement.bind(from))") }
        if let before = filter.recordBefore { conditions.append("c.recordMadeOn < \(statement.bind(before))") }
        if let asOf = filter.decisionOverdueAsOf {
            conditions.append(
                "c.state = \(statement.bind(PenaltyCase.State.open.rawValue)) AND c.decisionDueOn < \(statement.bind(asOf))")
        }
        if let asOf = filter.paymentOverdueAsOf {
            conditions.append(
                "c.state = \(statement.bind(decided)) AND d.paymentDueOn < \(statement.bind(asOf)) AND \(owesFine)")
        }
        if filter.unpaidOnly { conditions.append("c.state = \(statement.bind(decided)) AND \(owesFine)") }
        if let before = filter.enforcementExpiresBefore {
            conditions.append(
                "c.state = \(statement.bind(decided)) AND d.enforcementExpiresOn < \(statement.bind(before))")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.map { "(\($0))" }.joined(separator: " AND ")
        statement.append(
            """
            SELECT c.id FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id
            \(whereClause)
            ORDER BY c.recordMadeOn DESC, c.id DESC
            LIMIT \(statement.bind(Int64(max(0, filter.limit))))
            """)
        return try read { session in
            let ids = try session.rows(statement.query).map { try $0.int64("id") }
            return try Self.penaltyCases(ids: ids, session)
        }
    }

    /// The case just written in this transaction.
    private static func reload(_ id: Int64, _ session: PGSession) throws -> PenaltyCase {
        guard let stored = try penaltyCases(ids: [id], session).first else {
            preconditionFailure("penalty case #\(id) was written in this transaction and must be readable")
        }
        return stored
    }
}

extension PostgresStore: PenaltyCaseBatchReader {
    /// Calls `body` with every case in `states`, whole, `batchSize` at a time in ID order, inside one read
    /// transaction.
    ///
    /// - Throws: ``StoreError``; what `body` throws, unchanged.
    public func forEachPenaltyCase(
        inStates states: Set<PenaltyCase.State>, batchSize: Int, _ body: ([PenaltyCase]) throws -> Void
    ) throws {
        let names = states.map(\.rawValue).sorted()
        try read { session in
            var after: Int64 = 0
            while true {
                let ids = try session.rows(
                    """
                    SELECT id FROM penaltyCase WHERE state = ANY(\(names)) AND id > \(after)
                    ORDER BY id LIMIT \(Int64(max(1, batchSize)))
                    """
                ).map { try $0.int64("id") }
                guard let last = ids.last else { return }
                try body(try Self.penaltyCases(ids: ids, session))
                after = last
            }
        }
    }
}

/// The journal payload of a case update: `{"case": 7, "event": {"paid": {…}}}` (as SQLite's store writes it).
private struct CaseEventPayload: Encodable {
    var `case`: PenaltyCase.ID
    var event: CaseEvent
    /// Who signed under which title, and how it was held (a database with accounts); omitted when `nil`.
    var signing: SigningAuthority?
}

// MARK: - Writing

extension PostgresStore {
    /// Inserts a new case with its violations and circumstances, in state `open` (an import gives another state and
    /// its cancellation, and leaves the subject to the foreign key, as SQLite's import does); returns its ID.
    static func insertCase(
        _ new: NewPenaltyCase, state: PenaltyCase.State = .open, cancellation: Cancellation? = nil,
        checkingSubject: Bool = true, _ session: PGSession
    ) throws -> Int64 {
        if checkingSubject,
            try session.row("SELECT 1 AS found FROM subject WHERE id = \(new.subjectID.rawValue)") == nil
        {
            throw StoreError.subjectNotFound(new.subjectID)
        }
        if let existing = try session.row(
            "SELECT id FROM penaltyCase WHERE recordNumber = \(new.record.number) AND EXTRACT(YEAR FROM recordMadeOn) = \(new.record.madeOn.year)") {
            throw StoreError.duplicateRecord(new.record.number, existing: try existing.int64("id"))
        }
        guard
            let row = try session.row(
                """
                INSERT INTO penaltyCase (
                    subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                    openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays, extensionReason,
                    cancelledOn, cancellationReason)
                VALUES (\(new.subjectID.rawValue), \(new.violatorKind.rawValue), \(new.record.number), \
                \(PGDate(new.record.madeOn)), \(new.record.place), \(PGDate(new.openedOn)), \(PGDate(new.decisionDueOn)), \
                \(new.packHash), \(state.rawValue), \(new.facts.isComplex), \
                \(new.facts.explanationRequested), \(new.facts.isMinor), \(Int64(new.facts.extensionDays)), \
                \(new.facts.extensionReason), \(cancellation.map { PGDate($0.cancelledOn) }), \(cancellation?.reason))
                RETURNING id
                """)
        else { preconditionFailure("INSERT … RETURNING returns its row") }
        let id = try row.int64("id")
        for (position, violation) in new.violations.enumerated() {
            try session.execute(
                """
                INSERT INTO caseViolation (
                    caseId, position, code, sector, committedOn, endedOn, detectedOn, illegalGainVND)
                VALUES (\(id), \(Int64(position)), \(violation.code), \(violation.sector), \
                \(PGDate(violation.committedOn)), \(violation.endedOn.map(PGDate.init)), \
                \(violation.detectedOn.map(PGDate.init)), \(violation.illegalGainVND.rawValue))
                """)
            for (kind, codes) in [("mitigating", violation.mitigating), ("aggravating", violation.aggravating)] {
                for (codePosition, code) in codes.enumerated() {
                    try session.execute(
                        """
                        INSERT INTO violationCircumstance (caseId, violationPosition, kind, position, code)
                        VALUES (\(id), \(Int64(position)), \(kind), \(Int64(codePosition)), \(code))
                        """)
                }
            }
        }
        for (kind, codes) in [("mitigating", new.mitigating), ("aggravating", new.aggravating)] {
            for (position, code) in codes.enumerated() {
                try session.execute(
                    """
                    INSERT INTO caseCircumstance (caseId, kind, position, code)
                    VALUES (\(id), \(kind), \(Int64(position)), \(code))
                    """)
            }
        }
        if let body = new.body {
            try session.execute("INSERT INTO caseBody (caseId, body) VALUES (\(id), \(body))")
        }
        return id
    }

    /// Writes what `event` adds to case `id` (but not the new state), with SQLite's store's checks.
    static func record(_ event: CaseEvent, caseID id: Int64, _ session: PGSession) throws {
        switch event {
        case .decided(let decision):
            try insertDecision(decision, caseID: id, session)
        case .delivered(let receivedOn, let paymentDueOn):
            try requireDecision(id, event: "delivery", session)
            let changed = try session.execute(
                """
                UPDATE penaltyDecision SET receivedOn = \(PGDate(receivedOn)), paymentDueOn = \(PGDate(paymentDueOn))
                WHERE caseId = \(id) AND receivedOn IS NULL AND paymentDueOn IS NULL
                """)
            guard changed == 1 else { throw StoreError.alreadyDelivered(id) }
        case .paid(let payment):
            try requireDecision(id, event: "payment", session)
            if let holder = try session.row("SELECT caseId FROM payment WHERE receipt = \(payment.receipt)") {
                throw StoreError.duplicateReceipt(payment.receipt, existing: try holder.int64("caseId"))
            }
            try session.execute(
                """
                INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                VALUES (\(id), \(try nextPosition(in: "payment", caseID: id, session)), \(PGDate(payment.paidOn)), \
                \(payment.amountVND.rawValue), \(payment.surchargeVND.rawValue), \(payment.receipt))
                """)
        case .installmentsApproved(let installments):
            let first = try nextPosition(in: "installment", caseID: id, session)
            for (offset, installment) in installments.enumerated() {
                try session.execute(
                    """
                    INSERT INTO installment (caseId, position, dueOn, amountVND)
                    VALUES (\(id), \(first + Int64(offset)), \(PGDate(installment.dueOn)), \(installment.amountVND.rawValue))
                    """)
            }
        case .postponed(let postponement):
            try session.execute(
                """
                INSERT INTO postponement (caseId, position, fromOn, untilOn, reason)
                VALUES (\(id), \(try nextPosition(in: "postponement", caseID: id, session)), \
                \(PGDate(postponement.fromOn)), \(PGDate(postponement.untilOn)), \(postponement.reason))
                """)
        case .decisionDeadlineExtended(let newDueOn, let days, let reason):
            try session.execute(
                """
                INSERT INTO decisionDeadlineExtension (caseId, position, newDueOn, days, reason)
                VALUES (\(id), \(try nextPosition(in: "decisionDeadlineExtension", caseID: id, session)), \
                \(PGDate(newDueOn)), \(Int64(days)), \(reason))
                """)
            try session.execute("UPDATE penaltyCase SET decisionDueOn = \(PGDate(newDueOn)) WHERE id = \(id)")
        case .cancelled(let cancellation):
            let changed = try session.execute(
                """
                UPDATE penaltyCase SET cancelledOn = \(PGDate(cancellation.cancelledOn)), \
                cancellationReason = \(cancellation.reason), state = \(PenaltyCase.State.cancelled.rawValue)
                WHERE id = \(id) AND cancelledOn IS NULL
                """)
            guard changed == 1 else { throw StoreError.alreadyCancelled(id) }
        }
    }

    /// Inserts the decision of case `id` and its lines; each line's `remedialVND` is the sum of its remedies.
    static func insertDecision(_ decision: PenaltyDecision, caseID id: Int64, _ session: PGSession) throws {
        if let existing = try session.row("SELECT number FROM penaltyDecision WHERE caseId = \(id)") {
            throw StoreError.alreadyDecided(id, number: try existing.string("number"))
        }
        if let holder = try session.row(
            "SELECT caseId FROM penaltyDecision WHERE number = \(decision.number) AND EXTRACT(YEAR FROM decidedOn) = \(decision.decidedOn.year)") {
            throw StoreError.duplicateDecisionNumber(decision.number, existing: try holder.int64("caseId"))
        }
        try session.execute(
            """
            INSERT INTO penaltyDecision (
                caseId, number, decidedOn, signerTitle, signerName, totalFineVND, totalRemedialVND, packHash,
                steps, receivedOn, paymentDueOn, enforcementExpiresOn)
            VALUES (\(id), \(decision.number), \(PGDate(decision.decidedOn)), \(decision.signerTitle), \
            \(decision.signerName), \(decision.totalFineVND.rawValue), \(decision.totalRemedialVND.rawValue), \
            \(decision.packHash), \(try canonicalJSON(decision.steps)), \(decision.receivedOn.map(PGDate.init)), \
            \(decision.paymentDueOn.map(PGDate.init)), \(PGDate(decision.enforcementExpiresOn)))
            """)
        for (position, line) in decision.lines.enumerated() {
            let remedialVND = try line.remedies.reduce(VND.zero) { try $0.adding($1.amountVND) }
            try session.execute(
                """
                INSERT INTO decisionLine (
                    caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND, fineVND,
                    isWarning, remedies, remedialVND, steps)
                VALUES (\(id), \(Int64(position)), \(line.code), \(line.title), \(line.legalBasis), \(line.sector), \
                \(line.frameMinVND.rawValue), \(line.frameMaxVND.rawValue), \(line.fineVND.rawValue), \
                \(line.isWarning), \(try canonicalJSON(line.remedies)), \(remedialVND.rawValue), \
                \(try canonicalJSON(line.steps)))
                """)
        }
        if let sanctions = decision.sanctions, !sanctions.isEmpty {
            try session.execute(
                """
                INSERT INTO decisionSanction (caseId, confiscatedVND, licenceRevocations, activitySuspensions, remedialMeasures)
                VALUES (\(id), \(sanctions.confiscatedVND.rawValue), \(Int64(sanctions.licenceRevocations)), \
                \(Int64(sanctions.activitySuspensions)), \(Int64(sanctions.remedialMeasures)))
                """)
        }
    }

    /// Throws ``StoreError`` `.invalid` unless case `id` has a decision.
    private static func requireDecision(_ id: Int64, event: String, _ session: PGSession) throws {
        guard try session.row("SELECT 1 AS found FROM penaltyDecision WHERE caseId = \(id)") != nil else {
            throw StoreError.noDecision(id, event: event)
        }
    }

    /// The position after the last row of `table` for case `id`; 0 for its first row.
    private static func nextPosition(in table: String, caseID id: Int64, _ session: PGSession) throws -> Int64 {
        var statement = PGStatement("SELECT COALESCE(MAX(position) + 1, 0)::bigint AS next FROM \(table) WHERE caseId = ")
        statement.append(statement.bind(id))
        return try session.row(statement.query)?.int64("next") ?? 0
    }
}
