import GRDB

/// The penalty rollup's triggers through one view (migration `2026-12-17-penaltyDailyChangeTriggersThroughView`).
///
/// Each of the nine general triggers of `2026-11-30-createPenaltyDailyChange` (``PenaltyRollup/triggers``) carried
/// the whole computation of a case's changes twice or four times (``PenaltyRollup/changes(of:)``, 6–13 KB of SQL
/// each, 78 KB of the schema that SQLite parses again on every connection it opens: docs/performance.md, figure 5).
/// The computation is now written once, in the trigger `INSTEAD OF INSERT` on the empty view
/// `penaltyDailyChangeAdjustment (caseId, sign, exceptCase, exceptDecision, exceptPayment)`: inserting a row adds
/// `sign` × the changes of case `caseId` computed on its rows as they are, leaving out the row of each table whose
/// rowid is given (`NULL`: none). The nine triggers keep their names, events and conditions:
///
/// - after an INSERT that no shortcut takes (``PenaltyRollup/fastInserts``, unchanged), subtract the case computed
///   without the new row, then add it computed with it — what the old trigger computed inline;
/// - around an UPDATE (of the columns the figures read) or a DELETE, a new trigger *before* the statement's row
///   changes subtracts the case (both cases when an UPDATE moves the row to another case) computed on its rows as
///   they are then, and the trigger after it adds them computed as they are now — where the old trigger rebuilt the
///   rows before the change from `OLD`. Nothing writes the three tables between the two (no cascade, no trigger).
///
/// The table's rows stay as they are: the changes computed are the same.
///
/// The SQL is part of that migration: do not change it; change the rollup in a new migration.
extension PenaltyRollup {
    /// The empty view whose inserts apply a case's changes.
    static let adjustmentView = "penaltyDailyChangeAdjustment"

    /// The rows of case `NEW.caseId` in `part`'s table, leaving out the row whose rowid is `NEW.<except>`.
    private static func rows(of part: Part, except: String) -> String {
        "(SELECT \(part.columns.joined(separator: ", ")) FROM \(part.table) WHERE \(part.key) = NEW.caseId "
            + "AND rowid IS NOT NEW.\(except))"
    }

    /// The view and its one trigger.
    static var createAdjustment: [String] {
        let rows = Rows(
            cases: rows(of: Part.all[0], except: "exceptCase"),
            decisions: rows(of: Part.all[1], except: "exceptDecision"),
            payments: rows(of: Part.all[2], except: "exceptPayment"))
        return [
            """
            CREATE VIEW \(adjustmentView) (caseId, sign, exceptCase, exceptDecision, exceptPayment) AS
            SELECT NULL, NULL, NULL, NULL, NULL WHERE 0
            """,
            """
            CREATE TRIGGER penaltyDailyChangeAdjust INSTEAD OF INSERT ON \(adjustmentView)
            BEGIN
            \(apply(rows, sign: "NEW.sign"))
            END;
            """,
        ]
    }

    /// One insert into ``adjustmentView``: case `caseId` times `sign`, without the row `exceptRowid` of `part`'s
    /// table when given; only `when` it holds.
    private static func adjust(
        _ caseId: String, _ sign: String, except part: Part? = nil, rowid: String = "NULL", when condition: String = "1"
    ) -> String {
        let excepts = Part.all.map { $0.table == part?.table ? rowid : "NULL" }
        return "INSERT INTO \(adjustmentView) (caseId, sign, exceptCase, exceptDecision, exceptPayment) "
            + "SELECT \(caseId), \(sign), \(excepts.joined(separator: ", ")) WHERE \(condition);"
    }

    /// The general triggers of ``triggers`` (same names, events and conditions) and the new `before` ones.
    static var adjustingTriggers: [String] {
        Part.all.flatMap { part -> [String] in
            let key = part.key
            let update = "UPDATE OF \(part.columns.joined(separator: ", ")) ON \(part.table)"
            let moved = "NEW.\(key) IS NOT OLD.\(key)"
            var condition = ""
            if let fast = fastInserts.first(where: { $0.table == part.table }) { condition = " WHEN NOT (\(fast.when))" }
            return [
                """
                CREATE TRIGGER penaltyDailyChangeAfterOtherInsertOn\(part.name) AFTER INSERT ON \(part.table)\(condition)
                BEGIN
                \(adjust("NEW.\(key)", "-1", except: part, rowid: "NEW.rowid"))
                \(adjust("NEW.\(key)", "1"))
                END;
                """,
                """
                CREATE TRIGGER penaltyDailyChangeBeforeUpdateOn\(part.name) BEFORE \(update)
                BEGIN
                \(adjust("OLD.\(key)", "-1"))
                \(adjust("NEW.\(key)", "-1", when: moved))
                END;
                """,
                """
                CREATE TRIGGER penaltyDailyChangeAfterUpdateOn\(part.name) AFTER \(update)
                BEGIN
                \(adjust("OLD.\(key)", "1"))
                \(adjust("NEW.\(key)", "1", when: moved))
                END;
                """,
                """
                CREATE TRIGGER penaltyDailyChangeBeforeDeleteOn\(part.name) BEFORE DELETE ON \(part.table)
                BEGIN
                \(adjust("OLD.\(key)", "-1"))
                END;
                """,
                """
                CREATE TRIGGER penaltyDailyChangeAfterDeleteOn\(part.name) AFTER DELETE ON \(part.table)
                BEGIN
                \(adjust("OLD.\(key)", "1"))
                END;
                """,
            ]
        }
    }
}

extension SQLiteStore {
    /// Migration `2026-12-17-penaltyDailyChangeTriggersThroughView`: the penalty rollup's nine general triggers
    /// replaced by ones of the same names (and six before the row changes) that apply a case's changes through one
    /// view (``PenaltyRollup/adjustingTriggers``); the shortcuts and the table's rows stay as they are.
    static func penaltyDailyChangeTriggersThroughView(_ db: Database) throws {
        for part in PenaltyRollup.Part.all {
            for event in ["OtherInsert", "Update", "Delete"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS penaltyDailyChangeAfter\(event)On\(part.name)")
            }
        }
        for statement in PenaltyRollup.createAdjustment + PenaltyRollup.adjustingTriggers {
            try db.execute(sql: statement)
        }
    }
}
