/// The two rollups behind the penalty figures split by violator kind, SQLite's migration
/// `2026-12-11-createPenaltyViolatorRollups` (`Sources/Store/Migrations/PenaltyViolators.swift` and
/// `SQLiteStore+PenaltyViolatorSchema.swift`, where their meaning is documented): the same tables, columns, primary
/// keys and rows, kept by ``PostgresRollup``'s statement triggers on `penaltyCase` and `penaltyDecision`, so in the
/// transaction of each change, and filled from every decision when the migration runs.
///
/// A decision on a case not cancelled contributes, on its `decidedOn`: its fine to `penaltyDailyFineByKind`'s column
/// of the case's violator kind (counted as SQLite's triggers count it since `2026-12-13-allowFamilyAndCommunityKinds`,
/// ``FormKind``), and 1 decision to the row of `penaltyViolatorDay` keyed by that day, the case's `violatorKind` and
/// its `subjectId`. A row whose decisions all went may stay with `decisions = 0`; the figure counts rows above zero.
///
/// The migration came after `2026-12-15-countFlowWarningsByJoin` though named like SQLite's (dated 12-11): a store
/// migrated before runs it after every migration it has. Never edit its SQL: change a table in a new migration.
extension PostgresSchema {
    /// `penaltyDailyFineByKind`: per day, the fines of the decisions on organizations' and on individuals' cases.
    static let penaltyDailyFineByKind = PostgresRollup(
        table: "penaltyDailyFineByKind", day: "countedOn", columns: ["finesOrganizationsVND", "finesIndividualsVND"],
        parts: [
            .init(table: "penaltyCase", key: "id", columns: ["id", "violatorKind", "cancelledOn"]),
            .init(table: "penaltyDecision", key: "caseId", columns: ["caseId", "decidedOn", "totalFineVND"]),
        ],
        changes: { rows in
            """
            SELECT p.decidedOn AS countedOn,
                CASE WHEN c.violatorKind \(FormKind.organizations) THEN p.totalFineVND ELSE 0 END AS finesOrganizationsVND,
                CASE WHEN c.violatorKind \(FormKind.individuals) THEN p.totalFineVND ELSE 0 END AS finesIndividualsVND
            FROM \(rows["penaltyDecision"]) p JOIN \(rows["penaltyCase"]) c ON c.id = p.caseId
            WHERE c.cancelledOn IS NULL
            """
        })

    /// `penaltyViolatorDay`: per day, violator kind and subject, the number of decisions. The primary key
    /// `(violatorKind, decidedOn, subjectId)` is SQLite's: the range the distinct count of a period reads.
    static let penaltyViolatorDay = PostgresRollup(
        table: "penaltyViolatorDay", day: "decidedOn", columns: ["decisions"], keys: ["violatorKind", "subjectId"],
        keyTypes: ["subjectId": "BIGINT"], primaryKey: ["violatorKind", "decidedOn", "subjectId"],
        parts: [
            .init(table: "penaltyCase", key: "id", columns: ["id", "subjectId", "violatorKind", "cancelledOn"]),
            .init(table: "penaltyDecision", key: "caseId", columns: ["caseId", "decidedOn"]),
        ],
        changes: { rows in
            """
            SELECT p.decidedOn AS decidedOn, c.violatorKind AS violatorKind, c.subjectId AS subjectId, 1 AS decisions
            FROM \(rows["penaltyDecision"]) p JOIN \(rows["penaltyCase"]) c ON c.id = p.caseId
            WHERE c.cancelledOn IS NULL
            """
        })

    /// Migration `2026-12-11-createPenaltyViolatorRollups`: both tables, filled, and their triggers.
    static let createPenaltyViolatorRollups = penaltyDailyFineByKind.migration + penaltyViolatorDay.migration

    /// Migration `2026-12-21-indexCountedViolators` (PostgreSQL only): the rows of `penaltyViolatorDay` with decisions,
    /// by the primary key's columns, so that a period's distinct violators are counted from the index alone. With the
    /// primary key PostgreSQL fetched every row of the range from the table to test `decisions > 0` (the rows lie in
    /// the order their decisions came): 24.7 ms for a month's 10 017 persons' rows at 1 000 000 cases, 3.5 ms with
    /// this index (`EXPLAIN ANALYZE`, 2026-12-08, docs/performance.md). SQLite's table is `WITHOUT ROWID`: its key
    /// already holds every column.
    static let indexCountedViolators = [
        """
        CREATE INDEX penaltyViolatorDayCounted ON penaltyViolatorDay (violatorKind, decidedOn, subjectId)
        WHERE decisions > 0
        """
    ]
}
