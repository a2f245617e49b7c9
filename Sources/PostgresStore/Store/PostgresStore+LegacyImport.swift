public import Casework
import PostgresNIO

/// Casework's ``LegacyImportStore`` port: what an import of cases, inspections and payments checks against the store,
/// and the batches it writes (one transaction and one journal entry each), as SQLite's store does it — row by row,
/// not through `COPY` (not done yet).
extension PostgresStore: LegacyImportStore {
    /// Which of `values` are recorded as `kind`, with the case or inspection that has each.
    ///
    /// - Throws: ``StoreError``.
    public func recorded(_ keys: [RecordedKey], as kind: RecordedValue) throws -> [RecordedKey: Int64] {
        guard !keys.isEmpty else { return [:] }
        // (value column, holder column, the rows searched, the year that scopes a number)
        let (value, holder, from, year): (String, String, String, String)
        switch kind {
        case .caseRecordNumber:
            (value, holder, from, year) = ("recordNumber", "id", "penaltyCase", "EXTRACT(YEAR FROM recordMadeOn)")
        case .penaltyDecisionNumber:
            (value, holder, from, year) = ("number", "caseId", "penaltyDecision", "EXTRACT(YEAR FROM decidedOn)")
        case .inspectionDecisionNumber:
            (value, holder, from, year) = ("number", "inspectionId", "inspectionDecision", "EXTRACT(YEAR FROM decidedOn)")
        case .conclusionNumber:
            (value, holder, from, year) = ("conclusionNumber", "id", "inspection", "EXTRACT(YEAR FROM concludedOn)")
        case .followUpReceipt:
            (value, holder, from, year) = (
                "f.receipt", "r.inspectionId", "followUp f JOIN recommendation r ON r.id = f.recommendationId", "NULL"
            )
        case .paymentReceipt: (value, holder, from, year) = ("receipt", "caseId", "payment", "NULL")
        }
        var statement = PGStatement(
            "SELECT \(value) AS value, \(holder) AS holder, (\(year))::bigint AS year FROM \(from) WHERE \(value) = ANY(")
        statement.append(statement.bind(Array(Set(keys.map(\.value))).sorted()) + ")")
        let wanted = Set(keys)
        return try read { session in
            var found: [RecordedKey: Int64] = [:]
            for row in try session.rows(statement.query) {
                let key = RecordedKey(
                    try row.string("value"), year: kind.isUniquePerYear ? Int(try row.int64("year")) : nil)
                guard wanted.contains(key) else { continue }
                let holder = try row.int64("holder")
                found[key] = min(found[key] ?? holder, holder)
            }
            return found
        }
    }

    /// The cases `references` name, with what a payment needs to know of each.
    ///
    /// - Throws: ``StoreError``.
    public func payableCases(_ references: [CaseReference]) throws -> [CaseReference: [PayableCase]] {
        let columns = """
            SELECT c.id, c.state, d.decidedOn, d.totalFineVND,
                (SELECT COALESCE(SUM(y.amountVND), 0) FROM payment y WHERE y.caseId = c.id)::bigint AS paidVND
            FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id
            """
        return try read { session in
            var found: [CaseReference: [PayableCase]] = [:]
            for reference in references {
                var statement = PGStatement(columns)
                switch reference {
                case .number(let id): statement.append(" WHERE c.id = " + statement.bind(id.rawValue))
                case .decision(let number): statement.append(" WHERE d.number = " + statement.bind(number))
                case .record(let number): statement.append(" WHERE c.recordNumber = " + statement.bind(number))
                }
                statement.append(" ORDER BY c.id")
                let cases = try session.rows(statement.query).map { row in
                    PayableCase(
                        id: PenaltyCase.ID(rawValue: try row.int64("id")), state: try row.enumeration("state"),
                        decidedOn: try row.optionalDate("decidedOn"), totalFineVND: try row.optionalVND("totalFineVND"),
                        paidVND: try row.vnd("paidVND"))
                }
                if !cases.isEmpty { found[reference] = cases }
            }
            return found
        }
    }

