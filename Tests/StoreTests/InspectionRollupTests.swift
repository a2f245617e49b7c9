import Casework
import GRDB
import Testing

@testable import Store

/// The inspection counts (`inspections.total`, `.carried_over`, `.opened` and the split by mode) and the as-of
/// figures `overdue.onsite` and `overdue.conclusions` are read from the daily rollup `inspectionDailyChange`; their
/// members from the per-inspection queries. On random histories, written through the store's APIs and then edited in
/// ways Casework never would, the two agree for every monthly period, for random ranges of days and as of every
/// day, and the triggers' table equals the one the migration's backfill computes.
@Suite struct InspectionRollupTests {
    /// The figures read from `inspectionDailyChange`.
    static let rolledUp = [
        Figure.carriedOver, Figure.opened, Figure.total, Figure.scheduled, Figure.unscheduled, Figure.regular,
        Figure.onsiteOverdue, Figure.conclusionsOverdue, Figure.ongoing,
    ]

    /// A store with subject 1 and a random history of `inspections` inspections.
    static func makeStore(inspections: Int, seed: UInt64, path: String? = nil) throws -> SQLiteStore {
        let store = try path.map { try SQLiteStore(path: $0) } ?? SQLiteStore.makeEmpty()
        _ = try store.addSubject(.company(1), context: .test)
        try InspectionHistory.write(inspections: inspections, seed: seed, into: store)
        return store
    }

    /// `periods`, then the 30-day periods ending on each day from `InspectionHistory.start` to 60 days after its end.
    static func withEveryDay(_ periods: [(from: CalendarDate, before: CalendarDate)]) -> [(
        from: CalendarDate, before: CalendarDate
    )] {
        var all = periods
        var before = InspectionHistory.start
        while before <= InspectionHistory.end.adding(days: 60) {
            all.append((before.adding(days: -30), before))
            before = before.adding(days: 1)
        }
        return all
    }

    /// Per rolled-up figure, its value for each of `periods` from the rollup and from its members; the mismatches,
    /// one line each, and each figure's largest value.
    static func compare(_ store: SQLiteStore, _ periods: [(from: CalendarDate, before: CalendarDate)]) throws -> (
        mismatches: [String], largest: [String: Int64]
    ) {
        var mismatches: [String] = []
        var largest: [String: Int64] = [:]
        try store.read { db in
            for period in periods {
                let arguments: StatementArguments = [
                    "from": period.from.databaseValue, "before": period.before.databaseValue, "through": period.before.adding(days: -1).databaseValue,
                ]
                for name in rolledUp {
                    let query = try #require(FigureQuery.all[name])
                    let valueSQL = try #require(query.valueSQL)
                    let value = try Int64.fetchOne(db, sql: valueSQL, arguments: arguments) ?? 0
                    let sum = "SELECT COALESCE(SUM(m.value), 0) FROM (\(query.sql)) m"
                    let members = try Int64.fetchOne(db, sql: sum, arguments: arguments) ?? 0
                    if value != members {
                        mismatches.append(
                            "[\(period.from), \(period.before)) \(name): rollup \(value), members \(members)")
                    }
                    largest[name] = max(largest[name] ?? 0, members)
                }
            }
        }
        return (mismatches, largest)
    }

    /// The rollup's rows with a change, as the triggers left them, as `[day, values…]`.
    static func storedRows(_ db: Database) throws -> [[DatabaseValue]] {
        let columns = InspectionRollup.columns
        return try rows(
            db,
            """
            SELECT changedOn, \(columns.joined(separator: ", ")) FROM inspectionDailyChange
            WHERE \(columns.map { "\($0) <> 0" }.joined(separator: " OR ")) ORDER BY changedOn
            """)
    }

    /// What the backfill computes from the rows as they are now.
    static func recomputedRows(_ db: Database) throws -> [[DatabaseValue]] {
        try rows(db, "SELECT * FROM (\(InspectionRollup.totals)) ORDER BY changedOn")
    }

