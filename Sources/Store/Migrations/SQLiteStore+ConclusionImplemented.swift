import GRDB

/// The day each conclusion was implemented, behind the follow-up stock figures (`followup.*`,
/// ``FigureQuery/followUpStock``): `conclusionImplemented` has one row per inspection with at least one
/// recommendation, and its `implementedOn` is the first day by which the follow-ups of every recommendation add up to
/// at least the money, land, collectives, persons, cases and policy documents recommended — the date of the follow-up that completes
/// the last of them; `''` (before every date) when nothing was to be done (every figure recommended is zero); `NULL`
/// while a recommendation is not yet done.
///
/// Follow-ups and recommendations hold no negative figure (their CHECKs), so the sums only grow with the days, and
/// "implemented by the follow-ups dated before `b`" (``FigureQuery/implemented(before:)``) is exactly
/// `implementedOn < b`: a conclusion is to implement in `[from, before)` when `implementedOn IS NULL OR implementedOn
/// >= :from`, which the index `conclusionImplementedOnDay` reads as the conclusions not implemented at the period's
/// start instead of every conclusion since the first.
///
/// TRIGGERs keep the table in the statement that changes a row: after INSERT, DELETE and UPDATE (of the inspection,
/// a figure, a recommendation or a date, when it changes) on `recommendation` and `followUp` and on their documents
/// (`recommendationDocuments`, `followUpDocuments`), the row of each
/// inspection concerned is recomputed from its recommendations and their follow-ups (``recompute(_:)``, a few rows).
/// `WITHOUT ROWID`, like the daily rollups: not sealed, not copied (``SQLiteStore/isDerived(_:)``; a copy's own
/// triggers rebuild it).
///
/// The SQL of the table and its triggers is part of the migration `2026-12-12-createConclusionImplemented`: do not
/// change it; change the table in a new migration.
enum ConclusionImplemented {
    /// The figures a recommendation asks for and its follow-ups add up to.
    static let figures = ["amountVND", "landAreaDM2", "collectives", "persons", "cases"]

    /// The day recommendation `q` is done, as SQL: `''` when it asks for nothing, else the earliest date of one of
    /// its follow-ups by which (that day included) they add up to every figure; `NULL` when they never do.
    static let recommendationDone: String = {
        let asked = "COALESCE((SELECT w.documents FROM recommendationDocuments w WHERE w.recommendationId = q.id), 0)"
        let done = "COALESCE((SELECT g.documents FROM followUpDocuments g WHERE g.followUpId = z.id), 0)"
        let nothing = (figures.map { "q.\($0) = 0" } + ["\(asked) = 0"]).joined(separator: " AND ")
        let reached = (figures.map { "SUM(z.\($0)) >= q.\($0)" } + ["SUM(\(done)) >= \(asked)"]).joined(separator: " AND ")
        return """
            CASE WHEN \(nothing) THEN '' ELSE (
                SELECT MIN(y.doneOn) FROM followUp y WHERE y.recommendationId = q.id AND (
                    SELECT \(reached) FROM followUp z WHERE z.recommendationId = q.id AND z.doneOn <= y.doneOn))
            END
            """
    }()

    /// Selects `(inspectionId, implementedOn)` for the inspections with a recommendation that meets `condition`
    /// (on `q`): the latest day their recommendations are done, `NULL` if one is not.
    static func rows(where condition: String) -> String {
        """
        SELECT r.inspectionId AS inspectionId, CASE WHEN COUNT(*) = COUNT(r.done) THEN MAX(r.done) END AS implementedOn
        FROM (SELECT q.inspectionId AS inspectionId, \(recommendationDone) AS done
            FROM recommendation q WHERE \(condition)) r
        GROUP BY r.inspectionId
        """
    }

    /// Recomputes the row of the inspection `inspection` (SQL, perhaps `NULL`: then nothing happens), as the two
    /// statements of a trigger's body.
    static func recompute(_ inspection: String) -> String {
        """
        DELETE FROM conclusionImplemented WHERE inspectionId = \(inspection);
        INSERT INTO conclusionImplemented (inspectionId, implementedOn) \(rows(where: "q.inspectionId = \(inspection)"));
        """
    }

    /// The twelve triggers: INSERT, UPDATE and DELETE on `recommendation`, `followUp` and their documents.
    static var triggers: [String] { triggers(recomputing: recompute) }

