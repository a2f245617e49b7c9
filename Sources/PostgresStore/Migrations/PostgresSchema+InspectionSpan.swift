/// `inspectionSpan`, SQLite's migration `2026-12-20-createInspectionSpan` (`Sources/Store/Migrations/InspectionSpan.swift`,
/// where its meaning and the figures that read it are documented): per decided inspection, the day it stops being in
/// progress (`endOn`: its conclusion, or `9999-12-31` while not concluded) beside its decision's date, so that the
/// inspections in progress on a day `x` (`endOn >= x AND decidedOn < x`) are one range of the primary key
/// `(endOn, decidedOn, inspectionId)`, read by an index-only scan as SQLite reads its `WITHOUT ROWID` table; a unique
/// index on `inspectionId` keeps one row per inspection and finds the rows the triggers replace.
///
/// Kept by statement triggers with transition tables, as ``PostgresRollup``'s are, so in the transaction of each change:
/// after each INSERT, UPDATE and DELETE on `inspection` and `inspectionDecision`, the rows of the inspections the
/// statement touched (inserted, deleted, or whose key or watched date changed: the symmetric difference of the old and
/// new `(key, date)` pairs) are deleted and made again from the two tables as they are. No order is assumed. `db
/// copy` does not move the table (the target's triggers fill it from the copied rows) and compares it with the
/// source's. Never edit this migration's SQL: change the table in a new migration.
extension PostgresSchema {
    /// What `inspectionSpan` must hold, from the base tables as they are (for the migration's backfill and tests):
    /// `endOn`, `decidedOn`, `inspectionId`, for the inspections `condition` (on `i`) selects.
    static func inspectionSpanRows(where condition: String = "TRUE") -> String {
        """
        SELECT COALESCE(i.concludedOn, DATE '9999-12-31') AS endOn, d.decidedOn AS decidedOn, i.id AS inspectionId
        FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id WHERE \(condition)
        """
    }

    /// The trigger function and trigger after `operation` on `table`, whose `key` names the inspection and whose
    /// `watched` column the span reads.
    private static func inspectionSpanTrigger(_ operation: String, on table: String, key: String, watched: String)
        -> [String]
    {
        let name = "inspectionSpanAfter\(operation.prefix(1))\(operation.dropFirst().lowercased())On\(table)"
        let touched: String
        let transition: String
        switch operation {
        case "INSERT":
            touched = "SELECT \(key) FROM newRows"
            transition = "NEW TABLE AS newRows"
        case "DELETE":
            touched = "SELECT \(key) FROM oldRows"
            transition = "OLD TABLE AS oldRows"
        default:
            let pair = "\(key), \(watched)"
            touched = """
                SELECT t.\(key) FROM ((SELECT \(pair) FROM oldRows EXCEPT SELECT \(pair) FROM newRows)
                UNION ALL (SELECT \(pair) FROM newRows EXCEPT SELECT \(pair) FROM oldRows)) t
                """
            transition = "OLD TABLE AS oldRows NEW TABLE AS newRows"
        }
        return [
            """
            CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
            DELETE FROM inspectionSpan WHERE inspectionId IN (\(touched));
            INSERT INTO inspectionSpan (endOn, decidedOn, inspectionId)
            \(inspectionSpanRows(where: "i.id IN (\(touched))"));
            RETURN NULL;
            END
            $$
            """,
            """
            CREATE TRIGGER \(name) AFTER \(operation) ON \(table)
            REFERENCING \(transition) FOR EACH STATEMENT EXECUTE FUNCTION \(name)()
            """,
        ]
    }

    /// Migration `2026-12-20-createInspectionSpan`: the table, its index, its backfill and its six triggers.
    static let createInspectionSpan =
        [
            """
            CREATE TABLE inspectionSpan (
                endOn DATE NOT NULL,
                decidedOn DATE NOT NULL,
                inspectionId BIGINT NOT NULL,
                PRIMARY KEY (endOn, decidedOn, inspectionId)
            )
            """,
            "CREATE UNIQUE INDEX inspectionSpanOnInspection ON inspectionSpan (inspectionId)",
            "INSERT INTO inspectionSpan (endOn, decidedOn, inspectionId)\n\(inspectionSpanRows())",
        ]
        + ["INSERT", "UPDATE", "DELETE"].flatMap {
            inspectionSpanTrigger($0, on: "inspection", key: "id", watched: "concludedOn")
        }
        + ["INSERT", "UPDATE", "DELETE"].flatMap {
            inspectionSpanTrigger($0, on: "inspectionDecision", key: "inspectionId", watched: "decidedOn")
        }
}
