import Casework
import Testing

@testable import Store

/// A report of one body (``ReportPeriod/body``) restricts every figure through the marks its SQL carries: each
/// figure's members must carry an inspection mark (``FigureQuery/scope(_:)``) or a case mark
/// (``FigureQuery/caseScope(_:)``), or a body's report would count the whole store's records in it.
@Suite struct BodyMarkTests {
    @Test func everyFigureCanBeRestrictedToOneBody() {
        for name in Figure.all {
            guard let query = FigureQuery.all[name] else {
                Issue.record("figure \(name) has no query")
                continue
            }
            let restricted = FigureQuery.ofBody(query.sql)
            #expect(
                restricted.contains("inspectionBody") || restricted.contains("caseBody"),
                "figure \(name) has no mark a body's report can restrict")
            #expect(!restricted.contains("/*case "), "figure \(name): a case mark was left in place")
        }
        #expect(FigureQuery.ofBody(FigureQuery.inspectionCensus).contains("inspectionBody"))
    }

    @Test func theInspectionMarkStaysForTheCategories() {
        // Given a query with an inspection mark, restricted to a body and then to categories
        let sql = "SELECT i.id FROM inspection i WHERE 1 = 1\(FigureQuery.scope("i.id"))"
        let (both, arguments) = FigureQuery.restricted(FigureQuery.ofBody(sql), to: ["hanh_chinh"])
        // Then both conditions are there, the body's first
        #expect(
            both
                == "SELECT i.id FROM inspection i WHERE 1 = 1 AND i.id IN (SELECT ib.inspectionId FROM inspectionBody ib "
                + "WHERE ib.body = :body) AND +i.category IN (:category0)")
        #expect(arguments == ["category0": "hanh_chinh"])
        // And a mark on another column looks the inspection's category up by its key
        let finding = "SELECT f.id FROM finding f WHERE 1 = 1\(FigureQuery.scope("f.inspectionId"))"
        #expect(
            FigureQuery.restricted(finding, to: ["a", "b"]).sql
                == "SELECT f.id FROM finding f WHERE 1 = 1 AND (SELECT s.category FROM inspection s WHERE s.id = "
                + "f.inspectionId) IN (:category0, :category1)")
    }
}
