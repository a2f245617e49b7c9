import Casework
import Foundation
import GRDB

/// Reading whole inspections: the `inspection` row and the rows of every part table.
///
/// Inspections are read in batches, with one query per table for the whole batch, so listing a hundred
/// inspections costs the same dozen queries as reading one.
extension Inspection {
    /// The inspections with these IDs, in the order of `ids`; IDs without an inspection are skipped.
    ///
    /// - Throws: ``StoreError`` of kind ``StoreError/Kind/corrupt`` when a stored value cannot be read; database
    ///   errors.
    static func fetchAll(_ db: Database, ids: [Int64]) throws -> [Inspection] {
        try fetchInBatches(ids: ids, id: \.id.rawValue) { try fetchBatch(db, ids: $0) }
    }

    /// The inspection with this ID, or `nil`.
    static func fetchOne(_ db: Database, id: Int64) throws -> Inspection? {
        try fetchAll(db, ids: [id]).first
    }

    /// One batch of inspections, in no particular order.
    private static func fetchBatch(_ db: Database, ids: [Int64]) throws -> [Inspection] {
        guard !ids.isEmpty else { return [] }
        let marks = databaseQuestionMarks(count: ids.count)
        /// Rows selected by `sql` (which filters on `inspectionId IN (marks)`), grouped by inspection.
        func parts(_ table: String, _ sql: String) throws -> [Int64: [ColumnReader]] {
            let rows = try batchRows(db, sql: sql, ids: ids)
            return Dictionary(grouping: rows.map { ColumnReader(row: $0, table: table, inspectionID: $0["inspectionId"]) }) {
                $0.ownerID
            }
        }
        func positioned(_ table: String) throws -> [Int64: [ColumnReader]] {
            try parts(table, "SELECT * FROM \(table) WHERE inspectionId IN (\(marks)) ORDER BY inspectionId, position")
        }

        let inspections = try batchRows(db, sql: "SELECT * FROM inspection WHERE id IN (\(marks))", ids: ids)
        let subjects = try positioned("inspectionSubject")
        let decisions = try parts("inspectionDecision", "SELECT * FROM inspectionDecision WHERE inspectionId IN (\(marks))")
        let members = try positioned("inspectionTeamMember")
        let extensions = try positioned("inspectionExtension")
        let suspensions = try positioned("inspectionSuspension")
        let findings = try parts("finding", "SELECT * FROM finding WHERE inspectionId IN (\(marks)) ORDER BY id")
        let bodies = try parts("inspectionBody", "SELECT * FROM inspectionBody WHERE inspectionId IN (\(marks))")
        let recommendations = try parts(
            "recommendation",
            """
            SELECT r.*, h.handling AS handling, COALESCE(g.documents, 0) AS documents FROM recommendation r
            LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
            LEFT JOIN recommendationDocuments g ON g.recommendationId = r.id
            WHERE r.inspectionId IN (\(marks)) ORDER BY r.id
            """)
        let names = try parts(
            "recommendationName",
            """
            SELECT n.*, r.inspectionId FROM recommendationName n JOIN recommendation r ON r.id = n.recommendationId
            WHERE r.inspectionId IN (\(marks)) ORDER BY n.recommendationId, n.position
            """)
        let followUps = try parts(
            "followUp",
            """
            SELECT f.*, r.inspectionId, COALESCE(g.documents, 0) AS documents
            FROM followUp f JOIN recommendation r ON r.id = f.recommendationId
            LEFT JOIN followUpDocuments g ON g.followUpId = f.id
            WHERE r.inspectionId IN (\(marks)) ORDER BY f.id
            """)

        return try inspections.map { row in
            let column = ColumnReader(row: row, table: "inspection", inspectionID: row["id"])
            let id = column.ownerID
            let ownNames = names[id] ?? []
            let ownFollowUps = try (followUps[id] ?? []).map(makeFollowUp)
            return Inspection(
                id: ID(rawValue: id), mode: try column.enumeration("mode"), category: try column("category"),
                level: try column("level"), ground: try makeGround(column), planEntry: try makePlanEntry(column),
                content: try column("content"), field: try column("field"), leadUnit: try column("leadUnit"),
                subjects: try (subjects[id] ?? []).map { try $0("subjectId") }, openedOn: try column("openedOn"),
                openedWithPack: try column("openedWithPack"), state: try column.enumeration("state"),
                decision: try decisions[id]?.first.map { try makeDecision($0, members: members[id] ?? []) },
                timeline: InspectionTimeline(
                    announcedOn: try column("announcedOn"),
                    extensions: try (extensions[id] ?? []).map {
                        OnsiteExtension(grantedOn: try $0("grantedOn"), days: try $0("days"), reason: try $0("reason"))
                    },
                    suspensions: try (suspensions[id] ?? []).map {
                        Suspension(
                            suspendedOn: try $0("suspendedOn"), reason: try $0("reason"), resumedOn: try $0("resumedOn"))
                    },
                    onsiteEndedOn: try column("onsiteEndedOn"), reportedOn: try column("reportedOn"),
                    draftedOn: try column("draftedOn"), conclusion: try makeConclusion(column),
                    closedOn: try column("closedOn")),
                deadlines: InspectionDeadlines(
                    onsiteDueOn: try column("onsiteDueOn"), reportDueOn: try column("reportDueOn"),
                    conclusionDueOn: try column("conclusionDueOn")),
                findings: try (findings[id] ?? []).map(makeFinding),
                recommendations: try (recommendations[id] ?? []).map { recommendation in
                    let recommendationID: Int64 = try recommendation("id")
                    return try makeRecommendation(
                        recommendation,
                        names: try ownNames.filter { try $0("recommendationId") == recommendationID }.map { try $0("name") },
                        followUps: ownFollowUps.filter { $0.recommendationID.rawValue == recommendationID })
                }, body: try bodies[id]?.first.map { try $0("body") })
        }
    }

