import Casework
import PostgresNIO
@testable import PostgresStore
import Testing

/// The PostgreSQL figure queries, without a server: one per figure of ``Figure/all``, and named arguments bound as
/// parameters.
struct PostgresFigureQueryTests {
    @Test func everyFigureHasAPostgresQueryAndNoQueryIsOfAnUnknownFigure() {
        let missing = Figure.all.filter { PostgresFigureQuery.all[$0] == nil }
        #expect(missing == [], "add these figures' PostgreSQL SQL to PostgresFigureQuery.all")
        let unknown = Set(PostgresFigureQuery.all.keys).subtracting(Figure.all)
        #expect(unknown == [])
        // Every figure a form restricts to categories carries the scope mark its restriction replaces.
        for name in Figure.inspectionFigures {
            let sql = PostgresFigureQuery.all[name]?.sql ?? ""
            #expect(sql.contains("/*scope "), "\(name)")
            #expect(!PostgresFigureQuery.restricted(sql).contains("/*scope "), "\(name)")
        }
    }

    @Test func namedArgumentsBecomeOneParameterEachAndCastsStay() throws {
        let period = ReportPeriod(
            kind: "monthly", label: "2026-11", from: try #require(CalendarDate("2026-10-15")),
            before: try #require(CalendarDate("2026-11-15")))
        let query = PostgresFigureQuery.statement(
            "SELECT x::bigint FROM t WHERE a >= :from AND a < :before AND b < :from AND c = :code AND d = ANY(:categories)",
            try PostgresFigureQuery.Arguments(period, code: "tinh", categories: ["thanh_tra"]))
        #expect(query.sql == "SELECT x::bigint FROM t WHERE a >= $1 AND a < $2 AND b < $1 AND c = $3 AND d = ANY($4)")
        #expect(query.binds.count == 4)
    }

    @Test func anEmptyPeriodIsRefusedWithSQLitesWords() throws {
        let day = try #require(CalendarDate("2026-11-15"))
        let error = try #require(throws: StoreError.self) {
            try PostgresFigureQuery.Arguments(ReportPeriod(kind: "range", label: "x", from: day, before: day))
        }
        #expect(error.message == "the period 2026-11-15 … 2026-11-15 is empty: its end must be after its start")
    }
}
