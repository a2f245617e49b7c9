import Casework
import GRDB
import Testing

@testable import Store

/// The follow-up stock figures (`followup.*`) are read in one statement from `followUpStockChange` and the period's
/// own rows (``FollowUpStockRollup``), through `conclusionImplemented`, each conclusion's implemented-on day
/// (``ConclusionImplemented``), both kept by triggers; their members from the per-conclusion queries, which test
/// every recommendation's follow-ups. On random histories of inspections with
/// random recommendations and follow-ups, then edited in ways Casework never would (follow-ups re-dated, enlarged,
/// moved to another recommendation, deleted; recommendations changed, moved to another inspection, deleted), the
/// two agree for every month, random ranges of days and the 30 days ending on every day, for every category and for
/// one; and the triggers' tables equal the ones the migrations' backfills compute.
@Suite struct FollowUpStockTests {
    /// The categories of ``InspectionHistory``'s inspections, each alone (a scope), and none (every category).
    static let scopes: [[String]?] = [nil, ["hanh_chinh"], ["dat_dai"]]

    /// A store with subject 1, a random history of `inspections` inspections and random recommendations (on about
    /// four in five inspections) and follow-ups (none to four a recommendation, some completing it, some not).
    static func makeStore(inspections: Int, seed: UInt64, path: String? = nil) throws -> SQLiteStore {
        let store = try path.map { try SQLiteStore(path: $0) } ?? SQLiteStore.makeEmpty()
        _ = try store.addSubject(.company(1), context: .test)
        try InspectionHistory.write(inspections: inspections, seed: seed, into: store)
        var random = SeededRandom(state: seed &+ 100)
        let span = InspectionHistory.start.days(to: InspectionHistory.end) + 60
        var statements: [String] = []
        var recommendation = 0
        var followUp = 0
        for inspection in 1...inspections where random.chance(80) {
            for _ in 0...random.below(3) {
                recommendation += 1
                // kind, amount, land, collectives, persons, cases
                let asked: (String, Int, Int, Int, Int, Int) =
                    switch random.below(5) {
                    case 0: ("recovery", 1_000 * (1 + random.below(50)), random.chance(30) ? 100 * random.below(20) : 0, 0, 0, 0)
                    case 1: ("otherFinancial", 1_000 * (1 + random.below(20)), 0, 0, 0, 0)
                    case 2: ("handling", 0, 0, random.below(3), 1 + random.below(3), 0)
                    case 3: ("policy", 0, 0, 0, 0, 0)
                    default: ("transfer", 0, 0, 0, random.below(3), 1 + random.below(2))
                    }
                statements.append(
                    """
                    INSERT INTO recommendation (id, inspectionId, kind, description, amountVND, landAreaDM2,
                        collectives, persons, cases)
                    VALUES (\(recommendation), \(inspection), '\(asked.0)', 'Kiến nghị \(recommendation)', \(asked.1),
                        \(asked.2), \(asked.3), \(asked.4), \(asked.5))
                    """)
                // A handling recommendation's class (none: counted as xử lý hành chính), a policy one's documents
                let classes = ["review", "discipline", "administrative"]
                if asked.0 == "handling", random.chance(75) {
                    statements.append(
                        """
                        INSERT INTO recommendationHandling (recommendationId, handling)
                        VALUES (\(recommendation), '\(classes[random.below(3)])')
                        """)
                }
                // (a policy recommendation without documents asks for nothing: its conclusion is implemented at once)
                let documents = asked.0 == "policy" && random.chance(50) ? 1 + random.below(3) : 0
                if documents > 0 {
                    statements.append(
                        "INSERT INTO recommendationDocuments (recommendationId, documents) VALUES (\(recommendation), \(documents))")
                }
                for _ in 0..<random.below(5) {
                    followUp += 1
                    // A share of what was asked: four follow-ups of up to half each often complete it.
                    func part(_ value: Int) -> Int { value == 0 ? 0 : random.below(value / 2 + 2) }
                    let amount = part(asked.1)
                    let doneOn = InspectionHistory.start.adding(days: random.below(span))
                    statements.append(
                        """
                        INSERT INTO followUp (id, recommendationId, doneOn, amountVND, landAreaDM2, collectives,
                            persons, cases, receipt, note)
                        VALUES (\(followUp), \(recommendation), '\(doneOn)', \(amount), \(part(asked.2)),
                            \(part(asked.3)), \(part(asked.4)), \(part(asked.5)), \(amount > 0 ? "'BL-\(followUp)'" : "NULL"), '')
                        """)
                    let done = part(documents)
                    if done > 0 {
                        statements.append("INSERT INTO followUpDocuments (followUpId, documents) VALUES (\(followUp), \(done))")
                    }
                }
            }
        }
        let sql = statements.joined(separator: ";\n")
        try store.perform("test recommendations", payload: "", context: .test) { db in try db.execute(sql: sql) }
        return store
    }