    private static func makeGround(_ column: ColumnReader) throws -> InspectionGround? {
        let kind: String? = try column("groundKind")
        let reference: String? = try column("groundReference")
        guard let kind, let reference else { return nil }
        guard let groundKind = InspectionGround.Kind(rawValue: kind) else { throw column.corrupt("groundKind") }
        return InspectionGround(kind: groundKind, reference: reference)
    }

    private static func makePlanEntry(_ column: ColumnReader) throws -> PlanEntryReference? {
        let year: Int? = try column("planYear")
        let key: String? = try column("planEntryKey")
        guard let year, let key else { return nil }
        return PlanEntryReference(year: year, entryKey: key)
    }

    private static func makeConclusion(_ column: ColumnReader) throws -> InspectionConclusion? {
        let number: String? = try column("conclusionNumber")
        let concludedOn: CalendarDate? = try column("concludedOn")
        guard let number, let concludedOn else { return nil }
        return InspectionConclusion(number: number, concludedOn: concludedOn)
    }

    private static func makeDecision(_ column: ColumnReader, members: [ColumnReader]) throws -> InspectionDecision {
        InspectionDecision(
            number: try column("number"), decidedOn: try column("decidedOn"), signerTitle: try column("signerTitle"),
            signerName: try column("signerName"), teamLead: try column("teamLead"),
            members: try members.map { try $0("name") })
    }

    private static func makeFinding(_ column: ColumnReader) throws -> Finding {
        Finding(
            id: try column("id"), inspectionID: Inspection.ID(rawValue: column.ownerID),
            subjectID: try column("subjectId"), description: try column("description"),
            category: try column("category"), amountVND: try column("amountVND"), landArea: try column("landAreaDM2"))
    }

    private static func makeFigures(_ column: ColumnReader) throws -> RecommendationFigures {
        RecommendationFigures(
            amountVND: try column("amountVND"), landArea: try column("landAreaDM2"),
            collectives: try column("collectives"), persons: try column("persons"), cases: try column("cases"),
            documents: try column("documents"))
    }

    private static func makeRecommendation(
        _ column: ColumnReader, names: [String], followUps: [FollowUp]
    ) throws -> Recommendation {
        Recommendation(
            id: try column("id"), inspectionID: Inspection.ID(rawValue: column.ownerID),
            kind: try column.enumeration("kind"), findingID: try column("findingId"), subjectID: try column("subjectId"),
            description: try column("description"), figures: try makeFigures(column), names: names,
            handling: try column.optionalEnumeration("handling"), followUps: followUps)
    }

    private static func makeFollowUp(_ column: ColumnReader) throws -> FollowUp {
        FollowUp(
            id: try column("id"), recommendationID: try column("recommendationId"), doneOn: try column("doneOn"),
            figures: try makeFigures(column), receipt: try column("receipt"), note: try column("note"),
            overReason: try column("overReason"))
    }
}
