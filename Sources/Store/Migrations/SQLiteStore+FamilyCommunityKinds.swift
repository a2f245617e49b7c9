import Casework
import Foundation
import GRDB

/// Family households (hộ gia đình) and residential communities (cộng đồng dân cư) as kinds of subject and of
/// violator (issue 15, the last of the kinds NĐ 118/2021 Điều 5 names), migration
/// `2026-12-13-allowFamilyAndCommunityKinds`: the column-level CHECKs of `subject.kind` and `penaltyCase.violatorKind`
/// take `family` and `community`, and `subject.identifier` may be NULL for them — the law gives neither a number of
/// its own, so one registered without its representative's ID number has none, and several such may be registered
/// (`UNIQUE (kind, identifier)` lets NULLs repeat). Every other kind still needs its identifier.
///
/// As for household businesses (``allowHouseholdKind(_:)``), SQLite cannot change a column's definition, so both
/// tables are rebuilt (``rebuildTable(_:in:transform:)``), their rows, ids (and so their seals), `AUTOINCREMENT`
/// counters, indexes and triggers kept. The triggers of the two rollups that split decisions by ``FormKind``
/// (`penaltyDailyFlow`, `penaltyDailyFineByKind`) are then made again, counting both new kinds with the individuals;
/// no row had either kind before, so no total changes. PostgreSQL's migration of the same name alters the
/// constraints and makes its flow trigger functions again.
extension SQLiteStore {
    /// Each rebuilt table with the pieces of its `CREATE TABLE` replaced: what they were and what they become.
    static let familyCommunityKindChanges: [(table: String, replacements: [(old: String, new: String)])] = [
        ("subject", [
            ("kind TEXT NOT NULL CHECK (kind IN ('organization', 'person', 'household'))",
             "kind TEXT NOT NULL CHECK (kind IN ('organization', 'person', 'household', 'family', 'community'))"),
            ("identifier TEXT NOT NULL CHECK (identifier <> '')",
             "identifier TEXT CHECK (identifier <> '') "
                + "CHECK (identifier IS NOT NULL OR kind IN ('family', 'community'))"),
        ]),
        ("penaltyCase", [
            ("CHECK (violatorKind IN ('organization', 'person', 'household'))",
             "CHECK (violatorKind IN ('organization', 'person', 'household', 'family', 'community'))"),
        ]),
    ]

    static func allowFamilyAndCommunityKinds(_ db: Database) throws {
        for change in familyCommunityKindChanges {
            try rebuildTable(change.table, in: db, replacing: change.replacements, what: "the kind and identifier columns")
        }
        // The rollups that split by FormKind: their triggers made again from today's SQL.
        let triggers = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'trigger'
                AND (name LIKE 'penaltyDailyFlowAfter%' OR name LIKE 'penaltyDailyFineByKindAfter%')
                """)
        for name in triggers { try db.execute(sql: "DROP TRIGGER \(name)") }
        for trigger in PenaltyFlow.triggers(PenaltyFlow.rollup) + PenaltyViolators.triggers(PenaltyViolators.fines) {
            try db.execute(sql: trigger)
        }
    }
}

extension SQLiteStore {
    /// Rebuilds `table` (``rebuildTable(_:in:transform:)``) with each `old` piece of its `CREATE TABLE` replaced by
    /// its `new`: how a migration widens a column's CHECK, which SQLite cannot alter. Nothing is done when every `new`
    /// is there already: another process opening the same new file may have rebuilt the table since this one read
    /// the list of migrations (see ``makeNumbersUniquePerYear(_:)``).
    ///
    /// - Throws: ``StoreError`` `.corrupt` when the table is missing or lacks an `old` piece (`what` names them in the
    ///   message): the database was changed outside thanhtra.
    static func rebuildTable(
        _ table: String, in db: Database, replacing replacements: [(old: String, new: String)], what: String
    ) throws {
        let create = try createStatement(of: table, in: db)
        if replacements.allSatisfy({ create.contains($0.new) }) { return }
        try rebuildTable(table, in: db) { sql in
            var changed = sql
            for replacement in replacements {
                guard changed.contains(replacement.old) else {
                    throw StoreError(
                        .corrupt, "the table \(table) does not have \(what) thanhtra made",
                        hint: "the database was changed outside thanhtra; restore it from a backup")
                }
                changed = changed.replacingOccurrences(of: replacement.old, with: replacement.new)
            }
            return changed
        }
    }

    /// The `CREATE TABLE` statement of `table`, as SQLite keeps it.
    ///
    /// - Throws: ``StoreError`` `.corrupt` when there is no such table: the database was changed outside thanhtra.
    static func createStatement(of table: String, in db: Database) throws -> String {
        guard
            let create = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
        else {
            throw StoreError(
                .corrupt, "the table \(table) is missing",
                hint: "the database was changed outside thanhtra; restore it from a backup")
        }
        return create
    }
}
