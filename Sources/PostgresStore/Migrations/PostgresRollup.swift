/// A daily rollup on PostgreSQL: a table of per-day sums (`penaltyDailyChange`, `penaltyDailyFlow`,
/// `inspectionDailyChange`, SQLite's tables with the same columns and meaning), kept equal to the sum over the records
/// it counts by PL/pgSQL triggers, in the statement that changes a record, so in the same transaction as the change
/// and its journal entry.
///
/// SQLite's triggers are per row and read `OLD`/`NEW`; PostgreSQL's here are per *statement* with transition tables
/// (`REFERENCING OLD TABLE AS oldRows NEW TABLE AS newRows`), one design for every rollup:
///
/// 1. the records the statement touched: the ``key`` values (a case, an inspection) of the changed rows, old and new;
/// 2. subtract those records' rows of changes computed on their rows as they were *before* the statement (the current
///    rows of the changed table less the new rows, `EXCEPT ALL`, plus the old rows) and add those computed on their
///    rows as they are *now* (``changes``, the same SQL both times);
/// 3. sum by day, leave out the days where nothing changes, and add the sums to the table (one `INSERT … ON CONFLICT
///    DO UPDATE`).
///
/// No order or invariant is assumed, as on SQLite: whatever rows a record has, the table stays the sum over the
/// records as they are (`ReportFigureConformanceTests` compare each figure with the sum of its members on random
/// histories; `RollupTests` compare each table with a rebuild). A failed statement or rolled-back transaction rolls
/// the table back too. A day whose changes cancel out may keep a row of zeros.
struct PostgresRollup: Sendable {
    /// One table whose rows a record's changes read.
    struct Part: Sendable {
        var table: String
        /// The column naming the record (`caseId`, or `id` on the record's own table), or SQL computing it from a
        /// row's unqualified columns (a follow-up's inspection, through its recommendation).
        var key: String
        /// The columns the changes read, the key among them.
        var columns: [String]
        /// SQL on the table's unqualified columns: the row belongs to a record of `touched(id)`; `nil` for
        /// `key IN (SELECT id FROM touched)`. Given where ``key`` is not a column, so that an index finds the rows.
        var within: String? = nil

        /// ``within``, or the key among the touched records.
        var belongsToTouched: String { within ?? "\(key) IN (SELECT id FROM touched)" }
    }

    /// The rollup's table.
    var table: String
    /// Its day column, the primary key.
    var day: String
    /// Its value columns (`BIGINT`), in order.
    var columns: [String]
    /// The key columns after the day (`category`), part of the primary key with it; none: one row a day. They are
    /// `TEXT` unless ``keyTypes`` says otherwise.
    var keys: [String] = []
    /// The SQL type of a key column that is not `TEXT`, by name (`penaltyViolatorDay`'s `subjectId` is `BIGINT`).
    var keyTypes: [String: String] = [:]
    /// The primary key's columns in order when they are not the day then the ``keys`` (SQLite's order, which the
    /// figures read by: `(category, changedOn)`).
    var primaryKey: [String]? = nil
    /// The tables the changes read; a trigger on each.
    var parts: [Part]
    /// The changes of the records whose rows are given, by table name, as SQL sources (a table or a parenthesized
    /// subquery, used with an alias): rows of columns ``day`` then ``columns`` (not summed, a day may repeat).
    var changes: @Sendable (_ rows: Rows) -> String

    /// The SQL source of each part's rows, by table name.
    struct Rows {
        let byTable: [String: String]

        /// The source of `table`'s rows; every part has one.
        subscript(_ table: String) -> String {
            guard let source = byTable[table] else { preconditionFailure("the rollup reads no table \(table)") }
            return source
        }
    }

    /// Every table as it is: the rebuild's sources.
    var tables: Rows { Rows(byTable: Dictionary(uniqueKeysWithValues: parts.map { ($0.table, $0.table) })) }

    /// Sums `select`'s rows (the day, then ``columns``) by day and adds them to the table, leaving out the days
    /// where nothing changes.
    private func upsert(_ select: String, with prefix: String = "") -> String {
        let sums = columns.map { "SUM(\($0))::bigint" }.joined(separator: ", ")
        let nonZero = columns.map { "SUM(\($0)) <> 0" }.joined(separator: " OR ")
        let keyList = keyColumns.joined(separator: ", ")
        return """
            \(prefix)INSERT INTO \(table) (\(keyList), \(columns.joined(separator: ", ")))
            SELECT \(keyColumns.map { "t.\($0)" }.joined(separator: ", ")), \(sums) FROM (\(select)) t
            WHERE t.\(day) IS NOT NULL
            GROUP BY \(keyColumns.map { "t.\($0)" }.joined(separator: ", "))
            HAVING \(nonZero)
            ON CONFLICT (\(keyList)) DO UPDATE SET
                \(columns.map { "\($0) = \(table).\($0) + excluded.\($0)" }.joined(separator: ",\n    "))
            """
    }

    /// The day and the ``keys``: the primary key, in order.
    var keyColumns: [String] { [day] + keys }

