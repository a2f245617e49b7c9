import Casework
import Foundation
import PostgresNIO
@testable import PostgresStore
import Store
import Testing

/// A report's period and scopes on PostgreSQL read on one snapshot over two connections
/// (``PostgresStore/figures(for:scopes:)``, ``PostgresStore/readSharingSnapshot(_:_:betweenStarts:)``): the same
/// figures as one connection and as the separate calls, on the hand-counted dataset and on random histories; a write
/// committed between the two transactions' starts seen by neither; an error in either half surfaced, with both
/// transactions ended.
@Suite(.enabled(if: PostgresTestDatabase.runs))
struct SharedSnapshotReportTests {
    static let scopes = [["hanh_chinh"], ["dat_dai"], ["hanh_chinh", "dat_dai"], [], ["khac"]]
    /// The first month of the random histories' inspections (``InspectionHistory/start``).
    static let january = ReportPeriod(
        kind: "monthly", label: "2025-01", from: InspectionHistory.start,
        before: InspectionHistory.start.adding(days: 31))

    struct Failure: Error, Equatable { let half: String }

    /// Runs `body` with a store of two connections and one of a single connection on one fresh database, dropped
    /// afterwards.
    static func withStores(_ body: (_ two: PostgresStore, _ one: PostgresStore) throws -> Void) throws {
        let scratch = try TemporaryDirectory()
        defer {
            PostgresTestDatabase.drop(for: scratch)
            scratch.remove()
        }
        func run() throws {
            let two = try PostgresTestDatabase.makeStore(for: scratch, connections: 2)
            let one = try PostgresStore(
                settings: try PostgresTestDatabase.settings(database: PostgresTestDatabase.name(for: scratch)))
            defer {
                two.close()
                one.close()
            }
            try body(two, one)
        }
        try run()
    }

    /// The states of the other connections to `store`'s database (`idle`, `idle in transaction`, …), sorted.
    static func otherStates(_ store: PostgresStore) throws -> [String] {
        try store.read { session in
            try session.rows(
                """
                SELECT state FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY state
                """
            ).map { try $0.string("state") }
        }
    }

    @Test func twoConnectionsReadWhatOneReadsAndWhatTheSeparateCallsRead() throws {
        try Self.withStores { two, one in
            try ReportFigureConformanceTests.writeHistory(cases: 30, inspections: 30, seed: 11, into: two)
            var seen: Int64 = 0
            var from = PenaltyHistory.start.adding(days: -17)
            while from < PenaltyHistory.start.adding(days: ReportFigureConformanceTests.checkedDays) {
                let period = ReportPeriod(kind: "monthly", label: "m\(from)", from: from, before: from.adding(days: 30))
                let split = try two.figures(for: period, scopes: Self.scopes)
                let single = try one.figures(for: period, scopes: Self.scopes)
                #expect(split.all.values == single.all.values, "\(period.label)")
                #expect(split.scoped.map(\.values) == single.scoped.map(\.values), "\(period.label)")
                #expect(split.all.values == (try one.figures(for: period)).values, "\(period.label)")
                for (categories, scoped) in zip(Self.scopes, split.scoped) {
                    #expect(scoped.values == (try one.figures(for: period, categories: categories)).values)
                    seen = max(seen, scoped[Figure.total], scoped[Figure.violationsVND])
                }
                from = from.adding(days: 30)
            }
            #expect(seen > 0, "the history gives the scopes something to count")
            // The split read opened the second connection; the store of one never did
            #expect(two.openConnections == 2)
            #expect(one.openConnections == 1)
        }
    }

