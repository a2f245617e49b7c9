import Casework
import GRDB

/// The body (cơ quan) that handles a penalty case or conducts an inspection, when several bodies share one store
/// (``PenaltyCase/body``, ``Inspection/body``): tables of their own beside `penaltyCase` and `inspection`, because a
/// row seal covers every column of its row and a new column would change the seal of every record already kept. A
/// record has a row only when a body was named. The index on `(body, id)` serves a report of one body, whose figures
/// keep only the records listed here. PostgreSQL's migration of the same name creates the same tables.
extension SQLiteStore {
    static func createBodies(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS caseBody (
                    caseId INTEGER PRIMARY KEY NOT NULL REFERENCES penaltyCase(id),
                    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 64)
                );
                CREATE INDEX IF NOT EXISTS caseBodyOnBody ON caseBody(body, caseId);
                CREATE TABLE IF NOT EXISTS inspectionBody (
                    inspectionId INTEGER PRIMARY KEY NOT NULL REFERENCES inspection(id),
                    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 64)
                );
                CREATE INDEX IF NOT EXISTS inspectionBodyOnBody ON inspectionBody(body, inspectionId);
                """)
    }

    /// Writes the body of case `id`; nothing when none was named.
    static func insertCaseBody(_ body: String?, caseID id: Int64, _ db: Database) throws {
        guard let body else { return }
        try db.execute(sql: "INSERT INTO caseBody (caseId, body) VALUES (?, ?)", arguments: [id, body])
    }

    /// Writes the body of inspection `id`; nothing when none was named.
    static func insertInspectionBody(_ body: String?, inspectionID id: Int64, _ db: Database) throws {
        guard let body else { return }
        try db.execute(sql: "INSERT INTO inspectionBody (inspectionId, body) VALUES (?, ?)", arguments: [id, body])
    }
}