    /// The table as a new table and its rebuild from every record: the migration's statements before the
    /// triggers.
    var createTable: [String] {
        let dayColumn = keys.isEmpty ? "\(day) DATE PRIMARY KEY" : "\(day) DATE NOT NULL"
        let keyList = keys.map { key in ",\n    \(key) \(keyTypes[key] ?? "TEXT") NOT NULL" }.joined()
        let tail = keys.isEmpty ? "" : ",\n    PRIMARY KEY (\((primaryKey ?? keyColumns).joined(separator: ", ")))"
        return [
            """
            CREATE TABLE \(table) (
                \(dayColumn)\(keyList),
                \(columns.map { "\($0) BIGINT NOT NULL" }.joined(separator: ",\n    "))\(tail)
            )
            """,
            rebuild,
        ]
    }

    /// Recomputes the table from every record (empty it first).
    var rebuild: String { upsert(changes(tables)) }

    /// Selects what the table must hold but its rows of zeros, computed afresh from every record: the day, then
    /// ``columns``, by day (for tests and checks: the table's non-zero rows must be exactly these).
    var totals: String {
        let sums = columns.map { "SUM(t.\($0))::bigint AS \($0)" }.joined(separator: ", ")
        let nonZero = columns.map { "SUM(t.\($0)) <> 0" }.joined(separator: " OR ")
        let keyList = keyColumns.map { "t.\($0)" }.joined(separator: ", ")
        return """
            SELECT \(keyColumns.map { "t.\($0) AS \($0)" }.joined(separator: ", ")), \(sums) FROM (\(changes(tables))) t
            WHERE t.\(day) IS NOT NULL GROUP BY \(keyList) HAVING \(nonZero)
            """
    }

    /// The name of the trigger function and trigger after `operation` on `part`'s table: `penaltyDailyFlowAfterInsertOnpayment`.
    private func triggerName(_ operation: String, on part: Part) -> String {
        "\(table)After\(operation.prefix(1))\(operation.dropFirst().lowercased())On\(part.table)"
    }

    /// The trigger function and trigger after `operation` (`INSERT`, `UPDATE`, `DELETE`) on `part`'s table.
    private func trigger(_ operation: String, on part: Part) -> [String] {
        let name = triggerName(operation, on: part)
        var transition: [String] = []
        var keys: [String] = []
        if operation != "INSERT" {
            transition.append("OLD TABLE AS oldRows")
            keys.append("SELECT \(part.key) FROM oldRows")
        }
        if operation != "DELETE" {
            transition.append("NEW TABLE AS newRows")
            keys.append("SELECT \(part.key) FROM newRows")
        }
        let list = part.columns.joined(separator: ", ")
        func current(_ p: Part) -> String {
            "(SELECT \(p.columns.joined(separator: ", ")) FROM \(p.table) WHERE \(p.belongsToTouched))"
        }
        var before = ["SELECT \(list) FROM \(part.table) WHERE \(part.belongsToTouched)"]
        if operation != "DELETE" { before.append("EXCEPT ALL SELECT \(list) FROM newRows") }
        if operation != "INSERT" { before.append("UNION ALL SELECT \(list) FROM oldRows") }
        var previous: [String: String] = [:]
        var now: [String: String] = [:]
        for p in parts {
            now[p.table] = current(p)
            previous[p.table] = p.table == part.table ? "(\(before.joined(separator: " ")))" : current(p)
        }
        let negated = columns.map { "-b.\($0) AS \($0)" }.joined(separator: ", ")
        let select = """
            SELECT \(keyColumns.map { "b.\($0)" }.joined(separator: ", ")), \(negated) FROM (\(changes(Rows(byTable: previous)))) b
            UNION ALL
            SELECT \(keyColumns.map { "a.\($0)" }.joined(separator: ", ")), \(columns.map { "a.\($0)" }.joined(separator: ", ")) FROM (\(changes(Rows(byTable: now)))) a
            """
        let statement = upsert(select, with: "WITH touched(id) AS (\(keys.joined(separator: " UNION ")))\n")
        return [
            """
            CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
            \(statement);
            RETURN NULL;
            END
            $$
            """,
            """
            CREATE TRIGGER \(name) AFTER \(operation) ON \(part.table)
            REFERENCING \(transition.joined(separator: " ")) FOR EACH STATEMENT EXECUTE FUNCTION \(name)()
            """,
        ]
    }

    /// Drops the trigger functions (and so their triggers) ``triggers`` makes: a later migration that changes what the
    /// rollup counts drops them and makes them again (`2026-12-11-allowHouseholdKind`).
    var droppingTriggers: [String] {
        parts.flatMap { part in
            ["INSERT", "UPDATE", "DELETE"].map { operation in
                "DROP FUNCTION IF EXISTS \(triggerName(operation, on: part))() CASCADE"
            }
        }
    }

    /// The trigger functions and triggers: after INSERT, UPDATE and DELETE on each part's table.
    var triggers: [String] {
        parts.flatMap { part in ["INSERT", "UPDATE", "DELETE"].flatMap { trigger($0, on: part) } }
    }

    /// The migration's statements: the table, its backfill, its triggers.
    var migration: [String] { createTable + triggers }
}

extension PostgresRollup {
    /// `a` and `b` as SQL, the later of two dates, NULL when either is (SQLite's scalar `max`; PostgreSQL's
    /// `GREATEST` would pass a NULL over).
    static func latest(_ a: String, _ b: String) -> String {
        "CASE WHEN (\(a)) IS NULL OR (\(b)) IS NULL THEN NULL ELSE GREATEST(\(a), \(b)) END"
    }
}
