import Casework
import GRDB
import Testing

@testable import Store

/// The penalty figures by violator kind are read from the rollups `penaltyDailyFineByKind` (fines) and
/// `penaltyViolatorDay` (distinct violators); their members from the per-case queries. On random histories spread
/// over several subjects, written through the store's APIs and then edited in ways Casework never would, the two
/// agree for every monthly period and for random ranges of days, and each trigger-kept table equals the one the
/// migration's backfill computes.
@Suite struct PenaltyViolatorTests {
    /// The figures read from the two rollups.
    static let figures = [
        Figure.finesOrganizationsVND, Figure.finesIndividualsVND, Figure.violatorsOrganizations,
        Figure.violatorsPersons,
    ]

    /// The two rollups.
    static let rollups = [PenaltyViolators.fines, PenaltyViolators.violators]

    /// The number of subjects the cases are spread over.
    static let subjects = 9

    /// A store with a random history of `cases` cases (``PenaltyFlowTests/makeStore(cases:seed:path:)``: a third of
    /// them individuals), moved onto ``subjects`` subjects by a statement the triggers see.
    static func makeStore(cases: Int, seed: UInt64, path: String? = nil) throws -> SQLiteStore {
        let store = try PenaltyFlowTests.makeStore(cases: cases, seed: seed, path: path)
        for number in 2...subjects { _ = try store.addSubject(.company(number), context: .test) }
        let spread = "UPDATE penaltyCase SET subjectId = 1 + (id * 7) % \(subjects)"
        try store.perform("test edit", payload: spread, context: .test) { db in try db.execute(sql: spread) }
        return store
    }

