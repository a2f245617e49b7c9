import Casework
import PostgresNIO

/// The rows of an inspection's results: findings, recommendations (with their handling and documents) and follow-ups.
extension PostgresStore {
    static func insertFinding(_ new: NewFinding, inspectionID id: Int64, _ session: PGSession) throws -> Int64 {
        try requireSubject(new.subjectID, of: id, session)
        guard
            let row = try session.row(
                """
                INSERT INTO finding (inspectionId, subjectId, description, category, amountVND, landAreaDM2)
                VALUES (\(id), \(new.subjectID.rawValue), \(new.description), \(new.category), \
                \(new.amountVND.rawValue), \(new.landArea.rawValue))
                RETURNING id
                """)
        else { preconditionFailure("INSERT … RETURNING returns its row") }
        return try row.int64("id")
    }

    static func insertRecommendation(_ new: NewRecommendation, inspectionID id: Int64, _ session: PGSession) throws
        -> Int64
    {
        if let subject = new.subjectID { try requireSubject(subject, of: id, session) }
        if let finding = new.findingID {
            guard
                try session.row(
                    "SELECT 1 AS found FROM finding WHERE id = \(finding.rawValue) AND inspectionId = \(id)") != nil
            else { throw StoreError.findingOfAnotherInspection(finding, of: id) }
        }
        let figures = new.figures
        guard
            let row = try session.row(
                """
                INSERT INTO recommendation (
                    inspectionId, kind, findingId, subjectId, description, amountVND, landAreaDM2, collectives,
                    persons, cases)
                VALUES (\(id), \(new.kind.rawValue), \(new.findingID?.rawValue), \(new.subjectID?.rawValue), \
                \(new.description), \(figures.amountVND.rawValue), \(figures.landArea.rawValue), \
                \(Int64(figures.collectives)), \(Int64(figures.persons)), \(Int64(figures.cases)))
                RETURNING id
                """)
        else { preconditionFailure("INSERT … RETURNING returns its row") }
        let recommendationID = try row.int64("id")
        for (position, name) in new.names.enumerated() {
            try session.execute(
                """
                INSERT INTO recommendationName (recommendationId, position, name)
                VALUES (\(recommendationID), \(Int64(position)), \(name))
                """)
        }
        try insertHandling(new.handling, recommendationID: recommendationID, session)
        try insertDocuments(figures.documents, recommendationID: recommendationID, session)
        return recommendationID
    }

    /// Writes the documents of a policy recommendation (`recommendationDocuments`); nothing for zero, which every
    /// other kind has.
    static func insertDocuments(_ documents: Int, recommendationID: Int64, _ session: PGSession) throws {
        guard documents != 0 else { return }
        try session.execute(
            """
            INSERT INTO recommendationDocuments (recommendationId, documents) VALUES (\(recommendationID), \(Int64(documents)))
            """)
    }

    /// Writes how a handling recommendation asks its collectives and persons to be handled; nothing for `nil`.
    static func insertHandling(_ handling: Recommendation.Handling?, recommendationID: Int64, _ session: PGSession) throws {
        guard let handling else { return }
        try session.execute(
            """
            INSERT INTO recommendationHandling (recommendationId, handling) VALUES (\(recommendationID), \(handling.rawValue))
            """)
    }

    static func insertFollowUp(_ new: NewFollowUp, recommendationID id: Int64, _ session: PGSession) throws -> Int64 {
        if let receipt = new.receipt,
            let holder = try session.row(
                """
                SELECT f.recommendationId, r.inspectionId FROM followUp f
                JOIN recommendation r ON r.id = f.recommendationId WHERE f.receipt = \(receipt)
                """)
        {
            throw StoreError.duplicateFollowUpReceipt(
                receipt, recommendation: try holder.int64("recommendationId"),
                inspection: try holder.int64("inspectionId"))
        }
        let figures = new.figures
        guard
            let row = try session.row(
                """
                INSERT INTO followUp (
                    recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases, receipt, note,
                    overReason)
                VALUES (\(id), \(PGDate(new.doneOn)), \(figures.amountVND.rawValue), \(figures.landArea.rawValue), \
                \(Int64(figures.collectives)), \(Int64(figures.persons)), \(Int64(figures.cases)), \(new.receipt), \
                \(new.note), \(new.overReason))
                RETURNING id
                """)
        else { preconditionFailure("INSERT … RETURNING returns its row") }
        let followUpID = try row.int64("id")
        if figures.documents != 0 {
            try session.execute(
                """
                INSERT INTO followUpDocuments (followUpId, documents) VALUES (\(followUpID), \(Int64(figures.documents)))
                """)
        }
        return followUpID
    }

    private static func requireSubject(_ subject: Subject.ID, of id: Int64, _ session: PGSession) throws {
        guard
            try session.row(
                "SELECT 1 AS found FROM inspectionSubject WHERE inspectionId = \(id) AND subjectId = \(subject.rawValue)"
            ) != nil
        else { throw StoreError.notASubject(subject, of: id) }
    }
}
