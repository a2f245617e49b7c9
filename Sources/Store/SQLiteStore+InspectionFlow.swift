public import Casework
import GRDB

/// The period query reports are built on: inspections carried over, opened and concluded in a window, and the
/// totals of their findings, recommendations and follow-ups. Every count and sum is computed by SQL in one read
/// transaction, so the IDs listed always match the counts.
extension SQLiteStore {
    /// What happened to inspections in the half-open window `[from, before)`; see ``InspectionFlow`` for the
    /// definitions.
    ///
    /// ```swift
    /// // Quarter 1 of 2026 under the national cut-off: 2025-12-15 ≤ day < 2026-03-15
    /// let flow = try store.inspectionFlow(from: day("2025-12-15"), before: day("2026-03-15"))
    /// print(flow.carriedOver.count + flow.opened.count, flow.concluded.byMode.unscheduled)
    /// ```
    /// - Throws: ``StoreError``; `.invalid` when `before` is not after `from`.
    public func inspectionFlow(from: CalendarDate, before: CalendarDate) throws -> InspectionFlow {
        guard from < before else {
            throw StoreError(
                .invalid, "the period \(from) … \(before) is empty: its end must be after its start",
                hint: "a period is half-open, [from, before): before is the first day after it")
        }
        return try read { db in
            let buckets = """
                SELECT 'carriedOver' AS bucket, mode, id FROM inspection
                    WHERE openedOn < ? AND (concludedOn IS NULL OR concludedOn >= ?)
                UNION ALL
                SELECT 'opened' AS bucket, mode, id FROM inspection WHERE openedOn >= ? AND openedOn < ?
                UNION ALL
                SELECT 'concluded' AS bucket, mode, id FROM inspection WHERE concludedOn >= ? AND concludedOn < ?
                """
            let bucketArguments: StatementArguments = [from.databaseValue, from.databaseValue, from.databaseValue, before.databaseValue, from.databaseValue, before.databaseValue]
            var counts: [String: InspectionCount] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT bucket, mode, COUNT(*) AS n FROM (\(buckets)) b GROUP BY bucket, mode",
                arguments: bucketArguments)
            {
                guard let mode = Inspection.Mode(rawValue: row["mode"]) else {
                    throw StoreError(
                        .corrupt, "an inspection has a mode thanhtra cannot read",
                        hint: "the database was changed outside thanhtra; restore it from a backup")
                }
                let bucket: String = row["bucket"]
                let n: Int = row["n"]
                counts[bucket, default: InspectionCount()].byMode[mode] = n
                counts[bucket, default: InspectionCount()].count += n
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT bucket, id FROM (\(buckets)) b ORDER BY bucket, id", arguments: bucketArguments)
            {
                counts[row["bucket"], default: InspectionCount()].ids.append(Inspection.ID(rawValue: row["id"]))
            }

            let concludedInWindow = "i.concludedOn >= ? AND i.concludedOn < ?"
            let subjects =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(DISTINCT s.subjectId) FROM inspectionSubject s
                        JOIN inspection i ON i.id = s.inspectionId WHERE \(concludedInWindow)
                        """,
                    arguments: [from.databaseValue, before.databaseValue]) ?? 0
            let findingRow = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) AS n, COALESCE(SUM(f.amountVND), 0) AS amountVND,
                        COALESCE(SUM(f.landAreaDM2), 0) AS landAreaDM2
                    FROM finding f JOIN inspection i ON i.id = f.inspectionId WHERE \(concludedInWindow)
                    """,
                arguments: [from.databaseValue, before.databaseValue])
            let findings = try findingRow.map {
                FindingTotals(
                    count: $0["n"], amountVND: try $0.decode(VND.self, forColumn: "amountVND"),
                    landArea: try $0.decode(LandArea.self, forColumn: "landAreaDM2"))
            } ?? FindingTotals()

            let sums = """
                COALESCE(SUM(x.amountVND), 0) AS amountVND, COALESCE(SUM(x.landAreaDM2), 0) AS landAreaDM2,
                COALESCE(SUM(x.collectives), 0) AS collectives, COALESCE(SUM(x.persons), 0) AS persons,
                COALESCE(SUM(x.cases), 0) AS cases
                """
            let recommended = try Self.totals(
                db,
                sql: """
                    SELECT x.kind AS kind, \(sums) FROM recommendation x
                    JOIN inspection i ON i.id = x.inspectionId WHERE \(concludedInWindow) GROUP BY x.kind
                    """,
                arguments: [from.databaseValue, before.databaseValue])
            let done = try Self.totals(
                db,
                sql: """
                    SELECT r.kind AS kind, \(sums) FROM followUp x JOIN recommendation r ON r.id = x.recommendationId
                    WHERE x.doneOn >= ? AND x.doneOn < ? GROUP BY r.kind
                    """,
                arguments: [from.databaseValue, before.databaseValue])
            let followedUp = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT r.inspectionId FROM followUp x JOIN recommendation r ON r.id = x.recommendationId
                    WHERE x.doneOn >= ? AND x.doneOn < ? ORDER BY r.inspectionId
                    """,
                arguments: [from.databaseValue, before.databaseValue])

            return InspectionFlow(
                from: from, before: before, carriedOver: counts["carriedOver"] ?? InspectionCount(),
                opened: counts["opened"] ?? InspectionCount(), concluded: counts["concluded"] ?? InspectionCount(),
                subjectsConcluded: subjects, findings: findings, recommended: recommended, done: done,
                followedUp: followedUp.map(Inspection.ID.init(rawValue:)))
        }
    }

    /// Figures per recommendation kind from rows of `kind, amountVND, landAreaDM2, collectives, persons, cases`.
    private static func totals(_ db: Database, sql: String, arguments: StatementArguments) throws -> RecommendationTotals {
        var totals = RecommendationTotals()
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            guard let kind = Recommendation.Kind(rawValue: row["kind"]) else {
                throw StoreError(
                    .corrupt, "a recommendation has a kind thanhtra cannot read",
                    hint: "the database was changed outside thanhtra; restore it from a backup")
            }
            totals[kind] = RecommendationFigures(
                amountVND: try row.decode(VND.self, forColumn: "amountVND"),
                landArea: try row.decode(LandArea.self, forColumn: "landAreaDM2"), collectives: row["collectives"],
                persons: row["persons"], cases: row["cases"])
        }
        return totals
    }
}
