import Casework

/// The follow-up stock's two tables, SQLite's `2026-12-12-createConclusionImplemented` and
/// `2026-12-12-createFollowUpStockRollup` (`Sources/Store/Migrations/SQLiteStore+ConclusionImplemented.swift` and
/// `FollowUpStockRollup.swift`, where their meaning is documented): the same tables, columns and rows, kept by
/// statement-level PL/pgSQL triggers in the statement that changes a row, so in the transaction of each change.
///
/// The one difference: a conclusion that asked for nothing is implemented on `'-infinity'`, a `DATE` before every
/// date, where SQLite writes `''`, a TEXT before every date; both compare and take the later of two dates alike.
///
/// Where SQLite's row triggers compute a recommendation's done day with correlated subqueries, these compute it for
/// every recommendation of the statement's inspections at once — running sums of the follow-ups by day (a window),
/// then the first day they reach every figure — so a `COPY` of many rows costs in proportion to its rows (a
/// correlated subquery over a transition table is computed again for every outer row).
///
/// Never edit these migrations' SQL: change a table in a new migration.
extension PostgresSchema {
    /// The figures a recommendation asks for and its follow-ups add up to (SQLite's `ConclusionImplemented.figures`).
    static let implementedFigures = ["amountVND", "landAreaDM2", "collectives", "persons", "cases"]

    /// Each recommendation of `rows` with its `done` day: `'-infinity'` when it asks for nothing, else the first day
    /// by which its follow-ups (that day's included) add up to every figure and document asked, `NULL` if they never
    /// do; as columns `id`, `inspectionId`, `kind`, the figures, `done`.
    static func recommendationsDone(_ rows: PostgresRollup.Rows) -> String {
        let figures = implementedFigures
        let running = figures.map { "SUM(y.\($0)) OVER w AS \($0)" }.joined(separator: ", ")
        let asked = "COALESCE(v.documents, 0)"
        let nothing = (figures.map { "r.\($0) = 0" } + ["\(asked) = 0"]).joined(separator: " AND ")
        let reached = (figures.map { "f.\($0) >= r.\($0)" } + ["f.documents >= \(asked)"]).joined(separator: " AND ")
        let columns = figures.map { "r.\($0)" }.joined(separator: ", ")
        return """
            SELECT r.id AS id, r.inspectionId AS inspectionId, r.kind AS kind, \(columns),
                CASE WHEN \(nothing) THEN DATE '-infinity' ELSE MIN(f.doneOn) FILTER (WHERE \(reached)) END AS done
            FROM \(rows["recommendation"]) r
            LEFT JOIN \(rows["recommendationDocuments"]) v ON v.recommendationId = r.id
            LEFT JOIN (
                SELECT y.recommendationId AS recommendationId, y.doneOn AS doneOn, \(running),
                    SUM(COALESCE(g.documents, 0)) OVER w AS documents
                FROM \(rows["followUp"]) y LEFT JOIN \(rows["followUpDocuments"]) g ON g.followUpId = y.id
                WINDOW w AS (PARTITION BY y.recommendationId ORDER BY y.doneOn
                    RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
            ) f ON f.recommendationId = r.id
            GROUP BY r.id, r.inspectionId, r.kind, \(columns), v.documents
            """
    }

    /// Each inspection of `rows` with a recommendation: `implementedOn`, the latest done day of its
    /// recommendations, `NULL` while one is not done (SQLite's `ConclusionImplemented.rows(where:)`).
    static func conclusionsImplemented(_ rows: PostgresRollup.Rows) -> String {
        """
        SELECT q.inspectionId AS inspectionId, CASE WHEN COUNT(*) = COUNT(q.done) THEN MAX(q.done) END AS implementedOn
        FROM (\(recommendationsDone(rows))) q GROUP BY q.inspectionId
        """
    }

