import GRDB

/// The conclusions' implemented-on days recomputed through one view (migration
/// `2026-12-18-conclusionImplementedTriggersThroughView`).
///
/// Each of the twelve triggers of `2026-12-12-createConclusionImplemented` carried the recomputation of an inspection's
/// row once or twice (``ConclusionImplemented/recompute(_:)``, about 1.3 KB each time; 22 KB of the schema that
/// SQLite parses again on every connection it opens: docs/performance.md, figure 5). The recomputation is now written
/// once, in the trigger `INSTEAD OF INSERT` on the empty view `conclusionImplementedRecompute (inspectionId)`, and the
/// twelve triggers keep their names, events and conditions and insert into it the inspections they recomputed
/// (``ConclusionImplemented/triggers(recomputing:)``): the same statements run in the same order, on the same rows.
///
/// The SQL is part of that migration: do not change it; change the table in a new migration.
extension ConclusionImplemented {
    /// The empty view whose inserts recompute an inspection's row.
    static let recomputeView = "conclusionImplementedRecompute"

    /// The view and its trigger.
    static var createRecompute: [String] {
        [
            "CREATE VIEW \(recomputeView) (inspectionId) AS SELECT NULL WHERE 0",
            """
            CREATE TRIGGER conclusionImplementedRecomputeOne INSTEAD OF INSERT ON \(recomputeView)
            BEGIN
            \(recompute("NEW.inspectionId"))
            END;
            """,
        ]
    }

    /// The twelve triggers, inserting their inspections into ``recomputeView``.
    static var recomputingTriggers: [String] {
        triggers { inspection in "INSERT INTO \(recomputeView) (inspectionId) VALUES (\(inspection));" }
    }
}

extension SQLiteStore {
    /// Migration `2026-12-18-conclusionImplementedTriggersThroughView`: the twelve triggers of `conclusionImplemented`
    /// replaced by ones of the same names that recompute through one view (``ConclusionImplemented``); the table's
    /// rows stay as they are.
    static func conclusionImplementedTriggersThroughView(_ db: Database) throws {
        for statement in ConclusionImplemented.triggers {
            guard let name = statement.wholeMatch(of: /(?s)CREATE TRIGGER (\w+) .*/)?.1 else { continue }
            try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)")
        }
        for statement in ConclusionImplemented.createRecompute + ConclusionImplemented.recomputingTriggers {
            try db.execute(sql: statement)
        }
    }
}
