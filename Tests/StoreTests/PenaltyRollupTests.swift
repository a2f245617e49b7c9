import Casework
import GRDB
import Testing

@testable import Store

/// `penalty.outstanding_vnd`, `overdue.decisions` and `overdue.payments` are read from the daily rollup
/// `penaltyDailyChange`; their members from the per-case queries. On random histories, written through the store's
/// APIs and then edited in ways Casework never would, the two agree as of every day, and the triggers' table
/// equals the one the migration's backfill computes.
@Suite struct PenaltyRollupTests {
    /// The figures read from the rollup.
    static let rolledUp = [Figure.outstandingVND, Figure.decisionsOverdue, Figure.paymentsOverdue]

    /// A store with subject 1 and a random history of `cases` cases.
    static func makeStore(cases: Int, seed: UInt64, path: String? = nil) throws -> SQLiteStore {
        let store = try path.map { try SQLiteStore(path: $0) } ?? SQLiteStore.makeEmpty()
        _ = try store.addSubject(.company(1), context: .test)
        try PenaltyHistory.write(cases: cases, seed: seed, into: store)
        return store
    }

    /// Per rolled-up figure, its value for the period ending on each day from `PenaltyHistory.start` to 60 days after
    /// `PenaltyHistory.end`, from the rollup and from its members; and the mismatches, one line each.
    static func compareEveryDay(_ store: SQLiteStore) throws -> (mismatches: [String], largest: [String: Int64]) {
        var mismatches: [String] = []
        var largest: [String: Int64] = [:]
        try store.read { db in
            var before = PenaltyHistory.start
            while before <= PenaltyHistory.end.adding(days: 60) {
                let arguments: StatementArguments = [
                    "from": before.adding(days: -30).databaseValue, "before": before.databaseValue, "through": before.adding(days: -1).databaseValue,
                ]
                for name in rolledUp {
                    let query = try #require(FigureQuery.all[name])
                    let valueSQL = try #require(query.valueSQL)
                    let value = try Int64.fetchOne(db, sql: valueSQL, arguments: arguments) ?? 0
                    let sum = "SELECT COALESCE(SUM(m.value), 0) FROM (\(query.sql)) m"
                    let members = try Int64.fetchOne(db, sql: sum, arguments: arguments) ?? 0
                    if value != members {
                        mismatches.append("before \(before) \(name): rollup \(value), members \(members)")
                    }
                    largest[name] = max(largest[name] ?? 0, members)
                }
                before = before.adding(days: 1)
            }
        }
        return (mismatches, largest)
    }

    /// The rollup's rows with a change, as the triggers left them.
    static func storedRows(_ db: Database) throws -> [[Int64?]] {
        try rows(
            db,
            """
            SELECT changedOn, outstandingVND, overdueDecisions, overduePayments FROM penaltyDailyChange
            WHERE outstandingVND <> 0 OR overdueDecisions <> 0 OR overduePayments <> 0 ORDER BY changedOn
            """)
    }

    /// Rows as `[day number, values…]`, comparable with `==`.
    static func rows(_ db: Database, _ sql: String) throws -> [[Int64?]] {
        try Row.fetchAll(db, sql: sql).map { row in
            let day = (row[0] as String?).flatMap { CalendarDate($0) }.map { Int64(PenaltyHistory.start.days(to: $0)) }
            return [day, row[1], row[2], row[3]]
        }
    }

    /// What the backfill computes from the cases as they are now.
    static func recomputedRows(_ db: Database) throws -> [[Int64?]] {
        try rows(db, "SELECT * FROM (\(PenaltyRollup.changes(of: .tables))) ORDER BY changedOn")
    }

