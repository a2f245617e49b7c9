public import Casework
import PostgresNIO

/// Casework's ``PlanStore`` port: the annual plan's entries (loaded, changed, withdrawn, each load journaled only when
/// it changes something), the scheduled inspections they open, and the views the plan rules and the overlap check
/// read; SQLite's store's logic, statement for statement.
extension PostgresStore: PlanStore {
    /// The active entries of the year's plan, by entry key (byte order).
    public func planEntries(year: Int) throws -> [PlanEntry] {
        try read { session in try Self.activePlanEntries(year: year, session) }
    }

    /// Loads the year's plan: writes what changed (new and changed entries, withdrawn ones), opens the scheduled
    /// inspection of each new entry and updates those still open; journaled as `plan load` only when something
    /// changed and either nothing was stored or `apply` says so.
    ///
    /// - Throws: ``InputError`` for an invalid plan; ``StoreError`` for an unknown subject.
    public func loadPlan(
        year: Int, entries: [PlanEntry], apply: Bool, openedOn: CalendarDate, context: CommandContext,
        deadlines: (PlanEntry) -> InspectionDeadlines
    ) throws -> PlanLoadResult {
        let entries = try PlanEntry.validatedPlan(entries, year: year)
        return try performIfChanged("plan load", context: context) { session in
            let stored = try Self.activePlanEntries(year: year, session)
            let diff = PlanDiff(stored: stored, loaded: entries)
            guard !diff.isEmpty, stored.isEmpty || apply else {
                return (result: PlanLoadResult(diff: diff, applied: false), payload: nil as PlanLoadPayload?)
            }
            var result = PlanLoadResult(diff: diff, applied: true)
            var inspections = try Self.planInspections(year: year, session)
            for entry in diff.added + diff.changed.map(\.new) {
                try Self.writePlanEntry(entry, loadedOn: openedOn, packHash: context.packHash, session)
                if let existing = inspections[entry.key] {
                    let link = PlanLoadResult.Link(entryKey: entry.key, inspectionID: existing.id, state: existing.state)
                    if existing.state == .open {
                        try Self.updateOpenInspection(existing.id, to: entry, deadlines: deadlines(entry), session)
                        result.updated.append(link)
                    } else {
                        result.kept.append(link)
                    }
                } else {
                    let new = NewInspection(
                        mode: .scheduled, category: entry.category, level: entry.level, planEntry: entry.reference,
                        content: entry.content, field: entry.field, leadUnit: entry.leadUnit, subjects: entry.subjects,
                        openedOn: openedOn, packHash: context.packHash, deadlines: deadlines(entry))
                    let id = Inspection.ID(rawValue: try Self.insertInspection(new, session))
                    inspections[entry.key] = (id, .open)
                    result.created.append(PlanLoadResult.Link(entryKey: entry.key, inspectionID: id, state: .open))
                }
            }
            for entry in diff.removed {
                try session.execute(
                    """
                    UPDATE planEntry SET status = 'withdrawn', withdrawnOn = \(PGDate(openedOn))
                    WHERE year = \(Int64(year)) AND entryKey = \(entry.key) AND status = 'active'
                    """)
            }
            let payload = PlanLoadPayload(
                year: year, packHash: context.packHash, diff: diff, created: result.created, updated: result.updated,
                kept: result.kept)
            return (result: result, payload: payload)
        }
    }

    /// Every active entry of the year with its inspection and that inspection's state.
    public func planProgress(year: Int) throws -> [PlanProgress] {
        try read { session in
            let inspections = try Self.planInspections(year: year, session)
            return try Self.activePlanEntries(year: year, session).map { entry in
                let inspection = inspections[entry.key]
                return PlanProgress(entry: entry, inspectionID: inspection?.id, state: inspection?.state)
            }
        }
    }

    /// Every registered subject and the inspections of earlier years (a scheduled one belongs to its plan's year).
    public func inspectionView(forPlanYear year: Int) throws -> (subjects: [Subject], past: [PastInspection]) {
        try read { session in
            let subjects = try session.rows("SELECT * FROM subject ORDER BY id").map(Self.subject)
            var statement = PGStatement()
            let planYear = statement.bind(Int64(year))
            let firstDay = statement.bind(CalendarDate.firstDay(of: year))
            let past = try Self.pastInspections(
                "(planYear IS NOT NULL AND planYear < \(planYear)) OR (planYear IS NULL AND openedOn < \(firstDay))",
                statement, session)
            return (subjects, past)
        }
    }

