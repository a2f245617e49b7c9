public import Casework
import PostgresNIO

/// Inspections: Casework's ``InspectionStore`` port over the inspection tables, as SQLite's store keeps them (the
/// same checks in the same order, the same errors, the same journal payloads). The period figures
/// (``inspectionFlow(from:before:)``) are report figures, not available on PostgreSQL yet.
extension PostgresStore: InspectionStore {
    /// Opens an inspection, journaled as `inspection open` with the stored inspection as payload.
    ///
    /// - Throws: ``StoreError/subjectNotFound(_:)`` for an unknown subject.
    public func openInspection(_ new: NewInspection, context: CommandContext) throws -> Inspection {
        try perform("inspection open", context: context) { session in
            let id = try Self.insertInspection(new, session)
            let stored = try Self.reloadInspection(id, session)
            return (result: stored, payload: stored)
        }
    }

    /// The inspection with all its parts, or `nil`.
    public func inspection(id: Inspection.ID) throws -> Inspection? {
        try read { session in try Self.inspections(ids: [id.rawValue], session).first }
    }

    /// Changes an inspection in one transaction: loads it under the write lock, asks `change`, writes the step and
    /// the new state (and deadlines), journaled as `command` with `{"inspection": id, "event": …, "deadlines": …}`.
    ///
    /// - Throws: what `change` throws; ``StoreError`` `.notFound`; `.invalid` for a step recorded twice; `.duplicate`
    ///   for a decision or conclusion number already used.
    public func updateInspection(
        _ id: Inspection.ID, command: String, context: CommandContext,
        _ change: (Inspection) throws -> InspectionUpdate
    ) throws -> Inspection {
        try perform(command, context: context) { session in
            let current = try Self.loadInspection(id.rawValue, session)
            let update = try change(current)
            try Self.record(update, inspectionID: id.rawValue, session)
            let updated = try Self.reloadInspection(id.rawValue, session)
            return (
                result: updated,
                payload: InspectionEventPayload(inspection: id, event: update.event, deadlines: update.deadlines)
            )
        }
    }

    /// Records a finding, journaled as `finding add`.
    public func addFinding(
        to id: Inspection.ID, context: CommandContext, _ make: (Inspection) throws -> NewFinding
    ) throws -> Finding {
        try perform("finding add", context: context) { session in
            let new = try make(try Self.loadInspection(id.rawValue, session))
            let findingID = try Self.insertFinding(new, inspectionID: id.rawValue, session)
            let stored = try Self.reloadInspection(id.rawValue, session)
            guard let finding = stored.findings.first(where: { $0.id.rawValue == findingID }) else {
                preconditionFailure("finding #\(findingID) was written in this transaction and must be readable")
            }
            return (result: finding, payload: finding)
        }
    }

    /// Records a recommendation, journaled as `recommend`.
    public func addRecommendation(
        to id: Inspection.ID, context: CommandContext, _ make: (Inspection) throws -> NewRecommendation
    ) throws -> Recommendation {
        try perform("recommend", context: context) { session in
            let new = try make(try Self.loadInspection(id.rawValue, session))
            let recommendationID = try Self.insertRecommendation(new, inspectionID: id.rawValue, session)
            let stored = try Self.reloadInspection(id.rawValue, session)
            guard let recommendation = stored.recommendations.first(where: { $0.id.rawValue == recommendationID })
            else { preconditionFailure("recommendation #\(recommendationID) was written in this transaction") }
            return (result: recommendation, payload: recommendation)
        }
    }

    /// Records what was done on a recommendation, journaled as `follow-up record`.
    public func recordFollowUp(
        on id: Recommendation.ID, context: CommandContext,
        _ make: (Inspection, Recommendation) throws -> NewFollowUp
    ) throws -> FollowUp {
        try perform("follow-up record", context: context) { session in
            guard let row = try session.row("SELECT inspectionId FROM recommendation WHERE id = \(id.rawValue)") else {
                throw StoreError.recommendationNotFound(id)
            }
            let inspectionID = try row.int64("inspectionId")
            let inspection = try Self.reloadInspection(inspectionID, session)
            guard let recommendation = inspection.recommendations.first(where: { $0.id == id }) else {
                preconditionFailure("recommendation #\(id) belongs to inspection #\(inspectionID)")
            }
            let new = try make(inspection, recommendation)
            let followUpID = try Self.insertFollowUp(new, recommendationID: id.rawValue, session)
            let stored = FollowUp(
                id: FollowUp.ID(rawValue: followUpID), recommendationID: id, doneOn: new.doneOn, figures: new.figures,
                receipt: new.receipt, note: new.note, overReason: new.overReason)
            return (result: stored, payload: stored)
        }
    }

