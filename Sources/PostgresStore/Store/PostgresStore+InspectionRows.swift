public import Casework
import PostgresNIO

/// Reading whole inspections: the `inspection` row and the rows of every part table, one query per table for the
/// whole batch.
extension PostgresStore {
    /// The inspections with these IDs, in the order of `ids`; IDs without an inspection are skipped.
    ///
    /// - Throws: ``StoreError`` `.corrupt` when a stored value cannot be read; database errors.
    static func inspections(ids: [Int64], _ session: PGSession) throws -> [Inspection] {
        guard !ids.isEmpty else { return [] }
        var loaded: [Int64: Inspection] = [:]
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + 500)])
            for value in try inspectionBatch(batch, session) { loaded[value.id.rawValue] = value }
            start += 500
        }
        return ids.compactMap { loaded[$0] }
    }

    private static func inspectionBatch(_ ids: [Int64], _ session: PGSession) throws -> [Inspection] {
        func parts(_ sql: (String) -> String) throws -> [Int64: [PGRow]] {
            var statement = PGStatement()
            let placeholder = statement.bind(ids)
            statement.append(sql("ANY(\(placeholder))"))
            return Dictionary(grouping: try session.rows(statement.query)) { (try? $0.int64("inspectionId")) ?? -1 }
        }
        func positioned(_ table: String) throws -> [Int64: [PGRow]] {
            try parts { "SELECT * FROM \(table) WHERE inspectionId = \($0) ORDER BY inspectionId, position" }
        }
        var statement = PGStatement("SELECT * FROM inspection WHERE id = ANY(")
        statement.append(statement.bind(ids) + ")")
        let inspections = try session.rows(statement.query)
        let subjects = try positioned("inspectionSubject")
        let decisions = try parts { "SELECT * FROM inspectionDecision WHERE inspectionId = \($0)" }
        let members = try positioned("inspectionTeamMember")
        let extensions = try positioned("inspectionExtension")
        let suspensions = try positioned("inspectionSuspension")
        let findings = try parts { "SELECT * FROM finding WHERE inspectionId = \($0) ORDER BY id" }
        let bodies = try parts { "SELECT * FROM inspectionBody WHERE inspectionId = \($0)" }
        let recommendations = try parts {
            """
            SELECT r.*, h.handling AS handling, COALESCE(g.documents, 0) AS documents FROM recommendation r
            LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
            LEFT JOIN recommendationDocuments g ON g.recommendationId = r.id
            WHERE r.inspectionId = \($0) ORDER BY r.id
            """
        }
        let names = try parts {
            """
            SELECT n.*, r.inspectionId FROM recommendationName n JOIN recommendation r ON r.id = n.recommendationId
            WHERE r.inspectionId = \($0) ORDER BY n.recommendationId, n.position
            """
        }
        let followUps = try parts {
            """
            SELECT f.*, r.inspectionId, COALESCE(g.documents, 0) AS documents
            FROM followUp f JOIN recommendation r ON r.id = f.recommendationId
            LEFT JOIN followUpDocuments g ON g.followUpId = f.id
            WHERE r.inspectionId = \($0) ORDER BY f.id
            """
        }

        return try inspections.map { row in
            let id = try row.int64("id")
            let ownNames = names[id] ?? []
            let ownFollowUps = try (followUps[id] ?? []).map(followUp)
            return Inspection(
                id: Inspection.ID(rawValue: id), mode: try row.enumeration("mode"), category: try row.string("category"),
                level: try row.string("level"), ground: try ground(row), planEntry: try planEntry(row),
                content: try row.string("content"), field: try row.string("field"), leadUnit: try row.string("leadUnit"),
                subjects: try (subjects[id] ?? []).map { Subject.ID(try $0.int64("subjectId")) },
                openedOn: try row.date("openedOn"), openedWithPack: try row.optionalString("openedWithPack"),
                state: try row.enumeration("state"),
                decision: try decisions[id]?.first.map { try decision($0, members: members[id] ?? []) },
                timeline: InspectionTimeline(
                    announcedOn: try row.optionalDate("announcedOn"),
                    extensions: try (extensions[id] ?? []).map {
                        OnsiteExtension(
                            grantedOn: try $0.date("grantedOn"), days: try $0.int("days"), reason: try $0.string("reason"))
                    },
                    suspensions: try (suspensions[id] ?? []).map {
                        Suspension(
                            suspendedOn: try $0.date("suspendedOn"), reason: try $0.string("reason"),
                            resumedOn: try $0.optionalDate("resumedOn"))
                    },
                    onsiteEndedOn: try row.optionalDate("onsiteEndedOn"), reportedOn: try row.optionalDate("reportedOn"),
                    draftedOn: try row.optionalDate("draftedOn"), conclusion: try conclusion(row),
                    closedOn: try row.optionalDate("closedOn")),
                deadlines: InspectionDeadlines(
                    onsiteDueOn: try row.optionalDate("onsiteDueOn"), reportDueOn: try row.optionalDate("reportDueOn"),
                    conclusionDueOn: try row.optionalDate("conclusionDueOn")),
                findings: try (findings[id] ?? []).map(finding),
                recommendations: try (recommendations[id] ?? []).map { recommendation in
                    let recommendationID = try recommendation.int64("id")
                    return try self.recommendation(
                        recommendation,
                        names: try ownNames.filter { try $0.int64("recommendationId") == recommendationID }
                            .map { try $0.string("name") },
                        followUps: ownFollowUps.filter { $0.recommendationID.rawValue == recommendationID })
                }, body: try bodies[id]?.first.map { try $0.string("body") })
        }
    }

    private static func ground(_ row: PGRow) throws -> InspectionGround? {
        guard let kind = try row.optionalString("groundKind"), let reference = try row.optionalString("groundReference")
        else { return nil }
        guard let groundKind = InspectionGround.Kind(rawValue: kind) else {
            throw PGRow.corrupt("groundKind", "holds an unknown value")
        }
        return InspectionGround(kind: groundKind, reference: reference)
    }

    private static func planEntry(_ row: PGRow) throws -> PlanEntryReference? {
        guard let year = try row.optionalInt64("planYear"), let key = try row.optionalString("planEntryKey") else {
            return nil
        }
        return PlanEntryReference(year: Int(year), entryKey: key)
    }

    private static func conclusion(_ row: PGRow) throws -> InspectionConclusion? {
        guard let number = try row.optionalString("conclusionNumber"), let on = try row.optionalDate("concludedOn")
        else { return nil }
        return InspectionConclusion(number: number, concludedOn: on)
    }

    private static func decision(_ row: PGRow, members: [PGRow]) throws -> InspectionDecision {
        InspectionDecision(
            number: try row.string("number"), decidedOn: try row.date("decidedOn"),
            signerTitle: try row.string("signerTitle"), signerName: try row.string("signerName"),
            teamLead: try row.string("teamLead"), members: try members.map { try $0.string("name") })
    }

    private static func area(_ row: PGRow, _ column: String) throws -> LandArea {
        guard let area = LandArea(rawValue: try row.int64(column)) else {
            throw PGRow.corrupt(column, "is not a land area")
        }
        return area
    }

    private static func finding(_ row: PGRow) throws -> Finding {
        Finding(
            id: Finding.ID(rawValue: try row.int64("id")), inspectionID: Inspection.ID(rawValue: try row.int64("inspectionId")),
            subjectID: Subject.ID(try row.int64("subjectId")), description: try row.string("description"),
            category: try row.string("category"), amountVND: try row.vnd("amountVND"),
            landArea: try area(row, "landAreaDM2"))
    }

    private static func figures(_ row: PGRow) throws -> RecommendationFigures {
        RecommendationFigures(
            amountVND: try row.vnd("amountVND"), landArea: try area(row, "landAreaDM2"),
            collectives: try row.int("collectives"), persons: try row.int("persons"), cases: try row.int("cases"),
            documents: try row.int("documents"))
    }

    private static func recommendation(_ row: PGRow, names: [String], followUps: [FollowUp]) throws -> Recommendation {
        Recommendation(
            id: Recommendation.ID(rawValue: try row.int64("id")),
            inspectionID: Inspection.ID(rawValue: try row.int64("inspectionId")), kind: try row.enumeration("kind"),
            findingID: try row.optionalInt64("findingId").map { Finding.ID(rawValue: $0) },
            subjectID: try row.optionalInt64("subjectId").map { Subject.ID($0) },
            description: try row.string("description"), figures: try figures(row), names: names,
            handling: try row.optionalString("handling").map { (raw: String) throws -> Recommendation.Handling in
                guard let handling = Recommendation.Handling(rawValue: raw) else {
                    throw PGRow.corrupt("handling", "holds an unknown value")
                }
                return handling
            },
            followUps: followUps)
    }

    private static func followUp(_ row: PGRow) throws -> FollowUp {
        FollowUp(
            id: FollowUp.ID(rawValue: try row.int64("id")),
            recommendationID: Recommendation.ID(rawValue: try row.int64("recommendationId")),
            doneOn: try row.date("doneOn"), figures: try figures(row), receipt: try row.optionalString("receipt"),
            note: try row.string("note"), overReason: try row.optionalString("overReason"))
    }
}