    /// The inspections of `year` (by plan year, or by opening day when unscheduled) sharing a subject with `ids`,
    /// but `excluding`; by opening day, then ID.
    public func inspectionsOfSubjects(_ ids: [Subject.ID], year: Int, excluding: Inspection.ID?) throws
        -> [PastInspection]
    {
        let ids = Array(Set(ids.map(\.rawValue))).sorted()
        guard !ids.isEmpty else { return [] }
        return try read { session in
            var statement = PGStatement()
            let condition = """
                (planYear = \(statement.bind(Int64(year))) OR (planYear IS NULL AND openedOn >= \
                \(statement.bind(CalendarDate.firstDay(of: year))) AND openedOn < \
                \(statement.bind(CalendarDate.firstDay(of: year + 1))))) \
                AND id IS DISTINCT FROM \(statement.bind(excluding?.rawValue ?? -1)) \
                AND id IN (SELECT inspectionId FROM inspectionSubject WHERE subjectId = ANY(\(statement.bind(ids))))
                """
            return try Self.pastInspections(condition, statement, session)
        }
    }
}

/// The journal payload of `plan load`, as SQLite's store writes it.
private struct PlanLoadPayload: Encodable {
    var year: Int
    var packHash: String?
    var diff: PlanDiff
    var created: [PlanLoadResult.Link]
    var updated: [PlanLoadResult.Link]
    var kept: [PlanLoadResult.Link]
}

extension CalendarDate {
    /// January 1 of `year`, clamped to what PostgreSQL's `DATE` and a 4-digit year hold.
    fileprivate static func firstDay(of year: Int) -> CalendarDate {
        CalendarDate(year: min(max(year, 1), 10_000), month: 1, day: 1) ?? CalendarDate(dayNumber: 0)
    }
}

// MARK: - Rows

extension PostgresStore {
    /// Runs a command whose body may find nothing to change: then (payload `nil`) it rolls back and journals
    /// nothing, and returns the body's result.
    func performIfChanged<T, Payload: Encodable>(
        _ command: String, context: CommandContext, _ body: (PGSession) throws -> (result: T, payload: Payload?)
    ) throws -> T {
        var unchanged: T?
        do {
            return try perform(command, context: context) { session in
                let output = try body(session)
                guard let payload = output.payload else {
                    unchanged = output.result
                    throw Unchanged()
                }
                return (result: output.result, payload: payload)
            }
        } catch is Unchanged {
            guard let unchanged else { preconditionFailure("an unchanged command always has a result") }
            return unchanged
        }
    }

    private struct Unchanged: Error {}

