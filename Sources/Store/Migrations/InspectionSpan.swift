import GRDB

/// `inspectionSpan`: each decided inspection's decision date beside the day it stops being in progress, in one
/// table and index, so that "which inspections are in progress on day `x`" (decided before it, not concluded before
/// it: `decidedOn < x AND endOn >= x`) is one range of an index instead of the inspections concluded since `x` (or
/// never) each joined to its decision (docs/performance.md, "Which inspections are in progress on a day").
///
/// One row per inspection that has a decision (`inspectionDecision`'s primary key is the inspection's; a unique index
/// on `inspectionId` keeps it one): `endOn` is its conclusion date, or ``openEnd`` while it is not concluded;
/// `decidedOn` the decision's date. The primary key `(endOn, decidedOn, inspectionId)` of the `WITHOUT ROWID` table is
/// the index the question reads, the inspection included. (Every column is in the primary key: SQLite 3.40's
/// `integrity_check` reports a `NOT NULL` column declared before a primary key column it does not belong to as
/// holding NULLs in a `WITHOUT ROWID` table, which `journal verify` would take for damage.) The figures that read it: `inspections.carried_over`'s members and the census's
/// carried-over half (in progress at the period's start), `inspections.ongoing`'s and `.ongoing_subjects`' (at its
/// end).
///
/// TRIGGERs keep it in the statement that changes an inspection (its id, its conclusion) or its decision (the
/// inspection it names, its date): each recomputes the row of every inspection the change touched from the two
/// base tables as they are then, so no order is assumed (a decision written before its inspection, a conclusion
/// cleared, a decision moved to another inspection, an inspection deleted). `WITHOUT ROWID` keeps it out of the row
/// seals (``SQLiteStore/unsealedTables``: the daily rollups, derived like it) and out of what `db copy` moves: a
/// target's triggers rebuild it from the copied rows, and the copy compares it with the source's.
///
/// The SQL of the table and its triggers is part of the migration `2026-12-20-createInspectionSpan`: do not change
/// it; change the table in a new migration.
enum InspectionSpan {
    /// The end of an inspection not concluded: after any day a period can hold.
    static let openEnd = "9999-12-31"

    /// What the table must hold, from the base tables as they are: `endOn`, `decidedOn`, `inspectionId`, for the
    /// inspections `condition` (on `i`) selects.
    static func rows(where condition: String = "1 = 1") -> String {
        """
        SELECT coalesce(i.concludedOn, '\(openEnd)') AS endOn, d.decidedOn AS decidedOn, i.id AS inspectionId
        FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id WHERE \(condition)
        """
    }

    /// The statements that make inspection `id`'s row what the base tables say (none when it has no decision).
    private static func refresh(_ id: String) -> String {
        """
        DELETE FROM inspectionSpan WHERE inspectionId = \(id);
        INSERT INTO inspectionSpan (endOn, decidedOn, inspectionId) \(rows(where: "i.id = \(id)"));
        """
    }

    /// One trigger: after `event` on `table`, when `condition` holds, refresh the inspections `ids` name.
    private static func trigger(_ name: String, _ event: String, _ table: String, when condition: String?, _ ids: [String])
        -> String
    {
        """
        CREATE TRIGGER inspectionSpanAfter\(name) AFTER \(event) ON \(table)\(condition.map { " WHEN \($0)" } ?? "")
        BEGIN
        \(ids.map(refresh).joined(separator: "\n"))
        END;
        """
    }

    /// The six triggers: after INSERT, UPDATE (of the columns the table reads, when one changes) and DELETE on
    /// `inspection` and `inspectionDecision`.
    static let triggers = [
        trigger("InsertOnInspection", "INSERT", "inspection", when: nil, ["NEW.id"]),
        trigger(
            "UpdateOnInspection", "UPDATE OF id, concludedOn", "inspection",
            when: "OLD.id IS NOT NEW.id OR OLD.concludedOn IS NOT NEW.concludedOn", ["OLD.id", "NEW.id"]),
        trigger("DeleteOnInspection", "DELETE", "inspection", when: nil, ["OLD.id"]),
        trigger("InsertOnInspectionDecision", "INSERT", "inspectionDecision", when: nil, ["NEW.inspectionId"]),
        trigger(
            "UpdateOnInspectionDecision", "UPDATE OF inspectionId, decidedOn", "inspectionDecision",
            when: "OLD.inspectionId IS NOT NEW.inspectionId OR OLD.decidedOn IS NOT NEW.decidedOn",
            ["OLD.inspectionId", "NEW.inspectionId"]),
        trigger("DeleteOnInspectionDecision", "DELETE", "inspectionDecision", when: nil, ["OLD.inspectionId"]),
    ]
}

extension SQLiteStore {
    /// Migration `2026-12-20-createInspectionSpan`: the table, its index and triggers, filled from every decided
    /// inspection (``InspectionSpan``).
    static func createInspectionSpan(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE inspectionSpan (
                    endOn TEXT NOT NULL,
                    decidedOn TEXT NOT NULL,
                    inspectionId INTEGER NOT NULL,
                    PRIMARY KEY (endOn, decidedOn, inspectionId)
                ) WITHOUT ROWID;
                CREATE UNIQUE INDEX inspectionSpanOnInspection ON inspectionSpan(inspectionId);
                """)
        for trigger in InspectionSpan.triggers { try db.execute(sql: trigger) }
        try db.execute(sql: "INSERT INTO inspectionSpan (endOn, decidedOn, inspectionId)\n\(InspectionSpan.rows())")
    }
}