    /// Inspections matching `filter`, newest opening first, then highest ID; SQLite's conditions.
    public func inspections(_ filter: InspectionFilter) throws -> [Inspection] {
        var statement = PGStatement()
        var conditions: [String] = []
        if let state = filter.state { conditions.append("i.state = \(statement.bind(state.rawValue))") }
        if let mode = filter.mode { conditions.append("i.mode = \(statement.bind(mode.rawValue))") }
        if let category = filter.category { conditions.append("i.category = \(statement.bind(category))") }
        if let level = filter.level { conditions.append("i.level = \(statement.bind(level))") }
        if let subjectID = filter.subjectID {
            conditions.append(
                "EXISTS (SELECT 1 FROM inspectionSubject s WHERE s.inspectionId = i.id AND s.subjectId = "
                    + "\(statement.bind(subjectID.rawValue)))")
        }
        if let from = filter.openedFrom { conditions.append("i.openedOn >= \(statement.bind(from))") }
        if let before = filter.openedBefore { conditions.append("i.openedOn < \(statement.bind(before))") }
        if let asOf = filter.onsiteOverdueAsOf {
            conditions.append("i.state = 'onsite' AND i.onsiteDueOn < \(statement.bind(asOf))")
        }
        if let asOf = filter.reportOverdueAsOf {
            conditions.append("i.state = 'onsiteEnded' AND i.reportDueOn < \(statement.bind(asOf))")
        }
        if let asOf = filter.conclusionOverdueAsOf {
            conditions.append(
                "i.state IN ('onsiteEnded', 'reported', 'drafted') AND i.conclusionDueOn < \(statement.bind(asOf))")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.map { "(\($0))" }.joined(separator: " AND ")
        statement.append(
            "SELECT i.id FROM inspection i \(whereClause) ORDER BY i.openedOn DESC, i.id DESC LIMIT "
                + statement.bind(Int64(max(0, filter.limit))))
        return try read { session in
            try Self.inspections(ids: try session.rows(statement.query).map { try $0.int64("id") }, session)
        }
    }

    private static func loadInspection(_ id: Int64, _ session: PGSession) throws -> Inspection {
        guard let inspection = try inspections(ids: [id], session).first else {
            throw StoreError.inspectionNotFound(Inspection.ID(rawValue: id))
        }
        return inspection
    }

    private static func reloadInspection(_ id: Int64, _ session: PGSession) throws -> Inspection {
        guard let stored = try inspections(ids: [id], session).first else {
            preconditionFailure("inspection #\(id) was written in this transaction and must be readable")
        }
        return stored
    }
}

/// The journal payload of an inspection step, as SQLite's store writes it.
private struct InspectionEventPayload: Encodable {
    var inspection: Inspection.ID
    var event: InspectionEvent
    var deadlines: InspectionDeadlines?
}

// MARK: - Writing

extension PostgresStore {
    static func insertInspection(_ new: NewInspection, _ session: PGSession) throws -> Int64 {
        guard
            let row = try session.row(
                """
                INSERT INTO inspection (
                    mode, category, level, groundKind, groundReference, planYear, planEntryKey, content, field,
                    leadUnit, openedOn, openedWithPack, state, onsiteDueOn, reportDueOn, conclusionDueOn)
                VALUES (\(new.mode.rawValue), \(new.category), \(new.level), \(new.ground?.kind.rawValue), \
                \(new.ground?.reference), \(new.planEntry.map { Int64($0.year) }), \(new.planEntry?.entryKey), \
                \(new.content), \(new.field), \(new.leadUnit), \(PGDate(new.openedOn)), \(new.packHash), \
                \(Inspection.State.open.rawValue), \(new.deadlines.onsiteDueOn.map(PGDate.init)), \
                \(new.deadlines.reportDueOn.map(PGDate.init)), \(new.deadlines.conclusionDueOn.map(PGDate.init)))
                RETURNING id
                """)
        else { preconditionFailure("INSERT … RETURNING returns its row") }
        let id = try row.int64("id")
        try addSubjects(new.subjects, to: id, session)
        if let body = new.body {
            try session.execute("INSERT INTO inspectionBody (inspectionId, body) VALUES (\(id), \(body))")
        }
        return id
    }

    private static func addSubjects(_ subjects: [Subject.ID], to id: Int64, _ session: PGSession) throws {
        let first = try nextPosition(in: "inspectionSubject", inspectionID: id, session)
        for (offset, subject) in subjects.enumerated() {
            guard try session.row("SELECT 1 AS found FROM subject WHERE id = \(subject.rawValue)") != nil else {
                throw StoreError.subjectNotFound(subject)
            }
            try session.execute(
                """
                INSERT INTO inspectionSubject (inspectionId, position, subjectId)
                VALUES (\(id), \(first + Int64(offset)), \(subject.rawValue))
                """)
        }
    }

    /// A value a step sets once.
    private enum StepValue {
        case date(CalendarDate)
        case text(String)
    }