    /// The twelve triggers, each recomputing the rows of its inspections with `body` (the statements for one
    /// inspection, given as SQL).
    static func triggers(recomputing body: (String) -> String) -> [String] {
        /// One trigger after `event` on `table`, when `condition` holds, recomputing the rows of `inspections`.
        func trigger(
            _ name: String, after event: String, on table: String, when condition: String? = nil, _ inspections: [String]
        ) -> String {
            """
            CREATE TRIGGER conclusionImplementedAfter\(name) AFTER \(event) ON \(table)\(condition.map { " WHEN \($0)" } ?? "")
            BEGIN
            \(inspections.map(body).joined(separator: "\n"))
            END;
            """
        }
        let recommendationColumns = ["inspectionId"] + figures
        let followUpColumns = ["recommendationId", "doneOn"] + figures
        func changed(_ columns: [String]) -> String {
            columns.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
        }
        let inspectionOf = inspectionOfRecommendation
        let documents = ["documents"]
        return [
            trigger("InsertOnRecommendation", after: "INSERT", on: "recommendation", ["NEW.inspectionId"]),
            trigger(
                "UpdateOnRecommendation", after: "UPDATE OF \(recommendationColumns.joined(separator: ", "))",
                on: "recommendation", when: changed(recommendationColumns), ["OLD.inspectionId", "NEW.inspectionId"]),
            trigger("DeleteOnRecommendation", after: "DELETE", on: "recommendation", ["OLD.inspectionId"]),
            trigger("InsertOnFollowUp", after: "INSERT", on: "followUp", [inspectionOf("NEW")]),
            trigger(
                "UpdateOnFollowUp", after: "UPDATE OF \(followUpColumns.joined(separator: ", "))", on: "followUp",
                when: changed(followUpColumns), [inspectionOf("OLD"), inspectionOf("NEW")]),
            trigger("DeleteOnFollowUp", after: "DELETE", on: "followUp", [inspectionOf("OLD")]),
            trigger(
                "InsertOnRecommendationDocuments", after: "INSERT", on: "recommendationDocuments",
                [inspectionOf("NEW")]),
            trigger(
                "UpdateOnRecommendationDocuments", after: "UPDATE OF recommendationId, documents",
                on: "recommendationDocuments", when: changed(["recommendationId"] + documents),
                [inspectionOf("OLD"), inspectionOf("NEW")]),
            trigger(
                "DeleteOnRecommendationDocuments", after: "DELETE", on: "recommendationDocuments",
                [inspectionOf("OLD")]),
            trigger("InsertOnFollowUpDocuments", after: "INSERT", on: "followUpDocuments", [inspectionOfFollowUp("NEW")]),
            trigger(
                "UpdateOnFollowUpDocuments", after: "UPDATE OF followUpId, documents", on: "followUpDocuments",
                when: changed(["followUpId"] + documents), [inspectionOfFollowUp("OLD"), inspectionOfFollowUp("NEW")]),
            trigger("DeleteOnFollowUpDocuments", after: "DELETE", on: "followUpDocuments", [inspectionOfFollowUp("OLD")]),
        ]
    }

    /// The inspection of the row `row` (`NEW` or `OLD`) of a table with a `recommendationId`, as SQL.
    static func inspectionOfRecommendation(_ row: String) -> String {
        "(SELECT inspectionId FROM recommendation WHERE id = \(row).recommendationId)"
    }

    /// The inspection of the row `row` (`NEW` or `OLD`) of a table with a `followUpId`, as SQL.
    static func inspectionOfFollowUp(_ row: String) -> String {
        """
        (SELECT r.inspectionId FROM followUp f CROSS JOIN recommendation r \
        WHERE f.id = \(row).followUpId AND r.id = f.recommendationId)
        """
    }
}

extension SQLiteStore {
    /// Migration `2026-12-12-createConclusionImplemented`: the table, its index and triggers, filled from every
    /// recommendation (``ConclusionImplemented``).
    static func createConclusionImplemented(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE conclusionImplemented (
                    inspectionId INTEGER PRIMARY KEY NOT NULL,
                    implementedOn TEXT
                ) WITHOUT ROWID;
                CREATE INDEX conclusionImplementedOnDay ON conclusionImplemented(implementedOn);
                """)
        for trigger in ConclusionImplemented.triggers { try db.execute(sql: trigger) }
        try rebuildConclusionImplemented(db)
    }

    /// Recomputes `conclusionImplemented` from every recommendation and follow-up, in one statement (the backfill).
    static func rebuildConclusionImplemented(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM conclusionImplemented")
        try db.execute(
            sql: "INSERT INTO conclusionImplemented (inspectionId, implementedOn) \(ConclusionImplemented.rows(where: "1"))")
    }
}
