import Casework
import GRDB
import Testing

@testable import Store

/// The nine penalty flow figures are read from the daily rollup `penaltyDailyFlow`; their members from the per-case
/// queries. On random histories, written through the store's APIs and then edited in ways Casework never would,
/// the two agree for every monthly period and for random ranges of days, and the triggers' table equals the one the
/// migration's backfill computes.
@Suite struct PenaltyFlowTests {
    /// The figures read from `penaltyDailyFlow`.
    static let flows = [
        Figure.penaltyCasesOpened, Figure.decisions, Figure.decisionsOrganizations, Figure.decisionsIndividuals,
        Figure.warnings, Figure.finesImposedVND, Figure.remedialVND, Figure.finesCollectedVND,
        Figure.surchargesCollectedVND,
    ]

    /// Edits that give every figure something to count: individuals (a third of the cases) and decisions with
    /// several warning lines, some of them added after the decision.
    static let variety = [
        "UPDATE penaltyCase SET violatorKind = 'person' WHERE id % 3 = 0",
        """
        INSERT INTO decisionLine (caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND,
            fineVND, isWarning, remedies, remedialVND, steps)
        SELECT caseId, position + 10, code, title, legalBasis, sector, frameMinVND, frameMaxVND, fineVND, 1,
            remedies, remedialVND, steps
        FROM decisionLine WHERE caseId % 4 = 1
        """,
    ]

    /// A store with subject 1, a random history of `cases` cases and the edits of ``variety``.
    static func makeStore(cases: Int, seed: UInt64, path: String? = nil) throws -> SQLiteStore {
        let store = try PenaltyRollupTests.makeStore(cases: cases, seed: seed, path: path)
        for edit in variety {
            try store.perform("test edit", payload: edit, context: .test) { db in try db.execute(sql: edit) }
        }
        return store
    }

    /// The monthly periods from 2024-12-15 to 2027-02-15, then `random` ranges of 1 to 400 days starting between
    /// `PenaltyHistory.start` − 30 days and `PenaltyHistory.end` + 30 days.
    static func periods(random count: Int, seed: UInt64) -> [(from: CalendarDate, before: CalendarDate)] {
        var periods: [(from: CalendarDate, before: CalendarDate)] = []
        var from = day("2024-12-15")
        while from < day("2027-02-15") {
            periods.append((from, from.adding(months: 1)))
            from = from.adding(months: 1)
        }
        var random = SeededRandom(state: seed)
        let span = PenaltyHistory.start.days(to: PenaltyHistory.end) + 60
        for _ in 0..<count {
            let start = PenaltyHistory.start.adding(days: random.below(span) - 30)
            periods.append((start, start.adding(days: 1 + random.below(400))))
        }
        return periods
    }

