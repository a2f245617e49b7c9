public import Casework
import GRDB

/// The read-only views of inspections the rule pack needs: the register and past inspections for plan scripts,
/// and the same subjects' inspections of a year for the overlap check.
extension SQLiteStore {
    /// The whole subject register by ID, and every inspection of earlier years (a scheduled one by its plan year, others by the day opened), by opening day
    /// then ID.
    /// - Throws: ``StoreError``.
    public func inspectionView(forPlanYear year: Int) throws -> (subjects: [Subject], past: [PastInspection]) {
        try read { db in
            let subjects = try Subject.fetchAll(db, sql: "SELECT * FROM subject ORDER BY id")
            let past = try Self.fetchPastInspections(
                // A scheduled inspection belongs to its plan's year, whenever the plan was loaded; others to the
                // year they were opened in. So the plan's own inspections never feed back into its computation.
                db, where: "(planYear IS NOT NULL AND planYear < ?) OR (planYear IS NULL AND openedOn < ?)",
                arguments: [year, Self.firstDayText(of: year)])
            return (subjects, past)
        }
    }

    /// The inspections of any of `ids` of `year` (a scheduled one by its plan year, others opened in `[year-01-01, (year + 1)-01-01)`), except `excluding`, by opening
    /// day then ID. Each lists all its subjects, not only those asked about.
    /// - Throws: ``StoreError``.
    public func inspectionsOfSubjects(
        _ ids: [Subject.ID], year: Int, excluding: Inspection.ID?
    ) throws -> [PastInspection] {
        let ids = Array(Set(ids)).sorted { $0.rawValue < $1.rawValue }
        guard !ids.isEmpty else { return [] }
        var found: [Inspection.ID: PastInspection] = [:]
        try read { db in
            for start in stride(from: 0, to: ids.count, by: fetchBatchSize) {
                let batch = ids[start..<min(start + fetchBatchSize, ids.count)]
                let condition = """
                    (planYear = ? OR (planYear IS NULL AND openedOn >= ? AND openedOn < ?)) AND id IS NOT ?
                    AND id IN (SELECT inspectionId FROM inspectionSubject WHERE subjectId IN (\(
                        databaseQuestionMarks(count: batch.count))))
                    """
                let arguments: StatementArguments =
                    [year, Self.firstDayText(of: year), Self.firstDayText(of: year + 1), excluding.databaseValue]
                    + StatementArguments(batch.map(\.databaseValue))
                for inspection in try Self.fetchPastInspections(db, where: condition, arguments: arguments) {
                    found[inspection.id] = inspection
                }
            }
        }
        return found.values.sorted { ($0.openedOn, $0.id.rawValue) < ($1.openedOn, $1.id.rawValue) }
    }

    /// `YYYY-01-01` for `year`, as compared with `openedOn` text: `0000-01-01` below year 1 and `9999-12-32`
    /// (after every stored day) above 9999.
    private static func firstDayText(of year: Int) -> String {
        if year < 1 { return "0000-01-01" }
        if year > 9999 { return "9999-12-32" }
        let digits = String(year)
        return String(repeating: "0", count: 4 - digits.count) + digits + "-01-01"
    }

    /// The inspections matching `condition` (on `inspection`'s columns), by opening day then ID, with their subjects.
    private static func fetchPastInspections(
        _ db: Database, where condition: String, arguments: StatementArguments
    ) throws -> [PastInspection] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, mode, content, field, category, openedOn, concludedOn FROM inspection
                WHERE \(condition) ORDER BY openedOn, id
                """,
            arguments: arguments)
        let subjects = try Dictionary(
            grouping: Row.fetchAll(
                db,
                sql: """
                    SELECT inspectionId, subjectId FROM inspectionSubject
                    WHERE inspectionId IN (SELECT id FROM inspection WHERE \(condition))
                    ORDER BY inspectionId, position
                    """,
                arguments: arguments),
            by: { $0["inspectionId"] as Int64 })
        return try rows.map { row in
            let id: Int64 = row["id"]
            guard let mode = Inspection.Mode(rawValue: row["mode"]),
                let openedOn = CalendarDate.fromDatabaseValue(row["openedOn"])
            else {
                throw StoreError(
                    .corrupt, "inspection #\(id) has an unreadable mode or opening day",
                    hint: "the database was changed outside thanhtra; restore it from a backup")
            }
            return PastInspection(
                id: Inspection.ID(rawValue: id), mode: mode,
                subjectIDs: (subjects[id] ?? []).map { Subject.ID(rawValue: $0["subjectId"]) },
                content: row["content"], field: row["field"], category: row["category"], openedOn: openedOn,
                concludedOn: row["concludedOn"])
        }
    }
}