    @Test(arguments: [UInt64(1), 2])
    func everyDaysRolledUpFiguresEqualTheirMembers(seed: UInt64) throws {
        // Given a random history of 200 cases over two years
        let store = try Self.makeStore(cases: 200, seed: seed)

        // Then as of every day each rolled-up figure is the sum of its members, and none of them is always zero
        let (mismatches, largest) = try Self.compareEveryDay(store)
        #expect(mismatches.count == 0, "\(mismatches.prefix(10).joined(separator: "\n"))")
        for name in Self.rolledUp { #expect((largest[name] ?? 0) > 0, "\(name) is zero every day") }

        // And the triggers' table is what the backfill computes
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func monthlyReportsAddUpToTheirMembersThroughThePublicAPI() throws {
        let store = try Self.makeStore(cases: 120, seed: 42)
        var from = day("2024-12-15")
        while from < day("2027-02-15") {
            let before = from.adding(months: 1)
            let period = ReportPeriod(kind: "monthly", label: "\(before)", from: from, before: before)
            let figures = try store.figures(for: period)
            for name in Self.rolledUp {
                let members = try store.members(of: name, in: period).members
                #expect(members.map(\.value).reduce(0, +) == figures[name], "\(name) in \(period.label)")
                #expect(members.allSatisfy { $0.value > 0 }, "\(name) in \(period.label)")
            }
            from = before
        }
    }

    @Test func theMigrationsBackfillEqualsWhatTheTriggersMaintained() throws {
        // Given a file whose rollup the triggers kept through a random history
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        let maintained = try Self.makeStore(cases: 200, seed: 7, path: path).read(Self.storedRows)
        #expect(maintained.count > 100)

        // When the rollup is taken out, as if the file came from the version before it, and the file reopened
        let raw = try rawDatabase(path)
        try raw.write { db in
            for name in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'penaltyDailyChange%'")
            {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "DROP TABLE penaltyDailyChange")
            try db.execute(
                sql: "DELETE FROM grdb_migrations WHERE identifier = '2026-11-30-createPenaltyDailyChange'")
        }
        try raw.close()
        let reopened = try SQLiteStore(path: path)

        // Then the migration's backfill gives the same rows, and the triggers are back
        #expect(try reopened.read(Self.storedRows) == maintained)
        let triggers = try reopened.read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'penaltyDailyChange%'")
        }
        #expect(triggers == 12)
    }

    /// Changes Casework never makes, written straight into the tables: each leaves the rollup exact.
    static let edits: [String] = [
        // A payment of more than is owed, one dated before its decision, one on a case without decision.
        "UPDATE payment SET amountVND = amountVND * 3 WHERE caseId % 7 = 1",
        "UPDATE payment SET paidOn = date(paidOn, '-45 days') WHERE caseId % 11 = 2",
        """
        INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
        SELECT id, 100, openedOn, 1000000, 0, 'X-' || id FROM penaltyCase WHERE id % 13 = 3
        """,
        // Cancellations undone, and new ones.
        """
        UPDATE penaltyCase SET cancelledOn = NULL, cancellationReason = NULL, state = 'open'
        WHERE cancelledOn IS NOT NULL AND id % 2 = 0
        """,
        """
        UPDATE penaltyCase SET cancelledOn = '2026-01-01', cancellationReason = 'x', state = 'cancelled'
        WHERE id % 17 = 4
        """,
        // Deadlines moved earlier and later, several times; opening dates moved.
        "UPDATE penaltyCase SET decisionDueOn = date(decisionDueOn, '-9 days') WHERE id % 5 = 0",
        "UPDATE penaltyCase SET decisionDueOn = date(decisionDueOn, '+30 days'), openedOn = date(openedOn, '+3 days')",
        "UPDATE penaltyDecision SET paymentDueOn = date(paymentDueOn, '+5 days') WHERE paymentDueOn IS NOT NULL",
        "UPDATE penaltyDecision SET receivedOn = decidedOn, paymentDueOn = decidedOn WHERE caseId % 3 = 0",
        "UPDATE penaltyDecision SET receivedOn = NULL, paymentDueOn = NULL WHERE caseId % 4 = 1",
        // Decisions re-dated, re-fined and deleted; payments moved between cases and deleted.
        "UPDATE penaltyDecision SET decidedOn = date(decidedOn, '+20 days'), totalFineVND = totalFineVND / 2",
        "DELETE FROM decisionLine WHERE caseId % 9 = 5",
        "DELETE FROM penaltyDecision WHERE caseId % 9 = 5",
        "UPDATE payment SET caseId = caseId + 1, position = position + 1000 WHERE caseId % 8 = 6 AND caseId < 100",
        "DELETE FROM payment WHERE caseId % 10 = 7",
    ]

    @Test func changesOutsideCaseworkKeepTheRollupExact() throws {
        // Given a random history
        let store = try Self.makeStore(cases: 100, seed: 11)

        // When each edit is made in turn
        for (index, edit) in Self.edits.enumerated() {
            try store.perform("test edit", payload: edit, context: .test) { db in try db.execute(sql: edit) }

            // Then the triggers' table is what the backfill computes, and (checked every few edits) the rollup
            // matches the members every day
            #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) }, "after \(edit)")
            guard index % 4 == 3 || index == Self.edits.count - 1 else { continue }
            let (mismatches, _) = try Self.compareEveryDay(store)
            #expect(mismatches.count == 0, "after \(edit): \(mismatches.prefix(5).joined(separator: "\n"))")
        }
    }

    @Test func aFailedStatementOrCommandLeavesTheRollupUnchanged() throws {
        let store = try Self.makeStore(cases: 40, seed: 5)
        let before = try store.read(Self.storedRows)

        // A statement that fails on its second row (the receipt is taken) inside a command that commits
        try store.perform("test edit", payload: "x", context: .test) { db in
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                        VALUES (1, 500, '2025-06-01', 100, 0, 'dup'), (2, 500, '2025-06-01', 100, 0, 'dup')
                        """)
            }
            // An INSERT OR IGNORE that ignores its row fires no trigger.
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                    SELECT 3, 0, '2025-06-01', 100, 0, 'fresh' WHERE EXISTS (SELECT 1 FROM payment WHERE caseId = 3)
                    """)
        }
        #expect(try store.read(Self.storedRows) == before)

        // A command that throws after changing cases
        #expect(throws: DeliberateFailure.self) {
            try store.perform("test edit", payload: "x", context: .test) { db in
                try db.execute(
                    sql: "UPDATE penaltyCase SET cancelledOn = NULL, cancellationReason = NULL, state = 'open'")
                try db.execute(sql: "DELETE FROM payment")
                throw DeliberateFailure()
            }
        }
        #expect(try store.read(Self.storedRows) == before)
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func rolledUpValuesReadThePrimaryKeyNotTheCases() throws {
        let store = try SQLiteStore.makeEmpty()
        for name in Self.rolledUp {
            let valueSQL = try #require(FigureQuery.all[name]?.valueSQL)
            let plan = try store.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(valueSQL)", arguments: ["before": "2026-10-15"])
                    .map { $0["detail"] as String }
            }
            #expect(plan == ["SEARCH penaltyDailyChange USING PRIMARY KEY (changedOn<?)"], "\(name)")
        }
    }
}
