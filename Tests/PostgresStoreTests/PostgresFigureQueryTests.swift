import Casework
import Foundation
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

    @Test func everyFigureCanBeRestrictedToOneBody() throws {
        // A report of one body restricts each figure through its marks: none may lack one.
        for name in Figure.all {
            let restricted = PostgresFigureQuery.ofBody(PostgresFigureQuery.all[name]?.sql ?? "")
            #expect(restricted.contains("inspectionBody") || restricted.contains("caseBody"), "\(name)")
            #expect(!restricted.contains("/*case "), "\(name)")
        }
        // And `:body` binds the period's body.
        var period = ReportPeriod(
            kind: "monthly", label: "2026-11", from: try #require(CalendarDate("2026-10-15")),
            before: try #require(CalendarDate("2026-11-15")))
        period.body = "so_xd"
        let query = PostgresFigureQuery.statement(
            "SELECT 1 WHERE a = :body AND b >= :from", try PostgresFigureQuery.Arguments(period))
        #expect(query.sql == "SELECT 1 WHERE a = $1 AND b >= $2")
        #expect(query.binds.count == 2)
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

    @Test func aStatementOfValuesComputesTheFollowUpStockConditionsOnceAndLeavesOtherFiguresAlone() throws {
        // Given the values of two stock figures and one penalty figure in one statement
        let stock = try [Figure.followUpConclusionsPending, Figure.followUpPersonsHandled].map {
            try #require(PostgresFigureQuery.all[$0]).totalSQL
        }
        let fines = try #require(PostgresFigureQuery.all[Figure.finesImposedVND]).totalSQL
        let statement = "SELECT " + (stock + [fines]).map { "(\($0))" }.joined(separator: ", ")

        // When the stock's conditions are shared
        let shared = PostgresFigureQuery.sharingStockConditions(statement)

        // Then each condition is written once, in its WITH, and each figure reads the WITH's inspections instead
        #expect(shared.hasPrefix("WITH stockToImplement AS MATERIALIZED (SELECT i.id FROM inspection i WHERE "))
        #expect(shared.components(separatedBy: PostgresFigureQuery.toImplement).count == 2)
        #expect(shared.components(separatedBy: PostgresFigureQuery.implemented(before: ":before")).count == 2)
        #expect(shared.components(separatedBy: "(i.id IN (SELECT t.id FROM stockToImplement t))").count == 3)
        #expect(shared.components(separatedBy: "(i.id IN (SELECT t.id FROM stockImplemented t))").count == 2)
        #expect(shared.contains(fines))
        // And a statement without a stock figure is left as it is
        #expect(PostgresFigureQuery.sharingStockConditions("SELECT (\(fines))") == "SELECT (\(fines))")
    }

    @Test func countsOfOneMemberPerSubjectOverTheSameTablesAreOneSubqueryOfDistinctCounts() throws {
        // Given the subjects inspected in the period, of every kind and of organizations
        let names = [Figure.subjectsInspected, Figure.organizationsInspected]
        let statement = PostgresFigureQuery.valuesStatement(
            try names.enumerated().map { (column: "v\($0)", sql: try #require(PostgresFigureQuery.all[$1]).totalSQL) })

        // Then each is the count of distinct subjects among the rows meeting its condition (and one for a NULL
        // subject, a group of its own), in one WITH over the join, and nothing is grouped any more
        let condition = "i.concludedOn >= :from AND i.concludedOn < :before /*scope i.id*/"
        #expect(statement.hasPrefix("WITH f0 AS MATERIALIZED (SELECT (COUNT(DISTINCT s.subjectId) FILTER (WHERE \(condition)) "))
        #expect(statement.contains("COALESCE(MAX(CASE WHEN (\(condition)) AND s.subjectId IS NULL THEN 1 END), 0))::bigint AS v0"))
        #expect(statement.contains(" AND b.kind IN ('organization') /*scope i.id*/) AND s.subjectId IS NULL THEN 1 END"))
        #expect(statement.contains("(SELECT f0.v0 FROM f0) AS v0,\n(SELECT f0.v1 FROM f0) AS v1"))
        #expect(!statement.contains("GROUP BY"))
    }

    @Test func theStockConditionsComeFirstInTheWithOfAStatementThatMergesSums() throws {
        // Given two stock sums over the same tables (a body's period sums its members), merged into one WITH
        let names = [Figure.followUpRecoveryDueVND, Figure.followUpPersonsDue]
        let merged = PostgresFigureQuery.valuesStatement(
            try names.enumerated().map { (column: "v\($0)", sql: try #require(PostgresFigureQuery.all[$1]).totalSQL) })
        #expect(merged.hasPrefix("WITH f0 AS MATERIALIZED ("))

        // When the stock's conditions are shared
        let shared = PostgresFigureQuery.sharingStockConditions(merged)

        // Then the statement has one WITH: the two conditions, then the merged sums that read them
        #expect(shared.hasPrefix("WITH stockToImplement AS MATERIALIZED (SELECT i.id FROM inspection i WHERE "))
        #expect(shared.components(separatedBy: "WITH ").count == 2)
        #expect(shared.contains(")\n, f0 AS MATERIALIZED (SELECT COALESCE(SUM(CASE WHEN "))
        #expect(shared.components(separatedBy: PostgresFigureQuery.toImplement).count == 2)
    }

    @Test func sumsOverTheSameTablesAreOneSubqueryAndOtherFiguresKeepTheirOwn() throws {
        func total(_ name: String) throws -> String { try #require(PostgresFigureQuery.all[name]).totalSQL }
        // Given two recommendation sums, a follow-up sum (its recommendation joined LATERAL), a grouped count and a
        // rollup's value
        let recovery = try #require(PostgresFigureQuery.memberSum(try total(Figure.recoveryRecommendedVND)))
        #expect(recovery.value == "r.amountVND")
        #expect(recovery.from.hasPrefix("recommendation r JOIN inspection i ON i.id = r.inspectionId"))
        #expect(recovery.condition.hasSuffix("r.kind = 'recovery' AND r.amountVND > 0 /*scope i.id*/"))
        let recovered = try #require(PostgresFigureQuery.memberSum(try total(Figure.recoveredVND)))
        #expect(recovered.value == "x.amountVND")
        #expect(recovered.from.contains("CROSS JOIN LATERAL"))
        #expect(recovered.condition.hasPrefix("x.doneOn >= :from AND x.doneOn < :before AND x.amountVND > 0"))
        // One member per subject: the count of distinct subjects among the rows
        let inspected = try #require(PostgresFigureQuery.memberSum(try total(Figure.subjectsInspected)))
        #expect(inspected.value == "1" && inspected.distinctKey == "s.subjectId")
        #expect(inspected.condition == "i.concludedOn >= :from AND i.concludedOn < :before /*scope i.id*/")
        // A rollup's sum too, but not two sums' difference nor a distinct count
        #expect(
            PostgresFigureQuery.memberSum(try total(Figure.finesImposedVND))
                == PostgresFigureQuery.MemberSum(
                    value: "finesImposedVND", from: "penaltyDailyFlow",
                    condition: "countedOn >= :from AND countedOn < :before"))
        #expect(PostgresFigureQuery.memberSum(try total(Figure.scheduled)) == nil)
        #expect(PostgresFigureQuery.memberSum(try total(Figure.violatorsPersons)) == nil)

        // When they are one statement
        let names = [Figure.recoveryRecommendedVND, Figure.subjectsInspected, Figure.personsRecommended,
            Figure.violatorsPersons, Figure.recoveredVND]
        let statement = PostgresFigureQuery.valuesStatement(
            try names.enumerated().map { (column: "v\($0)", sql: try total($1)) })

        // Then the two recommendation sums are two columns of one subquery over the rows either counts, and the
        // others their own scalar subqueries (a lone sum too)
        #expect(statement.contains("COALESCE(SUM(CASE WHEN \(recovery.condition) THEN r.amountVND END), 0)::bigint AS v0"))
        #expect(statement.contains("THEN r.persons END), 0)::bigint AS v2"))
        #expect(statement.contains("WHERE (\(recovery.condition)) OR ("))
        #expect(statement.hasPrefix("WITH f0 AS MATERIALIZED (SELECT COALESCE(SUM(CASE WHEN "))
        #expect(statement.contains("(SELECT f0.v0 FROM f0) AS v0,\n(SELECT f0.v2 FROM f0) AS v2"))
        #expect(!statement.contains(") f0"))  // no subquery in a FROM list: nothing for the planner to join
        #expect(statement.contains("(\(try total(Figure.subjectsInspected))) AS v1"))
        #expect(statement.contains("(\(try total(Figure.violatorsPersons))) AS v3"))
        #expect(statement.contains("(\(try total(Figure.recoveredVND))) AS v4"))
        #expect(statement.components(separatedBy: "CASE WHEN").count == 3)
    }
}
