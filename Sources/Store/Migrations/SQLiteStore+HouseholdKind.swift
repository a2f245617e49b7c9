import Casework
import Foundation
import GRDB

/// Household businesses (hộ kinh doanh) as a third kind of subject and of violator (issue 15): the column-level CHECKs
/// of `subject.kind` and `penaltyCase.violatorKind` allowed only `organization` and `person`.
///
/// SQLite cannot change a column's CHECK, so both tables are rebuilt (``rebuildTable(_:in:transform:)``) with the
/// wider CHECK; their rows, ids (and so their seals), `AUTOINCREMENT` counters, indexes and triggers (seals, daily
/// rollups) are kept as they were. The penalty flow rollup's triggers are then made again from ``PenaltyFlow``, which
/// counts a household business's decision with the individuals' (``FormKind``); no row had the kind before, so no
/// total changes. PostgreSQL's migration of the same name drops and re-adds the constraints and its trigger functions.
extension SQLiteStore {
    /// The two columns, each with its table and the CHECK it had and has.
    static let householdKindColumns: [(table: String, old: String, new: String)] = [
        ("subject", "CHECK (kind IN ('organization', 'person'))",
         "CHECK (kind IN ('organization', 'person', 'household'))"),
        ("penaltyCase", "CHECK (violatorKind IN ('organization', 'person'))",
         "CHECK (violatorKind IN ('organization', 'person', 'household'))"),
    ]

    static func allowHouseholdKind(_ db: Database) throws {
        for column in householdKindColumns {
            try rebuildTable(column.table, in: db, replacing: [(column.old, column.new)], what: "the kind column")
        }
        let flowTriggers = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'penaltyDailyFlowAfter%'")
        for name in flowTriggers { try db.execute(sql: "DROP TRIGGER \(name)") }
        for trigger in PenaltyFlow.triggers(PenaltyFlow.rollup) { try db.execute(sql: trigger) }
    }
}
