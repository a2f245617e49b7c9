import Casework
import GRDB
import Testing

@testable import Store

/// A scope's inspection counts (`inspections.carried_over`, `.ongoing`, `.opened`, `.total` and the split by mode,
/// restricted to some categories) are read from `inspectionCategoryChange`; their members from the per-inspection
/// queries restricted to the categories. On random histories, also after the edits Casework never makes of
/// ``InspectionRollupTests/edits`` (categories changed among them), the two agree for every month, random ranges of
/// days and the 30 days ending on every day, for one category, two, one no inspection has and none; and the triggers'
/// table equals the one the migration's backfill computes.
@Suite struct InspectionCategoryRollupTests {
    /// The scopes compared: each category of ``InspectionHistory`` alone, both, the one the edits give, none.
    static let scopes: [[String]] = [["hanh_chinh"], ["dat_dai"], ["hanh_chinh", "dat_dai"], ["x"], []]

    /// For each of `periods` and ``scopes``, each rolled-up figure's value against the sum of its restricted members:
    /// the mismatches, one line each, and each figure's largest value.
    static func compare(_ store: SQLiteStore, _ periods: [(from: CalendarDate, before: CalendarDate)]) throws -> (
        mismatches: [String], largest: [String: Int64]
    ) {
        var mismatches: [String] = []
        var largest: [String: Int64] = [:]
        try store.read { db in
            for categories in scopes {
                let queries = try FigureQuery.categoryRolledUp.keys.sorted().map { name in
                    let value = try #require(FigureQuery.categoryValueSQL(name, categories: categories))
                    let members = FigureQuery.restricted(try #require(FigureQuery.all[name]).sql, to: categories)
                    return (name, value, "SELECT COALESCE(SUM(m.value), 0) FROM (\(members.sql)) m", members.arguments)
                }
                for period in periods {
                    for (name, value, sum, scoped) in queries {
                        var arguments: StatementArguments = [
                            "from": period.from.databaseValue, "before": period.before.databaseValue,
                            "through": period.before.adding(days: -1).databaseValue,
                        ]
                        for (key, category) in scoped { arguments += [key: category] }
                        let rolledUp = try Int64.fetchOne(db, sql: value, arguments: arguments) ?? 0
                        let members = try Int64.fetchOne(db, sql: sum, arguments: arguments) ?? 0
                        if rolledUp != members {
                            mismatches.append(
                                "\(categories) [\(period.from), \(period.before)) \(name): rollup \(rolledUp), members \(members)")
                        }
                        largest[name] = max(largest[name] ?? 0, members)
                    }
                }
            }
        }
        return (mismatches, largest)
    }

    /// The rollup's rows with a change, as the triggers left them.
    static func storedRows(_ db: Database) throws -> [[DatabaseValue]] {
        let columns = InspectionCategoryRollup.columns
        return try Row.fetchAll(
            db,
            sql: """
                SELECT changedOn, category, \(columns.joined(separator: ", ")) FROM inspectionCategoryChange
                WHERE \(columns.map { "\($0) <> 0" }.joined(separator: " OR ")) ORDER BY category, changedOn
                """
        ).map { Array($0.databaseValues) }
    }

    /// What the backfill computes from the rows as they are now.
    static func recomputedRows(_ db: Database) throws -> [[DatabaseValue]] {
        try Row.fetchAll(db, sql: "SELECT * FROM (\(InspectionCategoryRollup.totals)) ORDER BY category, changedOn")
            .map { Array($0.databaseValues) }
    }

    @Test(arguments: [UInt64(3), 4])
    func everyScopesCountsEqualTheirMembers(seed: UInt64) throws {
        // Given a random history of 150 inspections over two years, in two categories
        let store = try InspectionRollupTests.makeStore(inspections: 150, seed: seed)

        // Then in every period and scope each count is the sum of its members, and none is always zero
        let periods = InspectionRollupTests.withEveryDay(PenaltyFlowTests.periods(random: 200, seed: seed))
        let (mismatches, largest) = try Self.compare(store, periods)
        #expect(mismatches.count == 0, "\(mismatches.prefix(10).joined(separator: "\n"))")
        for name in FigureQuery.categoryRolledUp.keys { #expect((largest[name] ?? 0) > 0, "\(name) is zero in every period") }

        // And the triggers' table is what the backfill computes
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func changesOutsideCaseworkKeepTheRollupExact() throws {
        // Given a random history
        let store = try InspectionRollupTests.makeStore(inspections: 120, seed: 11)
        let periods = PenaltyFlowTests.periods(random: 60, seed: 11)

        // When each edit is made in turn (categories changed, decisions re-dated, moved and deleted, conclusions
        // undone, an inspection deleted and another added)
        for (index, edit) in InspectionRollupTests.edits.enumerated() {
            try store.perform("test edit", payload: edit, context: .test) { db in try db.execute(sql: edit) }

            // Then the triggers' table is what the backfill computes, and (every few edits) the counts match the
            // members in every period and scope
            #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) }, "after \(edit)")
            guard index % 4 == 3 || index == InspectionRollupTests.edits.count - 1 else { continue }
            let (mismatches, largest) = try Self.compare(store, periods)
            #expect(mismatches.count == 0, "after \(edit): \(mismatches.prefix(5).joined(separator: "\n"))")
            #expect((largest[Figure.total] ?? 0) > 0)
        }
    }

    @Test func theMigrationsBackfillEqualsWhatTheTriggersMaintained() throws {
        // Given a file whose rollup the triggers kept through a random history
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        let maintained = try InspectionRollupTests.makeStore(inspections: 150, seed: 7, path: path).read(Self.storedRows)
        #expect(maintained.count > 100)

        // When the rollup is taken out, as if the file came from the version before it, and the file reopened
        let raw = try rawDatabase(path)
        try raw.write { db in
            for name in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'inspectionCategoryChange%'")
            {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "DROP TABLE inspectionCategoryChange")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '2026-12-12-createInspectionCategoryRollup'")
        }
        try raw.close()
        let reopened = try SQLiteStore(path: path)

        // Then the migration's backfill gives the same rows, and the six triggers are back
        #expect(try reopened.read(Self.storedRows) == maintained)
        let triggers = try reopened.read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'inspectionCategoryChange%'")
        }
        #expect(triggers == 6)
    }

    @Test func aScopesCountReadsTheRollupsPrimaryKey() throws {
        let store = try SQLiteStore.makeEmpty()
        for name in FigureQuery.categoryRolledUp.keys {
            let sql = try #require(FigureQuery.categoryValueSQL(name, categories: ["a", "b"]))
            let plan = try store.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(sql)",
                    arguments: ["from": "2026-09-15", "before": "2026-10-15", "category0": "a", "category1": "b"]
                ).map { $0["detail"] as String }
            }
            #expect(plan.count == 1 && plan[0].hasPrefix("SEARCH inspectionCategoryChange USING PRIMARY KEY"), "\(name): \(plan)")
        }
    }
}