    private static func rows(_ db: Database, _ sql: String) throws -> [[DatabaseValue]] {
        try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) }
    }

    @Test(arguments: [UInt64(1), 2])
    func everyPeriodsInspectionFiguresEqualTheirMembers(seed: UInt64) throws {
        // Given a random history of 150 inspections over two years
        let store = try Self.makeStore(inspections: 150, seed: seed)

        // Then for every month, 300 random ranges of days and the period ending on every day each rolled-up figure
        // is the sum of its members, and none of them is always zero
        let periods = Self.withEveryDay(PenaltyFlowTests.periods(random: 300, seed: seed))
        let (mismatches, largest) = try Self.compare(store, periods)
        #expect(mismatches.count == 0, "\(mismatches.prefix(10).joined(separator: "\n"))")
        for name in Self.rolledUp { #expect((largest[name] ?? 0) > 0, "\(name) is zero in every period") }

        // And the triggers' table is what the backfill computes
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func monthlyReportsAddUpToTheirMembersThroughThePublicAPI() throws {
        let store = try Self.makeStore(inspections: 100, seed: 42)
        for (from, before) in PenaltyFlowTests.periods(random: 0, seed: 0) {
            let period = ReportPeriod(kind: "monthly", label: "\(before)", from: from, before: before)
            let figures = try store.figures(for: period)
            let named = try store.figures(for: period, named: Self.rolledUp)
            for name in Self.rolledUp {
                let members = try store.members(of: name, in: period).members
                #expect(members.map(\.value).reduce(0, +) == figures[name], "\(name) in \(period.label)")
                #expect(named[name] == figures[name], "\(name) in \(period.label)")
            }
        }
    }

    @Test func theMigrationsBackfillEqualsWhatTheTriggersMaintained() throws {
        // Given a file whose inspection rollup the triggers kept through a random history
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        let maintained = try Self.makeStore(inspections: 150, seed: 7, path: path).read(Self.storedRows)
        #expect(maintained.count > 100)

        // When the rollup is taken out, as if the file came from the version before it, and the file reopened
        let raw = try rawDatabase(path)
        try raw.write { db in
            for name in try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'inspectionDailyChange%'")
            {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "DROP TABLE inspectionDailyChange")
            try db.execute(
                sql: "DELETE FROM grdb_migrations WHERE identifier = '2026-12-02-createInspectionDailyChange'")
        }
        try raw.close()
        let reopened = try SQLiteStore(path: path)

        // Then the migration's backfill gives the same rows, and the triggers are back
        #expect(try reopened.read(Self.storedRows) == maintained)
        let triggers = try reopened.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'inspectionDailyChange%'
                    """)
        }
        #expect(triggers == 6)
    }

    /// The inspection deleted by ``edits``, with everything that refers to it.
    static let deletedInspection = 50

    /// Changes Casework never makes, written straight into the tables: each leaves the rollup exact.
    static let edits: [String] = [
        // Decisions re-dated, some after their conclusion; due dates moved, set and cleared.
        "UPDATE inspectionDecision SET decidedOn = date(decidedOn, '+40 days') WHERE inspectionId % 3 = 0",
        "UPDATE inspectionDecision SET decidedOn = date(decidedOn, '-9 days') WHERE inspectionId % 5 = 1",
        "UPDATE inspection SET onsiteDueOn = date(onsiteDueOn, '-10 days'), conclusionDueOn = NULL WHERE id % 4 = 1",
        "UPDATE inspection SET conclusionDueOn = date(openedOn, '+5 days') WHERE conclusionDueOn IS NULL AND id % 5 = 2",
        "UPDATE inspection SET onsiteDueOn = announcedOn WHERE id % 6 = 2",
        // Modes changed; columns no figure reads.
        """
        UPDATE inspection SET mode = 'regular', groundKind = NULL, groundReference = NULL, planYear = NULL,
            planEntryKey = NULL
        WHERE id % 7 = 3
        """,
        "UPDATE inspection SET category = 'x', content = 'y', reportDueOn = '2026-01-01' WHERE id % 2 = 0",
        // Conclusions and ends of on-site work undone.
        """
        UPDATE inspection SET concludedOn = NULL, conclusionNumber = NULL, closedOn = NULL, state = 'drafted'
        WHERE id % 6 = 1 AND concludedOn IS NOT NULL
        """,
        """
        UPDATE inspection SET onsiteEndedOn = NULL, reportedOn = NULL, draftedOn = NULL, state = 'onsite'
        WHERE id % 8 = 5 AND concludedOn IS NULL AND onsiteEndedOn IS NOT NULL
        """,
        // Decisions deleted, and moved to an inspection without one.
        """
        DELETE FROM inspectionTeamMember WHERE inspectionId % 9 = 4;
        DELETE FROM inspectionDecision WHERE inspectionId % 9 = 4;
        """,
        """
        PRAGMA defer_foreign_keys = ON;
        UPDATE inspectionTeamMember SET inspectionId = inspectionId + 1
        WHERE inspectionId % 10 = 6 AND inspectionId + 1 NOT IN (SELECT inspectionId FROM inspectionDecision);
        UPDATE inspectionDecision SET inspectionId = inspectionId + 1
        WHERE inspectionId % 10 = 6 AND inspectionId + 1 NOT IN (SELECT inspectionId FROM inspectionDecision);
        """,
        // A whole inspection deleted, children first; then a new one whose decision comes before it (as a load with
        // foreign keys deferred would write them).
        """
        DELETE FROM inspectionTeamMember WHERE inspectionId = \(deletedInspection);
        DELETE FROM inspectionDecision WHERE inspectionId = \(deletedInspection);
        DELETE FROM inspectionExtension WHERE inspectionId = \(deletedInspection);
        DELETE FROM inspectionSuspension WHERE inspectionId = \(deletedInspection);
        DELETE FROM inspectionSubject WHERE inspectionId = \(deletedInspection);
        DELETE FROM inspection WHERE id = \(deletedInspection);
        """,
        """
        PRAGMA defer_foreign_keys = ON;
        INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
        VALUES (9000, 'QĐ-9000', '2025-06-10', 't', 'n', 'l');
        INSERT INTO inspection (id, mode, category, level, content, field, leadUnit, openedOn, state, announcedOn,
            onsiteDueOn, conclusionDueOn)
        VALUES (9000, 'regular', 'c', 'l', 'x', 'f', 'u', '2025-06-01', 'onsite', '2025-06-12', '2025-07-01',
            '2025-08-01');
        """,
    ]

    @Test func changesOutsideCaseworkKeepTheRollupExact() throws {
        // Given a random history
        let store = try Self.makeStore(inspections: 120, seed: 11)
        let periods = PenaltyFlowTests.periods(random: 60, seed: 11)

        // When each edit is made in turn
        for (index, edit) in Self.edits.enumerated() {
            try store.perform("test edit", payload: edit, context: .test) { db in try db.execute(sql: edit) }

            // Then the triggers' table is what the backfill computes, and (checked every few edits) the rollup
            // matches the members in every period and as of every day
            #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) }, "after \(edit)")
            guard index % 4 == 3 || index == Self.edits.count - 1 else { continue }
            let (mismatches, _) = try Self.compare(store, Self.withEveryDay(periods))
            #expect(mismatches.count == 0, "after \(edit): \(mismatches.prefix(5).joined(separator: "\n"))")
        }
    }

    @Test func aFailedCommandLeavesTheRollupUnchanged() throws {
        let store = try Self.makeStore(inspections: 40, seed: 5)
        let before = try store.read(Self.storedRows)
        #expect(throws: DeliberateFailure.self) {
            try store.perform("test edit", payload: "x", context: .test) { db in
                try db.execute(sql: "UPDATE inspectionDecision SET decidedOn = '2025-01-01'")
                try db.execute(sql: "UPDATE inspection SET onsiteDueOn = NULL")
                throw DeliberateFailure()
            }
        }
        #expect(try store.read(Self.storedRows) == before)
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func inspectionValuesReadThePrimaryKeyNotTheInspections() throws {
        let store = try SQLiteStore.makeEmpty()
        for name in Self.rolledUp {
            let valueSQL = try #require(FigureQuery.all[name]?.valueSQL)
            let plan = try store.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(valueSQL)",
                    arguments: ["from": "2026-09-15", "before": "2026-10-15", "through": "2026-10-14"]
                )
                .map { $0["detail"] as String }
            }
            #expect(plan.count == 1 && plan[0].hasPrefix("SEARCH inspectionDailyChange USING PRIMARY KEY"), "\(name)")
        }
    }
}