    /// Per figure of `names` (the flow figures unless given), its value for each of `periods` from the rollup and
    /// from its members; the mismatches, one line each, and each figure's largest value.
    static func compare(
        _ store: SQLiteStore, _ periods: [(from: CalendarDate, before: CalendarDate)], names: [String] = flows
    ) throws -> (mismatches: [String], largest: [String: Int64]) {
        var mismatches: [String] = []
        var largest: [String: Int64] = [:]
        try store.read { db in
            for period in periods {
                let arguments: StatementArguments = [
                    "from": period.from.databaseValue, "before": period.before.databaseValue, "through": period.before.adding(days: -1).databaseValue,
                ]
                for name in names {
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

    /// The rollup's rows with a contribution, as the triggers left them, as `[day, values…]`.
    static func storedRows(_ db: Database) throws -> [[DatabaseValue]] {
        let columns = PenaltyFlow.columns
        return try rows(
            db,
            """
            SELECT countedOn, \(columns.joined(separator: ", ")) FROM penaltyDailyFlow
            WHERE \(columns.map { "\($0) <> 0" }.joined(separator: " OR ")) ORDER BY countedOn
            """)
    }

    /// What the backfill computes from the rows as they are now.
    static func recomputedRows(_ db: Database) throws -> [[DatabaseValue]] {
        try rows(db, "SELECT * FROM (\(PenaltyFlow.totals)) ORDER BY countedOn")
    }

    private static func rows(_ db: Database, _ sql: String) throws -> [[DatabaseValue]] {
        try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) }
    }

    @Test(arguments: [UInt64(1), 2])
    func everyPeriodsFlowFiguresEqualTheirMembers(seed: UInt64) throws {
        // Given a random history of 200 cases over two years
        let store = try Self.makeStore(cases: 200, seed: seed)

        // Then for every month and 300 random ranges of days each flow figure is the sum of its members, and none
        // of them is always zero
        let (mismatches, largest) = try Self.compare(store, Self.periods(random: 300, seed: seed))
        #expect(mismatches.count == 0, "\(mismatches.prefix(10).joined(separator: "\n"))")
        for name in Self.flows { #expect((largest[name] ?? 0) > 0, "\(name) is zero in every period") }

        // And the triggers' table is what the backfill computes
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func monthlyReportsAddUpToTheirMembersThroughThePublicAPI() throws {
        let store = try Self.makeStore(cases: 120, seed: 42)
        for (from, before) in Self.periods(random: 0, seed: 0) {
            let period = ReportPeriod(kind: "monthly", label: "\(before)", from: from, before: before)
            let figures = try store.figures(for: period)
            let named = try store.figures(for: period, named: Self.flows)
            for name in Self.flows {
                let members = try store.members(of: name, in: period).members
                #expect(members.map(\.value).reduce(0, +) == figures[name], "\(name) in \(period.label)")
                #expect(named[name] == figures[name], "\(name) in \(period.label)")
                #expect(members.allSatisfy { $0.value > 0 }, "\(name) in \(period.label)")
            }
        }
    }

    @Test func theMigrationsBackfillEqualsWhatTheTriggersMaintained() throws {
        // Given a file whose flow rollup the triggers kept through a random history
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        let maintained = try Self.makeStore(cases: 200, seed: 7, path: path).read(Self.storedRows)
        #expect(maintained.count > 100)

        // When the rollup is taken out, as if the file came from the version before it, and the file reopened
        let raw = try rawDatabase(path)
        try raw.write { db in
            for name in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'penaltyDailyFlow%'")
            {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "DROP TABLE penaltyDailyFlow")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '2026-12-01-createPenaltyDailyFlow'")
        }
        try raw.close()
        let reopened = try SQLiteStore(path: path)

        // Then the migration's backfill gives the same rows, and the triggers are back
        #expect(try reopened.read(Self.storedRows) == maintained)
        let triggers = try reopened.read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'penaltyDailyFlow%'")
        }
        #expect(triggers == 12)
    }

    /// The case deleted by ``edits``, with everything that refers to it.
    static let deletedCase = 50

    /// Changes Casework never makes, written straight into the tables: each leaves the rollup exact.
    static let edits: [String] = [
        // Cancellations undone, and new ones (of cases with decisions, warnings and payments).
        """
        UPDATE penaltyCase SET cancelledOn = NULL, cancellationReason = NULL, state = 'open'
        WHERE cancelledOn IS NOT NULL AND id % 2 = 0
        """,
        """
        UPDATE penaltyCase SET cancelledOn = '2026-01-01', cancellationReason = 'x', state = 'cancelled'
        WHERE id % 17 = 4 OR id % 4 = 1 AND id % 3 = 0
        """,
        // Record dates moved; violators changed; a column no figure reads.
        "UPDATE penaltyCase SET recordMadeOn = date(recordMadeOn, '+13 days') WHERE id % 5 = 0",
        "UPDATE penaltyCase SET violatorKind = 'organization' WHERE id % 6 = 0",
        "UPDATE penaltyCase SET violatorKind = 'person' WHERE id % 7 = 2",
        "UPDATE penaltyCase SET recordPlace = 'x', decisionDueOn = date(decisionDueOn, '+3 days')",
        // Warning lines added to decided cases, turned off and on, moved and deleted.
        """
        INSERT INTO decisionLine (caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND,
            fineVND, isWarning, remedies, remedialVND, steps)
        SELECT caseId, position + 20, code, title, legalBasis, sector, frameMinVND, frameMaxVND, fineVND,
            caseId % 2, remedies, remedialVND, steps
        FROM decisionLine WHERE caseId % 5 = 2 AND position < 10
        """,
        "UPDATE decisionLine SET isWarning = NOT isWarning WHERE caseId % 3 = 1",
        "UPDATE decisionLine SET isWarning = 1 WHERE position = 0 AND caseId % 11 = 3",
        """
        UPDATE decisionLine SET caseId = caseId + 1, position = position + 100
        WHERE caseId % 10 = 4 AND caseId + 1 IN (SELECT caseId FROM penaltyDecision)
        """,
        "DELETE FROM decisionLine WHERE caseId % 8 = 3 AND position >= 10",
        // Decisions re-dated, re-fined, with new remedial amounts, and deleted.
        "UPDATE penaltyDecision SET decidedOn = date(decidedOn, '+20 days'), totalFineVND = totalFineVND / 2",
        "UPDATE penaltyDecision SET totalRemedialVND = 0 WHERE caseId % 4 = 0",
        "UPDATE penaltyDecision SET receivedOn = decidedOn, paymentDueOn = decidedOn WHERE caseId % 3 = 0",
        "DELETE FROM decisionLine WHERE caseId % 9 = 5",
        "DELETE FROM penaltyDecision WHERE caseId % 9 = 5",
        // Payments re-dated, re-valued, added, moved between cases and deleted.
        "UPDATE payment SET amountVND = amountVND * 3, surchargeVND = surchargeVND + 7 WHERE caseId % 7 = 1",
        "UPDATE payment SET paidOn = date(paidOn, '-45 days') WHERE caseId % 11 = 2",
        """
        INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
        SELECT id, 100, openedOn, 1000000, 500, 'X-' || id FROM penaltyCase WHERE id % 13 = 3
        """,
        "UPDATE payment SET caseId = caseId + 1, position = position + 1000 WHERE caseId % 8 = 6 AND caseId < 100",
        "DELETE FROM payment WHERE caseId % 10 = 7",
        // A whole case deleted, children first; then a new case whose decision and payment come before it (as a
        // load with foreign keys deferred would write them).
        """
        DELETE FROM decisionLine WHERE caseId = \(deletedCase);
        DELETE FROM penaltyDecision WHERE caseId = \(deletedCase);
        DELETE FROM payment WHERE caseId = \(deletedCase);
        DELETE FROM caseViolation WHERE caseId = \(deletedCase);
        DELETE FROM caseCircumstance WHERE caseId = \(deletedCase);
        DELETE FROM installment WHERE caseId = \(deletedCase);
        DELETE FROM postponement WHERE caseId = \(deletedCase);
        DELETE FROM decisionDeadlineExtension WHERE caseId = \(deletedCase);
        DELETE FROM penaltyCase WHERE id = \(deletedCase);
        """,
        """
        PRAGMA defer_foreign_keys = ON;
        INSERT INTO penaltyDecision (caseId, number, decidedOn, signerTitle, signerName, totalFineVND,
            totalRemedialVND, packHash, steps, enforcementExpiresOn)
        VALUES (9000, 'QĐ-9000', '2025-06-10', 't', 'n', 3000000, 400000, 'h', '[]', '2026-06-10');
        INSERT INTO decisionLine (caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND,
            fineVND, isWarning, remedies, remedialVND, steps)
        VALUES (9000, 0, 'c', 't', 'b', 's', 0, 0, 0, 1, '[]', 0, '[]');
        INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
        VALUES (9000, 0, '2025-06-20', 3000000, 100, 'X-9000');
        INSERT INTO penaltyCase (id, subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn,
            decisionDueOn, openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
        VALUES (9000, 1, 'person', 'BB-9000', '2025-06-01', 'p', '2025-06-01', '2025-06-15', 'h', 'settled', 0, 0,
            0, 0);
        """,
    ]

    @Test func changesOutsideCaseworkKeepTheRollupExact() throws {
        // Given a random history
        let store = try Self.makeStore(cases: 100, seed: 11)
        let periods = Self.periods(random: 60, seed: 11)

        // When each edit is made in turn
        for (index, edit) in Self.edits.enumerated() {
            try store.perform("test edit", payload: edit, context: .test) { db in try db.execute(sql: edit) }

            // Then the triggers' table is what the backfill computes, and (checked every few edits) the rollup
            // matches the members in every period
            #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) }, "after \(edit)")
            guard index % 4 == 3 || index == Self.edits.count - 1 else { continue }
            let (mismatches, _) = try Self.compare(store, periods)
            #expect(mismatches.count == 0, "after \(edit): \(mismatches.prefix(5).joined(separator: "\n"))")
        }
    }

    @Test func cancellingACaseTakesAllItsFlowsOutAndUndoingItPutsThemBack() throws {
        // Given a decided case with warning lines, a remedial amount and payments
        let store = try Self.makeStore(cases: 60, seed: 3)
        let id = try #require(
            try store.read { db in
                try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT p.caseId FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                        WHERE c.cancelledOn IS NULL AND p.caseId % 4 = 1
                            AND EXISTS (SELECT 1 FROM payment y WHERE y.caseId = p.caseId AND y.surchargeVND > 0)
                        ORDER BY p.caseId LIMIT 1
                        """)
            })
        let whole = (from: day("2020-01-01"), before: day("2030-01-01"))
        func totals() throws -> [Int64] {
            let arguments: StatementArguments = ["from": whole.from.databaseValue, "before": whole.before.databaseValue]
            return try store.read { db in
                try Self.flows.map { name in
                    try Int64.fetchOne(db, sql: #require(FigureQuery.all[name]?.valueSQL), arguments: arguments) ?? 0
                }
            }
        }
        let contribution: [Int64] = try store.read { db in
            let row = try #require(
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT c.violatorKind = 'organization' AS organization, c.violatorKind = 'person' AS person,
                            p.totalFineVND AS fine, p.totalRemedialVND AS remedial,
                            (SELECT COUNT(*) FROM decisionLine l WHERE l.caseId = c.id AND l.isWarning) AS warnings,
                            (SELECT SUM(amountVND) FROM payment WHERE caseId = c.id) AS paid,
                            (SELECT SUM(surchargeVND) FROM payment WHERE caseId = c.id) AS surcharges
                        FROM penaltyCase c JOIN penaltyDecision p ON p.caseId = c.id WHERE c.id = ?
                        """, arguments: [id]))
            return [
                1, 1, row["organization"], row["person"], row["warnings"], row["fine"], row["remedial"], row["paid"],
                row["surcharges"],
            ]
        }
        #expect(contribution[4] >= 1 && contribution[8] > 0)
        let before = try totals()

        // When it is cancelled, then the cancellation undone
        func edit(_ sql: String) throws {
            try store.perform("test edit", payload: sql, context: .test) { db in
                try db.execute(sql: sql, arguments: [id])
            }
        }
        try edit(
            """
            UPDATE penaltyCase SET cancelledOn = '2026-12-01', cancellationReason = 'x', state = 'cancelled'
            WHERE id = ?
            """)
        let cancelled = try totals()
        try edit("UPDATE penaltyCase SET cancelledOn = NULL, cancellationReason = NULL, state = 'decided' WHERE id = ?")

        // Then every figure loses exactly the case's contribution, and gets it back
        #expect(zip(before, contribution).map { $0 - $1 } == cancelled)
        #expect(try totals() == before)
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func aFailedStatementOrCommandLeavesTheRollupUnchanged() throws {
        let store = try Self.makeStore(cases: 40, seed: 5)
        let before = try store.read(Self.storedRows)

        // A statement that fails on its second row (the receipt is taken) inside a command that commits
        _ = try store.perform("test edit", payload: "x", context: .test) { db in
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                        VALUES (1, 500, '2025-06-01', 100, 7, 'dup'), (2, 500, '2025-06-01', 100, 7, 'dup')
                        """)
            }
        }
        #expect(try store.read(Self.storedRows) == before)

        // A command that throws after changing cases
        #expect(throws: DeliberateFailure.self) {
            try store.perform("test edit", payload: "x", context: .test) { db in
                try db.execute(
                    sql: "UPDATE penaltyCase SET cancelledOn = NULL, cancellationReason = NULL, state = 'open'")
                try db.execute(sql: "UPDATE decisionLine SET isWarning = 1")
                try db.execute(sql: "DELETE FROM payment")
                throw DeliberateFailure()
            }
        }
        #expect(try store.read(Self.storedRows) == before)
        #expect(try store.read { db in try Self.storedRows(db) == Self.recomputedRows(db) })
    }

    @Test func flowValuesReadThePrimaryKeyNotTheCases() throws {
        let store = try SQLiteStore.makeEmpty()
        for name in Self.flows {
            let valueSQL = try #require(FigureQuery.all[name]?.valueSQL)
            let plan = try store.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(valueSQL)",
                    arguments: ["from": "2026-09-15", "before": "2026-10-15"]
                )
                .map { $0["detail"] as String }
            }
            #expect(plan == ["SEARCH penaltyDailyFlow USING PRIMARY KEY (countedOn>? AND countedOn<?)"], "\(name)")
        }
    }
}