    /// `rollup`'s rows with a contribution, as the triggers left them, in key order.
    static func storedRows(_ db: Database, _ rollup: DailyRollup) throws -> [[DatabaseValue]] {
        let keys = [rollup.day] + rollup.keys.map(\.name)
        let columns = keys + rollup.columns
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(columns.joined(separator: ", ")) FROM \(rollup.table)
                WHERE \(rollup.columns.map { "\($0) <> 0" }.joined(separator: " OR "))
                ORDER BY \(keys.joined(separator: ", "))
                """
        ).map { Array($0.databaseValues) }
    }

    /// What the backfill computes for `rollup` from the rows as they are now, in key order.
    static func recomputedRows(_ db: Database, _ rollup: DailyRollup) throws -> [[DatabaseValue]] {
        let keys = [rollup.day] + rollup.keys.map(\.name)
        return try Row.fetchAll(
            db, sql: "SELECT * FROM (\(PenaltyViolators.totals(rollup))) ORDER BY \(keys.joined(separator: ", "))"
        ).map { Array($0.databaseValues) }
    }

    /// Whether both trigger-kept tables equal their backfill.
    static func rollupsAreExact(_ store: SQLiteStore) throws -> Bool {
        try store.read { db in
            try rollups.allSatisfy { rollup in try storedRows(db, rollup) == recomputedRows(db, rollup) }
        }
    }

    @Test(arguments: [UInt64(1), 2])
    func everyPeriodsFiguresByViolatorKindEqualTheirMembers(seed: UInt64) throws {
        // Given a random history of 200 cases over two years and nine subjects
        let store = try Self.makeStore(cases: 200, seed: seed)

        // Then for every month and 300 random ranges of days each figure is the sum of its members, and each counts
        // something: several violators of both kinds in some period
        let (mismatches, largest) = try PenaltyFlowTests.compare(
            store, PenaltyFlowTests.periods(random: 300, seed: seed), names: Self.figures)
        #expect(mismatches.count == 0, "\(mismatches.prefix(10).joined(separator: "\n"))")
        for name in Self.figures { #expect((largest[name] ?? 0) > 0, "\(name) is zero in every period") }
        #expect((largest[Figure.violatorsOrganizations] ?? 0) > 1 && (largest[Figure.violatorsPersons] ?? 0) > 1)

        // And the triggers' tables are what the backfill computes
        #expect(try Self.rollupsAreExact(store))

        // And a period's report (`figures(for:)`, which counts the rollup's subjects in memory) gives the same
        // violators as the members, in periods where some subject has decisions on several days
        var repeated = 0
        for (from, before) in PenaltyFlowTests.periods(random: 40, seed: seed) {
            let period = ReportPeriod(kind: "range", label: "\(from)", from: from, before: before)
            let figures = try store.figures(for: period)
            for name in [Figure.violatorsOrganizations, Figure.violatorsPersons] {
                let members = try store.members(of: name, in: period).members
                #expect(figures[name] == Int64(members.count), "\(name) in [\(from), \(before))")
            }
            let days = try store.read { db in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) - COUNT(DISTINCT subjectId) FROM penaltyViolatorDay
                        WHERE decidedOn >= ? AND decidedOn < ? AND decisions > 0
                        """, arguments: [from.databaseValue, before.databaseValue]) ?? 0
            }
            if days > 0 { repeated += 1 }
        }
        #expect(repeated > 0, "no period has a subject decided on two days: the count of distinct subjects is untested")
    }

    @Test func changesOutsideCaseworkKeepTheRollupsExact() throws {
        // Given a random history
        let store = try Self.makeStore(cases: 100, seed: 11)
        let periods = PenaltyFlowTests.periods(random: 60, seed: 11)
        let moves = [
            // Cases moved to other subjects, and back onto one.
            "UPDATE penaltyCase SET subjectId = 1 + (subjectId + id) % \(Self.subjects) WHERE id % 3 = 1",
            "UPDATE penaltyCase SET subjectId = 2 WHERE id % 10 = 9",
        ]

        // When each edit is made in turn
        for (index, edit) in (moves + PenaltyFlowTests.edits).enumerated() {
            try store.perform("test edit", payload: edit, context: .test) { db in try db.execute(sql: edit) }

            // Then the triggers' tables are what the backfill computes, and (checked every few edits) the rollups
            // match the members in every period
            #expect(try Self.rollupsAreExact(store), "after \(edit)")
            guard index % 4 == 3 || index == moves.count + PenaltyFlowTests.edits.count - 1 else { continue }
            let (mismatches, _) = try PenaltyFlowTests.compare(store, periods, names: Self.figures)
            #expect(mismatches.count == 0, "after \(edit): \(mismatches.prefix(5).joined(separator: "\n"))")
        }
    }

    @Test func theMigrationsBackfillEqualsWhatTheTriggersMaintained() throws {
        // Given a file whose rollups the triggers kept through a random history
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        let maintained = try Self.makeStore(cases: 200, seed: 7, path: path).read { db in
            try Self.rollups.map { try Self.storedRows(db, $0) }
        }
        #expect(maintained.allSatisfy { $0.count > 100 })

        // When the rollups are taken out, as if the file came from the version before them, and the file reopened
        let raw = try rawDatabase(path)
        try raw.write { db in
            for rollup in Self.rollups {
                for name in try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '\(rollup.table)After%'")
                {
                    try db.execute(sql: "DROP TRIGGER \(name)")
                }
                try db.execute(sql: "DROP TABLE \(rollup.table)")
            }
            try db.execute(
                sql: "DELETE FROM grdb_migrations WHERE identifier = '2026-12-11-createPenaltyViolatorRollups'")
        }
        try raw.close()
        let reopened = try SQLiteStore(path: path)

        // Then the migration's backfill gives the same rows, and the six triggers of each are back
        #expect(try reopened.read { db in try Self.rollups.map { try Self.storedRows(db, $0) } } == maintained)
        for rollup in Self.rollups {
            let triggers = try reopened.read { db in
                try Int.fetchOne(
                    db,
                    sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '\(rollup.table)After%'")
            }
            #expect(triggers == 6, "\(rollup.table)")
        }
    }

    @Test func theirValuesReadThePrimaryKeyOfTheirRollup() throws {
        let store = try SQLiteStore.makeEmpty()
        let tables = [
            Figure.finesOrganizationsVND: "penaltyDailyFineByKind", Figure.finesIndividualsVND: "penaltyDailyFineByKind",
            Figure.violatorsOrganizations: "penaltyViolatorDay", Figure.violatorsPersons: "penaltyViolatorDay",
        ]
        for name in Self.figures {
            let valueSQL = try #require(FigureQuery.all[name]?.valueSQL)
            let plan = try store.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(valueSQL)",
                    arguments: ["from": "2026-09-15", "before": "2026-10-15", "through": "2026-10-14"]
                )
                .map { $0["detail"] as String }
            }
            let table = try #require(tables[name])
            #expect(plan.contains { $0.hasPrefix("SEARCH \(table) USING PRIMARY KEY") }, "\(name): \(plan)")
            #expect(plan.allSatisfy { !$0.hasPrefix("SCAN") && !$0.contains("penaltyDecision") }, "\(name): \(plan)")
        }
    }
}
