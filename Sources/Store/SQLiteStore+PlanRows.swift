import Casework
import GRDB

/// Reading and writing the `planEntry` rows and the scheduled inspections that carry entries out.
///
/// These run inside a command's transaction (see ``SQLiteStore/performIfChanged(_:context:_:)``), so what they read
/// cannot change before they write.
extension SQLiteStore {
    /// The active entries of `year`, by key, each with its subjects in order.
    static func fetchActivePlanEntries(year: Int, _ db: Database) throws -> [PlanEntry] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM planEntry WHERE year = ? AND status = 'active' ORDER BY entryKey", arguments: [year])
        let subjects = try Dictionary(
            grouping: Row.fetchAll(
                db,
                sql: """
                    SELECT s.planEntryId, s.subjectId FROM planEntrySubject s JOIN planEntry e ON e.id = s.planEntryId
                    WHERE e.year = ? AND e.status = 'active' ORDER BY s.planEntryId, s.position
                    """,
                arguments: [year]),
            by: { $0["planEntryId"] as Int64 })
        return rows.map { row in
            PlanEntry(
                year: row["year"], key: row["entryKey"],
                subjects: (subjects[row["id"]] ?? []).map { Subject.ID(rawValue: $0["subjectId"]) },
                content: row["content"], field: row["field"], category: row["category"], level: row["level"],
                period: row["period"], leadUnit: row["leadUnit"], onsiteDays: row["onsiteDays"])
        }
    }

    /// Writes `entry` as active: inserts it, or updates the row of the same year and key (a changed entry, or a
    /// withdrawn one loaded again) and replaces its subjects.
    ///
    /// - Throws: ``StoreError/subjectNotFound(_:)`` for a subject that is not registered.
    static func writePlanEntry(
        _ entry: PlanEntry, loadedOn: CalendarDate, packHash: String?, _ db: Database
    ) throws {
        for subject in entry.subjects {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM subject WHERE id = ?", arguments: [subject.databaseValue]) != nil else {
                throw StoreError.subjectNotFound(subject)
            }
        }
        let values: StatementArguments = [
            entry.content, entry.field, entry.category, entry.level, entry.period, entry.leadUnit, entry.onsiteDays,
            packHash, loadedOn.databaseValue,
        ]
        let id: Int64
        if let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM planEntry WHERE year = ? AND entryKey = ?", arguments: [entry.year, entry.key])
        {
            id = existing
            try db.execute(
                sql: """
                    UPDATE planEntry SET content = ?, field = ?, category = ?, level = ?, period = ?, leadUnit = ?,
                        onsiteDays = ?, packHash = ?, loadedOn = ?, status = 'active', withdrawnOn = NULL
                    WHERE id = ?
                    """,
                arguments: values + [id])
            try db.execute(sql: "DELETE FROM planEntrySubject WHERE planEntryId = ?", arguments: [id])
        } else {
            try db.execute(
                sql: """
                    INSERT INTO planEntry (
                        content, field, category, level, period, leadUnit, onsiteDays, packHash, loadedOn, year,
                        entryKey, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active')
                    """,
                arguments: values + [entry.year, entry.key])
            id = db.lastInsertedRowID
        }
        for (position, subject) in entry.subjects.enumerated() {
            try db.execute(
                sql: "INSERT INTO planEntrySubject (planEntryId, position, subjectId) VALUES (?, ?, ?)",
                arguments: [id, position, subject.databaseValue])
        }
    }

    /// Marks the entry of `year` with `key` withdrawn on `day`.
    static func withdrawPlanEntry(year: Int, key: String, on day: CalendarDate, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE planEntry SET status = 'withdrawn', withdrawnOn = ?
                WHERE year = ? AND entryKey = ? AND status = 'active'
                """,
            arguments: [day.databaseValue, year, key])
    }

    /// The first scheduled inspection (lowest ID) of each entry of `year` that has one, by entry key.
    static func planInspections(year: Int, _ db: Database) throws -> [String: (id: Inspection.ID, state: Inspection.State)] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, planEntryKey, state FROM inspection WHERE planYear = ? ORDER BY id", arguments: [year])
        var found: [String: (id: Inspection.ID, state: Inspection.State)] = [:]
        for row in rows {
            let key: String = row["planEntryKey"]
            guard found[key] == nil else { continue }
            guard let state = Inspection.State(rawValue: row["state"]) else {
                throw StoreError(
                    .corrupt, "inspection #\(row["id"] as Int64) has an unknown state",
                    hint: "the database was changed outside thanhtra; restore it from a backup")
            }
            found[key] = (Inspection.ID(rawValue: row["id"]), state)
        }
        return found
    }

    /// Makes inspection `id` (still `open`) follow `entry`: its category, level, content, field, lead unit,
    /// subjects and due dates.
    static func updateOpenInspection(
        _ id: Inspection.ID, to entry: PlanEntry, deadlines: InspectionDeadlines, _ db: Database
    ) throws {
        try db.execute(
            sql: """
                UPDATE inspection SET category = ?, level = ?, content = ?, field = ?, leadUnit = ?, onsiteDueOn = ?,
                    reportDueOn = ?, conclusionDueOn = ?
                WHERE id = ? AND state = 'open'
                """,
            arguments: [
                entry.category, entry.level, entry.content, entry.field, entry.leadUnit, deadlines.onsiteDueOn.databaseValue,
                deadlines.reportDueOn.databaseValue, deadlines.conclusionDueOn.databaseValue, id.databaseValue,
            ])
        precondition(db.changesCount == 1, "inspection #\(id) was read as open in this transaction")
        let current = try Int64.fetchAll(
            db, sql: "SELECT subjectId FROM inspectionSubject WHERE inspectionId = ? ORDER BY position",
            arguments: [id.databaseValue]
        ).map(Subject.ID.init(rawValue:))
        guard current != entry.subjects else { return }
        // An open inspection has no decision, findings or recommendations yet, so nothing refers to its subjects.
        try db.execute(sql: "DELETE FROM inspectionSubject WHERE inspectionId = ?", arguments: [id.databaseValue])
        for (position, subject) in entry.subjects.enumerated() {
            try db.execute(
                sql: "INSERT INTO inspectionSubject (inspectionId, position, subjectId) VALUES (?, ?, ?)",
                arguments: [id.databaseValue, position, subject.databaseValue])
        }
    }
}
