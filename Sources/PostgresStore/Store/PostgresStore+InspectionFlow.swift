public import Casework
import PostgresNIO

/// The period query of the inspection reports on PostgreSQL: SQLite's `inspectionFlow(from:before:)`, the same
/// buckets and totals computed by SQL in one read transaction, so the IDs listed always match the counts.
extension PostgresStore {
    /// What happened to inspections in the half-open window `[from, before)`; see ``InspectionFlow`` for the
    /// definitions.
    ///
    /// - Throws: ``StoreError``; `.invalid` when `before` is not after `from`.
    public func inspectionFlow(from: CalendarDate, before: CalendarDate) throws -> InspectionFlow {
        let period = ReportPeriod(kind: "range", label: "", from: from, before: before)
        let arguments = try PostgresFigureQuery.Arguments(period)
        func statement(_ sql: String) -> PostgresQuery { PostgresFigureQuery.statement(sql, arguments) }
        let buckets = """
            SELECT 'carriedOver' AS bucket, mode, id FROM inspection
                WHERE openedOn < :from AND (concludedOn IS NULL OR concludedOn >= :from)
            UNION ALL
            SELECT 'opened' AS bucket, mode, id FROM inspection WHERE openedOn >= :from AND openedOn < :before
            UNION ALL
            SELECT 'concluded' AS bucket, mode, id FROM inspection WHERE concludedOn >= :from AND concludedOn < :before
            """
        let concludedInWindow = "i.concludedOn >= :from AND i.concludedOn < :before"
        let sums = """
            COALESCE(SUM(x.amountVND), 0)::bigint AS amountVND, COALESCE(SUM(x.landAreaDM2), 0)::bigint AS landAreaDM2,
            COALESCE(SUM(x.collectives), 0)::bigint AS collectives, COALESCE(SUM(x.persons), 0)::bigint AS persons,
            COALESCE(SUM(x.cases), 0)::bigint AS cases
            """
        return try read { session in
            var counts: [String: InspectionCount] = [:]
            for row in try session.rows(statement("SELECT bucket, mode, id FROM (\(buckets)) b ORDER BY bucket, id")) {
                guard let mode = Inspection.Mode(rawValue: try row.string("mode")) else {
                    throw PGRow.corrupt("inspection.mode", "holds an unknown value")
                }
                let bucket = try row.string("bucket")
                counts[bucket, default: InspectionCount()].byMode[mode] += 1
                counts[bucket, default: InspectionCount()].count += 1
                counts[bucket, default: InspectionCount()].ids.append(Inspection.ID(rawValue: try row.int64("id")))
            }
            let subjects = try session.row(
                statement(
                    """
                    SELECT COUNT(DISTINCT s.subjectId) AS n FROM inspectionSubject s
                    JOIN inspection i ON i.id = s.inspectionId WHERE \(concludedInWindow)
                    """))?.int("n") ?? 0
            let findings = try session.row(
                statement(
                    """
                    SELECT COUNT(*) AS n, COALESCE(SUM(f.amountVND), 0)::bigint AS amountVND,
                        COALESCE(SUM(f.landAreaDM2), 0)::bigint AS landAreaDM2
                    FROM finding f JOIN inspection i ON i.id = f.inspectionId WHERE \(concludedInWindow)
                    """)
            ).map {
                FindingTotals(count: try $0.int("n"), amountVND: try $0.vnd("amountVND"), landArea: try Self.land($0))
            } ?? FindingTotals()
            let recommended = try Self.totals(
                session.rows(
                    statement(
                        """
                        SELECT x.kind AS kind, \(sums) FROM recommendation x
                        JOIN inspection i ON i.id = x.inspectionId WHERE \(concludedInWindow) GROUP BY x.kind
                        """)))
            let done = try Self.totals(
                session.rows(
                    statement(
                        """
                        SELECT r.kind AS kind, \(sums) FROM followUp x JOIN recommendation r ON r.id = x.recommendationId
                        WHERE x.doneOn >= :from AND x.doneOn < :before GROUP BY r.kind
                        """)))
            let followedUp = try session.rows(
                statement(
                    """
                    SELECT DISTINCT r.inspectionId AS id FROM followUp x JOIN recommendation r ON r.id = x.recommendationId
                    WHERE x.doneOn >= :from AND x.doneOn < :before ORDER BY r.inspectionId
                    """)
            ).map { Inspection.ID(rawValue: try $0.int64("id")) }
            return InspectionFlow(
                from: from, before: before, carriedOver: counts["carriedOver"] ?? InspectionCount(),
                opened: counts["opened"] ?? InspectionCount(), concluded: counts["concluded"] ?? InspectionCount(),
                subjectsConcluded: subjects, findings: findings, recommended: recommended, done: done,
                followedUp: followedUp)
        }
    }

    private static func land(_ row: PGRow) throws -> LandArea {
        guard let area = LandArea(rawValue: try row.int64("landAreaDM2")) else {
            throw PGRow.corrupt("landAreaDM2", "is not a land area")
        }
        return area
    }

    /// Figures per recommendation kind from rows of `kind, amountVND, landAreaDM2, collectives, persons, cases`.
    private static func totals(_ rows: [PGRow]) throws -> RecommendationTotals {
        var totals = RecommendationTotals()
        for row in rows {
            totals[try row.enumeration("kind") as Recommendation.Kind] = RecommendationFigures(
                amountVND: try row.vnd("amountVND"), landArea: try land(row), collectives: try row.int("collectives"),
                persons: try row.int("persons"), cases: try row.int("cases"))
        }
        return totals
    }
}
