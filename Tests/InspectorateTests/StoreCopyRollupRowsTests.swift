import Casework
@testable import Inspectorate
import Testing

/// What `db copy` compares of a daily rollup (``StoreCopier/nonZeroRows(of:in:)``): the rows where a sum is not
/// zero. A key is not a sum: the text category of `followUpStockChange`, and the integer subject of
/// `penaltyViolatorDay`, whose row whose decisions all went (`decisions = 0`) one store may keep and the other's
/// rebuild never makes.
@Suite struct StoreCopyRollupRowsTests {
    /// A store that holds the given rows of one table, as a copy reads them.
    struct Rows: CopySource {
        var table: String
        var rows: [[CopyValue]]

        func count(of table: String) throws -> Int64 { table == self.table ? Int64(rows.count) : 0 }

        func rows(of table: String, columns: [String], batchSize: Int, _ body: ([[CopyValue]]) throws -> Void) throws {
            #expect(table == self.table)
            try body(table == self.table ? rows : [])
        }
    }

    @Test func aViolatorDayWithoutDecisionsIsLeftOutThoughItsSubjectIsAnInteger() throws {
        let table = CopyTable(name: "penaltyviolatorday", columns: ["decidedon", "violatorkind", "subjectid", "decisions"])
        let kept: [CopyValue] = [.text("2025-06-02"), .text("organization"), .integer(8), .integer(1)]
        let source = Rows(
            table: table.name,
            rows: [[.text("2025-06-01"), .text("person"), .integer(7), .integer(0)], kept])

        let rows = try StoreCopier.nonZeroRows(of: table, in: source)

        #expect(rows == [kept])
    }

    @Test func aRollupRowCountsWhenAnySumIsNotZeroAndATextKeyIsNoSum() throws {
        let table = CopyTable(name: "followupstockchange", columns: ["changedon", "category", "concluded", "implemented"])
        let source = Rows(
            table: table.name,
            rows: [
                [.text("2025-06-03"), .text("hanh_chinh"), .integer(0), .integer(-1)],
                [.text("2025-06-01"), .text("thanh_tra"), .integer(0), .integer(0)],
                [.text("2025-06-02"), .text("chuyen_nganh"), .integer(2), .integer(0)],
            ])

        let rows = try StoreCopier.nonZeroRows(of: table, in: source)

        // (by day)
        #expect(rows.map { $0[1] } == [.text("chuyen_nganh"), .text("hanh_chinh")])
    }
}