    /// The tables the implemented-on day and the stock read, with the inspection of a row and the condition that
    /// finds a table's rows of the inspections `touched(id)` through an index.
    static let followUpStockParts: [PostgresRollup.Part] = {
        let ofRecommendation = "(SELECT r.inspectionId FROM recommendation r WHERE r.id = recommendationId)"
        let recommendationTouched =
            "recommendationId IN (SELECT r.id FROM recommendation r WHERE r.inspectionId IN (SELECT id FROM touched))"
        return [
            .init(table: "inspection", key: "id", columns: ["id", "category", "concludedOn"]),
            .init(table: "inspectionDecision", key: "inspectionId", columns: ["inspectionId"]),
            .init(table: "recommendation", key: "inspectionId", columns: ["id", "inspectionId", "kind"] + implementedFigures),
            .init(
                table: "followUp", key: ofRecommendation, columns: ["id", "recommendationId", "doneOn"] + implementedFigures,
                within: recommendationTouched),
            .init(
                table: "recommendationHandling", key: ofRecommendation, columns: ["recommendationId", "handling"],
                within: recommendationTouched),
            .init(
                table: "recommendationDocuments", key: ofRecommendation, columns: ["recommendationId", "documents"],
                within: recommendationTouched),
            .init(
                table: "followUpDocuments",
                key: "(SELECT r.inspectionId FROM followUp f JOIN recommendation r ON r.id = f.recommendationId WHERE f.id = followUpId)",
                columns: ["followUpId", "documents"],
                within: """
                    followUpId IN (SELECT f.id FROM followUp f JOIN recommendation r ON r.id = f.recommendationId
                        WHERE r.inspectionId IN (SELECT id FROM touched))
                    """),
        ]
    }()

    // MARK: conclusionImplemented

    /// The parts whose rows decide a conclusion's implemented-on day.
    static var conclusionImplementedParts: [PostgresRollup.Part] {
        followUpStockParts.filter {
            ["recommendation", "followUp", "recommendationDocuments", "followUpDocuments"].contains($0.table)
        }
    }

    /// Every table as it is: the backfill's sources.
    static var everyStockTable: PostgresRollup.Rows {
        PostgresRollup.Rows(byTable: Dictionary(uniqueKeysWithValues: followUpStockParts.map { ($0.table, $0.table) }))
    }

    /// Migration `2026-12-12-createConclusionImplemented`: the table and its index, filled from every
    /// recommendation, and after each INSERT, UPDATE and DELETE on the four tables it reads, the rows of the
    /// inspections the statement touched (old rows and new) recomputed from their rows as they are.
    static var createConclusionImplemented: [String] {
        var statements = [
            """
            CREATE TABLE conclusionImplemented (
                inspectionId BIGINT PRIMARY KEY,
                implementedOn DATE
            )
            """,
            "CREATE INDEX conclusionImplementedOnDay ON conclusionImplemented(implementedOn)",
            "INSERT INTO conclusionImplemented (inspectionId, implementedOn) \(conclusionsImplemented(everyStockTable))",
        ]
        for part in conclusionImplementedParts {
            for operation in ["INSERT", "UPDATE", "DELETE"] {
                var transition: [String] = []
                var keys: [String] = []
                if operation != "INSERT" {
                    transition.append("OLD TABLE AS oldRows")
                    keys.append("SELECT \(part.key) FROM oldRows")
                }
                if operation != "DELETE" {
                    transition.append("NEW TABLE AS newRows")
                    keys.append("SELECT \(part.key) FROM newRows")
                }
                let touched = "WITH touched(id) AS (\(keys.joined(separator: " UNION ")))"
                let current = PostgresRollup.Rows(
                    byTable: Dictionary(
                        uniqueKeysWithValues: followUpStockParts.map {
                            ($0.table, "(SELECT * FROM \($0.table) WHERE \($0.belongsToTouched))")
                        }))
                let name = "conclusionImplementedAfter\(operation.prefix(1))\(operation.dropFirst().lowercased())On\(part.table)"
                statements += [
                    """
                    CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                    \(touched)
                    DELETE FROM conclusionImplemented WHERE inspectionId IN (SELECT id FROM touched);
                    \(touched)
                    INSERT INTO conclusionImplemented (inspectionId, implementedOn) \(conclusionsImplemented(current));
                    RETURN NULL;
                    END
                    $$
                    """,
                    """
                    CREATE TRIGGER \(name) AFTER \(operation) ON \(part.table)
                    REFERENCING \(transition.joined(separator: " ")) FOR EACH STATEMENT EXECUTE FUNCTION \(name)()
                    """,
                ]
            }
        }
        return statements
    }

    /// What `conclusionImplemented` must hold, computed afresh from every recommendation (for tests and checks).
    static var conclusionImplementedTotals: String { conclusionsImplemented(everyStockTable) }
}