    /// The 30-day periods ending on each day from ``InspectionHistory/start`` to 60 days after its end, every month
    /// and `random` random ranges.
    static func periods(random: Int, seed: UInt64) -> [(from: CalendarDate, before: CalendarDate)] {
        InspectionRollupTests.withEveryDay(PenaltyFlowTests.periods(random: random, seed: seed))
    }

    /// For each of `periods` and ``scopes``, the follow-up stock's statement against the sums of its nineteen figures'
    /// members: the mismatches, one line each, and each figure's largest value.
    static func compare(_ store: SQLiteStore, _ periods: [(from: CalendarDate, before: CalendarDate)]) throws -> (
        mismatches: [String], largest: [String: Int64]
    ) {
        var mismatches: [String] = []
        var largest: [String: Int64] = [:]
        try store.read { db in
            for scope in scopes {
                let restrict: (String) -> (sql: String, arguments: [String: String]) = { sql in
                    scope.map { FigureQuery.restricted(sql, to: $0) } ?? (sql, [:])
                }
                let stock = restrict(FigureQuery.followUpStock)
                let members = try FigureQuery.followUpStockNames.map { name in
                    (name, "SELECT COALESCE(SUM(m.value), 0) FROM (\(restrict(try #require(FigureQuery.all[name]).sql).sql)) m")
                }
                for period in periods {
                    var arguments: StatementArguments = [
                        "from": period.from.databaseValue, "before": period.before.databaseValue,
                        "through": period.before.adding(days: -1).databaseValue,
                    ]
                    for (key, value) in stock.arguments { arguments += [key: value] }
                    let row = try #require(try Row.fetchOne(db, sql: stock.sql, arguments: arguments))
                    for (name, sum) in members {
                        let value: Int64 = row[name]
                        let expected = try Int64.fetchOne(db, sql: sum, arguments: arguments) ?? 0
                        if value != expected {
                            mismatches.append(
                                "\(scope ?? []) [\(period.from), \(period.before)) \(name): stock \(value), members \(expected)")
                        }
                        largest[name] = max(largest[name] ?? 0, expected)
                    }
                }
            }
        }
        return (mismatches, largest)
    }

    /// The two tables as the triggers left them: `conclusionImplemented`'s rows, then `followUpStockChange`'s
    /// rows with a change.
    static func storedRows(_ db: Database) throws -> [[DatabaseValue]] {
        let columns = FollowUpStockRollup.rollup.columns
        return try rows(db, "SELECT inspectionId, implementedOn FROM conclusionImplemented ORDER BY inspectionId")
            + rows(
                db,
                """
                SELECT changedOn, category, \(columns.joined(separator: ", ")) FROM followUpStockChange
                WHERE \(columns.map { "\($0) <> 0" }.joined(separator: " OR ")) ORDER BY category, changedOn
                """)
    }

    /// What the backfills compute from the rows as they are now.
    static func recomputedRows(_ db: Database) throws -> [[DatabaseValue]] {
        try rows(db, "SELECT * FROM (\(ConclusionImplemented.rows(where: "1"))) ORDER BY 1")
            + rows(db, "SELECT * FROM (\(FollowUpStockRollup.totals)) ORDER BY category, changedOn")
    }