    @Test(arguments: [reportP1, reportP2])
    func theHandCountedDatasetGivesTheSameFiguresOnTwoConnections(period: ReportPeriod) throws {
        let sqlite = try makeReportStore()
        try Self.withStores { two, _ in
            try sqlite.withCopySnapshot { source in
                try two.receiveCopy(try two.copyTables(), from: source, progress: { _ in })
            }
            let scopes = [["hanh_chinh"], ["chuyen_nganh"], ["hanh_chinh", "chuyen_nganh"], [], ["thanh_tra"]]
            let split = try two.figures(for: period, scopes: scopes)
            let expected = try sqlite.figures(for: period, scopes: scopes)
            #expect(split.all.values == expected.all.values)
            #expect(split.scoped.map(\.values) == expected.scoped.map(\.values))
            if period == reportP1 {
                #expect(split.scoped[0].values == ScopedReportFigureTests.administrativeP1)
                #expect(split.scoped[1].values == ScopedReportFigureTests.specializedP1)
            }
            #expect(two.openConnections == 2)
        }
    }

    @Test func aWriteCommittedBetweenTheTwoStartsIsSeenByNeitherHalf() throws {
        try Self.withStores { two, one in
            try ReportFigureConformanceTests.writeHistory(cases: 10, inspections: 20, seed: 3, into: two)
            let period = Self.january
            let before = try one.figures(for: period, scopes: Self.scopes)
            var wrote = false
            // When another connection opens and decides an administrative inspection in the month after the first
            // transaction exported its snapshot and before the second imported it
            let read = try two.figures(for: period, scopes: Self.scopes) {
                let new = NewInspection.sample(
                    .unscheduled, openedOn: "2025-01-10", subjects: [1], category: "hanh_chinh")
                try one.makeInspection(new, through: .decided, subjects: [1])
                wrote = true
            }
            // Then neither the period's figures nor the scopes' count it
            #expect(wrote)
            #expect(read.all.values == before.all.values)
            #expect(read.scoped.map(\.values) == before.scoped.map(\.values))
            #expect(two.openConnections == 2, "the scopes were read on the second connection")
            // Though it counts in both once committed before a read starts
            let after = try two.figures(for: period, scopes: Self.scopes)
            #expect(after.all[Figure.opened] == before.all[Figure.opened] + 1)
            #expect(after.scoped[0][Figure.opened] == before.scoped[0][Figure.opened] + 1)
        }
    }

    @Test(arguments: ["first", "second", "sql"])
    func anErrorInEitherHalfSurfacesAndBothTransactionsEnd(failing half: String) throws {
        try Self.withStores { two, one in
            let count = { (session: PGSession) throws -> Int64 in
                try session.row("SELECT count(*) AS n FROM inspection")?.int64("n") ?? -1
            }
            let error = #expect(throws: (any Error).self) {
                _ = try two.readSharingSnapshot(
                    { session in
                        if half == "first" { throw Failure(half: half) }
                        return try count(session)
                    },
                    { session in
                        if half == "second" { throw Failure(half: half) }
                        if half == "sql" { try session.execute("SELECT 1 / 0") }
                        return try count(session)
                    })
            }
            if half == "sql" {
                #expect((error as? StoreError) != nil, "\(String(describing: error))")
            } else {
                #expect((error as? Failure) == Failure(half: half))
            }
            // Both of the store's connections were opened, and neither is left in a transaction
            #expect(two.openConnections == 2)
            #expect(try Self.otherStates(one) == ["idle", "idle"])
            // And the store reads on both again
            let (a, b) = try two.readSharingSnapshot(count, count)
            #expect(a == 0 && b == 0)
        }
    }

    @Test func withoutASpareConnectionTheCallerReadsBothHalvesItself() throws {
        try Self.withStores { two, one in
            try ReportFigureConformanceTests.writeHistory(cases: 10, inspections: 20, seed: 3, into: two)
            let expected = try one.figures(for: Self.january, scopes: Self.scopes)
            // While this thread holds one of the two connections, the report takes the other and finds no spare
            let read = try two.read { _ in
                (try two.figures(for: Self.january, scopes: Self.scopes), try Self.otherStates(one).count)
            }
            #expect(read.0.all.values == expected.all.values)
            #expect(read.0.scoped.map(\.values) == expected.scoped.map(\.values))
            #expect(read.1 == 2, "the two connections of `two` only")
            #expect(two.openConnections == 2)
        }
    }
}