    /// Writes a batch of cases (each with its decision and cancellation when it has them) in one transaction.
    ///
    /// - Throws: ``StoreError`` `.duplicate` for a record or decision number already used.
    public func importCases(
        _ cases: [LegacyCaseRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try perform(command, context: context) { session in
            var first: Int64?
            var last: Int64?
            for record in cases {
                let id = try Self.insertCase(
                    record.newCase, state: record.state, cancellation: record.cancellation, checkingSubject: false,
                    session)
                if first == nil { first = id }
                last = id
                if let decision = record.decision { try Self.insertDecision(decision, caseID: id, session) }
            }
            let result = ImportBatchResult(rows: cases.count, firstID: first, lastID: last)
            return (result: result, payload: payload(result))
        }
    }

    /// Writes a batch of inspections (decision, timeline, finding, recommendations and follow-ups) in one
    /// transaction.
    ///
    /// - Throws: ``StoreError`` `.duplicate` for a decision or conclusion number or a follow-up receipt already used.
    public func importInspections(
        _ inspections: [LegacyInspectionRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try perform(command, context: context) { session in
            var first: Int64?
            var last: Int64?
            for record in inspections {
                let new = record.newInspection
                let timeline = record.timeline
                let decision = record.decision
                if let holder = try session.row(
                    "SELECT inspectionId FROM inspectionDecision WHERE number = \(decision.number) AND EXTRACT(YEAR FROM decidedOn) = \(decision.decidedOn.year)")
                {
                    throw StoreError.duplicateInspectionDecision(decision.number, existing: try holder.int64("inspectionId"))
                }
                if let conclusion = timeline.conclusion,
                    let holder = try session.row(
                        "SELECT id FROM inspection WHERE conclusionNumber = \(conclusion.number) AND EXTRACT(YEAR FROM concludedOn) = \(conclusion.concludedOn.year)")
                {
                    throw StoreError.duplicateConclusion(conclusion.number, existing: try holder.int64("id"))
                }
                guard
                    let row = try session.row(
                        """
                        INSERT INTO inspection (
                            mode, category, level, groundKind, groundReference, planYear, planEntryKey, content, field,
                            leadUnit, openedOn, openedWithPack, state, announcedOn, onsiteEndedOn, reportedOn, draftedOn,
                            conclusionNumber, concludedOn, closedOn, onsiteDueOn, reportDueOn, conclusionDueOn)
                        VALUES (\(new.mode.rawValue), \(new.category), \(new.level), \(new.ground?.kind.rawValue), \
                        \(new.ground?.reference), \(new.planEntry.map { Int64($0.year) }), \(new.planEntry?.entryKey), \
                        \(new.content), \(new.field), \(new.leadUnit), \(PGDate(new.openedOn)), \(new.packHash), \
                        \(record.state.rawValue), \(timeline.announcedOn.map(PGDate.init)), \
                        \(timeline.onsiteEndedOn.map(PGDate.init)), \(timeline.reportedOn.map(PGDate.init)), \
                        \(timeline.draftedOn.map(PGDate.init)), \(timeline.conclusion?.number), \
                        \(timeline.conclusion.map { PGDate($0.concludedOn) }), \(timeline.closedOn.map(PGDate.init)), \
                        \(new.deadlines.onsiteDueOn.map(PGDate.init)), \(new.deadlines.reportDueOn.map(PGDate.init)), \
                        \(new.deadlines.conclusionDueOn.map(PGDate.init)))
                        RETURNING id
                        """)
                else { preconditionFailure("INSERT … RETURNING returns its row") }
                let id = try row.int64("id")
                if first == nil { first = id }
                last = id
                for (position, subject) in new.subjects.enumerated() {
                    try session.execute(
                        """
                        INSERT INTO inspectionSubject (inspectionId, position, subjectId)
                        VALUES (\(id), \(Int64(position)), \(subject.rawValue))
                        """)
                }
                try session.execute(
                    """
                    INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
                    VALUES (\(id), \(decision.number), \(PGDate(decision.decidedOn)), \(decision.signerTitle), \
                    \(decision.signerName), \(decision.teamLead))
                    """)
                for (position, name) in decision.members.enumerated() {
                    try session.execute(
                        """
                        INSERT INTO inspectionTeamMember (inspectionId, position, name)
                        VALUES (\(id), \(Int64(position)), \(name))
                        """)
                }
                var findingID: Int64?
                if let finding = record.finding {
                    findingID = try session.row(
                        """
                        INSERT INTO finding (inspectionId, subjectId, description, category, amountVND, landAreaDM2)
                        VALUES (\(id), \(finding.subjectID.rawValue), \(finding.description), \(finding.category), \
                        \(finding.amountVND.rawValue), \(finding.landArea.rawValue))
                        RETURNING id
                        """)?.int64("id")
                }
                for legacy in record.recommendations {
                    let recommendation = legacy.recommendation
                    let figures = recommendation.figures
                    guard
                        let inserted = try session.row(
                            """
                            INSERT INTO recommendation (
                                inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2,
                                collectives, persons, cases)
                            VALUES (\(id), \(recommendation.kind.rawValue), \(findingID), \
                            \(recommendation.subjectID?.rawValue), \(recommendation.description), \
                            \(figures.amountVND.rawValue), \(figures.landArea.rawValue), \(Int64(figures.collectives)), \
                            \(Int64(figures.persons)), \(Int64(figures.cases)))
                            RETURNING id
                            """)
                    else { preconditionFailure("INSERT … RETURNING returns its row") }
                    try Self.insertHandling(recommendation.handling, recommendationID: try inserted.int64("id"), session)
                    try Self.insertDocuments(figures.documents, recommendationID: try inserted.int64("id"), session)
                    guard let followUp = legacy.followUp else { continue }
                    _ = try Self.insertFollowUp(followUp, recommendationID: try inserted.int64("id"), session)
                }
            }
            let result = ImportBatchResult(rows: inspections.count, firstID: first, lastID: last)
            return (result: result, payload: payload(result))
        }
    }

    /// Writes a batch of payments in one transaction, settling each decided case its payments pay off.
    ///
    /// - Throws: ``StoreError`` for an unknown or undecided case, a cancelled case, a payment above what is owed, a
    ///   receipt already recorded.
    public func importPayments(
        _ payments: [LegacyPaymentRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        try perform(command, context: context) { session in
            var ledgers: [Int64: (state: String, fine: Int64, paid: Int64, next: Int64)] = [:]
            var amount: Int64 = 0
            var surcharge: Int64 = 0
            for record in payments {
                let id = record.caseID.rawValue
                var ledger: (state: String, fine: Int64, paid: Int64, next: Int64)
                if let known = ledgers[id] {
                    ledger = known
                } else {
                    guard
                        let row = try session.row(
                            """
                            SELECT c.state, d.totalFineVND,
                                (SELECT COALESCE(SUM(y.amountVND), 0) FROM payment y WHERE y.caseId = c.id)::bigint
                                    AS paidVND,
                                (SELECT COALESCE(MAX(y.position) + 1, 0) FROM payment y WHERE y.caseId = c.id)::bigint
                                    AS nextPosition
                            FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id WHERE c.id = \(id)
                            """)
                    else { throw StoreError.penaltyCaseNotFound(record.caseID) }
                    guard let fine = try row.optionalInt64("totalFineVND") else {
                        throw StoreError.noDecision(id, event: "payment")
                    }
                    ledger = (try row.string("state"), fine, try row.int64("paidVND"), try row.int64("nextPosition"))
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
                        "the payment \(payment.receipt) of \(payment.amountVND.formatted()) is more than the fine still "
                            + "owed on case #\(id)",
                        hint: "someone may have recorded a payment since the import was checked",
                        refusal: .paymentAboveOwed(record.caseID))
                }
                if let holder = try session.row("SELECT caseId FROM payment WHERE receipt = \(payment.receipt)") {
                    throw StoreError.duplicateReceipt(payment.receipt, existing: try holder.int64("caseId"))
                }
                try session.execute(
                    """
                    INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                    VALUES (\(id), \(ledger.next), \(PGDate(payment.paidOn)), \(payment.amountVND.rawValue), \
                    \(payment.surchargeVND.rawValue), \(payment.receipt))
                    """)
                ledger.paid += payment.amountVND.rawValue
                ledger.next += 1
                ledgers[id] = ledger
                try VND.accumulate(
                    &amount, payment.amountVND.rawValue, into: "payments in this batch", at: "penalty case #\(id)")
                try VND.accumulate(
                    &surcharge, payment.surchargeVND.rawValue, into: "surcharges in this batch", at: "penalty case #\(id)")
            }
            for (id, ledger) in ledgers.sorted(by: { $0.key < $1.key }) where ledger.paid >= ledger.fine {
                try session.execute("UPDATE penaltyCase SET state = 'settled' WHERE id = \(id) AND state = 'decided'")
            }
            let result = ImportBatchResult(rows: payments.count, amountVND: VND(amount), surchargeVND: VND(surcharge))
            return (result: result, payload: payload(result))
        }
    }
}