    static func record(_ update: InspectionUpdate, inspectionID id: Int64, _ session: PGSession) throws {
        let state = update.newState.rawValue
        func setStep(_ step: String, _ assignments: [String: StepValue]) throws {
            let sorted = assignments.sorted { $0.key < $1.key }
            var statement = PGStatement("UPDATE inspection SET ")
            var sets: [String] = []
            for (column, value) in sorted {
                switch value {
                case .date(let date): sets.append("\(column) = \(statement.bind(date))")
                case .text(let text): sets.append("\(column) = \(statement.bind(text))")
                }
            }
            sets.append("state = \(statement.bind(state))")
            statement.append(sets.joined(separator: ", "))
            statement.append(" WHERE id = \(statement.bind(id)) AND ")
            statement.append(sorted.map { "\($0.key) IS NULL" }.joined(separator: " AND "))
            guard try session.execute(statement.query) == 1 else { throw StoreError.stepAlreadyRecorded(id, step: step) }
        }

        switch update.event {
        case .decided(let decision, let subjects):
            try insertDecision(decision, inspectionID: id, session)
            try addSubjects(subjects, to: id, session)
        case .announced(let day):
            try setStep("announcement", ["announcedOn": .date(day)])
        case .extended(let grantedOn, let days, let reason):
            try session.execute(
                """
                INSERT INTO inspectionExtension (inspectionId, position, grantedOn, days, reason)
                VALUES (\(id), \(try nextPosition(in: "inspectionExtension", inspectionID: id, session)), \
                \(PGDate(grantedOn)), \(Int64(days)), \(reason))
                """)
        case .suspended(let day, let reason):
            // The partial unique index refuses a second suspension while one is open.
            try session.execute(
                """
                INSERT INTO inspectionSuspension (inspectionId, position, suspendedOn, reason)
                VALUES (\(id), \(try nextPosition(in: "inspectionSuspension", inspectionID: id, session)), \
                \(PGDate(day)), \(reason))
                """)
        case .resumed(let day):
            let changed = try session.execute(
                """
                UPDATE inspectionSuspension SET resumedOn = \(PGDate(day))
                WHERE inspectionId = \(id) AND resumedOn IS NULL
                """)
            guard changed == 1 else {
                throw StoreError(
                    .invalid, "inspection #\(id) is not suspended, so it cannot resume",
                    hint: "see `thanhtra inspection show \(id)`")
            }
        case .onsiteEnded(let day):
            try setStep("end of on-site work", ["onsiteEndedOn": .date(day)])
        case .reported(let day):
            try setStep("result report", ["reportedOn": .date(day)])
        case .drafted(let day):
            try setStep("draft conclusion", ["draftedOn": .date(day)])
        case .concluded(let conclusion):
            if let holder = try session.row(
                "SELECT id FROM inspection WHERE conclusionNumber = \(conclusion.number) AND EXTRACT(YEAR FROM concludedOn) = \(conclusion.concludedOn.year)") {
                throw StoreError.duplicateConclusion(conclusion.number, existing: try holder.int64("id"))
            }
            try setStep(
                "conclusion", ["conclusionNumber": .text(conclusion.number), "concludedOn": .date(conclusion.concludedOn)])
        case .closed(let day):
            try setStep("closing", ["closedOn": .date(day)])
        }
        try session.execute("UPDATE inspection SET state = \(state) WHERE id = \(id)")
        if let deadlines = update.deadlines {
            try session.execute(
                """
                UPDATE inspection SET onsiteDueOn = \(deadlines.onsiteDueOn.map(PGDate.init)), \
                reportDueOn = \(deadlines.reportDueOn.map(PGDate.init)), conclusionDueOn = \(deadlines.conclusionDueOn.map(PGDate.init))
                WHERE id = \(id)
                """)
        }
    }

    private static func insertDecision(_ decision: InspectionDecision, inspectionID id: Int64, _ session: PGSession)
        throws
    {
        if try session.row("SELECT 1 AS found FROM inspectionDecision WHERE inspectionId = \(id)") != nil {
            throw StoreError.stepAlreadyRecorded(id, step: "decision")
        }
        if let holder = try session.row(
            "SELECT inspectionId FROM inspectionDecision WHERE number = \(decision.number) AND EXTRACT(YEAR FROM decidedOn) = \(decision.decidedOn.year)")
        {
            throw StoreError.duplicateInspectionDecision(decision.number, existing: try holder.int64("inspectionId"))
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
    }

    private static func nextPosition(in table: String, inspectionID id: Int64, _ session: PGSession) throws -> Int64 {
        var statement = PGStatement(
            "SELECT COALESCE(MAX(position) + 1, 0)::bigint AS next FROM \(table) WHERE inspectionId = ")
        statement.append(statement.bind(id))
        return try session.row(statement.query)?.int64("next") ?? 0
    }
}