    static func activePlanEntries(year: Int, _ session: PGSession) throws -> [PlanEntry] {
        let rows = try session.rows(
            #"SELECT * FROM planEntry WHERE year = \#(Int64(year)) AND status = 'active' ORDER BY entryKey COLLATE "C""#)
        let subjects = try Dictionary(
            grouping: session.rows(
                """
                SELECT s.planEntryId, s.subjectId FROM planEntrySubject s JOIN planEntry e ON e.id = s.planEntryId
                WHERE e.year = \(Int64(year)) AND e.status = 'active' ORDER BY s.planEntryId, s.position
                """),
            by: { (try? $0.int64("planEntryId")) ?? -1 })
        return try rows.map { row in
            PlanEntry(
                year: try row.int("year"), key: try row.string("entryKey"),
                subjects: try (subjects[try row.int64("id")] ?? []).map { Subject.ID(try $0.int64("subjectId")) },
                content: try row.string("content"), field: try row.string("field"), category: try row.string("category"),
                level: try row.string("level"), period: try row.string("period"), leadUnit: try row.string("leadUnit"),
                onsiteDays: try row.int("onsiteDays"))
        }
    }

    static func writePlanEntry(
        _ entry: PlanEntry, loadedOn: CalendarDate, packHash: String?, _ session: PGSession
    ) throws {
        for subject in entry.subjects {
            guard try session.row("SELECT 1 AS found FROM subject WHERE id = \(subject.rawValue)") != nil else {
                throw StoreError.subjectNotFound(subject)
            }
        }
        let id: Int64
        if let existing = try session.row(
            "SELECT id FROM planEntry WHERE year = \(Int64(entry.year)) AND entryKey = \(entry.key)")
        {
            id = try existing.int64("id")
            try session.execute(
                """
                UPDATE planEntry SET content = \(entry.content), field = \(entry.field), category = \(entry.category), \
                level = \(entry.level), period = \(entry.period), leadUnit = \(entry.leadUnit), \
                onsiteDays = \(Int64(entry.onsiteDays)), packHash = \(packHash), loadedOn = \(PGDate(loadedOn)), \
                status = 'active', withdrawnOn = NULL
                WHERE id = \(id)
                """)
            try session.execute("DELETE FROM planEntrySubject WHERE planEntryId = \(id)")
        } else {
            guard
                let row = try session.row(
                    """
                    INSERT INTO planEntry (
                        content, field, category, level, period, leadUnit, onsiteDays, packHash, loadedOn, year,
                        entryKey, status)
                    VALUES (\(entry.content), \(entry.field), \(entry.category), \(entry.level), \(entry.period), \
                    \(entry.leadUnit), \(Int64(entry.onsiteDays)), \(packHash), \(PGDate(loadedOn)), \
                    \(Int64(entry.year)), \(entry.key), 'active')
                    RETURNING id
                    """)
            else { preconditionFailure("INSERT … RETURNING returns its row") }
            id = try row.int64("id")
        }
        for (position, subject) in entry.subjects.enumerated() {
            try session.execute(
                """
                INSERT INTO planEntrySubject (planEntryId, position, subjectId)
                VALUES (\(id), \(Int64(position)), \(subject.rawValue))
                """)
        }
    }

    static func planInspections(year: Int, _ session: PGSession) throws
        -> [String: (id: Inspection.ID, state: Inspection.State)]
    {
        var found: [String: (id: Inspection.ID, state: Inspection.State)] = [:]
        for row in try session.rows(
            "SELECT id, planEntryKey, state FROM inspection WHERE planYear = \(Int64(year)) ORDER BY id")
        {
            let key = try row.string("planEntryKey")
            guard found[key] == nil else { continue }
            found[key] = (Inspection.ID(rawValue: try row.int64("id")), try row.enumeration("state"))
        }
        return found
    }

    static func updateOpenInspection(
        _ id: Inspection.ID, to entry: PlanEntry, deadlines: InspectionDeadlines, _ session: PGSession
    ) throws {
        let changed = try session.execute(
            """
            UPDATE inspection SET category = \(entry.category), level = \(entry.level), content = \(entry.content), \
            field = \(entry.field), leadUnit = \(entry.leadUnit), onsiteDueOn = \(deadlines.onsiteDueOn.map(PGDate.init)), \
            reportDueOn = \(deadlines.reportDueOn.map(PGDate.init)), \
            conclusionDueOn = \(deadlines.conclusionDueOn.map(PGDate.init))
            WHERE id = \(id.rawValue) AND state = 'open'
            """)
        precondition(changed == 1, "inspection #\(id) was read as open in this transaction")
        let current = try session.rows(
            "SELECT subjectId FROM inspectionSubject WHERE inspectionId = \(id.rawValue) ORDER BY position"
        ).map { Subject.ID(try $0.int64("subjectId")) }
        guard current != entry.subjects else { return }
        // An open inspection has no decision, findings or recommendations yet, so nothing refers to its subjects.
        try session.execute("DELETE FROM inspectionSubject WHERE inspectionId = \(id.rawValue)")
        for (position, subject) in entry.subjects.enumerated() {
            try session.execute(
                """
                INSERT INTO inspectionSubject (inspectionId, position, subjectId)
                VALUES (\(id.rawValue), \(Int64(position)), \(subject.rawValue))
                """)
        }
    }

    /// The inspections `condition` selects (its parameters bound in `statement`), with their subjects.
    static func pastInspections(_ condition: String, _ statement: PGStatement, _ session: PGSession) throws
        -> [PastInspection]
    {
        var select = statement
        select.append(
            "SELECT id, mode, content, field, category, openedOn, concludedOn FROM inspection WHERE \(condition) "
                + "ORDER BY openedOn, id")
        var members = statement
        members.append(
            """
            SELECT inspectionId, subjectId FROM inspectionSubject
            WHERE inspectionId IN (SELECT id FROM inspection WHERE \(condition))
            ORDER BY inspectionId, position
            """)
        let subjects = Dictionary(grouping: try session.rows(members.query)) { (try? $0.int64("inspectionId")) ?? -1 }
        return try session.rows(select.query).map { row in
            let id = try row.int64("id")
            return PastInspection(
                id: Inspection.ID(rawValue: id), mode: try row.enumeration("mode"),
                subjectIDs: try (subjects[id] ?? []).map { Subject.ID(try $0.int64("subjectId")) },
                content: try row.string("content"), field: try row.string("field"), category: try row.string("category"),
                openedOn: try row.date("openedOn"), concludedOn: try row.optionalDate("concludedOn"))
        }
    }
}