    private static func rows(_ db: Database, _ sql: String) throws -> [[DatabaseValue]] {
        try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) }
    }

    @Test(arguments: [UInt64(1), 2])
    func theStockEqualsItsMembersInEveryPeriodAndScope(seed: UInt64) throws {
        // Given a random history of 120 inspections with their recommendations and follow-ups
        let store = try Self.makeStore(inspections: 120, seed: seed)

        // Then in every period and scope each stock figure is the sum of its members, and none is always zero
        let (mismatches, largest) = try Self.compare(store, Self.periods(random: 100, seed: seed))
        #expect(mismatches.count == 0, "\(mismatches.prefix(10).joined(separator: "\n"))")
        for name in FigureQuery.followUpStockNames { #expect((largest[name] ?? 0) > 0, "\(name) is zero in every period") }

        // And the tables hold implemented conclusions, pending ones and ones with nothing to do, as the backfills
        // compute them
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT inspectionId, implementedOn FROM conclusionImplemented").map { Array($0.databaseValues) }
        }
        #expect(rows.contains { $0[1].isNull } && rows.contains { $0[1] == "".databaseValue })
        #expect(rows.contains { String.fromDatabaseValue($0[1])?.hasPrefix("20") == true })
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    /// Changes Casework never makes, written straight into the tables: each leaves the tables exact.
    static let edits: [String] = [
        "UPDATE followUp SET doneOn = date(doneOn, '+45 days') WHERE id % 3 = 0",
        "UPDATE followUp SET doneOn = date(doneOn, '-200 days') WHERE id % 7 = 1",
        "UPDATE followUp SET amountVND = amountVND * 3, receipt = COALESCE(receipt, 'E-' || id) WHERE id % 4 = 1",
        "UPDATE followUp SET persons = persons + 2, cases = cases + 1 WHERE id % 5 = 2",
        "UPDATE followUp SET recommendationId = recommendationId + 1 WHERE id % 6 = 3 AND recommendationId + 1 IN (SELECT id FROM recommendation)",
        """
        DELETE FROM followUpDocuments WHERE followUpId % 5 = 4;
        DELETE FROM followUp WHERE id % 5 = 4
        """,
        """
        UPDATE recommendation SET persons = persons + 1 WHERE kind = 'handling' AND id % 2 = 0;
        UPDATE recommendation SET amountVND = amountVND / 2 + 1 WHERE kind = 'recovery' AND id % 3 = 0;
        UPDATE recommendation SET landAreaDM2 = 0, amountVND = amountVND + 1 WHERE id % 4 = 1 AND kind = 'recovery'
        """,
        "UPDATE recommendation SET inspectionId = inspectionId % 100 + 1 WHERE id % 6 = 5",
        """
        DELETE FROM followUpDocuments WHERE followUpId IN (SELECT id FROM followUp WHERE recommendationId % 8 = 3);
        DELETE FROM followUp WHERE recommendationId % 8 = 3;
        DELETE FROM recommendationHandling WHERE recommendationId % 8 = 3;
        DELETE FROM recommendationDocuments WHERE recommendationId % 8 = 3;
        DELETE FROM recommendation WHERE id % 8 = 3
        """,
        "UPDATE inspection SET concludedOn = date(concludedOn, '+20 days'), closedOn = NULL, state = 'concluded' WHERE id % 5 = 0 AND concludedOn IS NOT NULL",
        "UPDATE inspection SET category = 'dat_dai' WHERE id % 7 = 2 AND category = 'hanh_chinh'",
        """
        UPDATE inspection SET concludedOn = NULL, conclusionNumber = NULL, closedOn = NULL, state = 'drafted'
        WHERE id % 9 = 4 AND concludedOn IS NOT NULL
        """,
        """
        DELETE FROM inspectionTeamMember WHERE inspectionId % 11 = 6;
        DELETE FROM inspectionDecision WHERE inspectionId % 11 = 6
        """,
        "UPDATE recommendationHandling SET handling = 'review' WHERE handling <> 'review' AND recommendationId % 3 = 0",
        "DELETE FROM recommendationHandling WHERE recommendationId % 4 = 1",
        """
        INSERT INTO recommendationHandling (recommendationId, handling)
        SELECT id, 'discipline' FROM recommendation
        WHERE kind = 'handling' AND id NOT IN (SELECT recommendationId FROM recommendationHandling) AND id % 2 = 0
        """,
        "UPDATE recommendationDocuments SET documents = documents + 1 WHERE recommendationId % 2 = 0",
        "UPDATE followUpDocuments SET documents = documents + 2 WHERE followUpId % 3 = 0",
        """
        DELETE FROM followUpDocuments WHERE followUpId % 4 = 2;
        DELETE FROM recommendationDocuments WHERE recommendationId % 5 = 3
        """,
        """
        INSERT INTO recommendation (id, inspectionId, kind, description, amountVND, landAreaDM2, collectives, persons,
            cases)
        VALUES (9000, 3, 'recovery', 'Kiến nghị mới', 5000, 0, 0, 0, 0);
        INSERT INTO followUp (id, recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases,
            receipt, note)
        VALUES (9000, 9000, '2025-09-01', 5000, 0, 0, 0, 0, 'BL-9000', '')
        """,
    ]

    @Test func changesOutsideCaseworkKeepTheTablesExact() throws {
        // Given a random history
        let store = try Self.makeStore(inspections: 100, seed: 11)
        let periods = PenaltyFlowTests.periods(random: 60, seed: 11)

        // When each edit is made in turn
        for (index, edit) in Self.edits.enumerated() {
            let changed = try store.perform("test edit", payload: edit, context: .test) { db in
                try db.execute(sql: edit)
                return db.changesCount
            }
            #expect(changed > 0, "\(edit) changed nothing")

            // Then the triggers' tables are what the backfills compute, and (every few edits) the stock matches the
            // members in every period and scope
            #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) }, "after \(edit)")
            guard index % 4 == 3 || index == Self.edits.count - 1 else { continue }
            let (mismatches, _) = try Self.compare(store, periods)
            #expect(mismatches.count == 0, "after \(edit): \(mismatches.prefix(5).joined(separator: "\n"))")
        }
    }

    @Test func aFailedCommandLeavesTheTablesUnchanged() throws {
        let store = try Self.makeStore(inspections: 40, seed: 5)
        let before = try store.read(Self.storedRows)
        #expect(throws: DeliberateFailure.self) {
            try store.perform("test edit", payload: "x", context: .test) { db in
                try db.execute(sql: "UPDATE followUp SET doneOn = '2025-01-01'")
                try db.execute(sql: "DELETE FROM followUpDocuments WHERE followUpId % 2 = 0")
                try db.execute(sql: "DELETE FROM followUp WHERE id % 2 = 0")
                throw DeliberateFailure()
            }
        }
        #expect(try store.read(Self.storedRows) == before)
    }

    @Test func theMigrationsBackfillEqualsWhatTheTriggersMaintained() throws {
        // Given a file whose tables the triggers kept through a random history
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        let maintained = try Self.makeStore(inspections: 120, seed: 7, path: path).read(Self.storedRows)
        #expect(maintained.count > 50)

        // When the tables are taken out, as if the file came from the version before them, and the file reopened
        let raw = try rawDatabase(path)
        try raw.write { db in
            for table in ["conclusionImplemented", "followUpStockChange"] {
                for name in try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '\(table)%'")
                {
                    try db.execute(sql: "DROP TRIGGER \(name)")
                }
                try db.execute(sql: "DROP TABLE \(table)")
            }
            try db.execute(
                sql: """
                    DELETE FROM grdb_migrations
                    WHERE identifier IN ('2026-12-12-createConclusionImplemented', '2026-12-12-createFollowUpStockRollup')
                    """)
        }
        try raw.close()
        let reopened = try SQLiteStore(path: path)

        // Then the migrations' backfills give the same rows, and the triggers are back (12 and 42)
        #expect(try reopened.read(Self.storedRows) == maintained)
        for (table, count) in [("conclusionImplemented", 12), ("followUpStockChange", 42)] {
            let triggers = try reopened.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '\(table)%'")
            }
            #expect(triggers == count, "\(table)")
        }
    }

    @Test(arguments: [nil, ["hanh_chinh", "dat_dai"]] as [[String]?])
    func theStockReadsTheRollupsKeyAndThePeriodsRows(scope: [String]?) throws {
        let store = try SQLiteStore.makeEmpty()
        let (sql, scoped) = scope.map { FigureQuery.restricted(FigureQuery.followUpStock, to: $0) } ?? (FigureQuery.followUpStock, [:])
        var arguments: StatementArguments = ["from": "2026-09-15", "before": "2026-10-15", "through": "2026-10-14"]
        for (key, value) in scoped { arguments += [key: value] }
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(sql)", arguments: arguments).map { $0["detail"] as String }
        }
        // The rollup by its primary key, the period's conclusions by their date, its follow-ups by theirs
        #expect(plan.contains { $0.hasPrefix("SEARCH s USING PRIMARY KEY") }, "\(plan)")
        #expect(plan.contains { $0.contains("INDEX inspectionOnConcludedOn (concludedOn>") }, "\(plan)")
        #expect(plan.contains { $0.contains("INDEX followUpOnDoneOn (doneOn>") }, "\(plan)")
        // And no table is read whole (`SCAN` only of what the statement itself materialized)
        let scans = plan.filter { $0.hasPrefix("SCAN") }.filter { !["SCAN p", "SCAN a", "SCAN n", "SCAN q", "SCAN y", "SCAN z"].contains($0) }
        #expect(scans == [], "\(plan)")
    }
}
