import Casework

/// The body that handles a penalty case or conducts an inspection when several share the store
/// (``PenaltyCase/body``, ``Inspection/body``): SQLite's `2026-12-14-createBodies`, tables of their own beside
/// `penaltyCase` and `inspection`, one row for a record that names a body, indexed by body for a report of one body.
extension PostgresSchema {
    static let createBodies = [
        """
        CREATE TABLE caseBody (
            caseId BIGINT PRIMARY KEY REFERENCES penaltyCase(id),
            body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 64)
        )
        """,
        "CREATE INDEX caseBodyOnBody ON caseBody(body, caseId)",
        """
        CREATE TABLE inspectionBody (
            inspectionId BIGINT PRIMARY KEY REFERENCES inspection(id),
            body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 64)
        )
        """,
        "CREATE INDEX inspectionBodyOnBody ON inspectionBody(body, inspectionId)",
    ]
}
