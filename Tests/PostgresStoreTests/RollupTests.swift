import Foundation
import PostgresNIO
@testable import PostgresStore
import Testing

/// The daily rollups' triggers (``PostgresRollup``): after every statement of a random history written straight into
/// the tables — multi-row INSERTs, UPDATEs and DELETEs the store itself never makes, rows out of order, cancellations
/// made and undone, due dates moved — each rollup's non-zero rows are exactly what a rebuild from every record gives.
/// (The figures read from them are compared with their members, through the store, by the conformance suite.)
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct RollupTests {
    /// A small deterministic generator (SplitMix64), so a failure repeats.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        /// A day of October to December 2026, as a SQL literal.
        mutating func day() -> String { "DATE '2026-10-01' + \(below(90))" }
    }

    /// Each rollup's rows that are not all zeros, and what a rebuild gives, as text lines by day (and key); and
    /// `conclusionImplemented`'s rows and what they must be.
    static func mismatches(_ connection: PostgresConnection) async throws -> [String] {
        var lines: [String] = []
        for rollup in PostgresSchema.rollups {
            let nonZero = rollup.columns.map { "\($0) <> 0" }.joined(separator: " OR ")
            let order = rollup.keyColumns.map { "r.\($0)" }.joined(separator: ", ")
            let kept = try await connection.strings(
                "SELECT r::text FROM (SELECT * FROM \(rollup.table) WHERE \(nonZero)) r ORDER BY \(order)")
            let rebuilt = try await connection.strings(
                "SELECT r::text FROM (\(rollup.totals)) r ORDER BY \(order)")
            if kept != rebuilt { lines.append("\(rollup.table): kept \(kept), rebuilt \(rebuilt)") }
        }
        let kept = try await connection.strings(
            "SELECT r::text FROM (SELECT * FROM conclusionImplemented) r ORDER BY r.inspectionId")
        let rebuilt = try await connection.strings(
            "SELECT r::text FROM (\(PostgresSchema.conclusionImplementedTotals)) r ORDER BY r.inspectionId")
        if kept != rebuilt { lines.append("conclusionImplemented: kept \(kept), rebuilt \(rebuilt)") }
        return lines
    }

    /// The two subjects the random histories' cases and inspections refer to (IDs 1 and 2 of a new database).
    static func insertTwoSubjects(_ connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO subject (kind, identifier, name, nameFolded, address)
            VALUES ('organization', '0101234567', 'Công ty A', 'cong ty a', 'Hà Nội'),
                ('person', '001085012345', 'Nguyễn Văn B', 'nguyen van b', 'Hà Nội')
            """, logger: TestServer.logger)
    }

    /// One random statement on the penalty or inspection tables; `n` numbers what must be unique. With `kinds` 12
    /// the statements touch only the tables that exist before the rollups; with 17 (the default) also the
    /// recommendations, follow-ups, their documents and classes, and conclusions (``stockStatement(_:_:)``).
    static func statement(_ random: inout Random, _ n: Int, kinds: Int = 17) -> String {
        let caseIDs = "(SELECT id FROM penaltyCase ORDER BY random() LIMIT \(1 + random.below(3)))"
        let kind = random.below(kinds)
        if kind >= 12 { return stockStatement(&random, n) }
        switch kind {
        case 0, 1:
            // One to three cases in one statement, some cancelled.
            let rows = (0..<(1 + random.below(3))).map { k -> String in
                let cancelled = random.chance(15)
                let opened = random.day()
                return """
                    (\(1 + random.below(2)), '\(random.chance(50) ? "organization" : "person")', 'BB-\(n)-\(k)', \(opened),
                    'Hà Nội', \(opened),
                    \(random.day()), 'pack', '\(cancelled ? "cancelled" : "open")', false, false, false, 0,
                    \(cancelled ? random.day() : "NULL"), \(cancelled ? "'lý do'" : "NULL"))
                    """
            }
            return """
                INSERT INTO penaltyCase (subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn,
                    decisionDueOn, openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays,
                    cancelledOn, cancellationReason)
                VALUES \(rows.joined(separator: ", "))
                """
        case 2, 3:
            // Decisions on every undecided case of a random few, delivered or not.
            let delivered = random.chance(70)
            return """
                INSERT INTO penaltyDecision (caseId, number, decidedOn, signerTitle, signerName, totalFineVND,
                    totalRemedialVND, packHash, steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                SELECT c.id, 'QD-\(n)-' || c.id, \(random.day()), 'chánh thanh tra', 'A', \(random.below(4)) * 1000000,
                    \(random.below(2)) * 500000, 'pack', '[]', \(delivered ? random.day() : "NULL"),
                    \(delivered ? random.day() : "NULL"), DATE '2027-12-31'
                FROM penaltyCase c WHERE c.id IN \(caseIDs)
                    AND NOT EXISTS (SELECT 1 FROM penaltyDecision p WHERE p.caseId = c.id)
                """
        case 4:
            // Decision lines, some warnings, on a few decisions at once.
            return """
                INSERT INTO decisionLine (caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND,
                    fineVND, isWarning, remedies, remedialVND, steps)
                SELECT p.caseId, \(n), 'X', 'x', 'x', 'x', 0, 0, 0, \(random.chance(50)), '[]', 0, '[]'
                FROM penaltyDecision p WHERE p.caseId IN \(caseIDs)
                """
        case 5, 6:
            // Two payments on each of a few cases in one statement, any date, decided or not.
            return """
                INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                SELECT c.id, \(n) * 2 + k, \(random.day()) + k * 3, \(random.below(3)) * 700000, \(random.below(2)) * 1000,
                    'BL-\(n)-' || c.id || '-' || k
                FROM penaltyCase c CROSS JOIN (VALUES (0), (1)) v(k) WHERE c.id IN \(caseIDs)
                """
        case 7:
            // Moved due dates, decision dates and fines, several rows at once; or cases moved to another violator
            // (subject and kind: the rollups by kind and by violator).
            switch random.below(3) {
            case 0:
                return "UPDATE penaltyDecision SET paymentDueOn = \(random.day()), receivedOn = \(random.day()), "
                    + "decidedOn = decidedOn + \(random.below(5)), totalFineVND = \(random.below(4)) * 1000000 "
                    + "WHERE caseId IN \(caseIDs)"
            case 1: return "UPDATE penaltyCase SET decisionDueOn = \(random.day()) WHERE id IN \(caseIDs)"
            default:
                return "UPDATE penaltyCase SET subjectId = \(1 + random.below(2)), "
                    + "violatorKind = '\(random.chance(50) ? "organization" : "person")' WHERE id IN \(caseIDs)"
            }
        case 8:
            // A cancellation made, or undone.
            return random.chance(60)
                ? "UPDATE penaltyCase SET state = 'cancelled', cancelledOn = \(random.day()), cancellationReason = 'x' "
                    + "WHERE id IN \(caseIDs) AND cancelledOn IS NULL"
                : "UPDATE penaltyCase SET state = 'open', cancelledOn = NULL, cancellationReason = NULL WHERE id IN \(caseIDs)"
        case 9:
            return random.chance(50)
                ? "DELETE FROM payment WHERE caseId IN \(caseIDs)"
                : "DELETE FROM decisionLine WHERE caseId IN \(caseIDs)"
        case 10:
            // Inspections with or without a decision, some unscheduled; then decisions on some without.
            let opened = random.day()
            let unscheduled = random.chance(50)
            return random.chance(50)
                ? """
                INSERT INTO inspection (mode, category, level, groundKind, groundReference, content, field, leadUnit,
                    openedOn, state, onsiteDueOn, conclusionDueOn)
                VALUES ('\(unscheduled ? "unscheduled" : "regular")', '\(["thanh_tra", "kiem_tra"][random.below(2)])', 'tinh',
                    \(unscheduled ? "'other'" : "NULL"), \(unscheduled ? "'x'" : "NULL"), 'Nội dung', 'x', 'P2',
                    \(opened), 'decided', \(random.chance(80) ? random.day() : "NULL"), \(random.chance(80) ? random.day() : "NULL"))
                """
                : """
                INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
                SELECT i.id, 'TTr-\(n)-' || i.id, \(random.day()), 'Chánh', 'B', 'C' FROM inspection i
                WHERE NOT EXISTS (SELECT 1 FROM inspectionDecision d WHERE d.inspectionId = i.id)
                ORDER BY random() LIMIT 2
                """
        default:
            // Inspections move on: announced, on-site ended, concluded; or their dues move.
            let ids = "(SELECT id FROM inspection ORDER BY random() LIMIT 2)"
            switch random.below(4) {
            case 0:
                return "UPDATE inspection SET state = 'onsite', announcedOn = openedOn + \(random.below(20)) "
                    + "WHERE id IN \(ids) AND state = 'decided'"
            case 1:
                return "UPDATE inspection SET state = 'onsiteEnded', onsiteEndedOn = announcedOn + \(random.below(30)) "
                    + "WHERE id IN \(ids) AND state = 'onsite'"
            case 2:
                return "UPDATE inspection SET state = 'concluded', concludedOn = onsiteEndedOn + \(random.below(30)), "
                    + "conclusionNumber = 'KL-\(n)-' || id WHERE id IN \(ids) AND state = 'onsiteEnded'"
            default:
                return "UPDATE inspection SET onsiteDueOn = \(random.day()), conclusionDueOn = \(random.day()) WHERE id IN \(ids)"
            }
        }
    }

    @Test(arguments: [UInt64(3), 11])
    func afterEveryStatementEachRollupEqualsItsRebuild(seed: UInt64) async throws {
        try await TestServer.withEmptyDatabase { connection in
            try await PostgresMigrator().migrate(connection, logger: TestServer.logger)
            try await RollupTests.insertTwoSubjects(connection)
            var random = Random(state: seed)
            var failures: [String] = []
            for n in 0..<240 where failures.isEmpty {
                let sql = Self.statement(&random, n)
                try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestServer.logger)
                let wrong = try await Self.mismatches(connection)
                if !wrong.isEmpty { failures = ["after statement \(n): \(sql)"] + wrong }
            }
            #expect(failures == [])
            // And the history moved every rollup: something to compare.
            for rollup in PostgresSchema.rollups {
                let rows = try await connection.strings("SELECT count(*)::text FROM \(rollup.table)")
                #expect(Int(rows.first ?? "0") ?? 0 > 2, "\(rollup.table) has \(rows)")
            }
        }
    }

    @Test func theMigrationBackfillsTheRollupsOfADatabaseThatHadCases() async throws {
        try await TestServer.withEmptyDatabase { connection in
            // Given a database migrated up to the rollups, with cases and inspections written meanwhile
            let all = PostgresSchema.migrations
            let first = try #require(all.firstIndex { $0.identifier == "2026-11-30-createPenaltyDailyChange" })
            try await PostgresMigrator(migrations: Array(all.prefix(first))).migrate(connection, logger: TestServer.logger)
            try await RollupTests.insertTwoSubjects(connection)
            var random = Random(state: 5)
            for n in 0..<60 {
                try await connection.query(
                    PostgresQuery(unsafeSQL: Self.statement(&random, n, kinds: 12)), logger: TestServer.logger)
            }
            // When the rest of the migrations run
            try await PostgresMigrator().migrate(connection, logger: TestServer.logger)
            // Then the rollups hold the history's changes (those made after it too: the violators', the fines by
            // kind and the inspections by category, 2026-12-11 and 12-12)
            #expect(try await Self.mismatches(connection) == [])
            for table in ["penaltyDailyChange", "penaltyDailyFineByKind", "penaltyViolatorDay", "inspectionCategoryChange"] {
                let rows = try await connection.strings("SELECT count(*)::text FROM \(table)")
                #expect(Int(rows.first ?? "0") ?? 0 > 0, "\(table) has \(rows) rows")
            }
        }
    }
}
