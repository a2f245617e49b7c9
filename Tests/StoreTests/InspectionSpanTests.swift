import Casework
import GRDB
import Testing

@testable import Store

/// `inspectionSpan` (migration `2026-12-20-createInspectionSpan`): on random histories written through the store and
/// then edited in ways Casework never would (decisions re-dated, deleted, moved to another inspection or written
/// before theirs; conclusions set, moved and cleared; an inspection deleted), the triggers' table is exactly what the
/// base tables say after every edit; the migration fills it for a file that had inspections; and the members of the
/// figures that read it (carried over, in progress at the end and their subjects) are those of the conditions on the
/// base tables they replaced, in every period.
@Suite struct InspectionSpanTests {
    /// The table as the triggers left it, in key order.
    static func stored(_ db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: "SELECT endOn, decidedOn, inspectionId FROM inspectionSpan ORDER BY inspectionId")
    }

    /// What the base tables say it must hold, in key order.
    static func recomputed(_ db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: "SELECT * FROM (\(InspectionSpan.rows())) ORDER BY inspectionId")
    }

    /// Edits besides ``InspectionRollupTests/edits``: conclusions moved later, and moved to the earliest day the
    /// table's checks allow (some then before their decision).
    static let moreEdits = [
        """
        UPDATE inspection SET concludedOn = date(concludedOn, '+17 days'),
            closedOn = CASE WHEN closedOn IS NULL THEN NULL ELSE max(closedOn, date(concludedOn, '+17 days')) END
        WHERE id % 4 = 0 AND concludedOn IS NOT NULL
        """,
        """
        UPDATE inspection SET concludedOn = max(announcedOn, coalesce(draftedOn, announcedOn))
        WHERE id % 7 = 2 AND concludedOn IS NOT NULL
        """,
    ]

    /// The members of the carried-over inspections, those in progress at the end and their subjects as the base
    /// tables' conditions selected them before the span (`d.decidedOn < day AND NOT i.concludedOn < day`).
    static let formerMembers: [String: String] = [
        Figure.carriedOver: """
            SELECT i.id AS id, 1 AS value, i.content AS label FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id
            WHERE (i.concludedOn IS NULL OR i.concludedOn >= :from) AND d.decidedOn < :from
            """,
        Figure.ongoing: """
            SELECT i.id AS id, 1 AS value, i.content AS label FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id
            WHERE (i.concludedOn IS NULL OR i.concludedOn >= :before) AND d.decidedOn < :before
            """,
        Figure.ongoingSubjects: """
            SELECT MIN(i.id) AS id, 1 AS value, MIN(b.name) AS label
            FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id
            JOIN inspectionSubject s ON s.inspectionId = i.id JOIN subject b ON b.id = s.subjectId
            WHERE (i.concludedOn IS NULL OR i.concludedOn >= :before) AND d.decidedOn < :before
            GROUP BY s.subjectId
            """,
    ]

    /// Per figure of ``formerMembers`` and period, the lines where the members now differ from the former ones; and
    /// how many members there were in all.
    static func memberMismatches(_ store: SQLiteStore, _ periods: [(from: CalendarDate, before: CalendarDate)]) throws
        -> (lines: [String], members: Int)
    {
        var lines: [String] = []
        var members = 0
        try store.read { db in
            for period in periods {
                let arguments: StatementArguments = [
                    "from": period.from.databaseValue, "before": period.before.databaseValue,
                    "through": period.before.adding(days: -1).databaseValue,
                ]
                for (name, former) in formerMembers.sorted(by: { $0.key < $1.key }) {
                    let sql = FigureQuery.replacingMarks(" /*scope ", in: try #require(FigureQuery.all[name]).sql) { _ in "" }
                    let now = try Row.fetchAll(db, sql: "SELECT * FROM (\(sql)) ORDER BY id", arguments: arguments)
                    let before = try Row.fetchAll(db, sql: "SELECT * FROM (\(former)) ORDER BY id", arguments: arguments)
                    members += now.count
                    if now != before { lines.append("[\(period.from), \(period.before)) \(name): \(now) against \(before)") }
                }
            }
        }
        return (lines, members)
    }

    @Test(arguments: [UInt64(11), 23])
    func afterEveryEditTheTableIsWhatTheBaseTablesSay(seed: UInt64) throws {
        // Given a random history
        let store = try InspectionRollupTests.makeStore(inspections: 120, seed: seed)
        #expect(try store.read { db in try Self.stored(db).count } > 50)
        #expect(try store.read { db in try Self.stored(db) == Self.recomputed(db) })
        let periods = InspectionRollupTests.withEveryDay(PenaltyFlowTests.periods(random: 40, seed: seed))

        // When each edit is made in turn
        let edits = Self.moreEdits + InspectionRollupTests.edits
        for (index, edit) in edits.enumerated() {
            try store.perform("test edit", payload: edit, context: .test) { db in try db.execute(sql: edit) }

            // Then the table is what the base tables say, and (every few edits) the figures' members are the former
            // conditions' in every period and as of every day
            #expect(try store.read { db in try Self.stored(db) == Self.recomputed(db) }, "after \(edit)")
            guard index % 5 == 4 || index == edits.count - 1 else { continue }
            let (lines, members) = try Self.memberMismatches(store, periods)
            #expect(lines.isEmpty, "after \(edit): \(lines.prefix(3).joined(separator: "\n"))")
            #expect(members > 100)
        }
        // And the edits left both kinds of end: concluded and not
        let open = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM inspectionSpan WHERE endOn = ?", arguments: [InspectionSpan.openEnd])
        } ?? 0
        let all = try store.read { db in try Self.stored(db).count }
        #expect(open > 0 && open < all, "\(open) open of \(all)")
    }

    @Test func aFailedCommandLeavesTheTableUnchanged() throws {
        let store = try InspectionRollupTests.makeStore(inspections: 40, seed: 5)
        let before = try store.read(Self.stored)
        #expect(throws: DeliberateFailure.self) {
            try store.perform("test edit", payload: "x", context: .test) { db in
                try db.execute(sql: "UPDATE inspectionDecision SET decidedOn = '2025-01-01'")
                try db.execute(
                    sql: """
                        UPDATE inspection SET concludedOn = NULL, conclusionNumber = NULL, closedOn = NULL, state = 'drafted'
                        WHERE concludedOn IS NOT NULL
                        """)
                throw DeliberateFailure()
            }
        }
        #expect(try store.read(Self.stored) == before)
    }

    @Test func theMigrationFillsTheTableOfAFileThatHadInspections() throws {
        // Given a file whose table the triggers kept through a random history
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path()
        let maintained = try InspectionRollupTests.makeStore(inspections: 150, seed: 7, path: path).read(Self.stored)
        #expect(maintained.count > 100)

        // When the table is taken out, as if the file came from the version before it, and the file reopened
        let raw = try rawDatabase(path)
        try raw.write { db in
            for name in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'inspectionSpan%'")
            {
                try db.execute(sql: "DROP TRIGGER \(name)")
            }
            try db.execute(sql: "DROP TABLE inspectionSpan")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = '2026-12-20-createInspectionSpan'")
        }
        let head = try raw.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM journal") }
        try raw.close()
        let reopened = try SQLiteStore(path: path)

        // Then the migration's backfill gives the same rows, the triggers are back, and the journal neither grew nor
        // broke (the table is not sealed)
        #expect(try reopened.read(Self.stored) == maintained)
        let triggers = try reopened.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'inspectionSpan%'")
        }
        #expect(triggers == 6)
        #expect(try reopened.journalHead().sequence == head)
        #expect(try reopened.auditJournal().isIntact)
    }
}
