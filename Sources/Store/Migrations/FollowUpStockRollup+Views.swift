import Foundation
import GRDB

/// The follow-up stock's triggers through two views (migration `2026-12-16-followUpStockTriggersThroughViews`).
///
/// The forty-two triggers of `2026-12-12-createFollowUpStockRollup` each carried the whole contribution of an
/// inspection (``FollowUpStockRollup/contribution(where:implementedOn:sign:)``, about 20 KB of SQL): 830 KB of the
/// schema's 1 MB, which SQLite parses again on every connection it opens — some 20 ms of every command's start
/// (`case show`, docs/performance.md, figure 5). The same contribution is now written once, as the view
/// `followUpStockContribution` (one row per stream and day of each decided, concluded inspection with a
/// recommendation, its implemented-on day computed from its recommendations and follow-ups as they are, as before),
/// and applied by one trigger, `INSTEAD OF INSERT` on the empty view `followUpStockAdjustment (inspectionId, sign)`:
/// inserting `(i, -1)` subtracts inspection `i`'s contribution, `(i, 1)` adds it. The forty-two triggers keep their
/// names, tables, events and conditions, and insert into that view the inspections the row belongs to (before the
/// change: `-1`, after it: `1`) — what the old ones computed inline. SQLite pushes the inspection's ID down into
/// each arm of the view, so each still reads only that inspection's rows.
///
/// The SQL is part of that migration: do not change it; change the rollup in a new migration.
extension FollowUpStockRollup {
    /// The view of every inspection's contribution, by stream and day.
    static let contributionView = "followUpStockContribution"
    /// The empty view whose inserts apply a contribution.
    static let adjustmentView = "followUpStockAdjustment"

    /// The contribution of each inspection as its rows: ``contribution(where:implementedOn:sign:)`` over every
    /// inspection, with the inspection's ID first.
    static var createContributionView: String {
        let arms = contribution(where: "1", implementedOn: implementedNow, sign: "").components(separatedBy: "\nUNION ALL\n")
        let withID = arms.map { arm in "SELECT k.id AS inspectionId, " + arm.dropFirst("SELECT ".count) }
        return "CREATE VIEW \(contributionView) AS\n" + withID.joined(separator: "\nUNION ALL\n")
    }

    /// The view that takes `(inspectionId, sign)` and its one trigger.
    static var createAdjustment: [String] {
        let columns = rollup.columns
        let signed = columns.map { "NEW.sign * \($0)" }.joined(separator: ", ")
        let select = """
            SELECT changedOn, category, \(signed) FROM \(contributionView) WHERE inspectionId = NEW.inspectionId
            """
        return [
            "CREATE VIEW \(adjustmentView) (inspectionId, sign) AS SELECT NULL, NULL WHERE 0",
            """
            CREATE TRIGGER followUpStockChangeAdjust INSTEAD OF INSERT ON \(adjustmentView)
            BEGIN
            \(rollup.upsert(select));
            END;
            """,
        ]
    }

    /// The forty-two triggers, at ``sites`` as ``triggers`` has them (names, events, conditions), each inserting into
    /// ``adjustmentView`` the distinct inspections of the row (`NULL`: nothing).
    static var adjustingTriggers: [String] {
        sites.flatMap { site in
            let inspections = site.inspections.map { "SELECT \($0) AS id" }.joined(separator: " UNION ")
            return [("Before", "-1"), ("After", "1")].map { timing, sign in
                """
                CREATE TRIGGER followUpStockChange\(timing)\(site.name) \(timing.uppercased()) \(site.clause)
                BEGIN
                INSERT INTO \(adjustmentView) (inspectionId, sign) SELECT id, \(sign) FROM (\(inspections)) \
                WHERE id IS NOT NULL;
                END;
                """
            }
        }
    }
}

extension SQLiteStore {
    /// Migration `2026-12-16-followUpStockTriggersThroughViews`: the follow-up stock's forty-two triggers replaced by
    /// ones of the same names that apply the contribution through two views (``FollowUpStockRollup``); the table's
    /// rows stay as they are (the contribution is the same).
    static func followUpStockTriggersThroughViews(_ db: Database) throws {
        for site in FollowUpStockRollup.sites {
            for (timing, _) in FollowUpStockRollup.timings {
                try db.execute(sql: "DROP TRIGGER IF EXISTS followUpStockChange\(timing)\(site.name)")
            }
        }
        try db.execute(sql: FollowUpStockRollup.createContributionView)
        for statement in FollowUpStockRollup.createAdjustment + FollowUpStockRollup.adjustingTriggers {
            try db.execute(sql: statement)
        }
    }
}
